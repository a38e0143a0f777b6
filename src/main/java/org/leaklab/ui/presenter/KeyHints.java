package org.leaklab.ui.presenter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.leaklab.ui.common.Localization;

/**
 * The presenter's key hints in words, from {@link PresenterKeys#hints}: each key as the teacher
 * finds it on the keyboard, each action as what it does in the state the teacher is in.
 */
final class KeyHints {
    private final Localization localization;

    KeyHints(Localization localization) {
        this.localization = Objects.requireNonNull(localization);
    }

    /**
     * The hints for {@code state}: keys and what they do ({"→ / Space", "next scenario"}); while a
     * ranking's card is held, the board's own keys.
     *
     * @param classKept a class is under way, so leaving keeps it (Escape says so)
     */
    List<String[]> of(PresenterKeys.State state, boolean classKept) {
        return of(state, classKept, "presenter.do.reveal");
    }

    /**
     * The hints, R described by the bundle key {@code revealKey}: while the devices vote on a story
     * step by step, R counts the votes or opens the next decision instead of revealing the answer.
     */
    List<String[]> of(PresenterKeys.State state, boolean classKept, String revealKey) {
        if (state.holdingCard()) {
            return List.of(new String[] {"\u2191 \u2193", localization.get("presenter.hint.moveCard")},
                    new String[] {name(PresenterKeys.KeyName.SPACE) + " / " + name(PresenterKeys.KeyName.ENTER),
                            localization.get("presenter.hint.dropCard")},
                    new String[] {"Esc", localization.get("presenter.hint.cancelCard")});
        }
        List<String[]> parts = new ArrayList<>();
        for (PresenterKeys.Hint hint : PresenterKeys.hints(state)) {
            parts.add(new String[] {names(hint.keys()), hint.action() == PresenterKeys.Action.REVEAL
                    ? localization.get(revealKey) : describe(hint.action(), state, classKept)});
        }
        return parts;
    }

    /** The hints in one line: "→ / Space: next scenario · R: reveal the answer · …". */
    String line(PresenterKeys.State state, boolean classKept) {
        return line(of(state, classKept));
    }

    /** {@code hints} in one line. */
    String line(List<String[]> hints) {
        return String.join("  \u00b7  ", hints.stream()
                .map(h -> localization.get("presenter.hint.pair", h[0], h[1])).toList());
    }

    /** The title slide's line that says how to begin: "Press → or Space to begin." */
    String start() {
        List<PresenterKeys.KeyName> keys = PresenterKeys.hints(PresenterKeys.State.slide(PresenterKeys.Screen.TITLE))
                .stream().filter(h -> h.action() == PresenterKeys.Action.NEXT).findFirst()
                .map(PresenterKeys.Hint::keys).orElse(List.of());
        return localization.get("presenter.start", String.join(localization.get("presenter.keys.or"),
                keys.stream().map(this::name).toList()));
    }

    private String names(List<PresenterKeys.KeyName> keys) {
        return String.join(" / ", keys.stream().map(this::name).toList());
    }

    private String name(PresenterKeys.KeyName key) {
        return switch (key) {
            case RIGHT -> "\u2192";
            case LEFT -> "\u2190";
            case UP -> "\u2191";
            case DOWN -> "\u2193";
            case SPACE -> localization.get("presenter.keyName.space");
            case TAB -> "Tab";
            case SHIFT_TAB -> localization.get("presenter.keyName.shiftTab");
            case ENTER -> localization.get("presenter.keyName.enter");
            case ESC -> "Esc";
            case F1 -> "F1";
            case QUESTION_MARK -> "?";
            case R -> "R";
            case B -> "B";
            case T -> "T";
            case N -> "N";
            case C -> "C";
            case L -> "L";
            case CTRL_Z -> localization.get("presenter.keyName.ctrlZ");
        };
    }

    /** What {@code action} does, in words, for a hint in {@code state}. */
    private String describe(PresenterKeys.Action action, PresenterKeys.State state, boolean classKept) {
        return localization.get(switch (action) {
            case NEXT -> switch (state.screen()) {
                case TITLE -> "presenter.do.begin";
                case QUESTION, REVEALED -> state.lastScenario() ? "presenter.do.end" : "presenter.do.next";
                case END -> "presenter.do.next";
            };
            case PREVIOUS -> "presenter.do.previous";
            case REVEAL -> "presenter.do.reveal";
            case HIDE -> "presenter.do.hide";
            case BLACKOUT -> "presenter.do.blackout";
            case END_BLACKOUT -> "presenter.do.endBlackout";
            case TIMER -> "presenter.do.timer";
            case TEAMS -> "presenter.do.teams";
            case HELP -> "presenter.do.help";
            case CLOSE_HELP -> "presenter.do.closeHelp";
            case ZOOM_IN, ZOOM_OUT, ZOOM_RESET -> "presenter.help.zoom";
            case ENTER_ANSWERS -> "presenter.do.enterAnswers";
            case NEXT_TEAM -> "presenter.do.nextTeam";
            case PREVIOUS_TEAM -> "presenter.do.previousTeam";
            case RECORD -> "presenter.do.record";
            case UNDO -> "presenter.do.undo";
            case STOP_ENTERING -> "presenter.do.stopEntering";
            case APPLY_TEAMS -> "presenter.do.applyTeams";
            case CLOSE_TEAMS -> "presenter.do.closeTeams";
            case CLASS_NETWORK -> state.network() == PresenterKeys.Network.HIDDEN
                    ? "presenter.do.showNetwork" : "presenter.do.classNetwork";
            case HIDE_NETWORK -> "presenter.do.hideNetwork";
            case LOCK_ROOM -> "presenter.do.lockRoom";
            case NEXT_ADDRESS -> "presenter.do.nextAddress";
            case PREVIOUS_ADDRESS -> "presenter.do.previousAddress";
            case OPEN_ADDRESS -> "presenter.do.openAddress";
            case CHOOSE_AGAIN -> "presenter.do.chooseAgain";
            case CANCEL_NETWORK -> state.network() == PresenterKeys.Network.FAILURE
                    ? "presenter.do.closeNetworkCard" : "presenter.do.cancelNetwork";
            case LEAVE -> classKept ? "presenter.do.leaveKept" : "presenter.do.leave";
            case BREAK_TIE -> "presenter.do.breakTie";
            case TO_CONTROL -> throw new IllegalArgumentException("the focused control's key, not the presenter's");
        });
    }
}
