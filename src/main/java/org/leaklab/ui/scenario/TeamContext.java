package org.leaklab.ui.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leaklab.model.Case;
import org.leaklab.model.DecisionScenario;
import org.leaklab.ui.common.Localization;

/**
 * What a kind needs to make a team's draft.
 *
 * @param caseData     the case played
 * @param start        the order a ranking's cards start in (shuffled, as in play); empty for other kinds
 * @param localization the current language
 * @param endings      turns the ending a team reached in a story into a path the scorer takes
 */
public record TeamContext(Case caseData, List<String> start, Localization localization, StoryEndingPaths endings) {
    public TeamContext {
        Objects.requireNonNull(caseData);
        start = List.copyOf(start);
        Objects.requireNonNull(localization);
        Objects.requireNonNull(endings);
    }

    /** A path of option ids from a story's start to one of its endings. */
    @FunctionalInterface
    public interface StoryEndingPaths {
        /** A path to {@code endStateId}; empty if none leads there. */
        Optional<List<String>> pathTo(DecisionScenario story, String endStateId);
    }
}
