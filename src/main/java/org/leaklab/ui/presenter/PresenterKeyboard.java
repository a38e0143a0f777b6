package org.leaklab.ui.presenter;

import org.leaklab.ui.classnet.ClassNetworkViewModel;

/**
 * The presenter's keyboard: the state the keys depend on, now, taken from the view model; the
 * action of a key in it ({@link PresenterKeys}, the one pure mapping); and doing that action.
 * The view hands every key and typed character here and does only the part that needs its nodes
 * (where the focus goes).
 */
public final class PresenterKeyboard {
    private final PresenterViewModel presenter;
    private final TeamTurns turns;
    /** The key that opened the team form also types a character: that one is not the form's. */
    private boolean swallowTyped;

    PresenterKeyboard(PresenterViewModel presenter, TeamTurns turns) {
        this.presenter = presenter;
        this.turns = turns;
    }

    /** What the keys depend on, now. */
    public PresenterKeys.State state() {
        return new PresenterKeys.State(presenter.screen(),
                presenter.indexProperty().get() == presenter.caseData().scenarios().size(), presenter.hasClass(),
                presenter.isSetupOpen(), presenter.helpShownProperty().get(), presenter.blackoutProperty().get(),
                turns.isEntering(), turns.holdingCard(), network());
    }

    /** What of the class network is on screen. */
    private PresenterKeys.Network network() {
        ClassNetworkViewModel network = presenter.classNetwork();
        return switch (network.state()) {
            case CLOSED -> PresenterKeys.Network.OFF;
            case CHOOSING -> PresenterKeys.Network.CHOOSER;
            case OPEN -> network.shownProperty().get() ? PresenterKeys.Network.SHOWN : PresenterKeys.Network.HIDDEN;
            case FAILED -> PresenterKeys.Network.FAILURE;
        };
    }

    /** What {@code key} does now. */
    public PresenterKeys.Action actionFor(PresenterKeys.Key key) {
        return PresenterKeys.action(state(), key);
    }

    /**
     * A key pressed: does what it does now and returns it, {@link PresenterKeys.Action#TO_CONTROL}
     * when the focused control gets the key. The view does the part that needs its nodes.
     */
    public PresenterKeys.Action press(PresenterKeys.Key key) {
        swallowTyped = false;
        PresenterKeys.Action action = actionFor(key);
        if (action == PresenterKeys.Action.TO_CONTROL && !turns.isEntering() && !key.shortcut()
                && key.code().isDigitKey() && presenter.breakTie(digit(key.code()))) {
            return PresenterKeys.Action.BREAK_TIE; // a story step's tie, decided by the option's number
        }
        perform(action);
        // The "n" typed by the key that opens the team form must not land in its first name field.
        swallowTyped = action == PresenterKeys.Action.TEAMS;
        return action;
    }

    /** A character typed: does what it does now; true if the presenter took it from the focused control. */
    public boolean type(String character) {
        if (swallowTyped) {
            swallowTyped = false;
            return true;
        }
        PresenterKeys.Action action = actionFor(PresenterKeys.Key.typed(character));
        perform(action);
        return action != PresenterKeys.Action.TO_CONTROL;
    }

    /**
     * Does {@code action}. The view does the part that needs its nodes (where the focus goes
     * follows {@link PresenterViewModel#enteringProperty()}; a form's problem gets the focus).
     */
    public void perform(PresenterKeys.Action action) {
        switch (action) {
            case NEXT -> presenter.next();
            case PREVIOUS -> presenter.previous();
            case REVEAL, HIDE -> presenter.toggleReveal();
            case BLACKOUT, END_BLACKOUT -> presenter.toggleBlackout();
            case TIMER -> presenter.countdown().cycle();
            case TEAMS -> presenter.setUpTeams();
            case HELP, CLOSE_HELP -> presenter.toggleHelp();
            case ZOOM_IN -> presenter.zoomIn();
            case ZOOM_OUT -> presenter.zoomOut();
            case ZOOM_RESET -> presenter.resetZoom();
            case ENTER_ANSWERS -> presenter.startEntering();
            case NEXT_TEAM -> turns.move(1);
            case PREVIOUS_TEAM -> turns.move(-1);
            case RECORD -> turns.record();
            case UNDO -> presenter.undo();
            case STOP_ENTERING -> presenter.stopEntering();
            case APPLY_TEAMS -> presenter.applyTeams();
            case CLOSE_TEAMS -> presenter.escape();
            case LEAVE -> presenter.leave();
            case CLASS_NETWORK -> presenter.openClassNetwork();
            case HIDE_NETWORK -> presenter.classNetwork().hide();
            case LOCK_ROOM -> presenter.classNetwork().toggleLock();
            case NEXT_ADDRESS -> presenter.classNetwork().move(1);
            case PREVIOUS_ADDRESS -> presenter.classNetwork().move(-1);
            case OPEN_ADDRESS -> presenter.classNetwork().choose();
            case CHOOSE_AGAIN -> presenter.classNetwork().chooseAgain();
            case CANCEL_NETWORK -> presenter.classNetwork().cancel();
            case BREAK_TIE, TO_CONTROL -> { }
        }
    }

    /** 1 for the key 1 (or the keypad's), 0 for 0. */
    private static int digit(javafx.scene.input.KeyCode code) {
        String name = code.getName(); // "1", "Numpad 1"
        return Character.getNumericValue(name.charAt(name.length() - 1));
    }
}
