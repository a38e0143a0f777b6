package org.leaklab.ui.presenter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.scene.input.KeyCode;

/**
 * The presenter's keys as one pure mapping: the state the teacher is in and a key give exactly
 * one action. Nothing here looks at the keyboard focus; the view model keeps the state (is an
 * answer being entered, is a form open) and the view makes the focus follow it. The footer's key
 * hints are built from the same mapping ({@link #hints}), so they always say what a key does now.
 *
 * <p>Escape always steps out by one layer: the team form, the class network's panel (hidden; C
 * shows it again), the key help, the black screen, the answer being entered, and only then
 * presenter mode, which keeps the class for F5.
 */
public final class PresenterKeys {
    private PresenterKeys() {
    }

    /** Which slide is on screen. */
    public enum Screen {
        /** The case's title, before the first scenario. */
        TITLE,
        /** A scenario whose answer is hidden. */
        QUESTION,
        /** A scenario whose answer is shown. */
        REVEALED,
        /** After the last scenario: podium, totals, lessons. */
        END
    }

    /** What of the class network is on screen. */
    public enum Network {
        /** Not open, and nothing of it on screen. */
        OFF,
        /** The list of addresses to choose from. */
        CHOOSER,
        /** Open, its panel (QR code, address, room code, count) on screen. */
        SHOWN,
        /** Open, its panel hidden: a small badge with the count. */
        HIDDEN,
        /** It could not open: the failure card. */
        FAILURE;

        /** Its panel, chooser or card is on screen and has the keys. */
        public boolean onScreen() {
            return this == CHOOSER || this == SHOWN || this == FAILURE;
        }
    }

    /** What a key does. */
    public enum Action {
        NEXT, PREVIOUS, REVEAL, HIDE, BLACKOUT, END_BLACKOUT, TIMER, TEAMS, HELP, CLOSE_HELP,
        ZOOM_IN, ZOOM_OUT, ZOOM_RESET,
        /** Into the first team's answer that is still missing. */
        ENTER_ANSWERS, NEXT_TEAM, PREVIOUS_TEAM, RECORD, UNDO,
        /** Out of the team answers, back to the slide keys. */
        STOP_ENTERING,
        APPLY_TEAMS, CLOSE_TEAMS,
        /** Opens the class network (or shows its hidden panel again). */
        CLASS_NETWORK,
        /** Hides the class network's panel; it stays open, with a badge. */
        HIDE_NETWORK,
        /** On the open panel: locks the room (nobody new joins) or unlocks it. */
        LOCK_ROOM,
        NEXT_ADDRESS, PREVIOUS_ADDRESS,
        /** Opens the class network on the address chosen. */
        OPEN_ADDRESS,
        /** From the failure card back to the addresses. */
        CHOOSE_AGAIN,
        /** Closes the chooser or the failure card; nothing listens. */
        CANCEL_NETWORK,
        /** Leaves presenter mode; the class is kept and F5 comes back to it. */
        LEAVE,
        /** A number key while the devices' vote on a story step tied: that option decides. */
        BREAK_TIE,
        /** Not the presenter's key here: the focused control (a field, a card, a button) gets it. */
        TO_CONTROL
    }

    /**
     * Everything the keys depend on.
     *
     * @param screen       the slide on screen
     * @param lastScenario the scenario on screen is the last one (the next slide is the end screen)
     * @param teams        teams are set up
     * @param setupOpen    the team form is open
     * @param helpOpen     the key help is shown
     * @param blackout     the screen is black
     * @param entering     a team's answer is being entered (its panel has the keyboard)
     * @param holdingCard  while entering a ranking, a card is held (its keys belong to the board)
     * @param network      what of the class network is on screen
     */
    public record State(Screen screen, boolean lastScenario, boolean teams, boolean setupOpen, boolean helpOpen,
                        boolean blackout, boolean entering, boolean holdingCard, Network network) {
        public State {
            Objects.requireNonNull(screen);
            Objects.requireNonNull(network);
        }

        /** A plain slide: no teams, nothing open. */
        public static State slide(Screen screen) {
            return new State(screen, false, false, false, false, false, false, false, Network.OFF);
        }

        /** Team answers can be entered: teams, and a scenario whose answer is still hidden. */
        public boolean canEnter() {
            return teams && screen == Screen.QUESTION;
        }
    }

