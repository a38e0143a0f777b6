package org.leaklab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.leaklab.settings.Preferences;

/** Where the main window opens, for remembered bounds on screens that are there or gone. */
class WindowPlacementTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1920, 1050);
    /** A second monitor to the right of the laptop. */
    private static final Rectangle2D MONITOR = new Rectangle2D(1920, 0, 2560, 1440);

    private static WindowPlacement place(Preferences.WindowBounds remembered, Rectangle2D... screens) {
        return WindowPlacement.of(remembered, List.of(screens), 1280, 800);
    }

    @Test
    void nothingRememberedOpensAtTheDefaultSizeCentredOnThePrimaryScreen() {
        WindowPlacement placement = place(null, LAPTOP, MONITOR);
        assertFalse(placement.remembered());
        assertEquals(new Rectangle2D(320, 125, 1280, 800), placement.bounds());
    }

    @Test
    void rememberedBoundsOnAScreenRestore() {
        WindowPlacement placement = place(new Preferences.WindowBounds(100, 50, 1000, 700, false), LAPTOP);
        assertTrue(placement.remembered());
        assertEquals(new Rectangle2D(100, 50, 1000, 700), placement.bounds());
        assertFalse(placement.maximized());
    }

    @Test
    void rememberedBoundsOnTheSecondScreenRestoreThereWhileItIsConnected() {
        Preferences.WindowBounds onMonitor = new Preferences.WindowBounds(2200, 200, 1400, 900, true);
        WindowPlacement placement = place(onMonitor, LAPTOP, MONITOR);
        assertTrue(placement.remembered());
        assertEquals(new Rectangle2D(2200, 200, 1400, 900), placement.bounds());
        assertTrue(placement.maximized());
    }

    @Test
    void aPositionOnAScreenThatIsGoneFallsBackToTheDefault() {
        Preferences.WindowBounds onMonitor = new Preferences.WindowBounds(2200, 200, 1400, 900, true);
        WindowPlacement placement = place(onMonitor, LAPTOP);
        assertFalse(placement.remembered(), "the monitor was unplugged");
        assertFalse(placement.maximized());
        assertEquals(new Rectangle2D(320, 125, 1280, 800), placement.bounds());
    }

    @Test
    void aWindowWhoseTitleBarIsOffEveryScreenFallsBackToTheDefault() {
        // Only a sliver at the right edge, or the title bar above the screen's top: not reachable.
        assertFalse(place(new Preferences.WindowBounds(1880, 100, 1000, 700, false), LAPTOP).remembered());
        assertFalse(place(new Preferences.WindowBounds(100, -300, 1000, 700, false), LAPTOP).remembered());
    }

    @Test
    void aRememberedWindowLargerThanItsScreenShrinksToFitIt() {
        // Remembered on a 1920 x 1080 monitor, now shown on a 1366 x 768 projector.
        Rectangle2D projector = new Rectangle2D(0, 0, 1366, 738);
        WindowPlacement placement = place(new Preferences.WindowBounds(200, 40, 1600, 1000, false), projector);
        assertTrue(placement.remembered());
        assertEquals(new Rectangle2D(0, 0, 1366, 738), placement.bounds());
    }

    @Test
    void theDefaultFitsAScreenSmallerThanIt() {
        Rectangle2D netbook = new Rectangle2D(0, 0, 1024, 570);
        assertEquals(new Rectangle2D(0, 0, 1024, 570), place(null, netbook).bounds());
    }
}
