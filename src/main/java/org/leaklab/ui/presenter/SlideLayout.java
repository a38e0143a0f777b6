package org.leaklab.ui.presenter;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * How the presenter's slide is laid out: columns that share a row's width by their shares, a
 * part brought into sight in the scrolling slide, parts shown or taken out of the layout.
 */
final class SlideLayout {
    private SlideLayout() {
    }

    /** Key of a column's share of the width in {@link #shareWidth}; 1 if not set. */
    static final String SHARE = "leaklab.share";

    /**
     * The shown columns of {@code box} share its width, each by its {@link #SHARE}. An HBox
     * measures the height of wrapping text at each column's preferred width; with the real width
     * set as preferred, a column is as tall as its text and not a screen taller.
     */
    static Runnable shareWidth(HBox box) {
        InvalidationListener update = obs -> {
            List<Node> shown = box.getChildren().stream().filter(Node::isManaged).toList();
            double inner = box.getWidth() - box.getInsets().getLeft() - box.getInsets().getRight()
                    - box.getSpacing() * Math.max(0, shown.size() - 1);
            double shares = shown.stream().mapToDouble(SlideLayout::share).sum();
            for (Node column : shown) {
                ((Region) column).setPrefWidth(Math.max(1, inner * share(column) / Math.max(1, shares)));
            }
        };
        box.widthProperty().addListener(update);
        box.getChildren().forEach(column -> column.managedProperty().addListener(update));
        box.getChildren().addListener((ListChangeListener<Node>) change -> {
            box.getChildren().forEach(column -> {
                column.managedProperty().removeListener(update);
                column.managedProperty().addListener(update);
            });
            update.invalidated(null);
        });
        return () -> update.invalidated(null);
    }

    private static double share(Node column) {
        return column.getProperties().get(SHARE) instanceof Double share ? share : 1;
    }

    /** Scrolls {@code slideScroll} as little as it takes to bring {@code node} in sight. */
    static void scrollIntoView(ScrollPane slideScroll, Node node) {
        Node content = slideScroll.getContent();
        if (node.getScene() == null || content == null) {
            return;
        }
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewportHeight = slideScroll.getViewportBounds().getHeight();
        if (contentHeight <= viewportHeight) {
            return;
        }
        Bounds bounds = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double top = slideScroll.getVvalue() * (contentHeight - viewportHeight);
        double newTop = top;
        if (bounds.getMaxY() > top + viewportHeight) {
            newTop = Math.min(bounds.getMinY(), bounds.getMaxY() - viewportHeight);
        } else if (bounds.getMinY() < top) {
            newTop = bounds.getMinY();
        }
        slideScroll.setVvalue(Math.max(0, Math.min(1, newTop / (contentHeight - viewportHeight))));
    }

    /** Shows or hides {@code node}, and takes it out of the layout while hidden. */
    static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    /** Fills {@code box} with one wrapping label a line. */
    static void fill(VBox box, List<String> lines, String styleClass) {
        box.getChildren().clear();
        for (String line : lines) {
            Label label = new Label(line);
            label.setWrapText(true);
            label.getStyleClass().add(styleClass);
            box.getChildren().add(label);
        }
    }
}
