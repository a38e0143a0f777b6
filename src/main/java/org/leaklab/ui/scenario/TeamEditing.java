package org.leaklab.ui.scenario;

import java.util.Objects;
import org.leaklab.model.Case;
import org.leaklab.ui.common.Localization;

/**
 * Whose draft a team editor shows, for its node ids and what a screen reader says.
 *
 * @param team     the team's position in the team list, from 0
 * @param teamName the team's name
 */
public record TeamEditing(int team, String teamName, Case caseData, Localization localization) {
    public TeamEditing {
        Objects.requireNonNull(teamName);
        Objects.requireNonNull(caseData);
        Objects.requireNonNull(localization);
    }
}
