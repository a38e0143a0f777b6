package org.leaklab.app;

import java.util.logging.Filter;
import java.util.logging.Logger;

/**
 * For the runnable jar, where LeakLab and JavaFX run on the class path: JavaFX then logs
 * "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'" at every start.
 * That is how the jar is meant to run (one file for Linux, Windows and macOS), so the message
 * says nothing to the teacher who sees it in a terminal; this drops that one message and leaves
 * every other JavaFX message alone. Not used in the app image or with {@code javafx:run}, where
 * JavaFX is on the module path and does not log it.
 */
final class ClassPathStart {
    /** JavaFX's logger; held here because the logging framework keeps loggers only weakly. */
    private static Logger javafx;

    private ClassPathStart() {
    }

    /** Installs the filter when LeakLab runs on the class path; does nothing in a named module. */
    static void quietUnsupportedConfigurationWarning() {
        if (Launcher.class.getModule().isNamed()) {
            return;
        }
        javafx = Logger.getLogger("javafx");
        Filter previous = javafx.getFilter();
        javafx.setFilter(record -> !isUnsupportedConfigurationWarning(record.getMessage())
                && (previous == null || previous.isLoggable(record)));
    }

    static boolean isUnsupportedConfigurationWarning(String message) {
        return message != null && message.startsWith("Unsupported JavaFX configuration: classes were loaded from");
    }
}
