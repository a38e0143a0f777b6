package org.leaklab.ui.presenter;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.leaklab.model.Case;
import org.leaklab.model.ChoiceOption;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.EndState;
import org.leaklab.model.EstimateScenario;
import org.leaklab.model.LocalizedText;
import org.leaklab.model.RankingAnswer;
import org.leaklab.model.RankingScenario;
import org.leaklab.model.Scenario;
import org.leaklab.scoring.ScenarioScorer;
import org.leaklab.scoring.ValueModel;
import org.leaklab.session.AnswerText;
import org.leaklab.session.StartingOrder;
import org.leaklab.ui.common.Appearance;
import org.leaklab.ui.common.Localization;

/**
 * Presenter mode: the case's scenarios one by one for a projector, answers hidden until the
 * teacher reveals them, a black screen, a help overlay and an optional countdown (off by default;
 * it never gives points for speed). The presenter has its own text scale, independent of the
 * main window's.
 */
public final class PresenterViewModel {
    /** The countdown lengths the teacher cycles through with T; 0 means no timer. */
    public static final List<Integer> TIMER_STEPS = List.of(0, 60, 120, 180, 300);

    private final Case caseData;
    private final ScenarioScorer scorer;
    private final Localization localization;
    private final Appearance appearance;
    private final Runnable leave;
    private final TeamGame teams;

    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index");
    private final ReadOnlyBooleanWrapper revealed = new ReadOnlyBooleanWrapper(this, "revealed");
    private final ReadOnlyBooleanWrapper blackout = new ReadOnlyBooleanWrapper(this, "blackout");
    private final ReadOnlyBooleanWrapper helpShown = new ReadOnlyBooleanWrapper(this, "helpShown");
    private final ReadOnlyIntegerWrapper timerLength = new ReadOnlyIntegerWrapper(this, "timerLength");
    private final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper(this, "secondsLeft");
    private final Set<String> revealedScenarios = new HashSet<>();
    /** Without teams, the slides' rankings are shuffled by a seed of this presenter mode's own. */
    private final long shuffleSeed = new java.util.SplittableRandom().nextLong();

    /**
     * @param caseData     the case presented
     * @param scorer       gives the reference answers
     * @param localization the current language
     * @param appearance   the presenter's own theme and scale
     * @param leave        closes presenter mode (Escape)
     */
    public PresenterViewModel(Case caseData, ScenarioScorer scorer, Localization localization, Appearance appearance,
                              Runnable leave) {
        this(caseData, scorer, localization, appearance, leave, null);
    }

    /**
     * Presenter mode with teams: the teacher sets up teams (N) and records their answers before
     * each reveal.
     *
     * @param teams the class's teams and answers; null for presenter mode without teams
     */
    public PresenterViewModel(Case caseData, ScenarioScorer scorer, Localization localization, Appearance appearance,
                              Runnable leave, TeamGame teams) {
        this.teams = teams;
        this.caseData = Objects.requireNonNull(caseData);
        this.scorer = Objects.requireNonNull(scorer);
        this.localization = Objects.requireNonNull(localization);
        this.appearance = Objects.requireNonNull(appearance);
        this.leave = Objects.requireNonNull(leave);
    }

    /** Slide 0 is the title; slides 1..n are the scenarios. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public int slideCount() {
        return caseData.scenarios().size() + 1;
    }

    /** The scenario on screen; empty on the title slide. */
    public Optional<Scenario> scenario() {
        int i = index.get();
        return i == 0 ? Optional.empty() : Optional.of(caseData.scenarios().get(i - 1));
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

    /** The countdown length in seconds; 0 when the timer is off. */
    public ReadOnlyIntegerProperty timerLengthProperty() {
        return timerLength.getReadOnlyProperty();
    }

    /** Seconds left on the countdown of this slide. */
    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }

    public Appearance appearance() {
        return appearance;
    }

    /** The current language. */
    public Localization localization() {
        return localization;
    }

