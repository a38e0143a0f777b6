package org.leaklab.ui.summary;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.image.Image;
import org.leaklab.model.Lesson;
import org.leaklab.model.Scenario;
import org.leaklab.scoring.ScoreResult;
import org.leaklab.session.PlayThrough;
import org.leaklab.ui.common.BackgroundWork;
import org.leaklab.ui.common.CaseDates;
import org.leaklab.ui.common.DialogService;
import org.leaklab.ui.common.FileExport;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.ReportPrinter;
import org.leaklab.ui.common.ReportPrinting;
import org.leaklab.ui.common.SourceLink;
import org.leaklab.ui.common.SourceLinks;
import org.leaklab.ui.common.StatusMessages;
import org.leaklab.ui.scorefeedback.ScoreSummary;

/**
 * The results at the end of a case: the total, each scenario's score (a row that leads back to
 * the scenario), the lessons and the sources; restart, save as a PNG picture, print. The picture
 * (and the print) carries the date and, only if the student typed one, their name: the name is
 * printed and never saved. Saving and printing run on the background executor and report back on
 * the JavaFX one.
 */
public final class SummaryViewModel {
    /** Scores from here up are shown as good: the same bands as the verdict on each feedback page. */
    static final int GOOD_FROM = ScoreSummary.GOOD_FROM;
    /** Scores from here up (and below {@link #GOOD_FROM}) are shown as partly right. */
    static final int PARTIAL_FROM = ScoreSummary.PARTLY_FROM;

    /** How a score row is coloured. */
    public enum Tone { GOOD, PARTIAL, POOR, UNANSWERED }

    /**
     * One scenario's line in the score chart.
     *
     * @param step       the play frame's step index of the scenario (1 for the first)
     * @param scenarioId the scenario's id
     * @param title      its title
     * @param score      0..100 rounded, empty if it was not answered
     * @param scoreText  "73" or "not answered"
     * @param accessible what a screen reader says for the row
     * @param tone       how it is coloured
     */
    public record ScoreRow(int step, String scenarioId, String title, OptionalInt score, String scoreText,
                           String accessible, Tone tone) {
        /** The bar's length, 0..1. */
        public double fraction() {
            return score.isPresent() ? score.getAsInt() / 100.0 : 0;
        }
    }

    /**
     * A lesson of the case.
     *
     * @param title the lesson in a few words
     * @param text    the lesson explained
     * @param sources the sources it rests on
     */
    public record LessonEntry(String id, String title, String text, List<SourceLink> sources) {
    }

    private final PlayThrough play;
    /** The results as a picture. */
    private static final FileExport.Kind PICTURE = new FileExport.Kind(".png", "summary.save.chooserTitle",
            "summary.save.fileType", "summary.save.saved", "summary.save.failedTitle");

    private final Localization localization;
    private final SourceLinks sources;
    private final DialogService dialogs;
    private final StatusMessages status;
    private final Runnable restart;
    private final IntConsumer goToStep;
    private final StringProperty studentName;
    private final Supplier<LocalDate> today;
    /** Saving the picture and printing; its busy flag is this page's. */
    private final BackgroundWork work;
    private final FileExport export;

    /**
     * @param restart  starts the case again with no answers
     * @param goToStep shows a step of the play frame (1 for the first scenario)
     */
    public SummaryViewModel(PlayThrough play, Localization localization, SourceLinks sources, DialogService dialogs,
                            StatusMessages status, Executor background, Executor fxThread, Runnable restart,
                            IntConsumer goToStep) {
        this(play, localization, sources, dialogs, status, background, fxThread, restart, goToStep,
                new SimpleStringProperty(""), LocalDate::now);
    }

    /**
     * @param restart     starts the case again with no answers
     * @param goToStep    shows a step of the play frame (1 for the first scenario)
     * @param studentName the name for the picture, kept by the caller while the app runs, never saved
     * @param today       the date printed on the picture
     */
    public SummaryViewModel(PlayThrough play, Localization localization, SourceLinks sources, DialogService dialogs,
                            StatusMessages status, Executor background, Executor fxThread, Runnable restart,
                            IntConsumer goToStep, StringProperty studentName, Supplier<LocalDate> today) {
        this.play = Objects.requireNonNull(play);
        this.localization = Objects.requireNonNull(localization);
        this.sources = Objects.requireNonNull(sources);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.status = Objects.requireNonNull(status);
        this.work = new BackgroundWork(background, fxThread);
        this.export = new FileExport(localization, dialogs, status, work);
        this.restart = Objects.requireNonNull(restart);
        this.goToStep = Objects.requireNonNull(goToStep);
        this.studentName = Objects.requireNonNull(studentName);
        this.today = Objects.requireNonNull(today);
    }

    private Locale locale() {
        return localization.getLocale();
    }

    /** The case's title. */
    public String caseTitle() {
        return play.caseData().title().in(locale());
    }

    /** The total, 0..100, as the play-through counts it (unanswered scenarios count 0). */
    public int totalScore() {
        return play.totalScore();
    }

