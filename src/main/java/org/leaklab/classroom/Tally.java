package org.leaklab.classroom;

/**
 * What the class answered to the open question, aggregated for the projector: one kind per
 * scenario kind (made by its {@link ScenarioRules}). Immutable; the room makes one per change, when
 * the projector first asks for it ({@link RoomSnapshot}).
 */
public sealed interface Tally permits RankingTally, EstimateTally, ChoiceTally, StoryTally {
    /** How many devices' answers the tally counts. */
    int answered();
}
