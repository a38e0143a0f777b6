package org.leaklab.ui.presenter;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.leaklab.model.Scenario;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.kinds.ScenarioKinds;
import org.leaklab.ui.scenario.TeamEditing;

/**
 * Builds the team parts of a presenter slide from the {@link TeamGame}: one compact entry panel
 * per team, the teams on the title slide, the team form's fields (the results after a reveal and
 * at the end are {@link ResultPanels}). Nodes only; every state lives in the game.
 */
final class TeamPanels {
    /** Key under which a team panel keeps its team index in its properties. */
    static final String TEAM = "leaklab.team";

    private final TeamGame game;
    private final Localization localization;

    TeamPanels(TeamGame game, Localization localization) {
        this.game = game;
        this.localization = localization;
    }

    // ---- entry ------------------------------------------------------------------------------

    /** The entry panels for {@code scenario}, one per team, in a wrapping row. */
    Node entryPanels(Scenario scenario, Runnable undo, java.util.function.IntConsumer record) {
        VBox box = new VBox();
        box.getStyleClass().add("team-entry");
        Label title = new Label(localization.get("teams.entry.title", game.answeredCount(scenario),
                game.teams().size()));
        title.setId("teamEntryTitle");
        title.getStyleClass().add("team-entry-title");
        title.setWrapText(true);
        Button undoButton = new Button(localization.get("teams.undo"));
        undoButton.setId("teamUndo");
        undoButton.setDisable(!game.canUndo(scenario));
        undoButton.setFocusTraversable(false);
        undoButton.setOnAction(event -> undo.run());
        undoButton.setMinWidth(Region.USE_PREF_SIZE);
        // What was last done sits in the heading row, beside Undo, which takes it back.
        Label last = new Label(game.lastActionText());
        last.setId("teamLastAction");
        last.getStyleClass().add("team-last-action");
        // One line: a wrapping label in a row is measured at its preferred width, and the row came out
        // too low for it, so the panels below ran over the heading.
        last.setWrapText(false);
        last.setMinWidth(0);
        last.setMaxWidth(Double.MAX_VALUE);
        last.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(last, Priority.ALWAYS);
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(title, last, undoButton);
        head.getStyleClass().add("team-entry-head");
        head.setAlignment(Pos.CENTER_LEFT);
        FlowPane panels = new FlowPane();
        panels.getStyleClass().add("team-panels");
        // Cards of different heights (a long name, a wrapped answer) line up at the top, under the heading.
        panels.setRowValignment(javafx.geometry.VPos.TOP);
        for (TeamEntry entry : game.entries(scenario)) {
            panels.getChildren().add(panel(scenario, entry, record));
        }
        box.getChildren().addAll(head, panels);
        return box;
    }

    private Node panel(Scenario scenario, TeamEntry entry, java.util.function.IntConsumer recordAnswer) {
        int team = entry.team();
        boolean answered = game.hasAnswered(scenario, team);
        VBox panel = new Card();
        panel.getStyleClass().add("team-panel");
        if (answered) {
            panel.getStyleClass().add("answered");
        }
        panel.setId("teamPanel-" + team);
        panel.getProperties().put(TEAM, team);
        boolean ranking = isRanking(scenario);
        if (ranking) {
            panel.getStyleClass().add("team-panel-ranking");
        }
        Label name = new Label(game.teams().get(team));
        name.getStyleClass().add("team-panel-name");
        name.setWrapText(true);

        // A recorded ranking shows on the board itself; other answers are summed up in words.
        Label state = new Label(!answered ? localization.get("teams.entry.waiting")
                : ranking ? "\u2713 " + localization.get("teams.entry.recordedShort")
                : "\u2713 " + game.answerText(scenario, team));
        state.getStyleClass().add("team-panel-state");
        state.setId("teamState-" + team);
        state.setWrapText(true);
        Node editor = editor(entry);
        Label problem = new Label();
        problem.getStyleClass().add("team-panel-problem");
        problem.setId("teamProblem-" + team);
        problem.setWrapText(true);
        problem.textProperty().bind(entry.problemProperty());
        problem.visibleProperty().bind(entry.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Button record = new Button(localization.get(answered ? "teams.entry.change" : "teams.entry.record"));
        record.setId("teamRecord-" + team);
        record.getStyleClass().add("team-record");
        // Enter records from the keyboard; the button is for the mouse, so Tab goes from team to team.
        record.setFocusTraversable(false);
        record.setOnAction(event -> recordAnswer.accept(team));
        state.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(state, Priority.ALWAYS);
        record.setMinWidth(Region.USE_PREF_SIZE);
        HBox foot = new HBox(state, record);
        state.setMinWidth(0);
        foot.getStyleClass().add("team-panel-foot");
        foot.setAlignment(Pos.CENTER_LEFT);
        panel.getChildren().addAll(name, editor, problem, foot);
        return panel;
    }

    /**
     * A team's card. Its width is set (in CSS), and its height is measured for that width: a
     * FlowPane asks for the height without a width, and a long name or a wrapped answer would then
     * be measured on one line and run out of the card, or push it up over the heading.
     */
    private static final class Card extends VBox {
        @Override
        protected double computePrefHeight(double width) {
            return super.computePrefHeight(width < 0 ? prefWidth(-1) : width);
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }
    }

    /** A ranking is entered on a board of its own; the other kinds on a line of controls. */
    static boolean isRanking(Scenario scenario) {
        return ScenarioKinds.of(scenario).entersOnBoard();
    }

    /** The controls of {@code entry}'s draft, from its scenario's kind. */
    private Node editor(TeamEntry entry) {
        return entry.kind().teamEditor(entry.draft(), new TeamEditing(entry.team(), game.teams().get(entry.team()),
                game.caseData(), localization));
    }

    /** The first control of a team's panel that takes the keyboard focus. */
    static Optional<Node> focusTarget(Node panel) {
        if (panel.isFocusTraversable() && !(panel instanceof Region r && r.getStyleClass().contains("team-panel"))) {
            return Optional.of(panel);
        }
        if (panel instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (child.isVisible() && !child.isDisabled()) {
                    Optional<Node> found = focusTarget(child);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }

    // ---- title slide ------------------------------------------------------------------------

    /**
     * On the title slide: the teams (or none yet), the button that sets them up and, once a class
     * is under way, the one that starts a new class.
     */
    Node teamsOnTitle(Runnable setUp, Runnable newClass) {
        VBox box = new VBox();
        box.getStyleClass().add("team-title-box");
        Label list = new Label(game.hasTeams()
                ? localization.get("teams.title.list", game.teams().size(), String.join(", ", game.teams()))
                : localization.get("teams.title.none"));
        list.setId("teamTitleList");
        list.getStyleClass().add("team-title-list");
        list.setWrapText(true);
        Button button = new Button(localization.get(game.hasTeams() ? "teams.title.change" : "teams.title.setUp"));
        button.setId("setUpTeams");
        button.getStyleClass().add("accent-button");
        button.setOnAction(event -> setUp.run());
        FlowPane buttons = new FlowPane(button);
        buttons.getStyleClass().add("team-setup-buttons");
        if (game.hasTeams()) {
            buttons.getChildren().add(newClassButton(newClass));
        }
        box.getChildren().addAll(list, buttons);
        return box;
    }

    /** Starts a new class once this one is saved; it can be continued from the class history. */
    Button newClassButton(Runnable newClass) {
        Button button = new Button(localization.get("teams.title.newClass"));
        button.setId("newClass");
        button.setOnAction(event -> newClass.run());
        button.disableProperty().bind(game.savingProperty());
        return button;
    }
}
