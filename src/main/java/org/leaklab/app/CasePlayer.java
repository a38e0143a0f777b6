package org.leaklab.app;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Parent;
import org.leaklab.model.Case;
import org.leaklab.scoring.ScenarioScorer;
import org.leaklab.session.LessonChoice;
import org.leaklab.session.PlayProgress;
import org.leaklab.session.PlayThrough;
import org.leaklab.ui.briefing.BriefingViewModel;
import org.leaklab.ui.common.DialogService;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.Navigator;
import org.leaklab.ui.common.StatusMessages;
import org.leaklab.ui.common.ViewLoader;
import org.leaklab.ui.lessonplan.LessonPlanView;
import org.leaklab.ui.lessonplan.LessonPlanViewModel;
import org.leaklab.ui.play.CasePages;
import org.leaklab.ui.play.PlayServices;
import org.leaklab.ui.play.PlayView;
import org.leaklab.ui.play.PlayViewModel;
import org.leaklab.ui.play.ProgressKeeper;
import org.leaklab.ui.start.CaseListing;
import org.leaklab.ui.start.StartViewModel;

/**
 * Playing a case in the main window: where it was left or from the briefing, with the lesson
 * plan chosen for it, its progress kept by the {@link ProgressKeeper} when it is left.
 */
final class CasePlayer implements StartViewModel.CaseActions {
    /** The navigator's id of the page that plays a case. */
    static final String PLAY_PAGE = "play";

    private final CaseCatalogue catalogue;
    private final ProgressKeeper progress;
    private final Navigator navigator;
    private final ViewLoader viewLoader;
    private final Localization localization;
    private final StatusMessages status;
    private final DialogService dialogs;
    private final Supplier<PlayServices> services;
    /** The lesson plan chosen for each case, by id; a case without one plays whole. */
    private final Map<String, LessonChoice> lessonChoices = new HashMap<>();
    /** The frame of the case on screen (or last on screen), whose draft is kept when the case is left. */
    private PlayViewModel shownPlay;

    CasePlayer(CaseCatalogue catalogue, ProgressKeeper progress, Navigator navigator, ViewLoader viewLoader,
               Localization localization, StatusMessages status, DialogService dialogs,
               Supplier<PlayServices> services) {
        this.catalogue = Objects.requireNonNull(catalogue);
        this.progress = Objects.requireNonNull(progress);
        this.navigator = Objects.requireNonNull(navigator);
        this.viewLoader = Objects.requireNonNull(viewLoader);
        this.localization = Objects.requireNonNull(localization);
        this.status = Objects.requireNonNull(status);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.services = Objects.requireNonNull(services);
        // Leaving a case keeps it: the question shown keeps its draft, and all of it is saved.
        navigator.currentProperty().addListener((obs, old, now) -> {
            if (old != null && PLAY_PAGE.equals(old.id()) && shownPlay != null) {
                progress.record(shownPlay);
            }
        });
    }

    @Override
    public void open(CaseListing listing) {
        catalogue.caseOf(listing).ifPresent(this::openCase);
    }

    @Override
    public void startAgain(CaseListing listing) {
        catalogue.caseOf(listing).ifPresent(this::startAgain);
    }

    @Override
    public void remove(CaseListing listing) {
        catalogue.remove(listing);
    }

    /**
     * Plays {@code caseData}: where it was left if it is in progress (in this run, or saved in
     * the data folder by an earlier one), else from the briefing.
     */
    void openCase(Case caseData) {
        catalogue.opened(caseData);
        // The lesson plan decides which scenarios are played: the play-through gets the case cut to it.
        Case played = played(caseData);
        Optional<PlayViewModel> live = progress.live(caseData.id());
        PlayViewModel frame;
        if (live.isPresent() && live.get().getPlay().caseData().equals(played)) {
            frame = live.get();
        } else {
            // A pack opened again from its file, or another lesson plan: the answers carry over.
            Optional<PlayProgress> saved = live.map(old -> old.progress(Instant.now()))
                    .or(() -> progress.saved(caseData.id()));
            frame = newFrame(played, saved);
        }
        showPlay(frame);
    }

