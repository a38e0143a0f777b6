package org.leaklab.classroom;

/**
 * Why the room refused a request from a device. The web layer turns each into an HTTP status and
 * the phone into a sentence of its own language; {@link #code()} is the stable name for both.
 */
public enum Refusal {
    /** The token names no device of this room (never joined, removed, or forgotten). */
    UNKNOWN_DEVICE(Kind.FORBIDDEN),
    /** The teacher locked the room: nobody new can join. */
    ROOM_LOCKED(Kind.LOCKED),
    /** The room has as many devices as it takes. */
    ROOM_FULL(Kind.FULL),
    /** Both re-rolls of the name are used. */
    NO_REROLLS_LEFT(Kind.CONFLICT),
    /** No team with that number. */
    UNKNOWN_TEAM(Kind.INVALID),
    /** No question is open. */
    NO_OPEN_QUESTION(Kind.CONFLICT),
    /** The answer is for another question than the open one (a phone that slept through a change). */
    NOT_THE_OPEN_QUESTION(Kind.CONFLICT),
    /** The teacher closed the question: answers are final. */
    QUESTION_CLOSED(Kind.CONFLICT),
    /** The answer is of another kind than the question (an estimate for a ranking). */
    WRONG_KIND(Kind.INVALID),
    /** A ranking that is not an order of exactly the scenario's items, each once. */
    NOT_A_PERMUTATION(Kind.INVALID),
    /** An estimate that is not a finite number. */
    NOT_A_NUMBER(Kind.INVALID),
    /** An estimate outside the app's price scale. */
    OUT_OF_RANGE(Kind.INVALID),
    /** A choice or vote naming an option the question does not have, or one twice. */
    UNKNOWN_OPTION(Kind.INVALID),
    /** Fewer or more options than the question allows (one for a single choice). */
    WRONG_NUMBER_OF_OPTIONS(Kind.INVALID),
    /** A vote for a branch that is not offered where the device's story stands. */
    UNKNOWN_BRANCH(Kind.INVALID),
    /** The device's story has already ended: there is nothing to vote on. */
    STORY_ENDED(Kind.CONFLICT);

    /** How a refusal maps onto HTTP, without naming HTTP here. */
    public enum Kind {
        /** The request is malformed or names things that do not exist (400). */
        INVALID,
        /** Who asks is not known (403). */
        FORBIDDEN,
        /** The request came at the wrong moment (409). */
        CONFLICT,
        /** The room is locked (423). */
        LOCKED,
        /** The room is full (503). */
        FULL
    }

    private final Kind kind;

    Refusal(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** The stable name sent to the phone: {@code not-a-permutation}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
