package org.leaklab.ui.presenter;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.leaklab.model.Scenario;
import org.leaklab.session.Leaderboard;
import org.leaklab.ui.common.Localization;

/**
 * Builds the class's results for a presenter slide from the {@link TeamGame}: after a reveal the
 * leaderboard bars and a ranking's class consensus, on the end screen the podium and the totals.
 * Nodes only; every state lives in the game.
 */
final class ResultPanels {
    private final TeamGame game;
    private final Localization localization;

    ResultPanels(TeamGame game, Localization localization) {
        this.game = game;
        this.localization = localization;
    }

    /**
     * The leaderboard and, for a ranking, the class consensus under it: one column, shown beside
     * the revealed answer, whose reference order is then right next to the class's.
     */
    Node results(Scenario scenario) {
        VBox column = new VBox();
        column.getStyleClass().add("team-results");
        column.getChildren().add(leaderboard(scenario));
        game.consensus(scenario).ifPresent(consensus -> column.getChildren().add(consensus(consensus)));
        return column;
    }

    private VBox leaderboard(Scenario scenario) {
        VBox box = new VBox();
        box.setId("teamLeaderboard");
        box.getStyleClass().addAll("team-leaderboard");
        Label title = new Label(localization.get("teams.leaderboard.title"));
        title.getStyleClass().add("team-results-title");
        Label caption = new Label(game.leaderboardCaption());
        caption.getStyleClass().add("team-results-caption");
        caption.setWrapText(true);
        box.getChildren().addAll(title, caption, bars(game.leaderboard(scenario), true));
        return box;
    }

