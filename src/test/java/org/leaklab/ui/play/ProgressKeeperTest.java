package org.leaklab.ui.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Case;
import org.leaklab.scoring.ScenarioScorer;
import org.leaklab.session.PlayProgress;
import org.leaklab.session.PlayProgressStore;
import org.leaklab.session.PlayThrough;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.RecordingDialogs;
import org.leaklab.ui.common.StatusMessages;

/** Cases in progress kept in memory and in the data folder, without a stage. */
class ProgressKeeperTest {
    private static final Case AMAZON = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-05T09:15:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final Localization localization = new Localization(Locale.ENGLISH);
    private final StatusMessages status = new StatusMessages();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Executor direct = Runnable::run;

    private ProgressKeeper keeper(Path data) {
        return keeper(data, direct);
    }

    private ProgressKeeper keeper(Path data, Executor io) {
        return new ProgressKeeper(new PlayProgressStore(data), io, direct, localization, status, dialogs, CLOCK);
    }

    private static PlayViewModel frame(PlayThrough play) {
        return new PlayViewModel(play, PlayViewModelTest.ReferenceStep::new, new Localization(Locale.ENGLISH));
    }

    /** Plays the first {@code count} scenarios with their reference answers. */
    private static void answer(PlayViewModel frame, int count) {
        for (int i = 0; i < count; i++) {
            frame.next();
            ((PlayViewModelTest.ReferenceStep) frame.currentQuestion()).ready.set(true);
            frame.check();
        }
    }

    @Test
    void everyChangeIsSavedAndANewRunContinuesWhereTheLastOneLeft() throws IOException {
        Path data = folder.resolve("data");
        ProgressKeeper keeper = keeper(data);
        PlayViewModel frame = frame(new PlayThrough(AMAZON));
        keeper.track(frame);
        answer(frame, 3);
        assertSame(frame, keeper.live(AMAZON.id()).orElseThrow());
        assertEquals(3, keeper.progress().get(AMAZON.id()).answers().size(), "the start page sees it at once");

        PlayProgress onDisk = new PlayProgressStore(data).load().plays().get(AMAZON.id());
        assertEquals(3, onDisk.answers().size(), "saved after every check");
        assertEquals(3, onDisk.step());

        ProgressKeeper nextRun = keeper(data);
        assertTrue(nextRun.saved(AMAZON.id()).isEmpty(), "nothing before the store is read");
        nextRun.load();
        PlayProgress saved = nextRun.saved(AMAZON.id()).orElseThrow();
        PlayThrough restored = PlayThrough.restore(new ScenarioScorer(AMAZON), saved).play();
        assertEquals(frame.getPlay().totalScore(), restored.totalScore(), "the same answers, the same scores");
        assertFalse(nextRun.hasUnsaved());
    }

    @Test
    void anUntouchedCaseIsNotInProgressAndStartAgainForgetsItOnDiskToo() throws IOException {
        Path data = folder.resolve("data");
        ProgressKeeper keeper = keeper(data);
        PlayViewModel frame = frame(new PlayThrough(AMAZON));
        keeper.track(frame);
        assertTrue(keeper.progress().isEmpty(), "opened, nothing done: nothing to continue");
        answer(frame, 1);
        assertFalse(keeper.progress().isEmpty());
        keeper.forget(AMAZON.id());
        assertTrue(keeper.progress().isEmpty());
        assertTrue(keeper.live(AMAZON.id()).isEmpty());
        assertEquals(List.of(), List.copyOf(new PlayProgressStore(data).load().plays().keySet()));
        frame.next();
        assertTrue(keeper.progress().isEmpty(), "a forgotten frame is no longer followed");
    }

    @Test
    void writesAreTakenNewestFirstSoAQueuedOlderStateNeverLandsLast() throws IOException {
        Path data = folder.resolve("data");
        List<Runnable> queued = new ArrayList<>();
        ProgressKeeper keeper = keeper(data, queued::add);
        PlayViewModel frame = frame(new PlayThrough(AMAZON));
        keeper.track(frame);
        answer(frame, 2);
        assertTrue(queued.size() > 1, "one write queued per change");
        queued.forEach(Runnable::run);
        assertEquals(2, new PlayProgressStore(data).load().plays().get(AMAZON.id()).answers().size());
    }

    @Test
    void progressThatCannotBeSavedIsReportedOnceKeptAndOfferedElsewhereOnQuit() throws Exception {
        Path notAFolder = folder.resolve("data");
        Files.writeString(notAFolder, "a file where the data folder should be");
        ProgressKeeper keeper = keeper(notAFolder);
        PlayViewModel frame = frame(new PlayThrough(AMAZON));
        keeper.track(frame);
        answer(frame, 1);
        assertTrue(keeper.hasUnsaved());
        assertTrue(status.warningProperty().get());
        String warning = status.messageProperty().get();
        assertTrue(warning.startsWith("Your progress could not be saved in " + folder.toAbsolutePath()), warning);
        assertFalse(warning.contains(".tmp"), "no temporary file's name: " + warning);
        status.info("something else");
        answer(frame, 1);
        assertEquals("something else", status.messageProperty().get(), "reported once, not at every step");

        keeper.saveNow();
        String lost = keeper.whatWouldBeLost().orElseThrow();
        assertTrue(lost.startsWith("Your answers to \u201cAmazon 2018: suspected data sales\u201d could not be saved in "),
                lost);

        dialogs.nextFile = Optional.empty();
        assertFalse(keeper.saveElsewhere(), "cancelled: nothing saved, the app stays open");
        Path usb = folder.resolve("usb");
        Files.createDirectories(usb);
        dialogs.nextFile = Optional.of(usb.resolve("mine"));
        assertTrue(keeper.saveElsewhere());
        assertEquals("LeakLab-progress.json", dialogs.suggestedName);
        Path written = usb.resolve("mine.json");
        PlayProgress kept = PlayProgressStore.read(written).get(AMAZON.id());
        assertEquals(2, kept.answers().size(), "both answers, in the same format as the data folder's");
        assertEquals("Your progress was saved as " + written.toAbsolutePath() + ".", status.messageProperty().get());
    }

    @Test
    void savingWorksAgainOnceTheFolderIsBack() throws IOException {
        Path data = folder.resolve("data");
        Files.writeString(data, "in the way");
        ProgressKeeper keeper = keeper(data);
        PlayViewModel frame = frame(new PlayThrough(AMAZON));
        keeper.track(frame);
        answer(frame, 1);
        assertTrue(keeper.hasUnsaved());
        Files.delete(data);
        answer(frame, 1);
        assertFalse(keeper.hasUnsaved());
        assertEquals("Your progress is saved again.", status.messageProperty().get());
        assertTrue(keeper.whatWouldBeLost().isEmpty());
    }

    @Test
    void aDamagedProgressFileIsNamedInWordsAndTheCasesStillOpen() throws IOException {
        Path data = folder.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve(PlayProgressStore.FILE_NAME), "{\"format\": \"leaklab-play-progress\", \"ver");
        ProgressKeeper keeper = keeper(data);
        keeper.load();
        String warning = status.messageProperty().get();
        assertTrue(warning.startsWith("The saved progress of your cases was damaged and could not be read, so the "
                + "cases start from the beginning. The damaged file was kept as "), warning);
        assertFalse(warning.contains("Exception"), warning);
        assertTrue(keeper.progress().isEmpty());
        PlayViewModel frame = frame(new PlayThrough(AMAZON));
        keeper.track(frame);
        answer(frame, 1);
        assertFalse(keeper.hasUnsaved(), "a fresh file is written");
    }
}
