package org.leaklab.ui.estimate;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A horizontal log axis from $1 to $10,000 with decade ticks, the reported range as a band and
 * the guess as a marker with a needle. Everything is a styled Region or Label placed from the
 * view model's fractions, so colours come from the theme and sizes grow with the projector scale
 * (EstimateFeedback.css sizes the parts in em).
 */
final class LogAxisChart extends Region {
    private final double guessFraction;
    private final double bandStart;
    private final double bandEnd;
    private final List<Double> tickFractions = new ArrayList<>();
    private final Label guessLabel;
    private final Label referenceLabel;
    private final Region marker = part("guess-marker");
    private final Region needle = part("guess-needle");
    private final Region axis = part("axis-line");
    private final Region band = part("reference-band");
    private final List<Region> tickMarks = new ArrayList<>();
    private final List<Label> tickLabels = new ArrayList<>();

    LogAxisChart(EstimateFeedbackViewModel viewModel) {
        getStyleClass().add("log-axis-chart");
        guessFraction = viewModel.guessFraction();
        bandStart = viewModel.rangeStartFraction();
        bandEnd = viewModel.rangeEndFraction();
        guessLabel = label(viewModel.guessLabel(), "guess-label");
        guessLabel.setId("chartGuessLabel");
        referenceLabel = label(viewModel.referenceLabel(), "reference-label");
        referenceLabel.setId("chartReferenceLabel");
        getChildren().addAll(axis, band);
        for (EstimateFeedbackViewModel.Tick tick : viewModel.ticks()) {
            tickFractions.add(tick.fraction());
            Region mark = part("axis-tick");
            tickMarks.add(mark);
            Label text = label(tick.label(), "axis-tick-label");
            tickLabels.add(text);
            getChildren().addAll(mark, text);
        }
        if (viewModel.guessInRange()) {
            marker.getStyleClass().add("in-range");
            needle.getStyleClass().add("in-range");
        }
        getChildren().addAll(needle, marker, guessLabel, referenceLabel);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleText(viewModel.chartDescription());
    }

    private static Region part(String styleClass) {
        Region region = new Region();
        region.getStyleClass().add(styleClass);
        region.setManaged(false);
        return region;
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setManaged(false);
        label.setMinWidth(USE_PREF_SIZE);
        return label;
    }

    /** Space between rows, a fraction of the text height so it grows with the scale. */
    private double gap() {
        return guessLabel.getFont().getSize() * 0.35;
    }

    private double trackHeight() {
        double height = Math.max(prefHeightOf(axis), prefHeightOf(band));
        for (Region mark : tickMarks) {
            height = Math.max(height, prefHeightOf(mark));
        }
        return height;
    }

    private static double prefHeightOf(Region region) {
        return region.prefHeight(-1);
    }

    @Override
    protected double computePrefHeight(double width) {
        double tickLabelHeight = tickLabels.stream().mapToDouble(l -> l.prefHeight(-1)).max().orElse(0);
        return snappedTopInset() + guessLabel.prefHeight(-1) + gap() + marker.prefHeight(-1) + trackHeight()
                + gap() + tickLabelHeight + gap() + referenceLabel.prefHeight(-1) + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        double labels = tickLabels.stream().mapToDouble(l -> l.prefWidth(-1)).sum();
        return snappedLeftInset() + labels * 2.5 + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + tickLabels.stream().mapToDouble(l -> l.prefWidth(-1)).sum() * 1.3
                + snappedRightInset();
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double right = getWidth() - snappedRightInset();
        // The axis is inset by half the widest end label, so "$1" and "$10,000" stay inside.
        double inset = Math.max(tickLabels.get(0).prefWidth(-1), tickLabels.get(tickLabels.size() - 1).prefWidth(-1)) / 2;
        inset = Math.max(inset, marker.prefWidth(-1) / 2);
        double axisLeft = left + inset;
        double axisWidth = Math.max(1, right - inset - axisLeft);

        double y = snappedTopInset();
        double guessX = axisLeft + guessFraction * axisWidth;
        placeCentred(guessLabel, guessX, y, left, right);
        y += guessLabel.prefHeight(-1) + gap();

        double markerWidth = marker.prefWidth(-1);
        double markerHeight = marker.prefHeight(-1);
        marker.resizeRelocate(snapPositionX(guessX - markerWidth / 2), snapPositionY(y), markerWidth, markerHeight);
        y += markerHeight;

        double track = trackHeight();
        double centre = y + track / 2;
        double axisHeight = prefHeightOf(axis);
        axis.resizeRelocate(axisLeft, snapPositionY(centre - axisHeight / 2), axisWidth, axisHeight);
        double bandHeight = prefHeightOf(band);
        double bandX = axisLeft + bandStart * axisWidth;
        double bandWidth = Math.max(band.minWidth(-1), (bandEnd - bandStart) * axisWidth);
        band.resizeRelocate(snapPositionX(bandX + (bandEnd - bandStart) * axisWidth / 2 - bandWidth / 2),
                snapPositionY(centre - bandHeight / 2), snapSizeX(bandWidth), bandHeight);
        for (int i = 0; i < tickMarks.size(); i++) {
            Region mark = tickMarks.get(i);
            double x = axisLeft + tickFractions.get(i) * axisWidth;
            double w = mark.prefWidth(-1);
            double h = prefHeightOf(mark);
            mark.resizeRelocate(snapPositionX(x - w / 2), snapPositionY(centre - h / 2), w, h);
        }
        double needleWidth = needle.prefWidth(-1);
        needle.resizeRelocate(snapPositionX(guessX - needleWidth / 2), snapPositionY(y - 1), needleWidth, track + 2);
        y += track + gap();

        double tickLabelHeight = 0;
        for (int i = 0; i < tickLabels.size(); i++) {
            Label text = tickLabels.get(i);
            placeCentred(text, axisLeft + tickFractions.get(i) * axisWidth, y, left, right);
            tickLabelHeight = Math.max(tickLabelHeight, text.prefHeight(-1));
        }
        y += tickLabelHeight + gap();
        placeCentred(referenceLabel, axisLeft + (bandStart + bandEnd) / 2 * axisWidth, y, left, right);
    }

    /** Centres a label on {@code x}, moved inwards where it would stick out of {@code left..right}. */
    private void placeCentred(Label label, double x, double y, double left, double right) {
        double width = Math.min(label.prefWidth(-1), right - left);
        double height = label.prefHeight(width);
        double labelX = Math.max(left, Math.min(right - width, x - width / 2));
        layoutInArea(label, snapPositionX(labelX), snapPositionY(y), width, height, 0, HPos.LEFT, VPos.TOP);
    }
}
