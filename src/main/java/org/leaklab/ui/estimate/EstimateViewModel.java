package org.leaklab.ui.estimate;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import org.leaklab.model.Answer;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.model.EstimateScenario;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.scenario.StepViewModel;

/**
 * Guessing a price: a slider on a log scale from $1 to $10,000 (position = log10 of the dollars)
 * kept in step with a text field for typing the figure. The slider moves in "round" prices
 * (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 in every decade) because nobody guesses $1,258.93; a typed price
 * is kept exactly as typed and moves the slider to it.
 */
public final class EstimateViewModel extends StepViewModel<EstimateScenario> {
    /** Lowest guess the slider and field accept (the one {@link PriceRange}). */
    public static final double MIN_DOLLARS = PriceRange.MIN_DOLLARS;
    /** Highest guess. */
    public static final double MAX_DOLLARS = PriceRange.MAX_DOLLARS;
    /** Slider positions: log10 of the dollars. */
    public static final double MIN_POSITION = 0;
    public static final double MAX_POSITION = 4;
    /**
     * Where the slider rests before a guess: $1, the left end of the scale, where no reported price
     * lies (a knob resting in the middle, at $100, sat inside a reported range, so one nudge scored
     * full marks). Until the player moves it or types, the knob shows no guess and Check waits.
     */
    public static final double START_POSITION = MIN_POSITION;
    /**
     * The price that shows how to type one, in the message for text that is no price: far below
     * every reported figure, so that it hints at none.
     */
    public static final double EXAMPLE_PRICE = PriceRange.EXAMPLE_DOLLARS;

    /** The round prices of one decade the slider snaps to and the arrow keys step through. */
    static final List<Double> STEPS_PER_DECADE = List.of(1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0);

    private final Localization localization;
    private final DoubleProperty sliderPosition = new SimpleDoubleProperty(this, "sliderPosition", START_POSITION);
    private final StringProperty typedText = new SimpleStringProperty(this, "typedText", "");
    private final ReadOnlyObjectWrapper<Double> guess = new ReadOnlyObjectWrapper<>(this, "guess");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ChangeListener<Locale> localeFollower = (obs, old, now) -> relocalise();
    private boolean syncing;

    /** A view model starting from {@code saved}, if it is a price guess. */
    public EstimateViewModel(EstimateScenario scenario, Localization localization, Optional<Answer> saved) {
        super(scenario, false);
        this.localization = Objects.requireNonNull(localization);
        ready.bind(guess.isNotNull());
        sliderPosition.addListener((obs, old, now) -> {
            if (!syncing) {
                fromSlider(now.doubleValue());
            }
        });
        typedText.addListener((obs, old, now) -> {
            if (!syncing) {
                fromText(now);
            }
        });
        // Weak: the localization lives as long as the app, this view model only as long as its play-through.
        localization.localeProperty().addListener(new WeakChangeListener<>(localeFollower));
        saved.filter(EstimateAnswer.class::isInstance).map(EstimateAnswer.class::cast)
                .map(EstimateAnswer::value)
                .filter(PriceRange::contains)
                .ifPresent(this::show);
    }

    @Override
    public Answer currentAnswer() {
        Double value = guess.get();
        if (value == null) {
            throw new IllegalStateException("no valid guess yet");
        }
        return new EstimateAnswer(value);
    }

    /** The scenario's title in the current language. */
    public String title() {
        return scenario.title().in(localization.getLocale());
    }

    /** The question in the current language. */
    public String question() {
        return scenario.prompt().in(localization.getLocale());
    }

    /** The slider's value, 0 ($1) to 4 ($10,000); bind the slider to it both ways. */
    public DoubleProperty sliderPositionProperty() {
        return sliderPosition;
    }

    /** The price field's text; bind the field to it both ways. */
    public StringProperty typedTextProperty() {
        return typedText;
    }

    /** The guess in dollars, or null while there is none or the typed text is not a valid price. */
    public ReadOnlyObjectProperty<Double> guessProperty() {
        return guess.getReadOnlyProperty();
    }

    /** What is wrong with the typed text, in the current language; empty when nothing is. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** "Your guess: $1,500", or how to make one. */
    public StringBinding guessText() {
        return Bindings.createStringBinding(() -> guess.get() == null
                        ? localization.get("estimate.guess.none")
                        : localization.get("estimate.guess", amount(guess.get())),
                guess, localization.localeProperty());
    }

    /** The label of the slider's tick at {@code position}: "$1", "$10" ... "$10,000". */
    public String tickLabel(double position) {
        return amount(dollarsAt(Math.round(position)));
    }

