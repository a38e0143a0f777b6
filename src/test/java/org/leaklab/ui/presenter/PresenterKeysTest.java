package org.leaklab.ui.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.leaklab.ui.presenter.PresenterKeys.Action;
import org.leaklab.ui.presenter.PresenterKeys.Key;
import org.leaklab.ui.presenter.PresenterKeys.Network;
import org.leaklab.ui.presenter.PresenterKeys.Screen;
import org.leaklab.ui.presenter.PresenterKeys.State;

/** The presenter's keys as a pure mapping, without a stage: state and key give the action. */
class PresenterKeysTest {
    private static final Key ESC = Key.of(KeyCode.ESCAPE);

    /** A question with teams; {@code entering} and {@code holding} as given. */
    private static State question(boolean entering, boolean holding) {
        return new State(Screen.QUESTION, false, true, false, false, false, entering, holding, Network.OFF);
    }

    @Test
    void escapeStepsOutOneLayerAtATimeAndOnlyThenLeaves() {
        State everything = new State(Screen.QUESTION, false, true, true, true, true, true, false, Network.OFF);
        assertEquals(Action.CLOSE_TEAMS, PresenterKeys.action(everything, ESC));
        State help = new State(Screen.QUESTION, false, true, false, true, true, true, false, Network.OFF);
        assertEquals(Action.CLOSE_HELP, PresenterKeys.action(help, ESC));
        State black = new State(Screen.QUESTION, false, true, false, false, true, true, false, Network.OFF);
        assertEquals(Action.END_BLACKOUT, PresenterKeys.action(black, ESC));
        assertEquals(Action.STOP_ENTERING, PresenterKeys.action(question(true, false), ESC));
        assertEquals(Action.TO_CONTROL, PresenterKeys.action(question(true, true), ESC), "a held card is put back first");
        assertEquals(Action.LEAVE, PresenterKeys.action(question(false, false), ESC));
    }

    @Test
    void afterTheLastTeamIsRecordedRRevealsAndEscapeLeavesAsTheHintsSay() {
        // The steps: the last Enter ends the entry; the state is a question with teams, not entering.
        State afterLastEntry = question(false, false);
        assertEquals(Action.REVEAL, PresenterKeys.action(afterLastEntry, Key.of(KeyCode.R)));
        assertEquals(Action.LEAVE, PresenterKeys.action(afterLastEntry, ESC));
        List<Action> hinted = PresenterKeys.hints(afterLastEntry).stream().map(PresenterKeys.Hint::action).toList();
        assertTrue(hinted.contains(Action.REVEAL), hinted.toString());
        assertTrue(hinted.contains(Action.LEAVE), hinted.toString());
        assertFalse(hinted.contains(Action.STOP_ENTERING), "no hint for a state the teacher is not in");
    }

    @Test
    void whileEnteringThePanelKeepsItsKeysButTabEnterAndEscape() {
        State entering = question(true, false);
        assertEquals(Action.NEXT_TEAM, PresenterKeys.action(entering, Key.of(KeyCode.TAB)));
        assertEquals(Action.PREVIOUS_TEAM, PresenterKeys.action(entering, Key.shift(KeyCode.TAB)));
        assertEquals(Action.RECORD, PresenterKeys.action(entering, Key.of(KeyCode.ENTER)));
        assertEquals(Action.UNDO, PresenterKeys.action(entering, Key.shortcut(KeyCode.Z)));
        for (KeyCode typed : List.of(KeyCode.R, KeyCode.B, KeyCode.N, KeyCode.SPACE, KeyCode.RIGHT, KeyCode.DIGIT1,
                KeyCode.A)) {
            assertEquals(Action.TO_CONTROL, PresenterKeys.action(entering, Key.of(typed)), typed + " is typed or moves a card");
        }
        assertEquals(Action.TO_CONTROL, PresenterKeys.action(entering, Key.typed("?")), "? can be typed");
        State holding = question(true, true);
        for (KeyCode code : List.of(KeyCode.TAB, KeyCode.ENTER, KeyCode.ESCAPE)) {
            assertEquals(Action.TO_CONTROL, PresenterKeys.action(holding, Key.of(code)), code + " belongs to the held card");
        }
    }

