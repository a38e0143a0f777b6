package org.leaklab.ui.common;

import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableDoubleProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.SizeConverter;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;

/**
 * Columns that become rows when the text grows: its children sit side by side while each gets at
 * least its minimum width (set it in CSS, in em, to the narrowest width a column still reads
 * well), else they stand one below the other, each as wide as the pane. So a page never scrolls
 * sideways at a large text size; it grows downwards instead. Side by side, children with
 * {@code HBox.hgrow="ALWAYS"} share the spare width and every child is as tall as the row.
 *
 * <p>The gap between children is the CSS property {@code -ll-spacing} (sizes in em grow with the text).
 */
public class ReflowPane extends Pane {
    private static final CssMetaData<ReflowPane, Number> SPACING = new CssMetaData<>("-ll-spacing",
            SizeConverter.getInstance(), 0.0) {
        @Override
        public boolean isSettable(ReflowPane pane) {
            return !pane.spacing.isBound();
        }

        @Override
        public StyleableProperty<Number> getStyleableProperty(ReflowPane pane) {
            return pane.spacing;
        }
    };

    private static final List<CssMetaData<? extends Styleable, ?>> CSS_META_DATA;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new java.util.ArrayList<>(Pane.getClassCssMetaData());
        all.add(SPACING);
        CSS_META_DATA = List.copyOf(all);
    }

    private final StyleableDoubleProperty spacing = new StyleableDoubleProperty(0) {
        @Override
        protected void invalidated() {
            requestLayout();
        }

        @Override
        public Object getBean() {
            return ReflowPane.this;
        }

        @Override
        public String getName() {
            return "spacing";
        }

        @Override
        public CssMetaData<ReflowPane, Number> getCssMetaData() {
            return SPACING;
        }
    };

    public ReflowPane() {
        getStyleClass().add("reflow-pane");
    }

    public ReflowPane(Node... children) {
        this();
        getChildren().addAll(children);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS_META_DATA;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS_META_DATA;
    }

    /** The gap between children, in pixels (in CSS: {@code -ll-spacing}, in em). */
    public final double getSpacing() {
        return spacing.get();
    }

    public final void setSpacing(double value) {
        spacing.set(value);
    }

    /** True if the children fit side by side in {@code width} (the pane's own, insets included). */
    public boolean fitsInOneRow(double width) {
        List<Node> managed = getManagedChildren();
        Insets insets = getInsets();
        double needed = insets.getLeft() + insets.getRight() + Math.max(0, managed.size() - 1) * getSpacing();
        for (Node child : managed) {
            needed += child.minWidth(-1);
        }
        return needed <= width + 0.5;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        double widest = 0;
        for (Node child : getManagedChildren()) {
            widest = Math.max(widest, child.minWidth(-1));
        }
        return getInsets().getLeft() + widest + getInsets().getRight();
    }

    @Override
    protected double computePrefWidth(double height) {
        List<Node> managed = getManagedChildren();
        double sum = Math.max(0, managed.size() - 1) * getSpacing();
        for (Node child : managed) {
            sum += child.prefWidth(-1);
        }
        return getInsets().getLeft() + sum + getInsets().getRight();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        List<Node> managed = getManagedChildren();
        Insets insets = getInsets();
        double outer = width < 0 ? computePrefWidth(-1) : width;
        double inner = Math.max(0, outer - insets.getLeft() - insets.getRight());
        double height = 0;
        if (fitsInOneRow(outer)) {
            double[] widths = rowWidths(managed, inner);
            for (int i = 0; i < managed.size(); i++) {
                height = Math.max(height, managed.get(i).prefHeight(widths[i]));
            }
        } else {
            for (Node child : managed) {
                height += child.prefHeight(columnWidth(child, inner));
            }
            height += Math.max(0, managed.size() - 1) * getSpacing();
        }
        return insets.getTop() + height + insets.getBottom();
    }

    @Override
    protected void layoutChildren() {
        List<Node> managed = getManagedChildren();
        Insets insets = getInsets();
        double inner = Math.max(0, getWidth() - insets.getLeft() - insets.getRight());
        double x = insets.getLeft();
        double y = insets.getTop();
        if (fitsInOneRow(getWidth())) {
            double[] widths = rowWidths(managed, inner);
            double rowHeight = 0;
            for (int i = 0; i < managed.size(); i++) {
                rowHeight = Math.max(rowHeight, managed.get(i).prefHeight(widths[i]));
            }
            rowHeight = Math.max(rowHeight, getHeight() - insets.getTop() - insets.getBottom());
            for (int i = 0; i < managed.size(); i++) {
                Node child = managed.get(i);
                double h = Math.min(Math.max(child.minHeight(widths[i]), rowHeight), child.maxHeight(widths[i]));
                child.resizeRelocate(snapPositionX(x), snapPositionY(y), snapSizeX(widths[i]), snapSizeY(h));
                x += widths[i] + getSpacing();
            }
            return;
        }
        for (Node child : managed) {
            double w = columnWidth(child, inner);
            double h = child.prefHeight(w);
            child.resizeRelocate(snapPositionX(x), snapPositionY(y), snapSizeX(w), snapSizeY(h));
            y += h + getSpacing();
        }
    }

    /** Stacked: as wide as the pane, within the child's own limits. */
    private static double columnWidth(Node child, double inner) {
        return Math.max(Math.min(inner, child.maxWidth(-1)), Math.min(child.minWidth(-1), inner));
    }

    /** Side by side: preferred widths, shrunk towards the minimums or grown by hgrow to fill {@code inner}. */
    private double[] rowWidths(List<Node> managed, double inner) {
        int n = managed.size();
        double[] widths = new double[n];
        double available = inner - Math.max(0, n - 1) * getSpacing();
        double total = 0;
        for (int i = 0; i < n; i++) {
            Node child = managed.get(i);
            widths[i] = Math.max(child.minWidth(-1), Math.min(child.prefWidth(-1), child.maxWidth(-1)));
            total += widths[i];
        }
        if (total > available) {
            // As an HBox does: the growing children give way first, the others only if that is not enough.
            double over = total - available;
            for (boolean growing : new boolean[] {true, false}) {
                double shrinkable = 0;
                for (int i = 0; i < n; i++) {
                    if ((HBox.getHgrow(managed.get(i)) == Priority.ALWAYS) == growing) {
                        shrinkable += widths[i] - managed.get(i).minWidth(-1);
                    }
                }
                double ratio = shrinkable <= 0 ? 0 : Math.min(1, over / shrinkable);
                for (int i = 0; i < n; i++) {
                    if ((HBox.getHgrow(managed.get(i)) == Priority.ALWAYS) == growing) {
                        double cut = (widths[i] - managed.get(i).minWidth(-1)) * ratio;
                        widths[i] -= cut;
                        over -= cut;
                    }
                }
                if (over <= 0.5) {
                    break;
                }
            }
            return widths;
        }
        double extra = available - total;
        for (int pass = 0; pass < n && extra > 0.5; pass++) {
            int growing = 0;
            for (int i = 0; i < n; i++) {
                if (grows(managed.get(i), widths[i])) {
                    growing++;
                }
            }
            if (growing == 0) {
                break;
            }
            double share = extra / growing;
            for (int i = 0; i < n; i++) {
                Node child = managed.get(i);
                if (grows(child, widths[i])) {
                    double grown = Math.min(child.maxWidth(-1), widths[i] + share);
                    extra -= grown - widths[i];
                    widths[i] = grown;
                }
            }
        }
        return widths;
    }

    private static boolean grows(Node child, double width) {
        return HBox.getHgrow(child) == Priority.ALWAYS && width < child.maxWidth(-1) - 0.5;
    }
}
