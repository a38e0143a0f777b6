package org.leaklab.ui.estimate;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.chart.Axis;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;

/** Controller of Estimate.fxml: binds the slider and the price field to the {@link EstimateViewModel}. */
public final class EstimateView {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final PseudoClass NO_GUESS = PseudoClass.getPseudoClass("no-guess");

    private final EstimateViewModel viewModel;
    // Held here and registered weakly: the view model outlives this view when the page is rendered again.
    private final ChangeListener<String> validityFollower = (obs, old, now) -> showValidity();
    private final ChangeListener<Double> guessFollower = (obs, old, now) -> showGuessState();

    @FXML
    private Label titleLabel;
    @FXML
    private Label questionLabel;
    @FXML
    private Label sliderLabel;
    @FXML
    private Slider priceSlider;
    @FXML
    private Label fieldLabel;
    @FXML
    private TextField priceField;
    @FXML
    private Label errorLabel;
    @FXML
    private Label guessLabel;

    public EstimateView(EstimateViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        titleLabel.setText(viewModel.title());
        questionLabel.setText(viewModel.question());
        sliderLabel.setLabelFor(priceSlider);
        fieldLabel.setLabelFor(priceField);

        priceSlider.setMin(EstimateViewModel.MIN_POSITION);
        priceSlider.setMax(EstimateViewModel.MAX_POSITION);
        priceSlider.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double position) {
                return position == null ? "" : viewModel.tickLabel(position);
            }

            @Override
            public Double fromString(String text) {
                return null;
            }
        });
        priceSlider.valueProperty().bindBidirectional(viewModel.sliderPositionProperty());
        // The slider's own keys move in even steps of its value; on a log scale the view model's
        // round prices are the sensible steps.
        priceSlider.addEventFilter(KeyEvent.KEY_PRESSED, this::sliderKey);
        // The slider's axis animates its labels when the text size changes, which leaves old and
        // new labels on top of each other for a moment; labels that jump are easier to read.
        priceSlider.skinProperty().addListener((obs, old, skin) -> stopAxisAnimation());
        stopAxisAnimation();

        priceField.textProperty().bindBidirectional(viewModel.typedTextProperty());
        priceField.accessibleHelpProperty().bind(viewModel.messageProperty());
        errorLabel.textProperty().bind(viewModel.messageProperty());
        errorLabel.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        viewModel.messageProperty().addListener(new WeakChangeListener<>(validityFollower));
        showValidity();
        guessLabel.textProperty().bind(viewModel.guessText());
        viewModel.guessProperty().addListener(new WeakChangeListener<>(guessFollower));
        showGuessState();
    }

    private void stopAxisAnimation() {
        if (priceSlider.lookup(".axis") instanceof Axis<?> axis) {
            axis.setAnimated(false);
        }
    }

    /**
     * Without a guess (before one, or while the typed text is not a valid price) the slider's thumb
     * is an empty ring: the slider never shows a price that the field and the guess line do not.
     */
    private void showGuessState() {
        boolean none = viewModel.guessProperty().get() == null;
        guessLabel.pseudoClassStateChanged(NO_GUESS, none);
        priceSlider.pseudoClassStateChanged(NO_GUESS, none);
        priceSlider.setAccessibleHelp(viewModel.sliderValueText());
    }

    private void showValidity() {
        priceField.pseudoClassStateChanged(INVALID, !viewModel.messageProperty().get().isEmpty());
    }

    private void sliderKey(KeyEvent event) {
        switch (event.getCode()) {
            case RIGHT, UP, KP_RIGHT, KP_UP -> viewModel.stepUp();
            case LEFT, DOWN, KP_LEFT, KP_DOWN -> viewModel.stepDown();
            case PAGE_UP -> viewModel.decadeUp();
            case PAGE_DOWN -> viewModel.decadeDown();
            case HOME -> viewModel.toMinimum();
            case END -> viewModel.toMaximum();
            default -> {
                return;
            }
        }
        event.consume();
    }
}
