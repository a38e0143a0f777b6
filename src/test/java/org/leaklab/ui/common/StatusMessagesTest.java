package org.leaklab.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Notes are replaced or expire; standing problems stay until resolved and follow the language. */
class StatusMessagesTest {
    /** A clock the test moves by hand: each scheduled task runs when the test says time has passed. */
    private static final class ManualTimer implements StatusMessages.Timer {
        record Task(Duration delay, Runnable task, boolean[] cancelled) {
        }

        final List<Task> tasks = new ArrayList<>();

        @Override
        public Runnable after(Duration delay, Runnable task) {
            boolean[] cancelled = {false};
            tasks.add(new Task(delay, task, cancelled));
            return () -> cancelled[0] = true;
        }

        /** Runs every task that was not cancelled. */
        void elapse() {
            List<Task> due = List.copyOf(tasks);
            tasks.clear();
            due.stream().filter(t -> !t.cancelled()[0]).forEach(t -> t.task().run());
        }
    }

    private final ManualTimer timer = new ManualTimer();
    private final StatusMessages status = new StatusMessages(timer);

    @Test
    void aNoteExpiresAndANewerOneReplacesIt() {
        status.info("Exported to lesson.csv");
        assertEquals(StatusMessages.INFO_LIFETIME, timer.tasks.get(0).delay());
        status.warn("No web browser could be started.");
        assertEquals("No web browser could be started.", status.messageProperty().get());
        assertTrue(status.warningProperty().get());
        assertEquals(StatusMessages.WARNING_LIFETIME, timer.tasks.get(1).delay());
        timer.elapse();
        assertEquals("", status.messageProperty().get(), "expired: nothing lingers into the next scenario");
        assertFalse(status.warningProperty().get());
    }

    @Test
    void aStandingProblemShowsWheneverNoNoteDoesUntilResolved() {
        String[] language = {"Class results not saved"};
        status.report("results", () -> language[0]);
        assertEquals("Class results not saved", status.messageProperty().get());
        assertTrue(status.warningProperty().get());
        assertEquals("Class results not saved", status.problemProperty().get());

        status.info("Language: Deutsch");
        assertEquals("Language: Deutsch", status.messageProperty().get());
        language[0] = "Unterrichtsergebnisse nicht gespeichert";
        status.refresh();
        assertEquals("Unterrichtsergebnisse nicht gespeichert", status.problemProperty().get(), "follows the language");
        timer.elapse();
        assertEquals("Unterrichtsergebnisse nicht gespeichert", status.messageProperty().get(),
                "back once the note has expired");

        status.resolve("results");
        assertEquals("", status.messageProperty().get());
        assertEquals("", status.problemProperty().get());
        assertFalse(status.warningProperty().get());
        assertFalse(status.hasProblem("results"));
    }

    @Test
    void theNewestStandingProblemIsShownAndTheOlderOneReturnsWhenItIsResolved() {
        status.report("settings", () -> "Settings not saved");
        status.report("results", () -> "Results not saved");
        assertEquals("Results not saved", status.messageProperty().get());
        status.report("results", () -> "Results not saved, again");
        assertEquals("Results not saved, again", status.problemProperty().get());
        status.resolve("results");
        assertEquals("Settings not saved", status.messageProperty().get());
    }

    @Test
    void anOldExpiryDoesNotRemoveANewerNote() {
        status.info("first");
        status.info("second");
        timer.tasks.get(0).task().run(); // the first note's expiry, had it not been cancelled
        assertEquals("second", status.messageProperty().get());
    }

    @Test
    void withoutATimerNotesStay() {
        StatusMessages plain = new StatusMessages();
        plain.info("Ready");
        assertEquals("Ready", plain.messageProperty().get());
    }
}