    /**
     * A key pressed, or a character typed ({@code code} {@link KeyCode#UNDEFINED}).
     *
     * @param code      the key
     * @param character the character typed, for keys that differ by layout ("?"); empty for a press
     * @param shortcut  Ctrl (Cmd on a Mac) is held
     * @param shift     Shift is held
     * @param onButton  the focus is on a button (Enter presses it)
     */
    public record Key(KeyCode code, String character, boolean shortcut, boolean shift, boolean onButton) {
        public Key {
            Objects.requireNonNull(code);
            Objects.requireNonNull(character);
        }

        /** A key pressed without modifiers. */
        public static Key of(KeyCode code) {
            return new Key(code, "", false, false, false);
        }

        /** A key pressed with Ctrl (Cmd on a Mac). */
        public static Key shortcut(KeyCode code) {
            return new Key(code, "", true, false, false);
        }

        /** A key pressed with Shift. */
        public static Key shift(KeyCode code) {
            return new Key(code, "", false, true, false);
        }

        /** A character typed. */
        public static Key typed(String character) {
            return new Key(KeyCode.UNDEFINED, character, false, false, false);
        }
    }

    /** The action of {@code key} in {@code state}. */
    public static Action action(State state, Key key) {
        if (!key.character().isEmpty()) {
            return typed(state, key.character());
        }
        if (state.setupOpen()) {
            return switch (key.code()) {
                case ESCAPE -> Action.CLOSE_TEAMS;
                case ENTER -> key.onButton() ? Action.TO_CONTROL : Action.APPLY_TEAMS;
                default -> Action.TO_CONTROL; // the names are typed: R is a letter there, not a reveal
            };
        }
        if (state.network().onScreen()) {
            return network(state.network(), key);
        }
        if (key.code() == KeyCode.ESCAPE) {
            return escape(state);
        }
        if (key.code() == KeyCode.F1) {
            return state.helpOpen() ? Action.CLOSE_HELP : Action.HELP;
        }
        if (key.shortcut()) {
            return key.code() == KeyCode.Z ? (state.canEnter() ? Action.UNDO : Action.TO_CONTROL) : zoom(key);
        }
        if (state.entering() && state.canEnter()) {
            return entering(state, key);
        }
        return switch (key.code()) {
            case RIGHT, SPACE, PAGE_DOWN, DOWN -> state.screen() == Screen.END ? Action.TO_CONTROL : Action.NEXT;
            case LEFT, PAGE_UP, UP -> state.screen() == Screen.TITLE ? Action.TO_CONTROL : Action.PREVIOUS;
            case R -> switch (state.screen()) {
                case QUESTION -> Action.REVEAL;
                case REVEALED -> Action.HIDE;
                case TITLE, END -> Action.TO_CONTROL;
            };
            case B -> state.blackout() ? Action.END_BLACKOUT : Action.BLACKOUT;
            case T -> Action.TIMER;
            case N -> Action.TEAMS;
            case C -> Action.CLASS_NETWORK;
            case TAB, ENTER -> state.canEnter() && !key.shift() ? Action.ENTER_ANSWERS : Action.TO_CONTROL;
            default -> Action.TO_CONTROL;
        };
    }

    /** Ctrl (Cmd) with a key: the presenter's own zoom. */
    private static Action zoom(Key key) {
        return switch (key.code()) {
            case PLUS, EQUALS, ADD -> Action.ZOOM_IN;
            case MINUS, SUBTRACT -> Action.ZOOM_OUT;
            case DIGIT0, NUMPAD0 -> Action.ZOOM_RESET;
            default -> Action.TO_CONTROL;
        };
    }

