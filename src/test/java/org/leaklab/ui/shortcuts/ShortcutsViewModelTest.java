package org.leaklab.ui.shortcuts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShortcutsViewModelTest {
    @Test
    void presenterModeIsListedUnderF5AfterTheHelpKey() {
        List<ShortcutsViewModel.Shortcut> shortcuts = new ShortcutsViewModel().shortcuts();
        List<String> keys = shortcuts.stream().map(ShortcutsViewModel.Shortcut::keys).toList();
        assertEquals(keys.indexOf("F1") + 1, keys.indexOf("F5"));
        assertEquals("shortcuts.presenter", shortcuts.get(keys.indexOf("F5")).descriptionKey());
    }
}
