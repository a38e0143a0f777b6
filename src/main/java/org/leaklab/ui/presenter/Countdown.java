package org.leaklab.ui.presenter;

import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The presenter's optional countdown (off by default; it never gives points for speed): T cycles
 * its length, each scenario starts with the full time, and it runs only while a question is open
 * and the screen is not black.
 */
public final class Countdown {
    /** The countdown lengths the teacher cycles through with T; 0 means no timer. */
    public static final List<Integer> STEPS = List.of(0, 60, 120, 180, 300);

    private final BooleanSupplier questionOpen;
    private final BooleanSupplier blackout;
    private final ReadOnlyIntegerWrapper length = new ReadOnlyIntegerWrapper(this, "timerLength");
    private final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper(this, "secondsLeft");

    /**
     * @param questionOpen a scenario is on screen and its answer still hidden
     * @param blackout     the screen is black
     */
    Countdown(BooleanSupplier questionOpen, BooleanSupplier blackout) {
        this.questionOpen = questionOpen;
        this.blackout = blackout;
    }

    /** The countdown length in seconds; 0 when the timer is off. */
    public ReadOnlyIntegerProperty lengthProperty() {
        return length.getReadOnlyProperty();
    }

    /** Seconds left on the countdown of this slide. */
    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }

    /** T: the next countdown length (off, 1, 2, 3, 5 minutes), started afresh. */
    public void cycle() {
        int next = STEPS.get((STEPS.indexOf(length.get()) + 1) % STEPS.size());
        length.set(next);
        secondsLeft.set(next);
    }

    /**
     * One second passed (the view's clock calls this while the timer is on and time is left).
     * The countdown runs only while a question is open: it stops at the reveal, and on a black screen.
     */
    public void tick() {
        if (length.get() > 0 && secondsLeft.get() > 0 && !blackout.getAsBoolean() && questionOpen.getAsBoolean()) {
            secondsLeft.set(secondsLeft.get() - 1);
        }
    }

    /** A new slide: the full time again. */
    void restart() {
        secondsLeft.set(length.get());
    }

    /** True when the countdown is on but stands still: the answer is revealed, or no question is open. */
    public boolean isStopped() {
        return length.get() > 0 && !questionOpen.getAsBoolean();
    }
}
