package org.leaklab.ui.common;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The one way to do work in the background and come back to the JavaFX thread with its outcome:
 * the job runs on the background executor, then exactly one of its handlers runs on the JavaFX
 * thread, the success handler with the result or the failure handler with what went wrong. While
 * any job of this instance runs, {@link #busyProperty()} is true (a view model keeps one instance
 * and exposes its busy flag; buttons that would start a second job bind to it).
 *
 * <p>Start jobs on the JavaFX thread. Tests pass {@code Runnable::run} for both executors and see
 * every job finish before {@link #run} returns.
 */
public final class BackgroundWork {
    /** Work done in the background; what it throws goes to the failure handler. */
    @FunctionalInterface
    public interface Job<T> {
        T call() throws Exception;
    }

    private final Executor background;
    private final Executor fxThread;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    /** Jobs started and not yet handed back; touched on the JavaFX thread only. */
    private int running;

    /**
     * @param background where jobs run (the app's I/O thread)
     * @param fxThread   where their outcome is handed back ({@code Platform::runLater})
     */
    public BackgroundWork(Executor background, Executor fxThread) {
        this.background = Objects.requireNonNull(background);
        this.fxThread = Objects.requireNonNull(fxThread);
    }

    /**
     * Runs {@code job} in the background; then, on the JavaFX thread and after the busy flag is
     * updated, {@code onSuccess} with its result or {@code onFailure} with what it threw. A failure
     * is handed over once; one thrown by {@code onSuccess} is not taken for the job's.
     *
     * @throws RejectedExecutionException if the background executor takes no more work (LeakLab
     *                                    is closing); then no handler runs and nothing is busy
     */
    public <T> void run(Job<T> job, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        Objects.requireNonNull(job);
        Objects.requireNonNull(onSuccess);
        Objects.requireNonNull(onFailure);
        running++;
        busy.set(true);
        try {
            background.execute(() -> handOver(job, onSuccess, onFailure));
        } catch (RejectedExecutionException e) {
            finished(); // the executor is shut down (LeakLab is closing): nothing runs, nothing is busy
            throw e;
        }
    }

    /** In the background: runs {@code job}, then hands its outcome to the JavaFX thread. */
    private <T> void handOver(Job<T> job, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        T result;
        try {
            result = job.call();
        } catch (Exception e) {
            fxThread.execute(() -> {
                finished();
                onFailure.accept(e);
            });
            return;
        }
        fxThread.execute(() -> {
            finished();
            onSuccess.accept(result);
        });
    }

    /**
     * Hands what a listener on another thread is told to {@code handler} on the JavaFX thread, e.g.
     * a store's save state reported from the I/O thread.
     */
    public <T> Consumer<T> onFxThread(Consumer<? super T> handler) {
        Objects.requireNonNull(handler);
        return value -> fxThread.execute(() -> handler.accept(value));
    }

    /** Runs {@code action} on the JavaFX thread whenever the returned runnable is run, on any thread. */
    public Runnable onFxThread(Runnable action) {
        Objects.requireNonNull(action);
        return () -> fxThread.execute(action);
    }

    /** True while a job of this instance runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    private void finished() {
        running--;
        busy.set(running > 0);
    }
}
