package org.leaklab.ui.common;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The main window's zoom keys, in one place: the View menu shows the first combination of each,
 * the scene also takes the others (Ctrl+Plus is typed as Ctrl+= or Ctrl+Shift+= on many
 * layouts, or on the number pad), and the shortcuts page lists them as {@link #shown()}.
 * Presenter mode has keys of its own (without Ctrl), in {@code PresenterKeys}.
 */
public enum ZoomKey {
    IN("Ctrl + +", shortcut(KeyCode.PLUS), shortcut(KeyCode.EQUALS),
            new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            shortcut(KeyCode.ADD)),
    OUT("Ctrl + −", shortcut(KeyCode.MINUS), shortcut(KeyCode.SUBTRACT)),
    RESET("Ctrl + 0", shortcut(KeyCode.DIGIT0), shortcut(KeyCode.NUMPAD0));

    private final String shown;
    private final List<KeyCombination> combinations;

    ZoomKey(String shown, KeyCombination... combinations) {
        this.shown = shown;
        this.combinations = List.of(combinations);
    }

    /** The combination the View menu shows and answers to. */
    public KeyCombination accelerator() {
        return combinations.get(0);
    }

    /** The keys as the shortcuts page shows them (platform-neutral). */
    public String shown() {
        return shown;
    }

    /** Does what the key does to {@code appearance}: one step larger, one smaller, back to 100 %. */
    public void applyTo(Appearance appearance) {
        switch (this) {
            case IN -> appearance.zoomIn();
            case OUT -> appearance.zoomOut();
            case RESET -> appearance.resetZoom();
        }
    }

    /**
     * The key a zoom control stands for, by the name in its {@code userData} ("IN", "OUT",
     * "RESET"), so that the menu items and the start page's buttons share one handler each.
     */
    public static ZoomKey of(Object userData) {
        return valueOf(String.valueOf(userData));
    }

    /** Lets {@code scene} answer to the other combinations of every zoom key as the menu answers to the first. */
    public static void installAlternatives(Scene scene, Appearance appearance) {
        for (ZoomKey key : values()) {
            Runnable action = () -> key.applyTo(appearance);
            key.combinations.stream().skip(1).forEach(combination -> scene.getAccelerators().put(combination, action));
        }
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }
}