    /**
     * The class network's chooser, panel or failure card has the keys: arrows and Enter choose an
     * address, Escape steps out of it (the panel only hides: the class network stays open).
     */
    private static Action network(Network network, Key key) {
        if (key.shortcut()) {
            return zoom(key);
        }
        return switch (network) {
            case CHOOSER -> switch (key.code()) {
                case UP -> Action.PREVIOUS_ADDRESS;
                case DOWN -> Action.NEXT_ADDRESS;
                case ENTER -> Action.OPEN_ADDRESS;
                case ESCAPE -> Action.CANCEL_NETWORK;
                default -> Action.TO_CONTROL; // Tab moves between the addresses, Space presses one
            };
            case SHOWN -> switch (key.code()) {
                case ESCAPE, C -> Action.HIDE_NETWORK;
                case L -> Action.LOCK_ROOM;
                default -> Action.TO_CONTROL;
            };
            case FAILURE -> switch (key.code()) {
                case ENTER -> Action.CHOOSE_AGAIN;
                case ESCAPE -> Action.CANCEL_NETWORK;
                default -> Action.TO_CONTROL;
            };
            case OFF, HIDDEN -> throw new IllegalArgumentException("nothing of the class network on screen");
        };
    }

    /** One layer out: the form, the help, the black screen, the entry, then presenter mode. */
    private static Action escape(State state) {
        if (state.setupOpen()) {
            return Action.CLOSE_TEAMS;
        }
        if (state.helpOpen()) {
            return Action.CLOSE_HELP;
        }
        if (state.blackout()) {
            return Action.END_BLACKOUT;
        }
        if (state.entering() && state.canEnter()) {
            return state.holdingCard() ? Action.TO_CONTROL : Action.STOP_ENTERING; // Escape puts the card back first
        }
        return Action.LEAVE;
    }

    /** While a team's answer is entered, its panel keeps every key but these. */
    private static Action entering(State state, Key key) {
        if (state.holdingCard()) {
            return Action.TO_CONTROL; // Tab, Enter and Escape belong to the held card
        }
        return switch (key.code()) {
            case TAB -> key.shift() ? Action.PREVIOUS_TEAM : Action.NEXT_TEAM;
            case ENTER -> Action.RECORD;
            default -> Action.TO_CONTROL;
        };
    }

    private static Action typed(State state, String character) {
        if (!"?".equals(character) || state.setupOpen() || state.network().onScreen()
                || (state.entering() && state.canEnter())) {
            return Action.TO_CONTROL; // typed into a name or a price
        }
        return state.helpOpen() ? Action.CLOSE_HELP : Action.HELP;
    }

    // ---- hints ----------------------------------------------------------------------------------

    /**
     * A hint: the keys (as {@link KeyName}s, rendered in the current language) that do {@code action}
     * in the state it was made for.
     */
    public record Hint(List<KeyName> keys, Action action) {
        public Hint {
            keys = List.copyOf(keys);
        }
    }

    /** How a key is written in a hint; the view model renders each in the current language. */
    public enum KeyName {
        RIGHT, LEFT, UP, DOWN, SPACE, TAB, SHIFT_TAB, ENTER, ESC, F1, QUESTION_MARK, R, B, T, N, C, L, CTRL_Z
    }

    /** The keys a hint may name, in the order they are written, each with the key it stands for. */
    private static final Map<KeyName, Key> NAMED = names();
    /** In the address chooser the arrows up and down are named too (elsewhere the footer leaves them out). */
    private static final Map<KeyName, Key> CHOOSER_NAMED = chooserNames();

    private static Map<KeyName, Key> names() {
        Map<KeyName, Key> keys = new LinkedHashMap<>();
        keys.put(KeyName.RIGHT, Key.of(KeyCode.RIGHT));
        keys.put(KeyName.SPACE, Key.of(KeyCode.SPACE));
        keys.put(KeyName.LEFT, Key.of(KeyCode.LEFT));
        keys.put(KeyName.R, Key.of(KeyCode.R));
        keys.put(KeyName.TAB, Key.of(KeyCode.TAB));
        keys.put(KeyName.SHIFT_TAB, Key.shift(KeyCode.TAB));
        keys.put(KeyName.ENTER, Key.of(KeyCode.ENTER));
        keys.put(KeyName.CTRL_Z, Key.shortcut(KeyCode.Z));
        keys.put(KeyName.N, Key.of(KeyCode.N));
        keys.put(KeyName.B, Key.of(KeyCode.B));
        keys.put(KeyName.T, Key.of(KeyCode.T));
        keys.put(KeyName.C, Key.of(KeyCode.C));
        keys.put(KeyName.L, Key.of(KeyCode.L));
        keys.put(KeyName.F1, Key.of(KeyCode.F1));
        keys.put(KeyName.QUESTION_MARK, Key.typed("?"));
        keys.put(KeyName.ESC, Key.of(KeyCode.ESCAPE));
        return keys;
    }

