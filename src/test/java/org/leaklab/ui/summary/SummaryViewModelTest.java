package org.leaklab.ui.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.leaklab.model.Scenario;
import org.leaklab.session.PlayThrough;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.ReportPrinter;
import org.leaklab.ui.common.RecordingDialogs;
import org.leaklab.ui.common.SourceLinks;
import org.leaklab.ui.common.StatusMessages;

/** The results page's logic on the real Amazon case, with direct executors and recorded dialogs. */
class SummaryViewModelTest {
    private final Localization localization = new Localization(Locale.ENGLISH);
    private final StatusMessages status = new StatusMessages();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<Integer> steps = new ArrayList<>();
    private final List<String> events = new ArrayList<>();

    private SummaryViewModel summary(PlayThrough play) {
        return new SummaryViewModel(play, localization,
                new SourceLinks(play.caseData().sources(), localization, status, events::add), dialogs, status,
                Runnable::run, Runnable::run, () -> events.add("restart"), steps::add);
    }

    @Test
    void theTotalIsThePlayThroughsTotal() {
        PlayThrough play = SamplePlay.mostlyAnswered();
        SummaryViewModel summary = summary(play);
        assertEquals(play.totalScore(), summary.totalScore());
        assertTrue(summary.totalScore() > 0 && summary.totalScore() < 100, "mixed answers give a mixed total");
        assertEquals("You answered 11 of 12 scenarios.", summary.answeredText());
        assertEquals("Total score: " + play.totalScore() + " of 100 points", summary.totalAccessible());
    }

    @Test
    void eachRowShowsTheModelsScoreOrNotAnswered() {
        PlayThrough play = SamplePlay.mostlyAnswered();
        List<SummaryViewModel.ScoreRow> rows = summary(play).rows();
        assertEquals(play.scenarios().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Scenario scenario = play.scenarios().get(i);
            SummaryViewModel.ScoreRow row = rows.get(i);
            assertEquals(i + 1, row.step());
            assertEquals(scenario.title().in(Locale.ENGLISH), row.title());
            if (play.isChecked(scenario.id())) {
                int expected = play.result(scenario.id()).orElseThrow().rounded();
                assertEquals(OptionalInt.of(expected), row.score());
                assertEquals(String.valueOf(expected), row.scoreText());
                assertEquals(expected / 100.0, row.fraction(), 1e-9);
                assertEquals(SummaryViewModel.tone(expected), row.tone());
            } else {
                assertEquals(OptionalInt.empty(), row.score());
                assertEquals("not answered", row.scoreText());
                assertEquals(SummaryViewModel.Tone.UNANSWERED, row.tone());
                assertTrue(row.accessible().contains("not answered"));
            }
        }
        // The same bands as the verdict on the feedback pages ("well done" from 70, "partly right" from 40).
        assertEquals(SummaryViewModel.Tone.GOOD, SummaryViewModel.tone(70));
        assertEquals(SummaryViewModel.Tone.PARTIAL, SummaryViewModel.tone(69));
        assertEquals(SummaryViewModel.Tone.PARTIAL, SummaryViewModel.tone(40));
        assertEquals(SummaryViewModel.Tone.POOR, SummaryViewModel.tone(39));
    }

    @Test
    void nothingAnsweredIsZeroAndEveryRowSaysSo() {
        SummaryViewModel summary = summary(new PlayThrough(SamplePlay.amazon()));
        assertEquals(0, summary.totalScore());
        assertTrue(summary.rows().stream().allMatch(r -> r.score().isEmpty()));
        assertEquals("You answered none of 12 scenarios.", summary.answeredText());
    }

    @Test
    void aRowLeadsBackToItsScenarioStep() {
        SummaryViewModel summary = summary(SamplePlay.mostlyAnswered());
        summary.open(summary.rows().get(3));
        assertEquals(List.of(4), steps);
    }

