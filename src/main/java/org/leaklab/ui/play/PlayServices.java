package org.leaklab.ui.play;

import java.util.concurrent.Executor;
import org.leaklab.ui.common.BackgroundWork;
import org.leaklab.ui.common.DialogService;
import org.leaklab.ui.common.StatusMessages;

/**
 * What the case views need from outside, passed in rather than looked up.
 *
 * @param dialogs    every dialog
 * @param status     the status line
 * @param links      opens a web address in the system browser
 * @param background for work that must not block the JavaFX thread (saving, printing)
 * @param fxThread   hands results back to the JavaFX thread
 */
public record PlayServices(DialogService dialogs, StatusMessages status, LinkOpener links, Executor background,
                           Executor fxThread) {
    /** A new {@link BackgroundWork} on these executors, whose busy flag is its owner's (one per view model). */
    public BackgroundWork newWork() {
        return new BackgroundWork(background, fxThread);
    }

    /** Opens a web address outside the app. */
    @FunctionalInterface
    public interface LinkOpener {
        void open(String address);
    }
}