    /** "of 100 points" under the big number. */
    public String totalUnit() {
        return localization.get("summary.total.unit");
    }

    /** "Total score: 64 of 100 points", for screen readers. */
    public String totalAccessible() {
        return localization.get("summary.total.accessible", totalScore());
    }

    /** "You answered 10 of 12 scenarios." */
    public String answeredText() {
        return localization.get("summary.answered", play.checkedCount(), play.scenarios().size());
    }

    /** One row per scenario, in the case's order. */
    public List<ScoreRow> rows() {
        List<ScoreRow> rows = new ArrayList<>();
        List<Scenario> scenarios = play.scenarios();
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario scenario = scenarios.get(i);
            String title = scenario.title().in(locale());
            Optional<ScoreResult> result = play.result(scenario.id());
            if (result.isPresent()) {
                int score = result.get().rounded();
                rows.add(new ScoreRow(i + 1, scenario.id(), title, OptionalInt.of(score), String.valueOf(score),
                        localization.get("summary.row.accessible", i + 1, title, score), tone(score)));
            } else {
                rows.add(new ScoreRow(i + 1, scenario.id(), title, OptionalInt.empty(),
                        localization.get("summary.row.notAnswered"),
                        localization.get("summary.row.accessibleNotAnswered", i + 1, title), Tone.UNANSWERED));
            }
        }
        return rows;
    }

    static Tone tone(int score) {
        if (score >= GOOD_FROM) {
            return Tone.GOOD;
        }
        return score >= PARTIAL_FROM ? Tone.PARTIAL : Tone.POOR;
    }

    /** Goes back to the scenario of {@code row}: its feedback if answered, else its question. */
    public void open(ScoreRow row) {
        goToStep.accept(row.step());
    }

    /** How many scenarios have no checked answer yet. */
    public int skippedCount() {
        return play.scenarios().size() - play.checkedCount();
    }

    /** "Answer the 2 skipped scenarios", on the button that leads to the first of them. */
    public String answerSkippedText() {
        return localization.get("summary.answerSkipped", skippedCount());
    }

    /** Opens the first scenario without a checked answer; once answered, the way leads back here. */
    public void answerSkipped() {
        List<Scenario> scenarios = play.scenarios();
        for (int i = 0; i < scenarios.size(); i++) {
            if (!play.isChecked(scenarios.get(i).id())) {
                goToStep.accept(i + 1);
                return;
            }
        }
    }

    /** The name typed for the picture; never saved. */
    public StringProperty studentNameProperty() {
        return studentName;
    }

    /** "Date: 12 March 2026", printed on the picture. */
    public String dateText() {
        return localization.get("summary.date", CaseDates.format(today.get().toString(), locale()));
    }

    /** "Name: Kim" once a name is typed, else empty (and not shown). */
    public StringBinding nameText() {
        return Bindings.createStringBinding(() -> {
            String name = studentName.get() == null ? "" : studentName.get().strip();
            return name.isEmpty() ? "" : localization.get("summary.name", name);
        }, studentName);
    }

    /** The lessons of the case. */
    public List<LessonEntry> lessons() {
        return play.caseData().lessons().stream().map(this::entry).toList();
    }

    private LessonEntry entry(Lesson lesson) {
        return new LessonEntry(lesson.id(), lesson.title().in(locale()), lesson.text().in(locale()),
                sources.cited(lesson.sourceIds()));
    }

    /** "Sources:", before a lesson's marks. */
    public String marksLead() {
        return localization.get("sources.marks");
    }

    /** The sources, numbered. */
    public List<SourceLink> sources() {
        return sources.links();
    }

    public void openSource(SourceLink link) {
        sources.open(link);
    }

    /** Starts the case again with no answers. */
    public void restart() {
        // Every answer and score of this play-through would be gone: ask first.
        if (!dialogs.confirm(localization.get("summary.restart.confirmTitle"),
                localization.get("summary.restart.confirmMessage"), localization.get("summary.restart.confirmAction"))) {
            return;
        }
        restart.run();
        status.info(localization.get("summary.restarted"));
    }

    /** True while a picture is being saved or a report printed. */
    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    /** Asks where to save the picture; a name typed without an extension gets {@code .png}. */
    public Optional<Path> chooseImageFile() {
        return export.choose(PICTURE, suggestedFileName());
    }

    /** "LeakLab-amazon-2018-results.png". */
    public String suggestedFileName() {
        return localization.get("summary.save.fileName", play.caseData().id());
    }

    /**
     * Encodes {@code snapshot} as PNG and writes it to {@code file} in the background; the outcome
     * goes to the status line, a failure also to a dialog naming the file.
     */
    public void savePng(Path file, Image snapshot) {
        export.write(file, PICTURE, FileExport.png(snapshot));
    }

    /**
     * Prints through {@code printer}: checks for a printer and asks for settings here (on the
     * JavaFX thread), then prints in the background. No printer gives a dialog that says so.
     */
    public void print(ReportPrinter printer) {
        new ReportPrinting(localization, dialogs, status, work)
                .print(printer, localization.get("summary.print.noPrinter"));
    }
}
