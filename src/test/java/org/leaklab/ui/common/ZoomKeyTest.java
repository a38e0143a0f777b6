package org.leaklab.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

/** The zoom keys the View menu shows are the ones it always had, and the shortcuts page names them. */
class ZoomKeyTest {
    @Test
    void theMenuAnswersToCtrlPlusMinusAndZero() {
        assertEquals(KeyCombination.valueOf("Shortcut+Plus"), ZoomKey.IN.accelerator());
        assertEquals(KeyCombination.valueOf("Shortcut+Minus"), ZoomKey.OUT.accelerator());
        assertEquals(KeyCombination.valueOf("Shortcut+0"), ZoomKey.RESET.accelerator());
    }

    @Test
    void theShortcutsPageShowsThemPlatformNeutral() {
        assertEquals(List.of("Ctrl + +", "Ctrl + −", "Ctrl + 0"),
                List.of(ZoomKey.IN.shown(), ZoomKey.OUT.shown(), ZoomKey.RESET.shown()));
    }
}
