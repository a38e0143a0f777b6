package org.leaklab.model;

import java.util.List;

/**
 * One task the player works on. The four kinds are scored differently, see the scorers in
 * {@code org.leaklab.scoring}.
 */
public sealed interface Scenario permits RankingScenario, EstimateScenario, ChoiceScenario, DecisionScenario {
    /** Stable id, unique within the case. */
    String id();

    /** Short title for menus and headings. */
    LocalizedText title();

    /** The task as the player reads it. */
    LocalizedText prompt();

    /** The sources of the facts the scenario rests on (for a story: the facts it builds on). */
    List<String> sourceIds();
}
