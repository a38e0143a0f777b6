package org.leaklab.ui.common;

/**
 * Prints the summary report. Split in three steps because they run in different places: the
 * printer check and the system's print dialog on the JavaFX thread, the printing itself in the
 * background so a slow printer never freezes the window.
 */
public interface ReportPrinter {
    /** Whether any printer is installed; called on the JavaFX thread. */
    boolean printerAvailable();

    /** Shows the system's print dialog; false if the user cancelled. Called on the JavaFX thread. */
    boolean askSettings();

    /**
     * Prints the report; called on a background thread.
     *
     * @return the number of pages printed
     * @throws Exception if the printer refuses or fails
     */
    int print() throws Exception;
}