    @Test
    void slideKeysDependOnTheSlide() {
        State title = State.slide(Screen.TITLE);
        assertEquals(Action.NEXT, PresenterKeys.action(title, Key.of(KeyCode.SPACE)));
        assertEquals(Action.TO_CONTROL, PresenterKeys.action(title, Key.of(KeyCode.LEFT)), "nothing before the title");
        assertEquals(Action.TO_CONTROL, PresenterKeys.action(title, Key.of(KeyCode.R)), "nothing to reveal");
        assertEquals(Action.REVEAL, PresenterKeys.action(State.slide(Screen.QUESTION), Key.of(KeyCode.R)));
        assertEquals(Action.HIDE, PresenterKeys.action(State.slide(Screen.REVEALED), Key.of(KeyCode.R)));
        assertEquals(Action.TO_CONTROL, PresenterKeys.action(State.slide(Screen.END), Key.of(KeyCode.RIGHT)));
        assertEquals(Action.TO_CONTROL, PresenterKeys.action(State.slide(Screen.QUESTION), Key.of(KeyCode.TAB)),
                "no teams: Tab enters nothing");
        assertEquals(Action.ENTER_ANSWERS, PresenterKeys.action(question(false, false), Key.of(KeyCode.TAB)));
        assertEquals(Action.ENTER_ANSWERS, PresenterKeys.action(question(false, false), Key.of(KeyCode.ENTER)));
        State revealedWithTeams = new State(Screen.REVEALED, false, true, false, false, false, false, false, Network.OFF);
        assertEquals(Action.TO_CONTROL, PresenterKeys.action(revealedWithTeams, Key.of(KeyCode.TAB)),
                "revealed: answers are no longer entered");
        assertEquals(Action.HELP, PresenterKeys.action(title, Key.typed("?")));
        assertEquals(Action.ZOOM_IN, PresenterKeys.action(title, Key.shortcut(KeyCode.PLUS)));
    }

    @Test
    void theTeamFormTakesTypingEnterAppliesUnlessOnAButton() {
        State form = new State(Screen.TITLE, false, false, true, false, false, false, false, Network.OFF);
        assertEquals(Action.TO_CONTROL, PresenterKeys.action(form, Key.of(KeyCode.R)), "R is a letter of a name");
        assertEquals(Action.TO_CONTROL, PresenterKeys.action(form, Key.typed("?")));
        assertEquals(Action.APPLY_TEAMS, PresenterKeys.action(form, Key.of(KeyCode.ENTER)));
        assertEquals(Action.TO_CONTROL, PresenterKeys.action(form,
                new Key(KeyCode.ENTER, "", false, false, true)), "Enter presses the focused button");
        assertEquals(Action.CLOSE_TEAMS, PresenterKeys.action(form, ESC));
    }

    /** Every state there is; for each, every hint names keys that do exactly what it says. */
    @Test
    void everyHintInEveryStateTellsTheTruth() {
        int checked = 0;
        for (State state : allStates()) {
            for (PresenterKeys.Hint hint : PresenterKeys.hints(state)) {
                assertFalse(hint.keys().isEmpty());
                assertTrue(hint.action() != Action.TO_CONTROL);
                for (PresenterKeys.KeyName name : hint.keys()) {
                    assertEquals(hint.action(), PresenterKeys.action(state, PresenterKeys.keyOf(name)),
                            state + ": " + name + " is hinted as " + hint.action());
                    checked++;
                }
            }
        }
        assertTrue(checked > 100, "checked " + checked);
    }

    @Test
    void escapeIsHintedInEveryStateWhereItDoesSomething() {
        for (State state : allStates()) {
            Action escape = PresenterKeys.action(state, ESC);
            if (escape == Action.TO_CONTROL) {
                continue;
            }
            assertTrue(PresenterKeys.hints(state).stream().anyMatch(h -> h.action() == escape
                            && h.keys().contains(PresenterKeys.KeyName.ESC)),
                    state + ": Escape does " + escape + ", and the footer must say so");
        }
    }

