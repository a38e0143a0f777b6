package org.leaklab.classroom;

/**
 * What the class answered to the open question, aggregated for the projector: one kind per
 * scenario kind. Immutable snapshots; the room makes a new one whenever it is asked.
 */
public sealed interface Tally permits RankingTally, EstimateTally, ChoiceTally, StoryTally {
    /** How many devices' answers the tally counts. */
    int answered();
}
