package org.leaklab.ui.presenter;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.leaklab.model.Case;
import org.leaklab.model.Lesson;
import org.leaklab.model.Scenario;
import org.leaklab.scoring.ScenarioScorer;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.kinds.ScenarioKinds;
import org.leaklab.ui.scenario.RevealContext;
import org.leaklab.ui.scenario.RevealLine;

/**
 * What the presenter shows when the teacher reveals a scenario, in the current language: the
 * reference answer line by line, why, and the lesson it ends with.
 */
public final class Reveal {
    private final Case caseData;
    private final ScenarioScorer scorer;
    private final Localization localization;

    Reveal(Case caseData, ScenarioScorer scorer, Localization localization) {
        this.caseData = Objects.requireNonNull(caseData);
        this.scorer = Objects.requireNonNull(scorer);
        this.localization = Objects.requireNonNull(localization);
    }

    private Locale locale() {
        return localization.getLocale();
    }

    /** A lesson, in the current language. */
    public record LessonText(String title, String text) {
    }

    /** What the scenario kinds reveal with. */
    private RevealContext context() {
        return new RevealContext(caseData, scorer, localization);
    }

    /**
     * The reference answer, line by line, shown on reveal (from the scenario's kind): a ranking's
     * order with each item's value; an estimate's figure; every option of a choice, marked right,
     * partly right or wrong, with its explanation beside its letter; a story's best path step by
     * step (its ending comes last, in {@link #why}, so no ending shows before the path reaches it).
     */
    List<RevealLine> rows(Scenario s) {
        return ScenarioKinds.of(s).revealLines(context());
    }

    /**
     * True when the revealed answer needs the slide's whole width (a choice lists every option
     * with its explanation): the leaderboard then goes under it instead of beside it.
     */
    static boolean isWide(Scenario s) {
        return ScenarioKinds.of(s).wideReveal();
    }

    /**
     * Why, under the answer: the model's reasoning for a ranking, the source's figure explained,
     * for a story the ending its best path reaches. A choice explains each option beside it instead.
     */
    List<String> why(Scenario s) {
        return ScenarioKinds.of(s).revealWhy(context());
    }

    /**
     * The lesson the reveal ends with, if the scenario has one: a story's is the lesson of its best
     * ending, any other scenario's the lesson that names it in the pack.
     */
    Optional<LessonText> lesson(Scenario s) {
        return ScenarioKinds.of(s).lesson(context()).map(this::text);
    }

    /** A lesson of the case in the current language. */
    LessonText text(Lesson lesson) {
        return new LessonText(lesson.title().in(locale()), lesson.text().in(locale()));
    }
}
