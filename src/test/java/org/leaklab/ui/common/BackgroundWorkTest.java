package org.leaklab.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** Jobs run in the background, hand back exactly one outcome on the JavaFX thread, and keep a busy flag. */
class BackgroundWorkTest {
    /** An executor the test drains by hand, so what runs where and when is visible. */
    private static final class Steps implements Executor {
        final Queue<Runnable> queued = new ArrayDeque<>();

        @Override
        public void execute(Runnable command) {
            queued.add(command);
        }

        void runAll() {
            while (!queued.isEmpty()) {
                queued.poll().run();
            }
        }
    }

    private final Steps background = new Steps();
    private final Steps fxThread = new Steps();
    private final BackgroundWork work = new BackgroundWork(background, fxThread);
    private final List<String> seen = new ArrayList<>();

    @Test
    void aResultIsHandedToTheSuccessHandlerOnTheFxThread() {
        work.run(() -> {
            seen.add("job");
            return 42;
        }, result -> seen.add("success " + result), failure -> seen.add("failure"));
        assertEquals(List.of(), seen, "nothing runs before the background executor does");
        background.runAll();
        assertEquals(List.of("job"), seen, "the outcome waits for the FX thread");
        fxThread.runAll();
        assertEquals(List.of("job", "success 42"), seen);
    }

    @Test
    void aFailureIsReportedOnceAndTheSuccessHandlerNeverRuns() {
        IOException broken = new IOException("disk full");
        List<Exception> failures = new ArrayList<>();
        work.run(() -> {
            throw broken;
        }, result -> seen.add("success"), failures::add);
        background.runAll();
        fxThread.runAll();
        assertEquals(1, failures.size());
        assertSame(broken, failures.get(0));
        assertEquals(List.of(), seen);
        assertFalse(work.isBusy());
    }

    @Test
    void aSuccessHandlerThatThrowsIsNotReportedAsTheJobsFailure() {
        List<Exception> failures = new ArrayList<>();
        work.run(() -> "done", result -> {
            throw new IllegalStateException("the handler's own bug");
        }, failures::add);
        background.runAll();
        assertThrows(IllegalStateException.class, fxThread::runAll);
        assertEquals(List.of(), failures);
        assertFalse(work.isBusy());
    }

    @Test
    void busyWhileAnyJobRunsAndClearedBeforeItsHandler() {
        List<Boolean> busyInHandler = new ArrayList<>();
        work.run(() -> 1, result -> busyInHandler.add(work.isBusy()), failure -> { });
        work.run(() -> {
            throw new IOException("x");
        }, result -> { }, failure -> busyInHandler.add(work.isBusy()));
        assertTrue(work.busyProperty().get(), "busy as soon as a job is started");
        background.runAll();
        assertTrue(work.isBusy(), "still busy until the outcome is back on the FX thread");
        fxThread.runAll();
        assertEquals(List.of(true, false), busyInHandler, "the first handler still sees the second job running");
        assertFalse(work.isBusy());
    }

    @Test
    void aListenerOnAnotherThreadIsToldOnTheFxThread() {
        var handed = work.<String>onFxThread(seen::add);
        handed.accept("saved");
        assertEquals(List.of(), seen);
        fxThread.runAll();
        assertEquals(List.of("saved"), seen);
    }
}
