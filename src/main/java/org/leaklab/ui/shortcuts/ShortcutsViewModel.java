package org.leaklab.ui.shortcuts;

import java.util.List;
import org.leaklab.ui.common.ZoomKey;

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
                new Shortcut(ZoomKey.IN.shown(), "shortcuts.zoomIn"),
                new Shortcut(ZoomKey.OUT.shown(), "shortcuts.zoomOut"),
                new Shortcut(ZoomKey.RESET.shown(), "shortcuts.resetZoom"),
                new Shortcut("F1", "shortcuts.help"),
                new Shortcut("F5", "shortcuts.presenter"),
                new Shortcut("Ctrl + Q", "shortcuts.quit"),
                new Shortcut("Tab / Shift + Tab", "shortcuts.focus"),
                new Shortcut("Space", "shortcuts.activate"),
                new Shortcut("Enter", "shortcuts.enter"));
    }
}
