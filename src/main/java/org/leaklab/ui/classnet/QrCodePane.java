package org.leaklab.ui.classnet;

import javafx.scene.AccessibleRole;
import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Scale;
import org.leaklab.classroom.web.QrMatrix;

/**
 * A QR code drawn from a {@link QrMatrix}: dark modules on a light square with the standard's quiet
 * zone, as large as the pane allows. Each module is a whole number of pixels, so its edges stay
 * sharp on a projector. The colours are in ClassNetwork.css (black on white in every theme: phones
 * read a dark-on-light code most reliably).
 */
final class QrCodePane extends Region {
    private final Region paper = new Region();
    private final SVGPath modules = new SVGPath();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private int full = 1;

    QrCodePane() {
        getStyleClass().add("qr-code");
        paper.getStyleClass().add("qr-paper");
        modules.getStyleClass().add("qr-modules");
        modules.setSmooth(false);
        modules.getTransforms().add(scale);
        // Placed by hand below; managed, they would make the pane's preferred size grow with the scale.
        paper.setManaged(false);
        modules.setManaged(false);
        getChildren().addAll(paper, modules);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
    }

    /** Shows {@code code}; {@code description} is what a screen reader says (the join address). */
    void show(QrMatrix code, String description) {
        full = code.size() + 2 * QrMatrix.QUIET_ZONE;
        modules.setContent(code.svgPath());
        setAccessibleText(description);
        requestLayout();
    }

    /** Pixels per module as laid out now (0 while too small to draw). */
    int modulePixels() {
        return (int) scale.getX();
    }

    /** Modules per side with the quiet zone. */
    int modulesPerSide() {
        return full;
    }

    @Override
    protected void layoutChildren() {
        double side = Math.min(getWidth() - snappedLeftInset() - snappedRightInset(),
                getHeight() - snappedTopInset() - snappedBottomInset());
        int module = Math.max(0, (int) Math.floor(side / full));
        double drawn = module * (double) full;
        double x = Math.round(snappedLeftInset() + (getWidth() - snappedLeftInset() - snappedRightInset() - drawn) / 2);
        double y = Math.round(snappedTopInset() + (getHeight() - snappedTopInset() - snappedBottomInset() - drawn) / 2);
        paper.resizeRelocate(x, y, drawn, drawn);
        scale.setX(module);
        scale.setY(module);
        modules.setLayoutX(x);
        modules.setLayoutY(y);
    }
}
