package org.leaklab.ui.choice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Case;
import org.leaklab.model.ChoiceAnswer;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.ui.common.Localization;

/** Single and multiple answers: what is chosen, when the answer is ready. */
class ChoiceViewModelTest {
    private static final Case AMAZON = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);
    private static final ChoiceScenario MEASURES = (ChoiceScenario) AMAZON.scenario("choice-measures").orElseThrow();
    private static final ChoiceScenario SOURCES = (ChoiceScenario) AMAZON.scenario("choice-source-check").orElseThrow();
    private final Localization localization = new Localization(Locale.ENGLISH);

    @Test
    void aSingleAnswerKeepsOneOptionAndIsReadyOnceChosen() {
        ChoiceViewModel vm = new ChoiceViewModel(SOURCES, localization, Optional.empty());
        assertFalse(vm.multiple());
        assertEquals("Choose one answer.", vm.hint());
        assertFalse(vm.readyProperty().get());
        vm.choose("article-wrong");
        assertTrue(vm.readyProperty().get());
        vm.choose("both-true");
        assertEquals(ChoiceAnswer.of("both-true"), vm.currentAnswer(), "choosing another clears the first");
        vm.options().get(3).selectedProperty().set(true);
        assertEquals(ChoiceAnswer.of("closer-source"), vm.currentAnswer(), "also when a radio button sets it");
        vm.toggle("closer-source");
        assertEquals(ChoiceAnswer.of("closer-source"), vm.currentAnswer(), "a single answer is not toggled off");
        vm.clear();
        assertFalse(vm.readyProperty().get());
    }

    @Test
    void multipleAnswersAreTickedIndependently() {
        ChoiceViewModel vm = new ChoiceViewModel(MEASURES, localization, Optional.empty());
        assertTrue(vm.multiple());
        assertEquals("Choose all answers that apply.", vm.hint());
        assertFalse(vm.readyProperty().get());
        vm.toggle("least-privilege");
        vm.toggle("four-eyes");
        vm.toggle("encryption-at-rest");
        assertTrue(vm.readyProperty().get());
        assertEquals(Set.of("least-privilege", "four-eyes", "encryption-at-rest"),
                ((ChoiceAnswer) vm.currentAnswer()).optionIds());
        vm.toggle("encryption-at-rest");
        assertEquals(Set.of("least-privilege", "four-eyes"), ((ChoiceAnswer) vm.currentAnswer()).optionIds());
        vm.toggle("least-privilege");
        vm.toggle("four-eyes");
        assertFalse(vm.readyProperty().get(), "nothing ticked, nothing to check");
        assertFalse(vm.hasDraft());
    }

    @Test
    void showsOptionsInTheCurrentLanguageAndRestoresADraft() {
        localization.setLocale(Locale.GERMAN);
        ChoiceViewModel vm = new ChoiceViewModel(MEASURES, localization,
                Optional.of(new ChoiceAnswer(Set.of("anomaly-alerts", "whistleblower"))));
        assertEquals("Wähle alle zutreffenden Antworten.", vm.hint());
        assertTrue(vm.text(vm.options().get(0)).startsWith("Minimale Rechte"));
        assertEquals(List.of(false, true, false, true, false, false, false),
                vm.options().stream().map(ChoiceViewModel.OptionChoice::isSelected).toList());
        assertTrue(vm.hasDraft());
    }

    @Test
    void anUnknownOptionIsAProgrammingError() {
        ChoiceViewModel vm = new ChoiceViewModel(MEASURES, localization, Optional.empty());
        assertThrows(IllegalArgumentException.class, () -> vm.choose("nonsense"));
    }
}