    /** The accessible description of the slider's current value. */
    public String sliderValueText() {
        return guess.get() == null ? localization.get("estimate.guess.none") : amount(guess.get());
    }

    /** One round price up (arrow key). */
    public void stepUp() {
        moveTo(neighbour(currentDollars(), +1));
    }

    /** One round price down. */
    public void stepDown() {
        moveTo(neighbour(currentDollars(), -1));
    }

    /** Ten times more (Page Up). */
    public void decadeUp() {
        moveTo(Math.min(MAX_DOLLARS, snap(currentDollars() * 10)));
    }

    /** Ten times less (Page Down). */
    public void decadeDown() {
        moveTo(Math.max(MIN_DOLLARS, snap(currentDollars() / 10)));
    }

    /** The lowest price (Home). */
    public void toMinimum() {
        moveTo(MIN_DOLLARS);
    }

    /** The highest price (End). */
    public void toMaximum() {
        moveTo(MAX_DOLLARS);
    }

    /** The slider position for a price: log10 of the dollars, clamped to the scale. */
    public static double positionFor(double dollars) {
        if (!(dollars > 0)) {
            return MIN_POSITION;
        }
        return Math.max(MIN_POSITION, Math.min(MAX_POSITION, Math.log10(dollars)));
    }

    /** The price at a slider position: ten to the power of the position. */
    public static double dollarsAt(double position) {
        return Math.pow(10, Math.max(MIN_POSITION, Math.min(MAX_POSITION, position)));
    }

    /** The round price nearest to {@code dollars} on the log scale, within $1 to $10,000. */
    static double snap(double dollars) {
        double best = MIN_DOLLARS;
        double bestDistance = Double.MAX_VALUE;
        for (double candidate : roundPrices()) {
            double distance = Math.abs(Math.log10(candidate) - Math.log10(dollars));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Every round price from $1 to $10,000 in ascending order. */
    static List<Double> roundPrices() {
        java.util.ArrayList<Double> prices = new java.util.ArrayList<>();
        for (int decade = 0; decade < MAX_POSITION; decade++) {
            for (double step : STEPS_PER_DECADE) {
                prices.add(step * Math.pow(10, decade));
            }
        }
        prices.add(MAX_DOLLARS);
        return prices;
    }

    private double currentDollars() {
        return guess.get() != null ? guess.get() : dollarsAt(sliderPosition.get());
    }

    private static double neighbour(double dollars, int direction) {
        List<Double> prices = roundPrices();
        if (direction > 0) {
            return prices.stream().filter(p -> p > dollars * (1 + 1e-9)).findFirst().orElse(MAX_DOLLARS);
        }
        double below = MIN_DOLLARS;
        for (double price : prices) {
            if (price < dollars * (1 - 1e-9)) {
                below = price;
            }
        }
        return below;
    }

    private void fromSlider(double position) {
        moveTo(snap(dollarsAt(position)));
    }

    private void moveTo(double dollars) {
        show(dollars);
    }

    /** Shows a valid price in both controls. */
    private void show(double dollars) {
        syncing = true;
        try {
            sliderPosition.set(positionFor(dollars));
            typedText.set(plain(dollars));
        } finally {
            syncing = false;
        }
        message.set("");
        guess.set(dollars);
    }

    private void fromText(String text) {
        PriceRange.Reading reading = PriceRange.read(text, localization);
        if (reading instanceof PriceRange.Valid valid) {
            syncing = true;
            try {
                sliderPosition.set(positionFor(valid.dollars()));
            } finally {
                syncing = false;
            }
            message.set("");
            guess.set(valid.dollars());
        } else if (reading instanceof PriceRange.Rejected rejected) {
            reject(rejected.message());
        } else {
            message.set("");
            guess.set(null);
        }
    }

    private void reject(String why) {
        message.set(why);
        guess.set(null);
    }

    /** After a language switch: the price written the new language's way, messages in it. */
    private void relocalise() {
        if (guess.get() != null) {
            show(guess.get());
        } else {
            fromText(typedText.get());
        }
    }

    /** A price with the dollar sign, the locale's way: "$1,500" or "1.500 $". */
    public String amount(double dollars) {
        return DollarAmounts.amount(dollars, localization);
    }

    /** A price as a plain number the locale's way: "1,500", "1.500", "2.50". */
    public String plain(double dollars) {
        return DollarAmounts.plain(dollars, localization.getLocale());
    }
}
