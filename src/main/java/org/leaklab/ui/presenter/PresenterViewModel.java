package org.leaklab.ui.presenter;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.leaklab.classroom.Views.RoomStatus;
import org.leaklab.model.Case;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.Scenario;
import org.leaklab.scoring.ScenarioScorer;
import org.leaklab.ui.classnet.ClassNetworkViewModel;
import org.leaklab.ui.scenario.ClassContext;
import org.leaklab.ui.common.Appearance;
import org.leaklab.ui.common.Localization;

/**
 * Presenter mode: the case's scenarios one by one for a projector, answers hidden until the
 * teacher reveals them, an end screen after the last one, a black screen, a help overlay and an
 * optional countdown (off by default; it never gives points for speed). The presenter has its
 * own text scale, independent of the main window's.
 *
 * <p>One view model lives as long as its class: leaving presenter mode keeps it, and opening
 * presenter mode again shows it where it was (slide, teams, answers, what was revealed). Keys
 * are turned into actions by {@link PresenterKeys} from the state kept here, never from where the
 * keyboard focus happens to be; the view makes the focus follow {@link #enteringProperty()}.
 */
public final class PresenterViewModel {
    private final Case caseData;
    private final ScenarioScorer scorer;
    private final Localization localization;
    private final Appearance appearance;
    private final Runnable leave;
    private final TeamGame teams;
    private final KeyHints keyHints;
    private final SlideTexts texts;

    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index");
    private final ReadOnlyBooleanWrapper revealed = new ReadOnlyBooleanWrapper(this, "revealed");
    private final ReadOnlyBooleanWrapper blackout = new ReadOnlyBooleanWrapper(this, "blackout");
    private final ReadOnlyBooleanWrapper helpShown = new ReadOnlyBooleanWrapper(this, "helpShown");
    private final Countdown countdown = new Countdown(() -> screen() == PresenterKeys.Screen.QUESTION,
            () -> blackout.get());
    private final TeamTurns turns;
    private final PresenterKeyboard keyboard;
    /** Goes up whenever the keys' state changes in a way the footer's hints show. */
    private final ReadOnlyIntegerWrapper hintRevision = new ReadOnlyIntegerWrapper(this, "hintRevision");
    private final Set<String> revealedScenarios = new HashSet<>();
    private final ResultsBadge badge;
    private final ClassNetworkViewModel classNetwork;
    private final RoomQuestions roomQuestions;

    /**
     * Presenter mode for a class: the teacher may set up teams (N) and record their answers before
     * each reveal.
     *
     * @param caseData     the case presented
     * @param scorer       gives the reference answers
     * @param localization the current language
     * @param appearance   the presenter's own theme and scale
     * @param leave        closes presenter mode (Escape); the view model stays, for coming back
     * @param teams        the class's teams and answers (none until the teacher sets them up)
     * @param classNetwork the class network (C), closed until the teacher opens it
     */
    public PresenterViewModel(Case caseData, ScenarioScorer scorer, Localization localization, Appearance appearance,
                              Runnable leave, TeamGame teams, ClassNetworkViewModel classNetwork) {
        this.teams = Objects.requireNonNull(teams);
        this.classNetwork = Objects.requireNonNull(classNetwork);
        this.caseData = Objects.requireNonNull(caseData);
        this.scorer = Objects.requireNonNull(scorer);
        this.localization = Objects.requireNonNull(localization);
        this.appearance = Objects.requireNonNull(appearance);
        this.leave = Objects.requireNonNull(leave);
        this.keyHints = new KeyHints(localization);
        this.badge = new ResultsBadge(localization, teams::retrySave);
        this.texts = new SlideTexts(this, new Reveal(caseData, scorer, localization), this::classContext);
        this.turns = new TeamTurns(teams, this::scenario, () -> screen() == PresenterKeys.Screen.QUESTION,
                this::hintsChanged);
        this.keyboard = new PresenterKeyboard(this, turns);
        teams.setupShownProperty().addListener((obs, old, now) -> hintsChanged());
        teams.revisionProperty().addListener((obs, old, now) -> hintsChanged());
        helpShown.addListener((obs, old, now) -> hintsChanged());
        blackout.addListener((obs, old, now) -> hintsChanged());
        revealed.addListener((obs, old, now) -> hintsChanged());
        index.addListener((obs, old, now) -> hintsChanged());
        classNetwork.stateProperty().addListener((obs, old, now) -> hintsChanged());
        classNetwork.shownProperty().addListener((obs, old, now) -> hintsChanged());
        roomQuestions = new RoomQuestions(classNetwork, teams);
        // The devices are asked what the slide asks, from the moment the network opens.
        classNetwork.stateProperty().addListener((obs, old, now) -> followRoom(revealed.get()));
    }

