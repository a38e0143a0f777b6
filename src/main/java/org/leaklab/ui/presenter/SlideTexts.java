package org.leaklab.ui.presenter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.leaklab.model.Case;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.EstimateScenario;
import org.leaklab.model.LocalizedText;
import org.leaklab.model.RankingScenario;
import org.leaklab.model.Scenario;
import org.leaklab.ui.common.Localization;

/**
 * The words of the presenter's slides in the current language: progress, title and question,
 * what the class chooses from, the task, the countdown, the key help. The view model says which
 * slide is on screen; this class says what it reads.
 */
final class SlideTexts {
    private final Case caseData;
    private final Localization localization;
    private final Function<RankingScenario, List<String>> startingOrder;

    /**
     * @param startingOrder the order a ranking's items are shown in (shuffled, as the teams' drafts start)
     */
    SlideTexts(Case caseData, Localization localization, Function<RankingScenario, List<String>> startingOrder) {
        this.caseData = caseData;
        this.localization = localization;
        this.startingOrder = startingOrder;
    }

    private Locale locale() {
        return localization.getLocale();
    }

    String caseTitle() {
        return caseData.title().in(locale());
    }

    String caseSummary() {
        return caseData.summary().in(locale());
    }

    /** "Scenario 2 of 12" on slide {@code index}; on the title slide the number of scenarios; at the end that it is. */
    String progress(int index, boolean end) {
        if (end) {
            return localization.get("presenter.progress.end");
        }
        return index == 0 ? localization.get("presenter.progress.title", caseData.scenarios().size())
                : localization.get("presenter.progress", index, caseData.scenarios().size());
    }

    /** The slide's title: the scenario's, the case's on the title slide, the end screen's (with or without a class). */
    String title(Optional<Scenario> scenario, boolean end, boolean hasClass) {
        if (end) {
            return localization.get(hasClass ? "presenter.end.title" : "presenter.end.titleNoTeams");
        }
        return scenario.map(s -> s.title().in(locale())).orElse(caseTitle());
    }

    /** Under the title: the scenario's question, the case's summary, or at the end the case's title. */
    String prompt(Optional<Scenario> scenario, boolean end) {
        if (end) {
            return caseTitle();
        }
        return scenario.map(s -> s.prompt().in(locale())).orElse(caseSummary());
    }

    /** What the class chooses from: the items to rank, the options, the first decision. */
    List<String> choices(Scenario scenario) {
        return switch (scenario) {
            case RankingScenario ranking -> startingOrder.apply(ranking).stream()
                    .map(id -> caseData.item(id).orElseThrow().name().in(locale())).toList();
            case ChoiceScenario choice -> lettered(choice.options().stream().map(o -> o.text()).toList());
            case DecisionScenario decision -> {
                List<String> lines = new ArrayList<>();
                lines.add(decision.start().text().in(locale()));
                lines.addAll(lettered(decision.start().options().stream().map(o -> o.text()).toList()));
                yield lines;
            }
            case EstimateScenario _ -> List.of(localization.get("presenter.estimate.hint"));
        };
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

    /**
     * A line above the choices that says what kind of task it is; a ranking's names the order its
     * perspective asks for ("most harmful first"), never a vague "most valuable".
     */
    String task(Scenario scenario) {
        return switch (scenario) {
            case RankingScenario ranking -> localization.get("presenter.task.ranking", caseData
                    .perspective(ranking.perspectiveId()).orElseThrow().labels().order().in(locale()));
            case EstimateScenario _ -> localization.get("presenter.task.estimate");
            case ChoiceScenario choice -> choice.multiple() ? localization.get("presenter.task.choiceMultiple")
                    : localization.get("presenter.task.choice");
            case DecisionScenario _ -> localization.get("presenter.task.decision");
        };
    }

    /** "1:05" left, for the countdown. */
    String timer(int secondsLeft, int length) {
        int s = secondsLeft;
        return s == 0 && length > 0 ? localization.get("presenter.timer.over")
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** The keys, each with the bundle text of what it does, for the help overlay. */
    List<String[]> keyHelp() {
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
