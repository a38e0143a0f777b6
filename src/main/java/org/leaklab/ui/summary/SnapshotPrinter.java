package org.leaklab.ui.summary;

import java.io.IOException;
import javafx.geometry.Rectangle2D;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

/**
 * Prints a picture of the report with JavaFX printing, scaled to the page width and cut into as
 * many pages as it needs. Printing a picture (not the live view) is what lets the pages be sent
 * from a background thread: JavaFX only allows that for nodes outside a showing scene.
 */
final class SnapshotPrinter implements ReportPrinter {
    private final Image report;
    private final Window owner;
    private PrinterJob job;

    /**
     * @param report the report, best taken at twice the screen's scale so print is sharp
     * @param owner  the window the print dialog belongs to
     */
    SnapshotPrinter(Image report, Window owner) {
        this.report = report;
        this.owner = owner;
    }

    @Override
    public boolean printerAvailable() {
        job = PrinterJob.createPrinterJob();
        return job != null;
    }

    @Override
    public boolean askSettings() {
        boolean accepted = job.showPrintDialog(owner);
        if (!accepted) {
            job.cancelJob();
        }
        return accepted;
    }

    @Override
    public int print() throws IOException {
        PageLayout layout = job.getJobSettings().getPageLayout();
        double pageWidth = layout.getPrintableWidth();
        double pageHeight = layout.getPrintableHeight();
        double scale = pageWidth / report.getWidth();
        double sliceHeight = pageHeight / scale;
        int pages = 0;
        for (double top = 0; top < report.getHeight(); top += sliceHeight) {
            ImageView page = new ImageView(report);
            page.setViewport(new Rectangle2D(0, top, report.getWidth(), Math.min(sliceHeight, report.getHeight() - top)));
            page.setFitWidth(pageWidth);
            page.setPreserveRatio(true);
            page.setSmooth(true);
            if (!job.printPage(layout, page)) {
                job.cancelJob();
                throw new IOException(String.valueOf(job.getJobStatus()));
            }
            pages++;
        }
        if (!job.endJob()) {
            throw new IOException(String.valueOf(job.getJobStatus()));
        }
        return pages;
    }
}
