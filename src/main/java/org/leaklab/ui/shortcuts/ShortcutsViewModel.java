package org.leaklab.ui.shortcuts;

import java.util.List;

/** The keyboard shortcuts page: each row is a key combination and the bundle key of what it does. */
public final class ShortcutsViewModel {
    /** One shortcut: the keys as shown (platform-neutral) and the bundle key of its description. */
    public record Shortcut(String keys, String descriptionKey) {
    }

    /** The shortcuts of the main window, in the order of the menus. */
    public List<Shortcut> shortcuts() {
        return List.of(
                new Shortcut("Alt + ←", "shortcuts.back"),
                new Shortcut("Alt + Home", "shortcuts.home"),
                new Shortcut("Ctrl + O", "shortcuts.openPack"),
                new Shortcut("Ctrl + +", "shortcuts.zoomIn"),
                new Shortcut("Ctrl + −", "shortcuts.zoomOut"),
                new Shortcut("Ctrl + 0", "shortcuts.resetZoom"),
                new Shortcut("F1", "shortcuts.help"),
                new Shortcut("F5", "shortcuts.presenter"),
                new Shortcut("Ctrl + Q", "shortcuts.quit"),
                new Shortcut("Tab / Shift + Tab", "shortcuts.focus"),
                new Shortcut("Space", "shortcuts.activate"),
                new Shortcut("Enter", "shortcuts.enter"));
    }
}
