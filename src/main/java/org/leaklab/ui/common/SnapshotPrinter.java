package org.leaklab.ui.common;

import java.io.IOException;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

/**
 * Prints a picture of a report with JavaFX printing, scaled to the page width and cut into as
 * many pages as it needs. Printing a picture (not the live view) is what lets the pages be sent
 * from a background thread: JavaFX only allows that for nodes outside a showing scene. Where the
 * report names the places between its blocks, a page ends at the last of them that fits, so no
 * line of text is cut in half.
 */
public final class SnapshotPrinter implements ReportPrinter {
    private final Image report;
    private final Window owner;
    private final List<Double> breaks;
    private PrinterJob job;

    /**
     * @param report the report, best taken at twice the screen's scale so print is sharp
     * @param owner  the window the print dialog belongs to
     */
    public SnapshotPrinter(Image report, Window owner) {
        this(report, owner, List.of());
    }

    /**
     * @param breaks where a page may end, in pixels of {@code report} from its top (the lower edges
     *               of its paragraphs, headings, tables ...), in any order
     */
    public SnapshotPrinter(Image report, Window owner, List<Double> breaks) {
        this.report = report;
        this.owner = owner;
        this.breaks = breaks.stream().sorted().toList();
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
        int pages = 0;
        for (double[] slice : slices(report.getHeight(), pageHeight / scale, breaks)) {
            ImageView page = new ImageView(report);
            page.setViewport(new Rectangle2D(0, slice[0], report.getWidth(), slice[1] - slice[0]));
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

    /**
     * The pages of a picture {@code height} pixels tall, each at most {@code sliceHeight}: from-to
     * pairs in pixels. A page ends at the lowest break that fits on it, if one lies in its lower
     * half; else where the page is full.
     */
    static List<double[]> slices(double height, double sliceHeight, List<Double> breaks) {
        java.util.ArrayList<double[]> slices = new java.util.ArrayList<>();
        double top = 0;
        while (top < height - 0.5) {
            double limit = Math.min(height, top + sliceHeight);
            double end = limit;
            if (limit < height) {
                for (double at : breaks) {
                    if (at > top + sliceHeight / 2 && at <= limit) {
                        end = at;
                    }
                }
            }
            slices.add(new double[] {top, end});
            top = end;
        }
        return slices;
    }
}
