package org.leaklab.ui.play;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.Optional;
import java.util.function.IntConsumer;
import javafx.beans.property.StringProperty;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.leaklab.model.Answer;
import org.leaklab.model.Case;
import org.leaklab.model.Lesson;
import org.leaklab.model.Scenario;
import org.leaklab.scoring.ScoreResult;
import org.leaklab.session.PlayThrough;
import org.leaklab.ui.briefing.BriefingView;
import org.leaklab.ui.briefing.BriefingViewModel;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.NoteCard;
import org.leaklab.ui.common.SourceLink;
import org.leaklab.ui.common.SourceLinks;
import org.leaklab.ui.common.SourceMarks;
import org.leaklab.ui.common.ViewLoader;
import org.leaklab.ui.kinds.ScenarioKinds;
import org.leaklab.ui.scenario.PlayContext;
import org.leaklab.ui.scenario.ScenarioStepViewModel;
import org.leaklab.ui.summary.SummaryView;
import org.leaklab.ui.summary.SummaryViewModel;

/**
 * The views of a case, chosen by step, loaded through the {@link ViewLoader}; a scenario's pages
 * come from its kind ({@link ScenarioKinds}).
 */
public final class CasePages implements PlayPages {
    private final ViewLoader loader;
    private final Localization localization;
    private final PlayServices services;
    private final Function<Case, Optional<BriefingViewModel.LessonPlanLine>> lessonPlan;

    /**
     * @param lessonPlan the lesson plan a case is played with, for the briefing (with a way to
     *                   change it); empty where the teacher has no choice to make
     */
    public CasePages(ViewLoader loader, Localization localization, PlayServices services,
                     Function<Case, Optional<BriefingViewModel.LessonPlanLine>> lessonPlan) {
        this.loader = Objects.requireNonNull(loader);
        this.localization = Objects.requireNonNull(localization);
        this.services = Objects.requireNonNull(services);
        this.lessonPlan = Objects.requireNonNull(lessonPlan);
    }

    @Override
    public Parent briefing(Case caseData) {
        BriefingViewModel briefing = new BriefingViewModel(caseData, localization, sourceLinks(caseData),
                lessonPlan.apply(caseData));
        return loader.load(BriefingView.class, () -> new BriefingView(briefing)).root();
    }

    /** What a scenario kind's pages need of {@code play}. */
    private PlayContext context(PlayThrough play) {
        return new PlayContext(play, localization, sourceLinks(play.caseData()));
    }

    private SourceLinks sourceLinks(Case caseData) {
        return new SourceLinks(caseData.sources(), localization, services.status(), services.links()::open);
    }

    /**
     * {@code page} with the sources of {@code scenario} as numbered marks under it (outside its
     * scroll pane, so they are always in sight); the page itself if the scenario cites none.
     */
    private Parent withSources(Parent page, Case caseData, Scenario scenario) {
        SourceLinks links = sourceLinks(caseData);
        List<SourceLink> cited = links.cited(scenario.sourceIds());
        if (cited.isEmpty()) {
            return page;
        }
        SourceMarks marks = SourceMarks.of(localization.get("sources.scenario"), cited, links::open);
        marks.getStyleClass().add("scenario-sources");
        marks.setId("scenarioSources");
        VBox.setVgrow(page, Priority.ALWAYS);
        VBox frame = new VBox(page, marks);
        frame.getStyleClass().add("scenario-frame");
        return frame;
    }

    @Override
    public ScenarioStepViewModel createStep(PlayThrough play, Scenario scenario, Optional<Answer> saved) {
        return ScenarioKinds.of(scenario).createStep(context(play), saved);
    }

    @Override
    public Parent question(PlayThrough play, ScenarioStepViewModel step) {
        Parent page = ScenarioKinds.of(step.scenario()).question(loader, step);
        return withSources(page, play.caseData(), step.scenario());
    }

    @Override
    public Parent feedback(PlayThrough play, Scenario scenario, Answer answer, ScoreResult result) {
        Parent page = ScenarioKinds.of(scenario).feedback(loader, context(play), answer, result);
        endWithLesson(page, play.caseData(), scenario);
        return withSources(page, play.caseData(), scenario);
    }

    /**
     * The lesson the pack ties to {@code scenario}, as the last card of its feedback page (a story's
     * page shows the lesson of the ending reached itself; no lesson names a story). Every kind's
     * feedback page is a scroll pane over a pane of cards (their FXML); the mouse walk checks that
     * each shipped scenario's feedback ends with its lesson, so a kind built otherwise is caught.
     */
    private void endWithLesson(Parent page, Case caseData, Scenario scenario) {
        Optional<Lesson> lesson = caseData.lessonAfter(scenario.id());
        if (lesson.isEmpty() || !(page instanceof ScrollPane scroll && scroll.getContent() instanceof Pane content)) {
            return;
        }
        SourceLinks links = sourceLinks(caseData);
        Locale locale = localization.getLocale();
        content.getChildren().add(NoteCard.of("feedbackLesson",
                localization.get("feedback.lesson", lesson.get().title().in(locale)), lesson.get().text().in(locale),
                localization.get("sources.marks"), links.cited(lesson.get().sourceIds()), links::open));
    }

    @Override
    public Parent summary(PlayThrough play, Runnable restart, IntConsumer goToStep, StringProperty studentName) {
        SummaryViewModel summary = new SummaryViewModel(play, localization, sourceLinks(play.caseData()),
                services.dialogs(), services.status(), services.background(), services.fxThread(), restart, goToStep,
                studentName, java.time.LocalDate::now);
        return loader.load(SummaryView.class, () -> new SummaryView(summary)).root();
    }
}