    /** Plays {@code caseData} from the briefing, its progress forgotten (Start again, already confirmed). */
    private void startAgain(Case caseData) {
        catalogue.opened(caseData);
        progress.forget(caseData.id());
        showPlay(newFrame(played(caseData), Optional.empty()));
    }

    private PlayViewModel newFrame(Case caseData, Optional<PlayProgress> saved) {
        CasePages pages = casePages();
        ScenarioScorer scorer = new ScenarioScorer(caseData);
        if (saved.isEmpty()) {
            return new PlayViewModel(new PlayThrough(scorer), pages::createStep, localization);
        }
        PlayThrough.Restored restored = PlayThrough.restore(scorer, saved.get());
        if (!restored.dropped().isEmpty()) {
            status.warn(localization.get("status.progressDropped", restored.dropped().size()));
        }
        return new PlayViewModel(restored.play(), pages::createStep, localization, saved.get().step());
    }

    private void showPlay(PlayViewModel frame) {
        Case caseData = frame.getPlay().caseData();
        boolean continued = frame.getStep().index() > 0 || frame.getPlay().checkedCount() > 0;
        CasePages pages = casePages();
        // Back (the header's, Alt+Left) goes one step back within the case; from the briefing it leaves.
        navigator.goTo(new Navigator.Page(PLAY_PAGE, caseData.title(),
                () -> viewLoader.load(PlayView.class, () -> new PlayView(frame, pages)).root(), frame::back));
        shownPlay = frame;
        if (progress.live(caseData.id()).orElse(null) != frame) {
            progress.track(frame);
        }
        status.info(continued ? localization.get("status.caseContinued", caseData.title())
                : localization.get("status.caseOpened", caseData.title()));
    }

    /** {@code caseData} cut to its lesson plan: the scenarios a play-through or a class plays. */
    Case played(Case caseData) {
        return lessonChoice(caseData).apply(caseData);
    }

    /** The lesson plan of {@code caseData}: the one chosen, if it still fits the case, else the whole case. */
    LessonChoice lessonChoice(Case caseData) {
        LessonChoice chosen = lessonChoices.get(caseData.id());
        return chosen != null && !chosen.scenarios(caseData).isEmpty() ? chosen : LessonChoice.wholeCase(caseData);
    }

    /**
     * View &gt; Lesson plan: chooses which scenarios {@code caseData} plays. A case open with
     * nothing answered yet starts again at once with the new plan; one with answers keeps them and
     * plays the new plan when it is started again.
     */
    void chooseLessonPlan(Case caseData) {
        LessonPlanViewModel plan = new LessonPlanViewModel(caseData, lessonChoice(caseData), localization,
                choice -> lessonChoices.put(caseData.id(), choice));
        Parent content = viewLoader.load(LessonPlanView.class, () -> new LessonPlanView(plan)).root();
        dialogs.showView(localization.get("lessonPlan.title"), content);
        LessonChoice chosen = lessonChoice(caseData);
        String described = LessonPlanViewModel.describe(caseData, chosen, localization);
        String title = caseData.title().in(localization.getLocale());
        catalogue.relist(caseData, chosen.scenarios(caseData).size());
        Navigator.Page page = navigator.currentProperty().get();
        boolean open = shownPlay != null && page != null && PLAY_PAGE.equals(page.id())
                && shownPlay.getPlay().caseData().id().equals(caseData.id());
        if (open && shownPlay.getPlay().checkedCount() > 0) {
            status.info(localization.get("lessonPlan.changedLater", title, described));
            return;
        }
        if (open && !shownPlay.getPlay().scenarios().equals(chosen.scenarios(caseData))) {
            navigator.back();
            openCase(caseData);
        }
        status.info(localization.get("lessonPlan.changed", title, described));
    }

    /**
     * The pages of a case being played. Its briefing says which lesson plan the case is played
     * with and lets the teacher change it.
     */
    private CasePages casePages() {
        return new CasePages(viewLoader, localization, services.get(), played -> catalogue.find(played.id())
                .map(caseData -> new BriefingViewModel.LessonPlanLine(localization.get("lessonPlan.briefing",
                        LessonPlanViewModel.describe(caseData, LessonChoice.playedIn(caseData, played), localization)),
                        () -> chooseLessonPlan(caseData))));
    }
}
