package org.leaklab.classroom.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The QR matrix: a square with the three finder patterns, the quiet zone light. */
class QrMatrixTest {
    @Test
    void aJoinAddressBecomesASquareWithFinderPatterns() {
        QrMatrix qr = QrMatrix.of("http://192.168.100.200:8123/#K7QX2M");
        assertEquals(0, (qr.size() - 17) % 4, "QR sizes are 17 + 4 * version");
        assertTrue(qr.size() >= 25 && qr.size() <= 41, "a short address needs a small code: " + qr.size());
        for (int[] corner : new int[][] {{0, 0}, {qr.size() - 7, 0}, {0, qr.size() - 7}}) {
            for (int i = 0; i < 7; i++) {
                assertTrue(qr.dark(corner[0] + i, corner[1]), "finder border at " + corner[0] + "," + corner[1]);
                assertTrue(qr.dark(corner[0], corner[1] + i));
            }
            assertFalse(qr.dark(corner[0] + 1, corner[1] + 1), "light ring inside the finder");
            assertTrue(qr.dark(corner[0] + 3, corner[1] + 3), "dark centre of the finder");
        }
        assertFalse(qr.dark(-1, 0));
        assertFalse(qr.dark(qr.size(), 0));
        assertTrue(qr.toSvg().startsWith("<svg"));
    }
}