    /**
     * A class saved earlier, continued from the class history: on its last scenario played, whose
     * answer is hidden again (it may not have been revealed before the lesson stopped); the
     * scenarios before it count as revealed.
     */
    public static PresenterViewModel continuing(Case caseData, ScenarioScorer scorer, Localization localization,
                                                Appearance appearance, Runnable leave, TeamGame teams,
                                                ClassNetworkViewModel classNetwork) {
        PresenterViewModel model = new PresenterViewModel(caseData, scorer, localization, appearance, leave, teams,
                classNetwork);
        List<String> played = teams.playedScenarioIds();
        for (int i = 0; i < played.size(); i++) {
            String id = played.get(i);
            if (i < played.size() - 1) {
                model.revealedScenarios.add(id);
            }
        }
        if (!played.isEmpty()) {
            String last = played.get(played.size() - 1);
            for (int i = 0; i < caseData.scenarios().size(); i++) {
                if (caseData.scenarios().get(i).id().equals(last)) {
                    model.show(i + 1);
                }
            }
        }
        return model;
    }

    /** The case presented. */
    public Case caseData() {
        return caseData;
    }

    /** Slide 0 is the title; slides 1..n are the scenarios; slide n+1 is the end screen. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public int slideCount() {
        return caseData.scenarios().size() + 2;
    }

    /** The scenario on screen; empty on the title slide and the end screen. */
    public Optional<Scenario> scenario() {
        int i = index.get();
        return i == 0 || i > caseData.scenarios().size() ? Optional.empty()
                : Optional.of(caseData.scenarios().get(i - 1));
    }

    /** True on the end screen, after the last scenario. */
    public boolean isEnd() {
        return index.get() == slideCount() - 1;
    }

    /** Which slide is on screen, for the keys. */
    public PresenterKeys.Screen screen() {
        if (index.get() == 0) {
            return PresenterKeys.Screen.TITLE;
        }
        if (isEnd()) {
            return PresenterKeys.Screen.END;
        }
        return revealed.get() ? PresenterKeys.Screen.REVEALED : PresenterKeys.Screen.QUESTION;
    }

    /** True once the teacher revealed the answer of the current scenario (R). */
    public ReadOnlyBooleanProperty revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    /** True while the screen is black (B). */
    public ReadOnlyBooleanProperty blackoutProperty() {
        return blackout.getReadOnlyProperty();
    }

    /** True while the key help is shown (F1 or ?). */
    public ReadOnlyBooleanProperty helpShownProperty() {
        return helpShown.getReadOnlyProperty();
    }

    /** The countdown (T), off by default. */
    public Countdown countdown() {
        return countdown;
    }

    /** True while a team's answer is being entered: its panel has the keys, Escape leaves it. */
    public ReadOnlyBooleanProperty enteringProperty() {
        return turns.enteringProperty();
    }

    /** The team whose answer is being entered; -1 when none is. */
    public ReadOnlyIntegerProperty enteringTeamProperty() {
        return turns.teamProperty();
    }

    /** Goes up when the footer's key hints may have changed. */
    public ReadOnlyIntegerProperty hintRevisionProperty() {
        return hintRevision.getReadOnlyProperty();
    }

    public Appearance appearance() {
        return appearance;
    }

    /** The current language. */
    public Localization localization() {
        return localization;
    }

    // ---- keys ------------------------------------------------------------------------------

    /** The keys: every key and typed character goes through here. */
    public PresenterKeyboard keyboard() {
        return keyboard;
    }

    /** True when team answers can be entered: teams set up, a scenario on screen, not yet revealed. */
    public boolean canEnter() {
        return turns.canEnter();
    }

    /**
     * A click into the panel of {@code team}, or elsewhere (-1): into that team's answer, or out
     * of the team answers. Entering changes by what the teacher does, never by where the focus lands.
     */
    public void click(int team) {
        if (!isSetupOpen()) {
            turns.clicked(team);
        }
    }

    /** Right arrow, Space, Page Down. */
    public void next() {
        show(index.get() + 1);
    }

    /** Left arrow, Page Up. */
    public void previous() {
        show(index.get() - 1);
    }

    /** R: shows the reference answer and why; R again hides it (for a second look at the question). */
    public void toggleReveal() {
        Optional<RoomQuestions.StoryStep> step = roomQuestions.storyStep(scenario());
        if (step.isPresent()) { // the devices vote on the story step by step before its answer shows
            roomQuestions.step(step.get());
            hintsChanged();
            return;
        }
        scenario().ifPresent(s -> {
            if (!revealedScenarios.remove(s.id())) {
                revealedScenarios.add(s.id());
            }
            turns.revealed();
            // The devices' team answers are recorded before the leaderboard shows and the class is saved.
            followRoom(revealedScenarios.contains(s.id()));
            revealed.set(revealedScenarios.contains(s.id()));
            if (revealed.get()) {
                teams.revealed();
            }
        });
    }