    private static List<State> allStates() {
        List<State> states = new ArrayList<>();
        for (Screen screen : Screen.values()) {
            for (Network network : Network.values()) {
                for (int bits = 0; bits < 1 << 7; bits++) {
                    states.add(new State(screen, (bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0,
                            (bits & 16) != 0, (bits & 32) != 0, (bits & 64) != 0, network));
                }
            }
        }
        return states;
    }

    private static State network(Screen screen, Network network) {
        return new State(screen, false, false, false, false, false, false, false, network);
    }

    @Test
    void cOpensTheClassNetworkOnEverySlideAndShowsItsHiddenPanelAgain() {
        for (Screen screen : Screen.values()) {
            assertEquals(Action.CLASS_NETWORK, PresenterKeys.action(network(screen, Network.OFF), Key.of(KeyCode.C)));
            assertEquals(Action.CLASS_NETWORK, PresenterKeys.action(network(screen, Network.HIDDEN), Key.of(KeyCode.C)));
        }
        assertEquals(Action.TO_CONTROL, PresenterKeys.action(question(true, false), Key.of(KeyCode.C)),
                "typed into a team's answer");
        State form = new State(Screen.TITLE, false, false, true, false, false, false, false, Network.OFF);
        assertEquals(Action.TO_CONTROL, PresenterKeys.action(form, Key.of(KeyCode.C)), "a letter of a team's name");
        List<Action> title = PresenterKeys.hints(State.slide(Screen.TITLE)).stream().map(PresenterKeys.Hint::action).toList();
        assertTrue(title.contains(Action.CLASS_NETWORK), "the title slide says C opens it: " + title);
        List<Action> question = PresenterKeys.hints(State.slide(Screen.QUESTION)).stream().map(PresenterKeys.Hint::action)
                .toList();
        assertFalse(question.contains(Action.CLASS_NETWORK), "a question's footer stays short: " + question);
        List<Action> hidden = PresenterKeys.hints(network(Screen.QUESTION, Network.HIDDEN)).stream()
                .map(PresenterKeys.Hint::action).toList();
        assertTrue(hidden.contains(Action.CLASS_NETWORK), "hidden, the footer says how to show it: " + hidden);
    }

    @Test
    void escapeHidesTheOpenPanelFirstAndCShowsItAgain() {
        State shown = network(Screen.TITLE, Network.SHOWN);
        assertEquals(Action.HIDE_NETWORK, PresenterKeys.action(shown, ESC));
        assertEquals(Action.HIDE_NETWORK, PresenterKeys.action(shown, Key.of(KeyCode.C)));
        State hidden = network(Screen.TITLE, Network.HIDDEN);
        assertEquals(Action.LEAVE, PresenterKeys.action(hidden, ESC), "hidden, Escape is the slide's again");
        assertEquals(Action.NEXT, PresenterKeys.action(hidden, Key.of(KeyCode.RIGHT)), "teams and slides go on");
        for (KeyCode code : List.of(KeyCode.RIGHT, KeyCode.SPACE, KeyCode.R, KeyCode.N, KeyCode.B, KeyCode.F1)) {
            assertEquals(Action.TO_CONTROL, PresenterKeys.action(shown, Key.of(code)), code + " with the panel shown");
        }
        assertEquals(Action.TO_CONTROL, PresenterKeys.action(shown, Key.typed("?")));
        assertEquals(Action.ZOOM_IN, PresenterKeys.action(shown, Key.shortcut(KeyCode.PLUS)), "the zoom still works");
        State all = new State(Screen.QUESTION, false, true, false, true, true, true, false, Network.SHOWN);
        assertEquals(Action.HIDE_NETWORK, PresenterKeys.action(all, ESC), "the panel is the top layer");
    }

    @Test
    void lOnTheOpenPanelLocksTheRoomAndTheFooterSaysSo() {
        State shown = network(Screen.QUESTION, Network.SHOWN);
        assertEquals(Action.LOCK_ROOM, PresenterKeys.action(shown, Key.of(KeyCode.L)));
        List<PresenterKeys.Hint> hints = PresenterKeys.hints(shown);
        assertEquals(List.of(Action.HIDE_NETWORK, Action.LOCK_ROOM), hints.stream().map(PresenterKeys.Hint::action).toList());
        assertEquals(List.of(PresenterKeys.KeyName.L), hints.get(1).keys());
        assertEquals(Action.TO_CONTROL, PresenterKeys.action(network(Screen.QUESTION, Network.HIDDEN), Key.of(KeyCode.L)),
                "hidden, L does nothing to a room the teacher cannot see");
        assertEquals(Action.TO_CONTROL, PresenterKeys.action(State.slide(Screen.QUESTION), Key.of(KeyCode.L)));
    }

    @Test
    void theChooserTakesTheArrowsEnterAndEscape() {
        State chooser = network(Screen.QUESTION, Network.CHOOSER);
        assertEquals(Action.NEXT_ADDRESS, PresenterKeys.action(chooser, Key.of(KeyCode.DOWN)));
        assertEquals(Action.PREVIOUS_ADDRESS, PresenterKeys.action(chooser, Key.of(KeyCode.UP)));
        assertEquals(Action.OPEN_ADDRESS, PresenterKeys.action(chooser, Key.of(KeyCode.ENTER)));
        assertEquals(Action.CANCEL_NETWORK, PresenterKeys.action(chooser, ESC));
        assertEquals(Action.TO_CONTROL, PresenterKeys.action(chooser, Key.of(KeyCode.TAB)), "Tab moves between addresses");
        assertEquals(Action.TO_CONTROL, PresenterKeys.action(chooser, Key.of(KeyCode.RIGHT)), "no slide behind it moves");
        List<PresenterKeys.Hint> hints = PresenterKeys.hints(chooser);
        assertEquals(List.of(Action.OPEN_ADDRESS, Action.NEXT_ADDRESS, Action.PREVIOUS_ADDRESS, Action.CANCEL_NETWORK),
                hints.stream().map(PresenterKeys.Hint::action).toList());
        assertEquals(List.of(PresenterKeys.KeyName.DOWN), hints.get(1).keys());
        assertEquals(List.of(PresenterKeys.KeyName.UP), hints.get(2).keys());
        State failure = network(Screen.TITLE, Network.FAILURE);
        assertEquals(Action.CHOOSE_AGAIN, PresenterKeys.action(failure, Key.of(KeyCode.ENTER)));
        assertEquals(Action.CANCEL_NETWORK, PresenterKeys.action(failure, ESC));
        assertEquals(Action.TO_CONTROL, PresenterKeys.action(failure, Key.of(KeyCode.RIGHT)));
    }

    @Test
    void outsideTheChooserTheArrowsUpAndDownAreNotNamed() {
        for (State state : allStates()) {
            if (state.network() == Network.CHOOSER) {
                continue;
            }
            for (PresenterKeys.Hint hint : PresenterKeys.hints(state)) {
                assertFalse(hint.keys().contains(PresenterKeys.KeyName.UP) || hint.keys().contains(PresenterKeys.KeyName.DOWN),
                        state + ": " + hint);
            }
        }
    }
}
