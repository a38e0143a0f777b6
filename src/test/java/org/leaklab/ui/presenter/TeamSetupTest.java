package org.leaklab.ui.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.leaklab.ui.common.Localization;

class TeamSetupTest {
    private final Localization english = new Localization(Locale.ENGLISH);

    private static void name(TeamSetup setup, int index, String name) {
        setup.getNames().get(index).nameProperty().set(name);
    }

    private static String problem(TeamSetup setup, int index) {
        return setup.getNames().get(index).problemProperty().get();
    }

    @Test
    void aNewClassStartsWithTwoNumberedTeamsAndGrowsToEight() {
        TeamSetup setup = new TeamSetup(List.of(), false, english);
        assertEquals(List.of("Team 1", "Team 2"), setup.teamNames());
        assertTrue(setup.validProperty().get());
        assertFalse(setup.canRemove(), "never fewer than two teams");
        setup.removeTeam();
        assertEquals(2, setup.getNames().size());
        for (int i = 0; i < 10; i++) {
            setup.addTeam();
        }
        assertEquals(8, setup.getNames().size(), "never more than eight");
        assertFalse(setup.canAdd());
        assertEquals("Team 8", setup.teamNames().get(7));
        setup.removeTeam();
        assertEquals(7, setup.getNames().size());
    }

    @Test
    void theFirstProblemIsWhereTheFocusGoes() {
        TeamSetup setup = new TeamSetup(List.of("Foxes", "Owls", "Bees"), false, english);
        setup.validate();
        assertTrue(setup.firstProblem().isEmpty());
        name(setup, 2, "Foxes");
        name(setup, 1, " ");
        setup.validate();
        assertEquals(1, setup.firstProblem().getAsInt(), problem(setup, 1));
    }

    @Test
    void anAddedTeamTakesTheFirstFreeNumber() {
        TeamSetup setup = new TeamSetup(List.of("Team 3", "Owls"), false, english);
        setup.addTeam();
        assertEquals(List.of("Team 3", "Owls", "Team 4"), setup.teamNames(), "Team 3 is taken");
        assertTrue(setup.validProperty().get());
    }

    @Test
    void blankLongAndDuplicateNamesGetTheirOwnInlineMessage() {
        TeamSetup setup = new TeamSetup(List.of(), false, english);
        setup.addTeam();
        name(setup, 0, "   ");
        assertEquals("Give this team a name.", problem(setup, 0));
        assertFalse(setup.validProperty().get());
        name(setup, 0, "x".repeat(40));
        assertEquals("", problem(setup, 0), "40 characters are fine");
        name(setup, 0, "x".repeat(41));
        assertEquals("At most 40 characters, please (this name has 41).", problem(setup, 0));
        name(setup, 0, "Foxes");
        name(setup, 2, " foxes ");
        assertEquals("", problem(setup, 0), "the first of two equal names is fine");
        assertEquals("Team 1 is already called \u201cFoxes\u201d: give each team its own name.", problem(setup, 2));
        assertFalse(setup.validProperty().get());
        name(setup, 2, "  Owls ");
        assertTrue(setup.validProperty().get());
        assertEquals(List.of("Foxes", "Team 2", "Owls"), setup.teamNames(), "surrounding spaces are dropped");
    }

    @Test
    void messagesFollowTheLanguage() {
        TeamSetup setup = new TeamSetup(List.of(), false, english);
        name(setup, 1, "");
        english.setLocale(Locale.GERMAN);
        setup.validate();
        assertEquals("Gib diesem Team einen Namen.", problem(setup, 1));
    }

    @Test
    void onceAnswersAreRecordedTheNumberOfTeamsIsFixed() {
        TeamSetup setup = new TeamSetup(List.of("Foxes", "Owls", "Krakens"), true, english);
        assertTrue(setup.isCountFixed());
        setup.addTeam();
        setup.removeTeam();
        assertEquals(3, setup.getNames().size());
        name(setup, 1, "Night owls");
        assertEquals(List.of("Foxes", "Night owls", "Krakens"), setup.teamNames(), "renaming still works");
    }
}
