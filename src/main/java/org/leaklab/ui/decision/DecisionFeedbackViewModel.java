package org.leaklab.ui.decision;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.leaklab.model.Case;
import org.leaklab.model.DecisionAnswer;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.EndState;
import org.leaklab.model.Lesson;
import org.leaklab.ui.common.SourceLink;
import org.leaklab.ui.common.SourceLinks;
import org.leaklab.scoring.ScoreResult;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.scorefeedback.FeedbackLine;
import org.leaklab.ui.scorefeedback.ScenarioFeedbackViewModel;

/**
 * Feedback on a decision story: the ending reached and its score, the lesson it teaches, the
 * path taken, and what else the scorer found (such as a better ending on another path).
 */
public final class DecisionFeedbackViewModel extends ScenarioFeedbackViewModel<DecisionScenario> {
    /** Findings the page shows in its own sections (the path and the lesson), so not twice. */
    private static final Set<String> SHOWN_APART = Set.of("scoring.decision.step", "scoring.decision.lesson");

    private final Case caseData;
    private final StoryPath path;
    private final SourceLinks sources;

    /** @param sources the case's sources, for the marks of the lesson */
    public DecisionFeedbackViewModel(Case caseData, DecisionScenario scenario, DecisionAnswer answer, ScoreResult result,
                                     Localization localization, SourceLinks sources) {
        super(scenario, result, localization);
        this.caseData = Objects.requireNonNull(caseData);
        this.sources = Objects.requireNonNull(sources);
        this.path = StoryPath.walk(scenario, answer.optionIds());
    }

    /** "The end: Reported straight away", or that the story stopped early. */
    public String endingTitle() {
        return ending().map(end -> localization.get("decision.ending.title", end.title().in(localization.getLocale())))
                .orElse(localization.get("decisionFeedback.noEnding"));
    }

    /** The sources the lesson rests on, as numbered marks. */
    public List<SourceLink> lessonSources() {
        return lesson().map(l -> sources.cited(l.sourceIds())).orElse(List.of());
    }

    /** "Sources:", before the marks. */
    public String marksLead() {
        return localization.get("sources.marks");
    }

    /** Opens a source in the browser. */
    public void open(SourceLink source) {
        sources.open(source);
    }

    /** The lesson of the ending reached. */
    public Optional<Lesson> lesson() {
        return ending().flatMap(end -> caseData.lesson(end.lessonId()));
    }

    /** The lesson's title in the current language, or empty. */
    public String lessonTitle() {
        return lesson().map(l -> l.title().in(localization.getLocale())).orElse("");
    }

    /** The lesson's text in the current language, or empty. */
    public String lessonText() {
        return lesson().map(l -> l.text().in(localization.getLocale())).orElse("");
    }

    /** The path taken, step by step. */
    public List<DecisionViewModel.PastStep> pathTaken() {
        return path.steps().stream().map(step -> new DecisionViewModel.PastStep(
                step.node().text().in(localization.getLocale()),
                step.option().text().in(localization.getLocale()),
                step.option().consequence().in(localization.getLocale()))).toList();
    }

    /** "Step 1" and so on, for the path list. */
    public String stepLabel(int index) {
        return localization.get("decision.step", index + 1);
    }

    /** The scorer's findings: what happened in the end, and whether another path ends better. */
    public List<FeedbackLine> findings() {
        return FeedbackLine.all(result.explanations().stream().filter(e -> !SHOWN_APART.contains(e.key())).toList(),
                localization);
    }

    private Optional<EndState> ending() {
        return path.ending();
    }
}
