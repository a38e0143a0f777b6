package org.leaklab.classroom;

import java.util.Objects;

/** Thrown by the {@link ClassRoom} when it refuses a device's request; carries the reason. */
public final class RefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Refusal refusal;

    public RefusedException(Refusal refusal) {
        super(refusal.code(), null, false, false);
        this.refusal = Objects.requireNonNull(refusal);
    }

    public Refusal refusal() {
        return refusal;
    }
}
