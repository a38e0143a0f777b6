package org.leaklab.ui.common;

import java.util.Objects;

/**
 * Printing a report, the same way wherever one is printed (the summary, the teacher's guide): the
 * printer check and the system's print dialog on the JavaFX thread, the pages in the background so
 * a slow printer never freezes the window, the outcome in the status line and a failure also in a
 * dialog. No printer gives a dialog that says so and what to do instead.
 */
public final class ReportPrinting {
    private final Localization localization;
    private final DialogService dialogs;
    private final StatusMessages status;
    private final BackgroundWork work;

    /** @param work runs the pages; its busy flag is true while they print */
    public ReportPrinting(Localization localization, DialogService dialogs, StatusMessages status,
                          BackgroundWork work) {
        this.localization = Objects.requireNonNull(localization);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.status = Objects.requireNonNull(status);
        this.work = Objects.requireNonNull(work);
    }

    /**
     * Prints through {@code printer}.
     *
     * @param noPrinter what to say when no printer is set up (what to do instead depends on the report)
     */
    public void print(ReportPrinter printer, String noPrinter) {
        if (!printer.printerAvailable()) {
            dialogs.showError(localization.get("summary.print.noPrinterTitle"), noPrinter);
            return;
        }
        if (!printer.askSettings()) {
            status.info(localization.get("summary.print.cancelled"));
            return;
        }
        status.info(localization.get("summary.print.printing"));
        work.run(printer::print, pages -> status.info(localization.get("summary.print.done", pages)), failure -> {
            String reason = FailureText.of(failure, localization);
            status.warn(localization.get("summary.print.failedStatus", reason));
            dialogs.showError(localization.get("summary.print.failedTitle"),
                    localization.get("summary.print.failed", reason));
        });
    }
}