    @Test
    void lessonsAndSourcesComeFromTheCase() {
        PlayThrough play = SamplePlay.mostlyAnswered();
        SummaryViewModel summary = summary(play);
        assertEquals(play.caseData().lessons().size(), summary.lessons().size());
        assertEquals("The biggest leak can sit at a desk inside", summary.lessons().get(0).title());
        assertEquals(play.caseData().sources().size(), summary.sources().size());
        localization.setLocale(Locale.GERMAN);
        assertEquals("Das größte Leck kann drinnen am Schreibtisch sitzen", summary.lessons().get(0).title());
        assertEquals("nicht beantwortet", summary.rows().get(11).scoreText());
    }

    @Test
    void restartAsksFirstAndThenRunsTheFramesRestart() {
        SummaryViewModel summary = summary(SamplePlay.mostlyAnswered());
        dialogs.confirmAnswer = false;
        summary.restart();
        assertEquals(List.of(), events, "cancelled");
        dialogs.confirmAnswer = true;
        summary.restart();
        assertEquals(List.of("restart"), events);
        assertFalse(status.warningProperty().get());
    }

    @Test
    void theChosenFileGetsAPngExtensionAndAnHonestSuggestedName() {
        SummaryViewModel summary = summary(SamplePlay.mostlyAnswered());
        dialogs.nextFile = Optional.of(Path.of("/tmp/results"));
        assertEquals(Optional.of(Path.of("/tmp/results.png")), summary.chooseImageFile());
        assertEquals("LeakLab-amazon-2018-results.png", dialogs.suggestedName);
        dialogs.nextFile = Optional.of(Path.of("/tmp/Class 7b.PNG"));
        assertEquals(Optional.of(Path.of("/tmp/Class 7b.PNG")), summary.chooseImageFile());
        dialogs.nextFile = Optional.empty();
        assertEquals(Optional.empty(), summary.chooseImageFile());
    }

    @Test
    void noPrinterGivesAClearMessageAndPrintsNothing() {
        SummaryViewModel summary = summary(SamplePlay.mostlyAnswered());
        FakePrinter printer = new FakePrinter(false, true, 0, null);
        summary.print(printer);
        assertEquals(List.of(new RecordingDialogs.Shown("error", "No printer found",
                "No printer is set up on this computer. Save the results as a picture instead, or set up a printer and try again.")),
                dialogs.shown);
        assertEquals(0, printer.printed);
    }

    @Test
    void cancellingThePrintDialogPrintsNothing() {
        SummaryViewModel summary = summary(SamplePlay.mostlyAnswered());
        FakePrinter printer = new FakePrinter(true, false, 0, null);
        summary.print(printer);
        assertEquals(0, printer.printed);
        assertEquals("Printing cancelled.", status.messageProperty().get());
        assertTrue(dialogs.shown.isEmpty());
    }

    @Test
    void printingReportsThePagesSent() {
        SummaryViewModel summary = summary(SamplePlay.mostlyAnswered());
        summary.print(new FakePrinter(true, true, 3, null));
        assertEquals("3 pages sent to the printer.", status.messageProperty().get());
        assertFalse(summary.busyProperty().get());
    }

    @Test
    void aPrinterFailureIsShownNotThrown() {
        SummaryViewModel summary = summary(SamplePlay.mostlyAnswered());
        summary.print(new FakePrinter(true, true, 0, new IllegalStateException("paper jam")));
        assertEquals("Printing failed", dialogs.shown.get(0).title());
        assertEquals("The printer reported a problem: paper jam", dialogs.shown.get(0).message());
        assertTrue(status.warningProperty().get());
        assertFalse(summary.busyProperty().get());
    }

    private static final class FakePrinter implements ReportPrinter {
        private final boolean available;
        private final boolean accepts;
        private final int pages;
        private final RuntimeException failure;
        int printed;

        FakePrinter(boolean available, boolean accepts, int pages, RuntimeException failure) {
            this.available = available;
            this.accepts = accepts;
            this.pages = pages;
            this.failure = failure;
        }

        @Override
        public boolean printerAvailable() {
            return available;
        }

        @Override
        public boolean askSettings() {
            return accepts;
        }

        @Override
        public int print() {
            if (failure != null) {
                throw failure;
            }
            printed = pages;
            return pages;
        }
    }
}
