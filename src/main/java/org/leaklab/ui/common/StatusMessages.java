package org.leaklab.ui.common;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The text of the status line: what just happened, and whether it needs attention.
 *
 * <p>Two kinds of message. A note ({@link #info}, {@link #warn}) is replaced by the next one and
 * expires by itself ({@link #INFO_LIFETIME}, {@link #WARNING_LIFETIME}), so yesterday's problem
 * never lingers into the next scenario. A standing problem ({@link #report}) is something still
 * wrong, such as results that could not be saved: it shows whenever no note does, follows a
 * language switch ({@link #refresh}) and goes only once it is {@linkplain #resolve resolved}.
 * {@link #problemProperty()} is the newest standing problem alone, for a small badge.
 *
 * <p>Use it on the JavaFX thread only.
 */
public final class StatusMessages {
    /** How long a note that needs no attention stays. */
    public static final Duration INFO_LIFETIME = Duration.ofSeconds(10);
    /** How long a warning that is not a standing problem stays. */
    public static final Duration WARNING_LIFETIME = Duration.ofSeconds(60);

    /** Runs a task after a delay; a seam, so tests decide when time passes. */
    @FunctionalInterface
    public interface Timer {
        /** Schedules {@code task}; the returned action cancels it. */
        Runnable after(Duration delay, Runnable task);
    }

    private final Timer timer;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper warning = new ReadOnlyBooleanWrapper(this, "warning");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    /** The standing problems by key, oldest first; each rendered when shown. */
    private final Map<String, Supplier<String>> problems = new LinkedHashMap<>();
    private boolean noteShown;
    private Runnable cancelExpiry = () -> { };

    /** A status line whose notes never expire (tests of what was said). */
    public StatusMessages() {
        this((delay, task) -> () -> { });
    }

    /** A status line whose notes expire on {@code timer}. */
    public StatusMessages(Timer timer) {
        this.timer = Objects.requireNonNull(timer);
    }

    /** A status line whose notes expire on JavaFX's clock (the app's). */
    public static StatusMessages expiring() {
        return new StatusMessages((delay, task) -> {
            PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
            pause.setOnFinished(event -> task.run());
            pause.play();
            return pause::stop;
        });
    }

    /** A note: replaces what is shown and expires after {@link #INFO_LIFETIME}. */
    public void info(String text) {
        note(text, false, INFO_LIFETIME);
    }

    /** A note that needs attention once: replaces what is shown and expires after {@link #WARNING_LIFETIME}. */
    public void warn(String text) {
        note(text, true, WARNING_LIFETIME);
    }

    /**
     * A standing problem under {@code key} (one per key: a newer one replaces it), shown now and
     * whenever no note is, until {@link #resolve(String)}. {@code text} is asked again on every
     * showing, so it follows the language.
     */
    public void report(String key, Supplier<String> text) {
        Objects.requireNonNull(text);
        problems.remove(key);
        problems.put(Objects.requireNonNull(key), text);
        noteShown = false;
        cancelExpiry.run();
        show();
    }

    /** The standing problem under {@code key} is over; what is shown falls back to the next one or nothing. */
    public void resolve(String key) {
        if (problems.remove(key) != null) {
            show();
        }
    }

    /** Whether a standing problem is reported under {@code key}. */
    public boolean hasProblem(String key) {
        return problems.containsKey(key);
    }

    /** Renders the standing problems again, e.g. in a newly chosen language. */
    public void refresh() {
        show();
    }

    /** What the status line shows. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether it needs attention. */
    public ReadOnlyBooleanProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /** The newest standing problem, empty when there is none: what a badge shows. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    private void note(String text, boolean isWarning, Duration lifetime) {
        cancelExpiry.run();
        noteShown = true;
        message.set(text);
        warning.set(isWarning);
        cancelExpiry = timer.after(lifetime, () -> {
            if (noteShown && text.equals(message.get())) {
                noteShown = false;
                show();
            }
        });
    }

    /** Shows the newest standing problem, or nothing, unless a note is showing. */
    private void show() {
        String newest = problems.isEmpty() ? "" : problems.values().stream().reduce((a, b) -> b).orElseThrow().get();
        problem.set(newest);
        if (!noteShown) {
            message.set(newest);
            warning.set(!newest.isEmpty());
        }
    }
}