    /**
     * The bars of a leaderboard in one grid: every bar's track is the same column, so one scale
     * holds for all (a 188 is longer than a 163, whatever the text after it).
     */
    private GridPane bars(List<Leaderboard.Row> rows, boolean withRound) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("leader-grid");
        ColumnConstraints rankColumn = new ColumnConstraints();
        rankColumn.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints nameColumn = new ColumnConstraints();
        nameColumn.setPercentWidth(34); // a long name wraps inside its column instead of squeezing the bars
        ColumnConstraints trackColumn = new ColumnConstraints();
        trackColumn.setHgrow(Priority.ALWAYS);
        trackColumn.setFillWidth(true);
        ColumnConstraints totalColumn = new ColumnConstraints();
        totalColumn.setMinWidth(Region.USE_PREF_SIZE);
        totalColumn.setHalignment(javafx.geometry.HPos.RIGHT);
        grid.getColumnConstraints().addAll(rankColumn, nameColumn, trackColumn, totalColumn);
        if (withRound) {
            ColumnConstraints roundColumn = new ColumnConstraints();
            roundColumn.setMinWidth(Region.USE_PREF_SIZE);
            grid.getColumnConstraints().add(roundColumn);
        }
        int line = 0;
        for (Leaderboard.Row row : rows) {
            String id = idOf(row.team());
            // Behind each line, one node that names the whole line for a screen reader and for tests.
            Region whole = new Region();
            whole.getStyleClass().add("leader-row");
            whole.setId("leaderRow-" + id);
            whole.setMouseTransparent(true);
            whole.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
            whole.setAccessibleText(withRound
                    ? localization.get("teams.leaderboard.accessible", row.rank(), row.team(), row.total(),
                    game.roundPointsText(row))
                    : localization.get("presenter.end.podium.place", row.rank(), row.team(), row.total()));
            grid.add(whole, 0, line, grid.getColumnConstraints().size(), 1);
            Label rank = new Label(game.rankText(row));
            rank.getStyleClass().add("leader-rank");
            rank.setId("leaderRank-" + id);
            rank.setMinWidth(Region.USE_PREF_SIZE);
            if (row.tied()) {
                whole.getStyleClass().add("tied");
                rank.getStyleClass().add("tied");
            }
            Label name = new Label(row.team());
            name.getStyleClass().add("leader-name");
            name.setWrapText(true);
            name.setMinWidth(0);
            StackPane track = track(row.share(), row.rank() == 1);
            track.setId("leaderTrack-" + id);
            Label total = new Label(Long.toString(row.total()));
            total.getStyleClass().add("leader-total");
            total.setId("leaderTotal-" + id);
            total.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(rank, 0, line);
            grid.add(name, 1, line);
            grid.add(track, 2, line);
            grid.add(total, 3, line);
            if (withRound) {
                Label round = new Label(game.roundPointsText(row));
                round.getStyleClass().add(row.roundPoints().isPresent() ? "leader-round" : "leader-round-none");
                round.setId("leaderRound-" + id);
                round.setMinWidth(Region.USE_PREF_SIZE);
                grid.add(round, 4, line);
            }
            line++;
        }
        return grid;
    }

    /**
     * A bar in its track: {@code share} of the track long, on one scale with the other lines of its
     * grid; {@code highlighted} for the leader, the right option, the reported figure.
     */
    private static StackPane track(double share, boolean highlighted) {
        Region bar = new Region();
        bar.getStyleClass().add("leader-bar");
        if (highlighted) {
            bar.getStyleClass().add("leader-bar-first");
        }
        StackPane track = new StackPane(bar);
        track.getStyleClass().add("leader-track");
        StackPane.setAlignment(bar, Pos.CENTER_LEFT);
        bar.maxWidthProperty().bind(track.widthProperty().subtract(4).multiply(Math.max(0.01, share)));
        bar.prefWidthProperty().bind(bar.maxWidthProperty());
        track.setMinWidth(0);
        track.setMaxWidth(Double.MAX_VALUE);
        track.setMaxHeight(Region.USE_PREF_SIZE); // a wrapped name makes the line taller, not the bar
        GridPane.setValignment(track, javafx.geometry.VPos.CENTER);
        return track;
    }

    /**
     * What the class's devices answered, beside the revealed reference: a choice's share per option
     * or an estimate's price bins as bars (the reference's bar marked), a ranking's consensus and
     * where the class put each item.
     */
    Node roomAnswers(RoomAnswers answers) {
        VBox box = new VBox();
        box.setId("roomAnswers");
        box.getStyleClass().addAll("team-leaderboard", "room-answers");
        if (answers.story().stream().anyMatch(group -> !group.options().isEmpty())) {
            box.getStyleClass().add("room-answers-story"); // the whole slide's width: the slide's own size
        }
        Label title = new Label(answers.title());
        title.getStyleClass().add("team-results-title");
        title.setWrapText(true);
        Label caption = new Label(answers.caption());
        caption.getStyleClass().add("team-results-caption");
        caption.setWrapText(true);
        box.getChildren().addAll(title, caption);
        if (!answers.bars().isEmpty()) {
            ColumnConstraints labelColumn = new ColumnConstraints();
            labelColumn.setMinWidth(Region.USE_PREF_SIZE);
            GridPane grid = barGrid(labelColumn);
            int line = 0;
            for (RoomAnswers.Bar bar : answers.bars()) {
                Label label = new Label(bar.label());
                label.getStyleClass().add("leader-name");
                if (bar.marked()) {
                    label.getStyleClass().add("room-marked");
                }
                StackPane track = track(bar.share(), bar.marked());
                track.setId("roomBar-" + line);
                track.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
                track.setAccessibleText(localization.get("presenter.hint.pair", bar.label(), bar.value()));
                Label value = new Label(bar.value());
                value.getStyleClass().add("leader-total");
                value.setId("roomValue-" + line);
                grid.add(label, 0, line);
                grid.add(track, 1, line);
                grid.add(value, 2, line);
                line++;
            }
            box.getChildren().add(grid);
        }
        answers.consensus().ifPresent(consensus -> {
            Label score = new Label(localization.get("teams.consensus.title", consensus.score()));
            score.setId("roomConsensus");
            score.getStyleClass().add("room-consensus-title");
            score.setWrapText(true);
            Label ballots = new Label(consensus.ballots());
            ballots.getStyleClass().add("team-results-caption");
            ballots.setWrapText(true);
            box.getChildren().addAll(score, ballots);
        });
        if (!answers.notes().isEmpty()) {
            VBox notes = column(answers.notes());
            notes.setId("roomNotes");
            box.getChildren().add(notes);
        }
        for (RoomAnswers.StoryGroup group : answers.story()) {
            box.getChildren().add(storyGroup(group, box.getChildren().size()));
        }
        answers.consensus().flatMap(ClassConsensus::discussion).ifPresent(text -> {
            Label discuss = new Label(localization.get("teams.consensus.discuss", text));
            discuss.getStyleClass().add("consensus-discussion");
            discuss.setWrapText(true);
            box.getChildren().add(discuss);
        });
        return box;
    }

    /** A grid of bars: what each counts in {@code labelColumn}, then the bar's track, then its figure. */
    private static GridPane barGrid(ColumnConstraints labelColumn) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("leader-grid");
        ColumnConstraints trackColumn = new ColumnConstraints();
        trackColumn.setHgrow(Priority.ALWAYS);
        trackColumn.setFillWidth(true);
        ColumnConstraints valueColumn = new ColumnConstraints();
        valueColumn.setMinWidth(Region.USE_PREF_SIZE);
        valueColumn.setHalignment(javafx.geometry.HPos.RIGHT);
        grid.getColumnConstraints().addAll(labelColumn, trackColumn, valueColumn);
        return grid;
    }

    /** One group's story step: its decision, each way with its votes once counted, and a tie to break. */
    private VBox storyGroup(RoomAnswers.StoryGroup group, int index) {
        VBox box = new VBox();
        box.setId("roomStory-" + index);
        box.getStyleClass().add("room-story-group");
        Label name = new Label(group.group());
        name.getStyleClass().add("room-consensus-title");
        Label node = new Label(group.node());
        node.getStyleClass().add("room-story-node");
        node.setWrapText(true);
        box.getChildren().addAll(name, node);
        ColumnConstraints optionColumn = new ColumnConstraints();
        optionColumn.setPercentWidth(55); // a long way wraps in its column instead of squeezing the bars
        GridPane grid = barGrid(optionColumn);
        int line = 0;
        boolean counted = group.options().stream().anyMatch(bar -> !bar.value().isEmpty());
        for (RoomAnswers.Bar option : group.options()) {
            Label text = new Label(option.label());
            text.setWrapText(true);
            text.setMinWidth(0);
            if (option.marked()) {
                text.getStyleClass().add("room-marked");
            }
            grid.add(text, 0, line);
            if (counted) {
                grid.add(track(option.share(), option.marked()), 1, line);
                Label votes = new Label(option.value());
                votes.getStyleClass().add("leader-total");
                grid.add(votes, 2, line);
            }
            line++;
        }
        box.getChildren().add(grid);
        group.outcome().ifPresent(text -> {
            Label tie = new Label(text);
            tie.setId("roomStoryTie-" + index);
            tie.getStyleClass().add("consensus-discussion");
            tie.setWrapText(true);
            box.getChildren().add(tie);
        });
        return box;
    }

    /** A node id part from a team name: letters and digits kept, the rest "_". */
    private static String idOf(String team) {
        return team.replaceAll("[^\\p{Alnum}]", "_");
    }

    private VBox consensus(ClassConsensus consensus) {
        VBox box = new VBox();
        box.setId("teamConsensus");
        box.getStyleClass().add("team-consensus");
        Label title = new Label(localization.get("teams.consensus.title", consensus.score()));
        title.getStyleClass().add("team-results-title");
        title.setWrapText(true);
        Label ballots = new Label(consensus.ballots());
        ballots.getStyleClass().add("team-results-caption");
        ballots.setWrapText(true);
        VBox ours = column(consensus.consensusLines());
        box.getChildren().addAll(title, ballots, ours);
        consensus.discussion().ifPresent(text -> {
            Label discuss = new Label(localization.get("teams.consensus.discuss", text));
            discuss.setId("teamConsensusDiscussion");
            discuss.getStyleClass().add("consensus-discussion");
            discuss.setWrapText(true);
            box.getChildren().add(discuss);
        });
        return box;
    }

    private static VBox column(List<String> lines) {
        VBox column = new VBox();
        column.getStyleClass().add("consensus-column");
        for (String line : lines) {
            Label label = new Label(line);
            label.setWrapText(true);
            label.getStyleClass().add("consensus-line");
            column.getChildren().add(label);
        }
        HBox.setHgrow(column, Priority.ALWAYS);
        column.setMinWidth(0);
        column.setPrefWidth(100);
        return column;
    }

    // ---- the end screen ---------------------------------------------------------------------------

    /**
     * The podium: the first place in the middle and highest, the second to its left, the third to
     * its right, as on a sports podium; teams that share a place stand on the same step.
     */
    Node podium() {
        List<Leaderboard.PodiumStep> steps = game.podium();
        HBox podium = new HBox();
        podium.setId("podium");
        podium.getStyleClass().add("podium");
        podium.setAlignment(Pos.BOTTOM_CENTER);
        int[] order = steps.size() >= 3 ? new int[] {1, 0, 2} : steps.size() == 2 ? new int[] {1, 0} : new int[] {0};
        for (int position : order) {
            if (position >= steps.size()) {
                continue;
            }
            Leaderboard.PodiumStep step = steps.get(position);
            VBox block = new VBox();
            block.getStyleClass().addAll("podium-step", "podium-step-" + (position + 1));
            block.setId("podiumStep-" + step.rank());
            block.setAlignment(Pos.TOP_CENTER);
            Label names = new Label(String.join("\n", step.teams()));
            names.getStyleClass().add("podium-names");
            names.setWrapText(true);
            names.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            names.setMinWidth(0);
            Label points = new Label(localization.get("presenter.end.points", step.total()));
            points.getStyleClass().add("podium-points");
            Region stand = new Region();
            Label place = new Label(Integer.toString(step.rank()));
            place.getStyleClass().add("podium-place");
            StackPane base = new StackPane(stand, place);
            base.getStyleClass().addAll("podium-base", "podium-base-" + (position + 1));
            block.getChildren().addAll(names, points, base);
            block.setAccessibleText(localization.get("presenter.end.podium.place", step.rank(),
                    String.join(", ", step.teams()), step.total()));
            HBox.setHgrow(block, Priority.ALWAYS);
            block.setMaxWidth(Double.MAX_VALUE);
            block.setMinWidth(0);
            block.setPrefWidth(100);
            podium.getChildren().add(block);
        }
        return podium;
    }

    /** Every team's total at the end, on one scale. */
    Node totals() {
        VBox box = new VBox();
        box.setId("teamTotals");
        box.getStyleClass().add("team-leaderboard");
        Label title = new Label(localization.get("presenter.end.totals"));
        title.getStyleClass().add("team-results-title");
        Label caption = new Label(game.totalsCaption());
        caption.getStyleClass().add("team-results-caption");
        caption.setWrapText(true);
        box.getChildren().addAll(title, caption, bars(game.totals(), false));
        return box;
    }
}
