package org.leaklab.model;

/** What a player answered to a {@link Scenario}; each kind of scenario has its own kind of answer. */
public sealed interface Answer permits RankingAnswer, EstimateAnswer, ChoiceAnswer, DecisionAnswer {
}
