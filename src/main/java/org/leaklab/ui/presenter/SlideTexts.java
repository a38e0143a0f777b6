package org.leaklab.ui.presenter;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.leaklab.model.Case;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.kinds.ScenarioKinds;
import org.leaklab.ui.scenario.ClassContext;
import org.leaklab.ui.scenario.RevealLine;

/**
 * The words of the slide on screen in the current language: progress, title and question, what
 * the class chooses from, the task, the revealed answer and why ({@link Reveal}), the lessons,
 * the countdown, the key help. The {@link PresenterViewModel} says which slide is on screen and
 * what state it is in; this class says what it reads.
 */
public final class SlideTexts {
    private final PresenterViewModel slides;
    private final Case caseData;
    private final Localization localization;
    private final Reveal reveal;
    private final Supplier<ClassContext> context;

    /**
     * @param slides  the slide on screen and its state
     * @param context the class: a ranking's items are shown in its starting order, as the teams' drafts start
     */
    SlideTexts(PresenterViewModel slides, Reveal reveal, Supplier<ClassContext> context) {
        this.slides = slides;
        this.caseData = slides.caseData();
        this.localization = slides.localization();
        this.reveal = reveal;
        this.context = context;
    }

    private Locale locale() {
        return localization.getLocale();
    }

    public String caseTitle() {
        return caseData.title().in(locale());
    }

    private String caseSummary() {
        return caseData.summary().in(locale());
    }

    /** "Scenario 2 of 12"; on the title slide the number of scenarios; on the end screen that it is the end. */
    public String progressText() {
        int index = slides.indexProperty().get();
        if (slides.isEnd()) {
            return localization.get("presenter.progress.end");
        }
        return index == 0 ? localization.get("presenter.progress.title", caseData.scenarios().size())
                : localization.get("presenter.progress", index, caseData.scenarios().size());
    }

    /** The slide's title: the scenario's, the case's on the title slide, the end screen's (with or without a class). */
    public String title() {
        if (slides.isEnd()) {
            return localization.get(slides.hasClass() ? "presenter.end.title" : "presenter.end.titleNoTeams");
        }
        return slides.scenario().map(s -> s.title().in(locale())).orElse(caseTitle());
    }

    /** Under the title: the scenario's question, the case's summary, or at the end the case's title. */
    public String prompt() {
        if (slides.isEnd()) {
            return caseTitle();
        }
        return slides.scenario().map(s -> s.prompt().in(locale())).orElse(caseSummary());
    }

    /** What the class chooses from: the items to rank, the options, the first decision. */
    public List<String> choices() {
        return slides.scenario().map(s -> ScenarioKinds.of(s).slideChoices(context.get())).orElse(List.of());
    }

    /**
     * A line above the choices that says what kind of task it is; a ranking's names the order its
     * perspective asks for ("most harmful first"), never a vague "most valuable".
     */
    public String taskText() {
        return slides.scenario().map(s -> ScenarioKinds.of(s).slideTask(context.get())).orElse("");
    }

    /** The reference answer, line by line, shown on reveal (see {@link Reveal#rows}). */
    public List<RevealLine> answerRows() {
        return slides.scenario().map(reveal::rows).orElse(List.of());
    }

    /** True when the revealed answer needs the slide's whole width: the leaderboard goes under it. */
    public boolean isWideAnswer() {
        return slides.scenario().map(Reveal::isWide).orElse(false);
    }

    /** Why, under the answer (see {@link Reveal#why}). */
    public List<String> whyLines() {
        return slides.scenario().map(reveal::why).orElse(List.of());
    }

    /** The lesson the reveal ends with, if the scenario has one. */
    public Optional<Reveal.LessonText> lesson() {
        return slides.scenario().flatMap(reveal::lesson);
    }

    /** The case's lessons, for the end screen. */
    public List<Reveal.LessonText> lessons() {
        return caseData.lessons().stream().map(reveal::text).toList();
    }

    /** "1:05" left, for the countdown. */
    public String timerText() {
        int s = slides.countdown().secondsLeftProperty().get();
        return s == 0 && slides.countdown().lengthProperty().get() > 0 ? localization.get("presenter.timer.over")
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
                // L belongs to the class network's panel: in C's line, which keeps the help on one screen.
                new String[] {"C  L", localization.get("presenter.help.classNetwork")},
                new String[] {"F1  ?", localization.get("presenter.help.help")},
                new String[] {"Esc", localization.get("presenter.help.leave")});
    }
}
