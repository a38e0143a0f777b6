package org.leaklab.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.leaklab.settings.Theme;
import org.junit.jupiter.api.Test;

class AppearanceTest {
    @Test
    void zoomStepsUpAndDownAndResets() {
        Appearance appearance = new Appearance(Theme.LIGHT, 1.0);
        appearance.zoomIn();
        assertEquals(1.15, appearance.getScale(), 1e-9);
        appearance.zoomIn();
        appearance.zoomOut();
        appearance.zoomOut();
        appearance.zoomOut();
        assertEquals(0.9, appearance.getScale(), 1e-9);
        appearance.resetZoom();
        assertEquals(1.0, appearance.getScale(), 1e-9);
    }

    @Test
    void zoomStopsAtTheEnds() {
        Appearance appearance = new Appearance(Theme.LIGHT, 3.0);
        appearance.zoomIn();
        assertEquals(3.0, appearance.getScale(), 1e-9);
        appearance.setScale(0.1);
        assertEquals(0.8, appearance.getScale(), 1e-9);
        appearance.zoomOut();
        assertEquals(0.8, appearance.getScale(), 1e-9);
    }

    @Test
    void aScaleBetweenStepsGoesToTheNextStep() {
        Appearance appearance = new Appearance(Theme.LIGHT, 1.2);
        appearance.zoomIn();
        assertEquals(1.3, appearance.getScale(), 1e-9);
    }

    @Test
    void everyThemeHasItsStylesheetOnTopOfTheBase() {
        for (Theme theme : Theme.values()) {
            var sheets = Appearance.stylesheets(theme);
            assertEquals(2, sheets.size());
            assertTrue(sheets.get(0).endsWith("/base.css"));
        }
        assertTrue(Appearance.stylesheets(Theme.HIGH_CONTRAST).get(1).endsWith("/high-contrast.css"));
    }
}
