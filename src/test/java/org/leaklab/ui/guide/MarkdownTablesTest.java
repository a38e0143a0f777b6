package org.leaklab.ui.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A table's columns share the width: room for each column's longest word first, the rest by how much text it holds. */
class MarkdownTablesTest {
    @Test
    void aShortColumnKeepsRoomForItsLongestWordAndTheSharesAddUpToAll() {
        // time | what | how | presenter-mode steps, as in the guide's lesson plans.
        List<Double> percents = MarkdownNodes.columnPercents(List.of(5, 30, 120, 40), List.of(5, 12, 11, 14));
        assertEquals(100, percents.stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        assertTrue(percents.get(0) >= 100 * 8 / 80.0, "\u201c35\u201341\u201d fits: " + percents);
        assertTrue(percents.get(2) > percents.get(1), "the column with the most text is the widest: " + percents);
    }

    @Test
    void tooManyLongWordsShareWhatThereIs() {
        List<Double> percents = MarkdownNodes.columnPercents(List.of(40, 40, 40, 40, 40), List.of(30, 30, 30, 30, 30));
        assertEquals(100, percents.stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        percents.forEach(p -> assertEquals(20, p, 1e-9));
    }
}
