package org.leaklab.ui.choice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Case;
import org.leaklab.model.ChoiceAnswer;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.scenario.TeamDraft;

/** A team's choice, entered by the teacher on the same view model as in play. */
class ChoiceDraftTest {
    private static final Case AMAZON = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);
    private static final ChoiceScenario MEASURES = (ChoiceScenario) AMAZON.scenario("choice-measures").orElseThrow();
    private static final ChoiceScenario SOURCES = (ChoiceScenario) AMAZON.scenario("choice-source-check").orElseThrow();
    private final Localization localization = new Localization(Locale.ENGLISH);

    private ChoiceDraft draft(ChoiceScenario scenario) {
        return new ChoiceDraft(new ChoiceViewModel(scenario, localization, Optional.empty()), localization);
    }

    @Test
    void aSingleAnswerKeepsTheLastOptionAndPressedAgainIsUnchosen() {
        ChoiceDraft draft = draft(SOURCES);
        draft.toggle("article-wrong");
        draft.toggle("both-true");
        assertEquals(Set.of("both-true"), draft.chosen());
        draft.toggle("both-true");
        assertEquals(Set.of(), draft.chosen(), "unlike a radio button in play, the teacher can take a choice back");
        TeamDraft.Missing missing = assertInstanceOf(TeamDraft.Missing.class, draft.read());
        assertEquals("Choose at least one option first.", missing.message().get());
    }

    @Test
    void severalAnswersAreReadAndShownAgain() {
        ChoiceDraft draft = draft(MEASURES);
        int[] edits = {0};
        draft.onEdit(() -> edits[0]++);
        draft.toggle("least-privilege");
        String other = MEASURES.options().stream().map(o -> o.id()).filter(id -> !id.equals("least-privilege"))
                .findFirst().orElseThrow();
        draft.toggle(other);
        assertEquals(new ChoiceAnswer(Set.of("least-privilege", other)),
                assertInstanceOf(TeamDraft.Answered.class, draft.read()).answer());
        assertTrue(edits[0] >= 2, "every press is an edit");
        ChoiceDraft again = draft(MEASURES);
        again.show(new ChoiceAnswer(Set.of(other)));
        assertEquals(Set.of(other), again.chosen());
        assertTrue(again.isChosen(other));
    }
}