    // ---- keys ------------------------------------------------------------------------------

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
        scenario().ifPresent(s -> {
            if (!revealedScenarios.remove(s.id())) {
                revealedScenarios.add(s.id());
            }
            revealed.set(revealedScenarios.contains(s.id()));
            if (revealed.get() && teams != null) {
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

    /** T: the next countdown length (off, 1, 2, 3, 5 minutes), started afresh. */
    public void cycleTimer() {
        int next = TIMER_STEPS.get((TIMER_STEPS.indexOf(timerLength.get()) + 1) % TIMER_STEPS.size());
        timerLength.set(next);
        secondsLeft.set(next);
    }

    /** One second passed (the view's clock calls this while the timer is on and time is left). */
    public void tick() {
        if (timerLength.get() > 0 && secondsLeft.get() > 0 && !blackout.get()) {
            secondsLeft.set(secondsLeft.get() - 1);
        }
    }

    /** The teams of the class, when presenter mode was opened with them. */
    public Optional<TeamGame> teams() {
        return Optional.ofNullable(teams);
    }

    /** N: opens the team form. */
    public void setUpTeams() {
        if (teams != null) {
            helpShown.set(false);
            teams.openSetup();
        }
    }

    /** Escape: closes the team form or the help first, then the black screen, then presenter mode. */
    public void escape() {
        if (teams != null && teams.setupShownProperty().get()) {
            teams.cancelSetup();
        } else if (helpShown.get()) {
            helpShown.set(false);
        } else if (blackout.get()) {
            blackout.set(false);
        } else {
            leave.run();
        }
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
        index.set(clamped);
        revealed.set(scenario().map(s -> revealedScenarios.contains(s.id())).orElse(false));
        secondsLeft.set(timerLength.get()); // each scenario gets the full time
    }

    // ---- texts -----------------------------------------------------------------------------

    private Locale locale() {
        return localization.getLocale();
    }

    public String caseTitle() {
        return caseData.title().in(locale());
    }

    public String caseSummary() {
        return caseData.summary().in(locale());
    }

    /** "Scenario 2 of 12" or, on the title slide, the number of scenarios. */
    public String progressText() {
        int i = index.get();
        return i == 0 ? localization.get("presenter.progress.title", caseData.scenarios().size())
                : localization.get("presenter.progress", i, caseData.scenarios().size());
    }

    public String title() {
        return scenario().map(s -> s.title().in(locale())).orElse(caseTitle());
    }

    public String prompt() {
        return scenario().map(s -> s.prompt().in(locale())).orElse(caseSummary());
    }

    /** The items of a ranking in the order the class first sees them: shuffled, as the teams' drafts start. */
    private List<String> startingOrder(RankingScenario ranking) {
        return teams != null ? teams.startingOrder(ranking) : StartingOrder.of(ranking, shuffleSeed);
    }

    /** What the class chooses from: the items to rank, the options, the first decision. */
    public List<String> choices() {
        return scenario().map(s -> switch (s) {
            case RankingScenario ranking -> startingOrder(ranking).stream()
                    .map(id -> caseData.item(id).orElseThrow().name().in(locale())).toList();
            case ChoiceScenario choice -> lettered(choice.options().stream().map(o -> o.text()).toList());
            case DecisionScenario decision -> {
                List<String> lines = new ArrayList<>();
                lines.add(decision.start().text().in(locale()));
                lines.addAll(lettered(decision.start().options().stream().map(o -> o.text()).toList()));
                yield lines;
            }
            case EstimateScenario _ -> List.of(localization.get("presenter.estimate.hint"));
        }).orElse(List.of());
    }

    /** "A  text", "B  text", ... in the current language. */
    private List<String> lettered(List<LocalizedText> texts) {
        List<String> lines = new ArrayList<>();
        char letter = 'A';
        for (LocalizedText text : texts) {
            lines.add(letter++ + "  " + text.in(locale()));
        }
        return lines;
    }

    /** A line above the choices that says what kind of task it is. */
    public String taskText() {
        return scenario().map(s -> switch (s) {
            case RankingScenario _ -> localization.get("presenter.task.ranking");
            case EstimateScenario _ -> localization.get("presenter.task.estimate");
            case ChoiceScenario choice -> choice.multiple() ? localization.get("presenter.task.choiceMultiple")
                    : localization.get("presenter.task.choice");
            case DecisionScenario _ -> localization.get("presenter.task.decision");
        }).orElse("");
    }

    /** The reference answer, line by line, shown on reveal. */
    public List<String> answerLines() {
        return scenario().map(s -> switch (s) {
            case RankingScenario ranking -> {
                ValueModel model = scorer.valueModel(ranking.perspectiveId());
                RankingAnswer reference = (RankingAnswer) scorer.referenceAnswer(ranking);
                List<String> lines = new ArrayList<>();
                NumberFormat number = NumberFormat.getNumberInstance(locale());
                number.setMinimumFractionDigits(2);
                number.setMaximumFractionDigits(2);
                for (int i = 0; i < reference.itemIds().size(); i++) {
                    String id = reference.itemIds().get(i);
                    lines.add(localization.get("presenter.answer.rankingLine", i + 1,
                            caseData.item(id).orElseThrow().name(), number.format(model.value(id))));
                }
                yield lines;
            }
            case EstimateScenario estimate -> {
                NumberFormat number = NumberFormat.getNumberInstance(locale());
                number.setMaximumFractionDigits(2);
                yield List.of(estimate.isSingleFigure()
                        ? localization.get("presenter.answer.figure", number.format(estimate.low()))
                        : localization.get("presenter.answer.range", number.format(estimate.low()),
                        number.format(estimate.high())));
            }
            case ChoiceScenario choice -> {
                List<String> lines = new ArrayList<>();
                char letter = 'A';
                for (ChoiceOption option : choice.options()) {
                    if (option.credit() > 0) {
                        lines.add(letter + "  " + option.text().in(locale()));
                    }
                    letter++;
                }
                yield lines;
            }
            case DecisionScenario decision -> List.of(AnswerText.describe(scorer.referenceAnswer(decision),
                    Optional.of(caseData), Optional.of(s), locale()));
        }).orElse(List.of());
    }

    /** Why: the model's reasoning, the source's figure explained, each right option's feedback, the best ending. */
    public List<String> whyLines() {
        return scenario().map(s -> switch (s) {
            case RankingScenario ranking -> {
                ValueModel model = scorer.valueModel(ranking.perspectiveId());
                String top = ((RankingAnswer) scorer.referenceAnswer(ranking)).itemIds().get(0);
                yield List.of(model.explanations(top).get(0).render(locale()));
            }
            case EstimateScenario estimate -> List.of(estimate.explanation().in(locale()));
            case ChoiceScenario choice -> choice.options().stream().filter(o -> o.credit() > 0)
                    .map(o -> o.feedback().in(locale())).toList();
            case DecisionScenario decision -> {
                EndState best = decision.endStates().stream().max((a, b) -> Integer.compare(a.score(), b.score()))
                        .orElseThrow();
                yield List.of(best.title().in(locale()) + ": " + best.text().in(locale()));
            }
        }).orElse(List.of());
    }

    /** "1:05" left, for the countdown. */
    public String timerText() {
        int s = secondsLeft.get();
        return s == 0 && timerLength.get() > 0 ? localization.get("presenter.timer.over")
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** The keys, each with the bundle text of what it does, for the help overlay. */
    public List<String[]> keyHelp() {
        return List.of(
                new String[] {localization.get("presenter.key.next"), localization.get("presenter.help.next")},
                new String[] {"\u2190", localization.get("presenter.help.previous")},
                new String[] {"R", localization.get("presenter.help.reveal")},
                new String[] {"B", localization.get("presenter.help.blackout")},
                new String[] {"T", localization.get("presenter.help.timer")},
                new String[] {"Ctrl + +  /  Ctrl + \u2212", localization.get("presenter.help.zoom")},
                new String[] {"N", localization.get("presenter.help.teams")},
                new String[] {localization.get("presenter.key.enter"), localization.get("presenter.help.enter")},
                new String[] {"Ctrl + Z", localization.get("presenter.help.undo")},
                new String[] {"F1  ?", localization.get("presenter.help.help")},
                new String[] {"Esc", localization.get("presenter.help.leave")});
    }
}