    /** B: a black screen, so the class looks at the teacher; the keys still work, to prepare the next slide. */
    public void toggleBlackout() {
        blackout.set(!blackout.get());
    }

    /** F1 or ?. */
    public void toggleHelp() {
        helpShown.set(!helpShown.get());
    }

    /** The class: its teams (once set up) and their answers. */
    public TeamGame teams() {
        return teams;
    }

    /** True while the team form is open. */
    public boolean isSetupOpen() {
        return teams.setupShownProperty().get();
    }

    /** Which team part the slide on screen shows. */
    public TeamPart teamPart() {
        Optional<Scenario> shown = scenario();
        if (screen() == PresenterKeys.Screen.TITLE) {
            return TeamPart.TITLE;
        } else if (shown.isPresent() && teams.hasTeams() && !revealed.get()) {
            return TeamPart.ENTRY;
        } else if (shown.isPresent() && teams.hasTeams() && teams.answeredCount(shown.get()) > 0) {
            return TeamPart.RESULTS;
        }
        return isEnd() && teams.hasTeams() ? TeamPart.NEW_CLASS : TeamPart.NONE;
    }

    /** On the end screen: the podium and totals once a team answered; else, with a class, that none did. */
    public boolean hasPodium() {
        return !teams.podium().isEmpty();
    }

    /** N: opens the team form. */
    public void setUpTeams() {
        helpShown.set(false);
        stopEntering();
        teams.openSetup();
    }

    /** Enter in the team form: takes the teams if every name is fine. */
    public boolean applyTeams() {
        boolean applied = teams.applySetup();
        if (applied) {
            teamsToRoom();
        }
        return applied;
    }

    /** The phones offer the class's teams as they are now, also when the network opened before them. */
    private void teamsToRoom() {
        classNetwork.room().ifPresent(room -> room.changeTeams(teams.teams()));
    }

    /** Tab or Enter on a question: into the first team's answer that is still missing. */
    public void startEntering() {
        turns.start();
    }

    /** Into {@code team}'s answer (also when the teacher clicks into its panel). */
    public void enterAt(int team) {
        turns.enterAt(team);
    }

    /** Out of the team answers: the slide keys work again. */
    public void stopEntering() {
        turns.stop();
    }

    /**
     * Enter on a team's answer, or its Record button: records it and moves on to the next team
     * without an answer; once every team has one, the entry ends and the slide keys (R) work again.
     */
    public void record(int team) {
        turns.record(team);
    }

    /** Ctrl+Z: takes back the last answer recorded for this scenario. */
    public void undo() {
        turns.undo();
    }

    /**
     * Escape: closes the team form first, then the class network's panel (hidden; an unopened
     * chooser or a failure card closes), then the help, the black screen, then presenter mode.
     */
    public void escape() {
        if (teams.setupShownProperty().get()) {
            teams.cancelSetup();
        } else if (classNetwork.shownProperty().get()) {
            classNetwork.hide();
            classNetwork.cancel();
        } else if (helpShown.get()) {
            helpShown.set(false);
        } else if (blackout.get()) {
            blackout.set(false);
        } else if (turns.enteringProperty().get()) {
            stopEntering();
        } else {
            leave();
        }
    }

    void leave() {
        stopEntering();
        leave.run();
    }

    /**
     * Presenter mode opens again with this class: where it was, but without the help, the black
     * screen or an answer being entered in the way.
     */
    public void resume() {
        helpShown.set(false);
        blackout.set(false);
        stopEntering();
    }

    /** The class network: LeakLab's own web server for the phones, its QR code and count. */
    public ClassNetworkViewModel classNetwork() {
        return classNetwork;
    }

    /** C, or the title slide's button: opens the class network, or shows its hidden panel, in front of everything. */
    public void openClassNetwork() {
        helpShown.set(false);
        blackout.set(false);
        stopEntering();
        classNetwork.open();
    }

    /** True when a class is under way: teams set up. Leaving keeps it; a new class starts afresh. */
    public boolean hasClass() {
        return teams.hasTeams();
    }

    /**
     * A new class for this case: the current one is saved first (it can be continued from the
     * class history), then the teams, answers and reveals start afresh on the title slide.
     */
    public void newClass() {
        // Saved first; should that fail, the results store keeps the session in memory and writes it
        // with the next save that works (and quitting asks), so the new class loses nothing.
        teams.save(() -> {
            teams.startOver();
            teamsToRoom();
            revealedScenarios.clear();
            stopEntering();
            show(0);
            revealed.set(false);
        });
    }

