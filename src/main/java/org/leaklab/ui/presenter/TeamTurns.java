package org.leaklab.ui.presenter;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.leaklab.model.Scenario;

/**
 * Whose answer the teacher is entering on the presenter's question slide, and the rules of it:
 * when a team can enter at all, moving from team to team, recording (on to the next team without
 * an answer), and undo (straight back into the answer taken back). Part of the presenter's view
 * model; the view makes the keyboard focus follow {@link #enteringProperty()}.
 */
final class TeamTurns {
    private final TeamGame teams;
    private final Supplier<Optional<Scenario>> scenario;
    private final BooleanSupplier questionOpen;
    private final Runnable changed;
    private final ReadOnlyBooleanWrapper entering = new ReadOnlyBooleanWrapper(this, "entering");
    private final ReadOnlyIntegerWrapper team = new ReadOnlyIntegerWrapper(this, "enteringTeam", -1);

    /**
     * @param teams        the class (nobody enters before its teams are set up)
     * @param scenario     the scenario on screen
     * @param questionOpen a scenario is on screen and its answer still hidden
     * @param changed      told when entering starts, ends or moves (the key hints change)
     */
    TeamTurns(TeamGame teams, Supplier<Optional<Scenario>> scenario, BooleanSupplier questionOpen, Runnable changed) {
        this.teams = teams;
        this.scenario = scenario;
        this.questionOpen = questionOpen;
        this.changed = changed;
    }

    /** True while a team's answer is being entered. */
    ReadOnlyBooleanProperty enteringProperty() {
        return entering.getReadOnlyProperty();
    }

    /** The team whose answer is being entered; -1 when none is. */
    ReadOnlyIntegerProperty teamProperty() {
        return team.getReadOnlyProperty();
    }

    /** True when team answers can be entered: teams set up, a scenario on screen, not yet revealed. */
    boolean canEnter() {
        return teams.hasTeams() && questionOpen.getAsBoolean();
    }

    /** True while an answer is being entered where answers can be entered. */
    boolean isEntering() {
        return entering.get() && canEnter();
    }

    /** True while, entering a ranking, the teacher holds a card: Tab, Enter and Escape are the board's. */
    boolean holdingCard() {
        if (!isEntering()) {
            return false;
        }
        List<TeamEntry> entries = teams.entries(scenario.get().orElseThrow());
        int at = team.get();
        return at >= 0 && at < entries.size() && entries.get(at).draft().holdsArrowKeys();
    }

    /** Into the first team's answer that is still missing. */
    void start() {
        if (canEnter()) {
            enterAt(teams.firstUnanswered(scenario.get().orElseThrow()));
        }
    }

    /** Into {@code at}'s answer. */
    void enterAt(int at) {
        if (canEnter() && at >= 0 && at < teams.teams().size()) {
            team.set(at);
            entering.set(true);
            changed.run();
        }
    }

    /** Out of the team answers. */
    void stop() {
        if (entering.get()) {
            entering.set(false);
            team.set(-1);
            changed.run();
        }
    }

    /** The answer is revealed: nobody enters any more (the reveal itself tells the hints). */
    void revealed() {
        entering.set(false);
        team.set(-1);
    }

    /** To the next ({@code step} 1) or previous (-1) team, going round. */
    void move(int step) {
        int count = teams.teams().size();
        enterAt((team.get() + step + count) % count);
    }

    /**
     * A click: into the panel of {@code at} unless its answer is being entered already; outside
     * every panel ({@code at} -1), out of the team answers.
     */
    void clicked(int at) {
        if (at < 0) {
            stop();
        } else if (!entering.get() || team.get() != at) {
            enterAt(at);
        }
    }

    /** Records the answer being entered. */
    void record() {
        record(team.get());
    }

    /**
     * Records {@code at}'s answer and moves on to the next team without one; once every team has
     * one, the entry ends. A draft that is not an answer yet keeps the team, with its message.
     */
    void record(int at) {
        if (!canEnter() || at < 0 || at >= teams.teams().size()) {
            return;
        }
        TeamEntry entry = teams.entries(scenario.get().orElseThrow()).get(at);
        if (teams.confirm(entry)) {
            int next = teams.focusTeamProperty().get();
            if (next < 0) {
                stop();
            } else {
                enterAt(next);
            }
        } else {
            enterAt(at); // the message is in that team's panel, and so is the focus
        }
    }

    /** Takes back the last answer recorded for this scenario, and goes straight back into it. */
    void undo() {
        if (canEnter()) {
            teams.undo(scenario.get().orElseThrow());
            int back = teams.focusTeamProperty().get();
            if (back >= 0) {
                enterAt(back);
            }
        }
    }
}
