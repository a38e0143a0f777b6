package org.leaklab.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages end between blocks where one fits, else where the page is full. */
class SnapshotPrinterTest {
    private static List<List<Double>> pages(double height, double page, List<Double> breaks) {
        return SnapshotPrinter.slices(height, page, breaks).stream().map(s -> List.of(s[0], s[1])).toList();
    }

    @Test
    void withoutBreaksThePagesAreFull() {
        assertEquals(List.of(List.of(0.0, 100.0), List.of(100.0, 200.0), List.of(200.0, 250.0)),
                pages(250, 100, List.of()));
        assertEquals(List.of(List.of(0.0, 80.0)), pages(80, 100, List.of()));
    }

    @Test
    void aPageEndsAtTheLastBreakThatFitsInItsLowerHalf() {
        assertEquals(List.of(List.of(0.0, 90.0), List.of(90.0, 170.0), List.of(170.0, 250.0)),
                pages(250, 100, List.of(30.0, 90.0, 120.0, 170.0, 250.0)));
    }

    @Test
    void aBreakInTheUpperHalfIsNotUsedSoPagesStayFull() {
        assertEquals(List.of(List.of(0.0, 100.0), List.of(100.0, 150.0)), pages(150, 100, List.of(20.0, 150.0)));
    }
}
