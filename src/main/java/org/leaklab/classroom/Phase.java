package org.leaklab.classroom;

/** Where the open question stands. A story goes through these once per step. */
public enum Phase {
    /** Devices answer, and may change their answer. */
    OPEN,
    /** Answers are final; the class waits for the reveal. */
    CLOSED,
    /** The reference and the class's answers are shown; devices see their own score. */
    REVEALED
}
