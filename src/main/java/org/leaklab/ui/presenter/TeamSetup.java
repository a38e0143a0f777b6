package org.leaklab.ui.presenter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.leaklab.session.ClassSession;
import org.leaklab.ui.common.Localization;

/**
 * The team form of presenter mode: 2 to 8 teams, each with a name that is not blank, at most
 * {@value ClassSession#MAX_TEAM_NAME} characters and unique (ignoring case and surrounding
 * spaces, so "Foxes" and "foxes " are not told apart on the leaderboard). Every name field has
 * its own inline message. Once answers are recorded the number of teams is fixed (renaming still
 * works), so no recorded answer loses its team.
 */
public final class TeamSetup {
    /** One team's name field and what is wrong with it. */
    public static final class TeamName {
        private final StringProperty name = new SimpleStringProperty(this, "name");
        private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

        TeamName(String initial) {
            name.set(initial);
        }

        /** The name as typed. */
        public StringProperty nameProperty() {
            return name;
        }

        /** The inline message under the field; empty when the name is fine. */
        public ReadOnlyStringProperty problemProperty() {
            return problem.getReadOnlyProperty();
        }
    }

    private final Localization localization;
    private final boolean countFixed;
    private final ObservableList<TeamName> names = FXCollections.observableArrayList();
    private final ObservableList<TeamName> readOnlyNames = FXCollections.unmodifiableObservableList(names);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");

    /**
     * @param current    the teams so far; empty for a new class, which starts with "Team 1", "Team 2"
     * @param countFixed true once answers are recorded: names may change, the number of teams may not
     */
    TeamSetup(List<String> current, boolean countFixed, Localization localization) {
        this.localization = Objects.requireNonNull(localization);
        this.countFixed = countFixed;
        if (current.isEmpty()) {
            for (int i = 1; i <= ClassSession.MIN_TEAMS; i++) {
                add(defaultName(i));
            }
        } else {
            current.forEach(this::add);
        }
        validate();
    }

    private void add(String name) {
        TeamName field = new TeamName(name);
        field.nameProperty().addListener((obs, old, now) -> validate());
        names.add(field);
    }

    private String defaultName(int number) {
        return localization.get("teams.defaultName", number);
    }

    /** The name fields, in team order. */
    public ObservableList<TeamName> getNames() {
        return readOnlyNames;
    }

    /** True when every name is fine. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** True while another team may be added. */
    public boolean canAdd() {
        return !countFixed && names.size() < ClassSession.MAX_TEAMS;
    }

    /** True while the last team may be removed. */
    public boolean canRemove() {
        return !countFixed && names.size() > ClassSession.MIN_TEAMS;
    }

    /** True once answers are recorded and the number of teams cannot change any more. */
    public boolean isCountFixed() {
        return countFixed;
    }

    /** Adds a team named "Team n" (the first free number), if fewer than eight. */
    public void addTeam() {
        if (!canAdd()) {
            return;
        }
        int number = names.size() + 1;
        while (taken(defaultName(number))) {
            number++;
        }
        add(defaultName(number));
        validate();
    }

    private boolean taken(String name) {
        return names.stream().anyMatch(n -> key(n.nameProperty().get()).equals(key(name)));
    }

    /** Removes the last team, if more than two. */
    public void removeTeam() {
        if (!canRemove()) {
            return;
        }
        names.remove(names.size() - 1);
        validate();
    }

    /** The place (from 0) of the first name with a problem, where the teacher types the fix; empty if none. */
    public java.util.OptionalInt firstProblem() {
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).problemProperty().get().isEmpty()) {
                return java.util.OptionalInt.of(i);
            }
        }
        return java.util.OptionalInt.empty();
    }

    /** The names with surrounding spaces removed, when all are valid. */
    public List<String> teamNames() {
        return names.stream().map(n -> strip(n.nameProperty().get())).toList();
    }

    /** Checks every name again (also after a language switch, so the messages follow it). */
    public void validate() {
        List<String> keys = new ArrayList<>();
        names.forEach(n -> keys.add(key(n.nameProperty().get())));
        boolean allFine = true;
        for (int i = 0; i < names.size(); i++) {
            String name = strip(names.get(i).nameProperty().get());
            String problem = "";
            if (name.isEmpty()) {
                problem = localization.get("teams.problem.blank");
            } else if (name.length() > ClassSession.MAX_TEAM_NAME) {
                problem = localization.get("teams.problem.long", ClassSession.MAX_TEAM_NAME, name.length());
            } else if (keys.indexOf(keys.get(i)) < i) {
                problem = localization.get("teams.problem.duplicate", names.get(keys.indexOf(keys.get(i)))
                        .nameProperty().get().strip(), keys.indexOf(keys.get(i)) + 1);
            }
            names.get(i).problem.set(problem);
            allFine &= problem.isEmpty();
        }
        valid.set(allFine);
    }

    private static String strip(String name) {
        return name == null ? "" : name.strip();
    }

    private static String key(String name) {
        return strip(name).toLowerCase(Locale.ROOT);
    }
}
