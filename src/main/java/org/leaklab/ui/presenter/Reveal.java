package org.leaklab.ui.presenter;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.leaklab.model.Case;
import org.leaklab.model.ChoiceOption;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.model.DecisionAnswer;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.EstimateScenario;
import org.leaklab.model.Lesson;
import org.leaklab.model.RankingAnswer;
import org.leaklab.model.RankingScenario;
import org.leaklab.model.Scenario;
import org.leaklab.scoring.ScenarioScorer;
import org.leaklab.scoring.ValueModel;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.decision.StoryPath;

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

    /** How right a line of the revealed answer is: a choice's options are marked, other lines are not. */
    public enum Verdict {
        RIGHT, PARTLY, WRONG, NONE
    }

    /**
     * One line of the revealed answer.
     *
     * @param label   "A" for a choice's option, the step's number on a story's path; empty otherwise
     * @param text    the line itself
     * @param detail  set beside it: an option's explanation, a step's consequence; empty if none
     * @param verdict how right it is
     */
    public record Row(String label, String text, String detail, Verdict verdict) {
    }

    /** A lesson, in the current language. */
    public record LessonText(String title, String text) {
    }

    /**
     * The reference answer, line by line, shown on reveal: a ranking's order with each item's
     * value; an estimate's figure; every option of a choice, marked right, partly right or wrong,
     * with its explanation beside its letter; a story's best path step by step (its ending comes
     * last, in {@link #why}, so no ending shows before the path reaches it).
     */
    List<Row> rows(Scenario s) {
        return switch (s) {
            case RankingScenario ranking -> {
                ValueModel model = scorer.valueModel(ranking.perspectiveId());
                RankingAnswer reference = (RankingAnswer) scorer.referenceAnswer(ranking);
                List<Row> lines = new ArrayList<>();
                NumberFormat number = NumberFormat.getNumberInstance(locale());
                // One decimal, as the ranking feedback and "Why?" write a value.
                number.setMinimumFractionDigits(1);
                number.setMaximumFractionDigits(1);
                for (int i = 0; i < reference.itemIds().size(); i++) {
                    String id = reference.itemIds().get(i);
                    lines.add(plain(localization.get("presenter.answer.rankingLine", i + 1,
                            caseData.item(id).orElseThrow().name(), number.format(model.value(id)),
                            ValueModel.MAX_VALUE)));
                }
                yield lines;
            }
            case EstimateScenario estimate -> {
                NumberFormat number = NumberFormat.getNumberInstance(locale());
                number.setMaximumFractionDigits(2);
                yield List.of(plain(estimate.isSingleFigure()
                        ? localization.get("presenter.answer.figure", number.format(estimate.low()))
                        : localization.get("presenter.answer.range", number.format(estimate.low()),
                        number.format(estimate.high()))));
            }
            case ChoiceScenario choice -> {
                List<Row> lines = new ArrayList<>();
                char letter = 'A';
                for (ChoiceOption option : choice.options()) {
                    lines.add(new Row(String.valueOf(letter++), option.text().in(locale()),
                            option.feedback().in(locale()), verdict(option)));
                }
                yield lines;
            }
            case DecisionScenario decision -> {
                List<Row> lines = new ArrayList<>();
                int step = 1;
                for (StoryPath.Step taken : bestPath(decision).steps()) {
                    lines.add(new Row(Integer.toString(step++), taken.option().text().in(locale()),
                            taken.option().consequence().in(locale()), Verdict.NONE));
                }
                yield lines;
            }
        };
    }

    /**
     * True when the revealed answer needs the slide's whole width (a choice lists every option
     * with its explanation): the leaderboard then goes under it instead of beside it.
     */
    static boolean isWide(Scenario s) {
        return switch (s) {
            case ChoiceScenario _ -> true;
            case RankingScenario _, EstimateScenario _, DecisionScenario _ -> false;
        };
    }

    private static Row plain(String text) {
        return new Row("", text, "", Verdict.NONE);
    }

    /** Full credit is right, some credit partly right, none or a penalty wrong. */
    static Verdict verdict(ChoiceOption option) {
        return option.credit() >= 1 ? Verdict.RIGHT : option.credit() > 0 ? Verdict.PARTLY : Verdict.WRONG;
    }

    /** The path the scorer gives full marks, walked through the story. */
    private StoryPath bestPath(DecisionScenario decision) {
        return StoryPath.walk(decision, ((DecisionAnswer) scorer.referenceAnswer(decision)).optionIds());
    }

    /**
     * Why, under the answer: the model's reasoning for a ranking, the source's figure explained,
     * for a story the ending its best path reaches. A choice explains each option beside it instead.
     */
    List<String> why(Scenario s) {
        return switch (s) {
            case RankingScenario ranking -> {
                ValueModel model = scorer.valueModel(ranking.perspectiveId());
                String top = ((RankingAnswer) scorer.referenceAnswer(ranking)).itemIds().get(0);
                yield List.of(model.explanations(top).get(0).render(locale()));
            }
            case EstimateScenario estimate -> List.of(estimate.explanation().in(locale()));
            case ChoiceScenario _ -> List.<String>of();
            case DecisionScenario decision -> bestPath(decision).ending()
                    .map(end -> List.of(localization.get("presenter.answer.ending", end.title().in(locale()), end.score()),
                            end.text().in(locale())))
                    .orElse(List.of());
        };
    }

    /** The lesson the reveal ends with, if the scenario has one (see {@link ScenarioLessons}). */
    Optional<LessonText> lesson(Scenario s) {
        return ScenarioLessons.of(caseData, s, scorer).map(this::text);
    }

    /** A lesson of the case in the current language. */
    LessonText text(Lesson lesson) {
        return new LessonText(lesson.title().in(locale()), lesson.text().in(locale()));
    }
}
