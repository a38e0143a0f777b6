package org.leaklab.ui.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Case;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.model.EstimateScenario;
import org.leaklab.ui.common.Localization;

/** The price guess: log mapping, typed prices in English and German, bad input, slider and field in step. */
class EstimateViewModelTest {
    private static final Case AMAZON = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);
    private static final EstimateScenario SALES = (EstimateScenario) AMAZON.scenario("estimate-sales-stats").orElseThrow();

    private final Localization localization = new Localization(Locale.ENGLISH);

    private EstimateViewModel fresh() {
        return new EstimateViewModel(SALES, localization, Optional.empty());
    }

    @Test
    void sliderPositionIsTheDecimalLogarithmOfTheDollars() {
        assertEquals(0, EstimateViewModel.positionFor(1), 1e-12);
        assertEquals(2, EstimateViewModel.positionFor(100), 1e-12);
        assertEquals(4, EstimateViewModel.positionFor(10_000), 1e-12);
        assertEquals(Math.log10(1500), EstimateViewModel.positionFor(1500), 1e-12);
        assertEquals(1000, EstimateViewModel.dollarsAt(3), 1e-9);
        assertEquals(Math.sqrt(10), EstimateViewModel.dollarsAt(0.5), 1e-9);
        assertEquals(0, EstimateViewModel.positionFor(0.01), "below the scale sits at its start");
        assertEquals(4, EstimateViewModel.positionFor(1e6), "beyond the scale sits at its end");
    }

    @Test
    void startsWithoutAGuessSoNothingCanBeCheckedYet() {
        EstimateViewModel vm = fresh();
        assertFalse(vm.readyProperty().get());
        assertFalse(vm.hasDraft());
        assertNull(vm.guessProperty().get());
        assertEquals("", vm.typedTextProperty().get());
        assertEquals("", vm.messageProperty().get());
        assertEquals(EstimateViewModel.START_POSITION, vm.sliderPositionProperty().get());
        assertEquals("No guess yet: move the slider or type a price.", vm.guessText().get());
        assertThrows(IllegalStateException.class, vm::currentAnswer);
    }

    @Test
    void theRestingKnobAndTheExamplePriceHintAtNoReportedFigure() {
        double rest = EstimateViewModel.dollarsAt(EstimateViewModel.START_POSITION);
        var estimates = AMAZON.scenarios().stream().filter(EstimateScenario.class::isInstance)
                .map(EstimateScenario.class::cast).toList();
        assertFalse(estimates.isEmpty());
        for (EstimateScenario estimate : estimates) {
            EstimateViewModel vm = new EstimateViewModel(estimate, localization, Optional.empty());
            assertEquals(EstimateViewModel.START_POSITION, vm.sliderPositionProperty().get(), estimate.id());
            for (double price : new double[] {rest, EstimateViewModel.EXAMPLE_PRICE}) {
                assertTrue(price < estimate.low() || price > estimate.high(),
                        estimate.id() + ": $" + price + " lies in the reported " + estimate.low() + ".." + estimate.high());
            }
            // One nudge from the rest is a guess of its own, far from every reported figure.
            vm.stepUp();
            assertTrue(org.leaklab.scoring.EstimateScorer.scoreFor(estimate, vm.guessProperty().get()) < 50,
                    estimate.id() + ": one nudge from the rest scores " + vm.guessProperty().get());
        }
    }

    @Test
    void movingTheSliderSnapsToARoundPriceAndFillsTheField() {
        EstimateViewModel vm = fresh();
        vm.sliderPositionProperty().set(3.18); // $1,513.56 on the log scale
        assertEquals(1500, vm.guessProperty().get(), 1e-9);
        assertEquals("1,500", vm.typedTextProperty().get());
        assertEquals(Math.log10(1500), vm.sliderPositionProperty().get(), 1e-12, "the thumb snaps to the round price");
        assertTrue(vm.readyProperty().get());
        assertEquals(new EstimateAnswer(1500), vm.currentAnswer());
        assertEquals("Your guess: $1,500", vm.guessText().get());
        vm.sliderPositionProperty().set(0);
        assertEquals("1", vm.typedTextProperty().get());
        vm.sliderPositionProperty().set(4);
        assertEquals("10,000", vm.typedTextProperty().get());
    }

    @Test
    void typingAPriceMovesTheSliderAndKeepsTheTextAsTyped() {
        EstimateViewModel vm = fresh();
        vm.typedTextProperty().set("1234");
        assertEquals(1234, vm.guessProperty().get(), 1e-9);
        assertEquals(Math.log10(1234), vm.sliderPositionProperty().get(), 1e-12, "typed prices are not rounded");
        assertEquals("1234", vm.typedTextProperty().get());
        vm.typedTextProperty().set("$2,000");
        assertEquals(2000, vm.guessProperty().get(), 1e-9);
        vm.typedTextProperty().set("2k");
        assertEquals(2000, vm.guessProperty().get(), 1e-9);
        assertEquals(new EstimateAnswer(2000), vm.currentAnswer());
    }

    @Test
    void readsGermanNumbersInGerman() {
        localization.setLocale(Locale.GERMAN);
        EstimateViewModel vm = fresh();
        vm.typedTextProperty().set("1.500");
        assertEquals(1500, vm.guessProperty().get(), 1e-9);
        vm.typedTextProperty().set("1.500,50");
        assertEquals(1500.5, vm.guessProperty().get(), 1e-9);
        assertEquals("Deine Schätzung: 1.500,50 $", vm.guessText().get());
        vm.typedTextProperty().set("1,5");
        assertEquals(1.5, vm.guessProperty().get(), 1e-9);
        vm.sliderPositionProperty().set(3);
        assertEquals("1.000", vm.typedTextProperty().get());
    }

    @Test
    void outOfRangeInputGetsAMessageAndCannotBeChecked() {
        EstimateViewModel vm = fresh();
        vm.typedTextProperty().set("0.5");
        assertNull(vm.guessProperty().get());
        assertFalse(vm.readyProperty().get());
        assertEquals("$0.50 is below the scale. Type a price from $1 to $10,000.", vm.messageProperty().get());
        vm.typedTextProperty().set("20000");
        assertEquals("$20,000 is beyond the scale. Type a price from $1 to $10,000.", vm.messageProperty().get());
        assertFalse(vm.readyProperty().get());
        vm.typedTextProperty().set("-5");
        assertTrue(vm.messageProperty().get().startsWith("$\u22125 is below the scale"), vm.messageProperty().get());
        double slider = vm.sliderPositionProperty().get();
        assertEquals(EstimateViewModel.START_POSITION, slider, "bad input leaves the slider where it was");
        vm.typedTextProperty().set("10000");
        assertEquals("", vm.messageProperty().get());
        assertTrue(vm.readyProperty().get());
    }

    @Test
    void nonNumericInputGetsAMessageInTheCurrentLanguage() {
        EstimateViewModel vm = fresh();
        vm.typedTextProperty().set("300");
        vm.typedTextProperty().set("lots");
        assertEquals("\u201clots\u201d is not a price. Type a number of dollars, such as 12.50.", vm.messageProperty().get());
        assertFalse(vm.readyProperty().get());
        assertEquals(Math.log10(300), vm.sliderPositionProperty().get(), 1e-12, "the slider keeps the last good price");
        localization.setLocale(Locale.GERMAN);
        assertEquals("\u201elots\u201c ist kein Preis. Gib eine Zahl in Dollar ein, zum Beispiel 12,50.",
                vm.messageProperty().get());
        vm.typedTextProperty().set("");
        assertEquals("", vm.messageProperty().get(), "an empty field is no error, just no guess");
        assertFalse(vm.readyProperty().get());
    }

    @Test
    void aLanguageSwitchRewritesTheGuessTheNewLanguagesWay() {
        EstimateViewModel vm = fresh();
        vm.typedTextProperty().set("1,500.5");
        localization.setLocale(Locale.GERMAN);
        assertEquals("1.500,50", vm.typedTextProperty().get());
        assertEquals(1500.5, vm.guessProperty().get(), 1e-9, "the value itself is kept");
    }

    @Test
    void arrowKeysStepThroughRoundPricesAndPageKeysByDecades() {
        EstimateViewModel vm = fresh();
        vm.stepUp();
        assertEquals(1.5, vm.guessProperty().get(), 1e-9, "from the resting $1 one step up");
        vm.decadeUp();
        vm.decadeUp();
        assertEquals(150, vm.guessProperty().get(), 1e-9);
        vm.stepUp();
        vm.stepUp();
        assertEquals(250, vm.guessProperty().get(), 1e-9);
        vm.stepDown();
        assertEquals(200, vm.guessProperty().get(), 1e-9);
        vm.decadeUp();
        assertEquals(2000, vm.guessProperty().get(), 1e-9);
        vm.decadeUp();
        assertEquals(10_000, vm.guessProperty().get(), 1e-9, "clamped at the top");
        vm.stepUp();
        assertEquals(10_000, vm.guessProperty().get(), 1e-9);
        vm.typedTextProperty().set("1234");
        vm.stepDown();
        assertEquals(1000, vm.guessProperty().get(), 1e-9, "a typed price steps to the next round one");
        vm.decadeDown();
        assertEquals(100, vm.guessProperty().get(), 1e-9);
        vm.toMinimum();
        assertEquals(1, vm.guessProperty().get(), 1e-9);
        vm.stepDown();
        assertEquals(1, vm.guessProperty().get(), 1e-9, "clamped at the bottom");
        vm.toMaximum();
        assertEquals("10,000", vm.typedTextProperty().get());
    }

    @Test
    void roundPricesRiseEvenlyEnoughOnTheLogScale() {
        var prices = EstimateViewModel.roundPrices();
        assertEquals(1, prices.get(0));
        assertEquals(10_000, prices.get(prices.size() - 1));
        for (int i = 1; i < prices.size(); i++) {
            double decades = Math.log10(prices.get(i) / prices.get(i - 1));
            assertTrue(decades > 0.05 && decades < 0.2, prices.get(i - 1) + " -> " + prices.get(i));
        }
        assertTrue(prices.containsAll(java.util.List.of(80.0, 300.0, 1500.0, 2000.0)), "the case's figures are reachable");
    }

    @Test
    void aSavedGuessIsShownAgain() {
        EstimateViewModel vm = new EstimateViewModel(SALES, localization, Optional.of(new EstimateAnswer(800)));
        assertEquals(800, vm.guessProperty().get(), 1e-9);
        assertEquals("800", vm.typedTextProperty().get());
        assertEquals(Math.log10(800), vm.sliderPositionProperty().get(), 1e-12);
        assertTrue(vm.hasDraft());
    }

    @Test
    void tickLabelsAreDollarAmountsInTheCurrentLanguage() {
        EstimateViewModel vm = fresh();
        assertEquals("$1", vm.tickLabel(0));
        assertEquals("$1,000", vm.tickLabel(3));
        assertEquals("$10,000", vm.tickLabel(4));
        localization.setLocale(Locale.GERMAN);
        assertEquals("10.000 $", vm.tickLabel(4));
    }
}
