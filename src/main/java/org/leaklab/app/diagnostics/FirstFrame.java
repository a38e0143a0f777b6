package org.leaklab.app.diagnostics;

import java.util.Objects;

import javafx.scene.Scene;

/**
 * The one "after the first frame" hook: work done once, right after a scene's next layout pass.
 * Called right after {@code stage.show()}, that is the first frame, laid out and about to go to
 * the render thread. The start-up trace and probe time it; the main window defers what the first
 * screen does not need until then.
 */
public final class FirstFrame {
    private FirstFrame() {
    }

    /** Runs {@code action} once, at the end of the next pulse's layout of {@code scene}. */
    public static void afterLayout(Scene scene, Runnable action) {
        Objects.requireNonNull(action);
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                action.run();
            }
        });
    }
}
