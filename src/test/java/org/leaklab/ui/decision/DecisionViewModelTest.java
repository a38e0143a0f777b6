package org.leaklab.ui.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Case;
import org.leaklab.model.DecisionAnswer;
import org.leaklab.model.DecisionScenario;
import org.leaklab.ui.common.Localization;

/** Walking a story: choices, the story so far, the ending, starting again, drafts. */
class DecisionViewModelTest {
    private static final Case AMAZON = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);
    private static final DecisionScenario EMPLOYEE = (DecisionScenario) AMAZON.scenario("decision-employee").orElseThrow();
    private final Localization localization = new Localization(Locale.ENGLISH);

    private DecisionViewModel fresh() {
        return new DecisionViewModel(EMPLOYEE, localization, Optional.empty());
    }

    @Test
    void startsAtTheFirstSituation() {
        DecisionViewModel vm = fresh();
        assertTrue(vm.setting().startsWith("An invented story, built on what the reports describe"));
        assertTrue(vm.setting().contains("You work in a support team in Shenzhen"));
        assertTrue(vm.situation().startsWith("The broker offers you"));
        assertEquals(List.of("accept", "ignore", "report"), vm.options().stream().map(DecisionViewModel.Option::id).toList());
        assertEquals("Step 1", vm.stepLabel());
        assertTrue(vm.storySoFar().isEmpty());
        assertFalse(vm.readyProperty().get());
        assertFalse(vm.startedProperty().get());
        assertFalse(vm.hasDraft());
        assertFalse(vm.ended());
    }

    @Test
    void walksToAnEndingKeepingTheStorySoFar() {
        DecisionViewModel vm = fresh();
        assertTrue(vm.choose("ignore"));
        assertEquals(1, vm.storySoFar().size());
        DecisionViewModel.PastStep first = vm.storySoFar().get(0);
        assertTrue(first.situation().startsWith("The broker offers you"));
        assertEquals("Ignore the message", first.choice());
        assertTrue(first.consequence().startsWith("You do not answer"));
        assertTrue(vm.situation().startsWith("The broker has doubled his offer"));
        assertEquals("Step 2", vm.stepLabel());
        assertTrue(vm.startedProperty().get());
        assertFalse(vm.readyProperty().get(), "no ending yet");
        assertEquals(new DecisionAnswer(List.of("ignore")), vm.currentAnswer(), "a draft can be kept");

        assertTrue(vm.choose("report-late"));
        assertTrue(vm.ended());
        assertTrue(vm.readyProperty().get());
        assertEquals("The end: Reported after hesitating", vm.endingTitle());
        assertTrue(vm.endingText().startsWith("Nothing was sold"));
        assertTrue(vm.options().isEmpty());
        assertEquals(new DecisionAnswer(List.of("ignore", "report-late")), vm.currentAnswer());
        assertEquals(2, vm.storySoFar().size());
    }

    @Test
    void wrongClickSequencesChangeNothing() {
        DecisionViewModel vm = fresh();
        assertFalse(vm.choose("stop"), "an option of another situation");
        assertFalse(vm.choose("nonsense"));
        assertTrue(vm.storySoFar().isEmpty());
        vm.choose("report");
        assertTrue(vm.ended());
        assertFalse(vm.choose("accept"), "nothing to choose after the end");
        assertEquals(new DecisionAnswer(List.of("report")), vm.currentAnswer());
    }

    @Test
    void startsAgainFromTheBeginning() {
        DecisionViewModel vm = fresh();
        vm.choose("accept");
        vm.choose("sell-more");
        assertTrue(vm.readyProperty().get());
        vm.restart();
        assertFalse(vm.readyProperty().get());
        assertFalse(vm.startedProperty().get());
        assertTrue(vm.storySoFar().isEmpty());
        assertEquals(new DecisionAnswer(List.of()), vm.currentAnswer());
        assertTrue(vm.situation().startsWith("The broker offers you"));
        vm.choose("report");
        assertEquals(new DecisionAnswer(List.of("report")), vm.currentAnswer());
    }

    @Test
    void aDraftIsReplayedAsFarAsItFits() {
        DecisionViewModel resumed = new DecisionViewModel(EMPLOYEE, localization,
                Optional.of(new DecisionAnswer(List.of("accept"))));
        assertTrue(resumed.situation().startsWith("You have been paid"));
        DecisionViewModel stale = new DecisionViewModel(EMPLOYEE, localization,
                Optional.of(new DecisionAnswer(List.of("accept", "no-such-option", "stop"))));
        assertEquals(new DecisionAnswer(List.of("accept")), stale.currentAnswer());
    }

    @Test
    void tellsTheStoryInGerman() {
        localization.setLocale(Locale.GERMAN);
        DecisionViewModel vm = fresh();
        vm.choose("report");
        assertEquals("Das Ende: Sofort gemeldet", vm.endingTitle());
        vm.restart();
        assertEquals("Schritt 1", vm.stepLabel());
        vm.choose("report");
        assertTrue(vm.storySoFar().get(0).choice().startsWith("Den Kontakt"));
    }
}