    public void zoomIn() {
        appearance.zoomIn();
    }

    public void zoomOut() {
        appearance.zoomOut();
    }

    public void resetZoom() {
        appearance.setScale(PresenterDefaults.SCALE);
    }

    private void show(int newIndex) {
        int clamped = Math.max(0, Math.min(slideCount() - 1, newIndex));
        if (clamped == index.get()) {
            return;
        }
        stopEntering();
        index.set(clamped);
        revealed.set(scenario().map(s -> revealedScenarios.contains(s.id())).orElse(false));
        followRoom(revealed.get());
        countdown.restart(); // each scenario gets the full time
    }

    private void hintsChanged() {
        hintRevision.set(hintRevision.get() + 1);
    }

    // ---- key hints ------------------------------------------------------------------------------

    /**
     * The footer's hints in the current language, each as its keys and what they do:
     * {"→ / Space", "next scenario"}. While a ranking's card is held, the board's own keys.
     */
    public List<String[]> hints() {
        return keyHints.of(keyboard.state(), hasClass(), roomQuestions.storyStep(scenario()).map(step -> switch (step) {
            case COUNT_VOTES -> "presenter.do.countVotes";
            case BREAK_TIE -> "presenter.do.breakTieFirst";
            case NEXT_DECISION -> "presenter.do.nextDecision";
        }).orElse("presenter.do.reveal"));
    }

    /** The hints in one line: "→ / Space: next scenario · R: reveal the answer · …". */
    public String hintText() {
        return keyHints.line(hints());
    }

    /** The title slide's line that says how to begin: "Press → or Space to begin." */
    public String startText() {
        return keyHints.start();
    }

    // ---- problems -------------------------------------------------------------------------------

    /** The corner badge while class results are not saved. */
    public ResultsBadge badge() {
        return badge;
    }

    /**
     * What the results store says about the results, on the JavaFX thread while presenter mode is
     * open: empty when everything is saved, else the problem in a few words (its headline).
     */
    public void resultsProblem(Optional<org.leaklab.i18n.Localizable> headline) {
        badge.show(headline);
    }

    // ---- the class's devices ------------------------------------------------------------------

    private void followRoom(boolean revealedNow) {
        roomQuestions.follow(scenario(), revealedNow);
    }

    /**
     * A number key while the devices' vote on a story step tied: option {@code number} decides for
     * the first tied group.
     *
     * @return whether it broke a tie (else the key is not the presenter's)
     */
    public boolean breakTie(int number) {
        boolean broken = roomQuestions.breakTie(scenario(), number);
        if (broken) {
            hintsChanged();
        }
        return broken;
    }

    /** While the devices vote on the story on screen, its step: the slide shows the decision they vote on. */
    public Optional<RoomQuestions.StoryStep> storyStep() {
        return roomQuestions.storyStep(scenario());
    }

    /**
     * True while the devices vote on the story on screen, or have played it to its end and its
     * answer is not shown yet: the slide shows their decisions instead of the story's first one.
     */
    public boolean roomStoryShown() {
        return !revealed.get() && scenario().filter(DecisionScenario.class::isInstance)
                .filter(story -> RoomAnswers.asks(classNetwork.statusProperty().get(), story)).isPresent();
    }

    /** While the class network asks this slide's question: "23 of 27 devices answered". */
    public Optional<String> roomAnsweredText() {
        return scenario().flatMap(s -> RoomAnswers.answered(classNetwork.statusProperty().get(), s, localization));
    }

    /**
     * After the reveal, what the class's devices answered, beside the reference; while they vote on
     * a story, the decision of each group and, once counted, its votes.
     */
    public Optional<RoomAnswers> roomAnswers() {
        RoomStatus status = classNetwork.statusProperty().get();
        Optional<Scenario> shown = scenario();
        // A story: each group's decision while they vote, the ending each reached beside the answer.
        if (shown.orElse(null) instanceof DecisionScenario story) {
            List<String> roomTeams = classNetwork.room().map(room -> room.settings().teams()).orElse(List.of());
            return RoomAnswers.story(status, roomQuestions.countedStep(), story, roomTeams, localization);
        }
        return shown.flatMap(s -> RoomAnswers.of(status, s, caseData, scorer, localization));
    }

    // ---- texts -----------------------------------------------------------------------------

    /** The words of the slide on screen. */
    public SlideTexts texts() {
        return texts;
    }

    /** The class for the scenario kinds: a ranking's items start as the teams' drafts do, shuffled by its seed. */
    private ClassContext classContext() {
        return teams.context();
    }

}