    private static Map<KeyName, Key> chooserNames() {
        Map<KeyName, Key> keys = new LinkedHashMap<>();
        keys.put(KeyName.DOWN, Key.of(KeyCode.DOWN));
        keys.put(KeyName.UP, Key.of(KeyCode.UP));
        keys.putAll(NAMED);
        return keys;
    }

    /** The key a name stands for (tests check that every hint tells the truth with it). */
    public static Key keyOf(KeyName name) {
        return CHOOSER_NAMED.get(name);
    }

    /**
     * The hints for the footer in {@code state}: the few actions that matter there, most important
     * first, each with every named key that does it now.
     */
    public static List<Hint> hints(State state) {
        List<Hint> hints = new ArrayList<>();
        for (Action action : shownIn(state)) {
            List<KeyName> keys = new ArrayList<>();
            (state.network() == Network.CHOOSER ? CHOOSER_NAMED : NAMED).forEach((name, key) -> {
                if (action(state, key) == action) {
                    keys.add(name);
                }
            });
            if (!keys.isEmpty()) {
                hints.add(new Hint(keys, action));
            }
        }
        return hints;
    }

    /** Which actions the footer names in {@code state}: what the teacher most likely does next. */
    private static List<Action> shownIn(State state) {
        if (state.setupOpen()) {
            return List.of(Action.APPLY_TEAMS, Action.CLOSE_TEAMS);
        }
        switch (state.network()) {
            case CHOOSER -> {
                return List.of(Action.OPEN_ADDRESS, Action.NEXT_ADDRESS, Action.PREVIOUS_ADDRESS, Action.CANCEL_NETWORK);
            }
            case SHOWN -> {
                return List.of(Action.HIDE_NETWORK, Action.LOCK_ROOM);
            }
            case FAILURE -> {
                return List.of(Action.CHOOSE_AGAIN, Action.CANCEL_NETWORK);
            }
            case OFF, HIDDEN -> { }
        }
        if (state.helpOpen()) {
            return List.of(Action.CLOSE_HELP);
        }
        if (state.blackout()) {
            return List.of(Action.END_BLACKOUT, Action.NEXT, Action.PREVIOUS);
        }
        if (state.entering() && state.canEnter()) {
            return state.holdingCard() ? List.of() : List.of(Action.RECORD, Action.NEXT_TEAM, Action.PREVIOUS_TEAM,
                    Action.UNDO, Action.STOP_ENTERING);
        }
        return switch (state.screen()) {
            case TITLE -> List.of(Action.NEXT, Action.TEAMS, Action.CLASS_NETWORK, Action.HELP, Action.LEAVE);
            case QUESTION -> state.teams()
                    ? withNetwork(state, Action.ENTER_ANSWERS, Action.REVEAL, Action.NEXT, Action.PREVIOUS, Action.HELP,
                    Action.LEAVE)
                    : withNetwork(state, Action.REVEAL, Action.NEXT, Action.PREVIOUS, Action.HELP, Action.LEAVE);
            case REVEALED -> withNetwork(state, Action.NEXT, Action.HIDE, Action.PREVIOUS, Action.HELP, Action.LEAVE);
            case END -> withNetwork(state, Action.PREVIOUS, Action.HELP, Action.LEAVE);
        };
    }

    /** {@code actions}, and before help and leaving how to show the hidden class network again. */
    private static List<Action> withNetwork(State state, Action... actions) {
        List<Action> shown = new ArrayList<>(List.of(actions));
        if (state.network() == Network.HIDDEN) {
            shown.add(shown.indexOf(Action.HELP), Action.CLASS_NETWORK);
        }
        return shown;
    }
}
