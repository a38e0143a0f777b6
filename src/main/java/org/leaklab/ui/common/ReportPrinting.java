package org.leaklab.ui.common;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

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
    private final Executor background;
    private final Executor fxThread;

    public ReportPrinting(Localization localization, DialogService dialogs, StatusMessages status,
                          Executor background, Executor fxThread) {
        this.localization = Objects.requireNonNull(localization);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.status = Objects.requireNonNull(status);
        this.background = Objects.requireNonNull(background);
        this.fxThread = Objects.requireNonNull(fxThread);
    }

    /**
     * Prints through {@code printer}.
     *
     * @param noPrinter what to say when no printer is set up (what to do instead depends on the report)
     * @param busy      told true when the pages start and false when they are done or failed
     */
    public void print(ReportPrinter printer, String noPrinter, Consumer<Boolean> busy) {
        if (!printer.printerAvailable()) {
            dialogs.showError(localization.get("summary.print.noPrinterTitle"), noPrinter);
            return;
        }
        if (!printer.askSettings()) {
            status.info(localization.get("summary.print.cancelled"));
            return;
        }
        busy.accept(true);
        status.info(localization.get("summary.print.printing"));
        background.execute(() -> {
            try {
                int pages = printer.print();
                fxThread.execute(() -> {
                    busy.accept(false);
                    status.info(localization.get("summary.print.done", pages));
                });
            } catch (Exception e) {
                fxThread.execute(() -> {
                    busy.accept(false);
                    String reason = FailureText.of(e, localization);
                    status.warn(localization.get("summary.print.failedStatus", reason));
                    dialogs.showError(localization.get("summary.print.failedTitle"),
                            localization.get("summary.print.failed", reason));
                });
            }
        });
    }
}
