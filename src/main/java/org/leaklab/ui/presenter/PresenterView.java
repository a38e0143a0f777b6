package org.leaklab.ui.presenter;

import static org.leaklab.ui.presenter.SlideLayout.SHARE;
import static org.leaklab.ui.presenter.SlideLayout.fill;
import static org.leaklab.ui.presenter.SlideLayout.shareWidth;
import static org.leaklab.ui.presenter.SlideLayout.show;

import java.util.List;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.leaklab.model.Scenario;
import org.leaklab.ui.common.ViewLoader;

/**
 * Controller of Presenter.fxml: renders the current slide, turns keys into the view model's
 * actions ({@link PresenterKeys}) and makes the keyboard focus follow the view model's state.
 */
public final class PresenterView {
    private final PresenterViewModel viewModel;
    private final ViewLoader viewLoader;
    private final ChangeListener<Number> slideFollower = (obs, old, now) -> showSlide();
    private final ChangeListener<Boolean> revealFollower = (obs, old, now) -> revealChanged();
    private final ChangeListener<Number> timerFollower = (obs, old, now) -> renderTimer();
    private final ChangeListener<Number> hintFollower = (obs, old, now) -> renderHints();
    private final ChangeListener<Boolean> enteringFollower = (obs, old, now) -> followEntry();
    private final ChangeListener<Number> enteringTeamFollower = (obs, old, now) -> followEntry();
    private final ChangeListener<Number> teamFollower = (obs, old, now) -> renderTeams();
    private final ChangeListener<Boolean> setupFollower = (obs, old, now) -> renderSetup();
    private final EventHandler<MouseEvent> clicks = this::onMousePressed;
    private final ChangeListener<Object> roomFollower = (obs, old, now) -> renderRoom();
    /** What the slide shows of the class's devices, to redraw only when it changes. */
    private Optional<RoomAnswers> roomShown = Optional.empty();
    private final ChangeListener<Boolean> problemFollower = (obs, old, now) -> renderProblem();
    private final EventHandler<KeyEvent> keys = this::onKeyPressed;
    private final EventHandler<KeyEvent> typed = this::onKeyTyped;
    private final EventHandler<KeyEvent> released = event -> renderHints();
    private final Timeline clock = new Timeline(new KeyFrame(Duration.seconds(1), event -> tick()));

    @FXML
    private StackPane root;
    @FXML
    private Label progressLabel;
    @FXML
    private Label timerLabel;
    @FXML
    private Button problemBadge;
    @FXML
    private Button networkBadge;
    @FXML
    private Button networkButton;
    @FXML
    private StackPane networkLayer;
    @FXML
    private Label titleLabel;
    @FXML
    private Label promptLabel;
    @FXML
    private Label taskLabel;
    @FXML
    private Label roomCountLabel;
    @FXML
    private VBox roomColumn;
    @FXML
    private Label startLabel;
    @FXML
    private TilePane itemTiles;
    @FXML
    private VBox choiceList;
    @FXML
    private VBox answerBox;
    @FXML
    private VBox answerList;
    @FXML
    private VBox whyList;
    @FXML
    private VBox lessonBox;
    @FXML
    private Label lessonTitle;
    @FXML
    private Label lessonText;
    @FXML
    private HBox columns;
    @FXML
    private VBox endBox;
    @FXML
    private HBox endResults;
    @FXML
    private HBox endLessons;
    @FXML
    private FlowPane hintBox;
    @FXML
    private Region blackout;
    @FXML
    private StackPane helpOverlay;
    @FXML
    private GridPane helpTable;
    @FXML
    private BorderPane slide;
    @FXML
    private VBox teamArea;
    @FXML
    private VBox resultColumn;
    @FXML
    private ScrollPane slideScroll;
    @FXML
    private StackPane setupOverlay;
    @FXML
    private Label setupNote;
    @FXML
    private VBox setupFields;
    @FXML
    private Button addTeamButton;
    @FXML
    private Button removeTeamButton;
    private TeamPanels panels;
    private TeamFormPane form;
    private ResultPanels resultPanels;
    /** Held for its listeners as long as this view lives. */
    private NetworkLayer networkPart;
    /** Shares the columns' width again, after the answer's and the leaderboard's shares changed. */
    private Runnable reshareColumns = () -> { };

    /**
     * @param viewLoader loads the class network's view into the slide
     */
    public PresenterView(PresenterViewModel viewModel, ViewLoader viewLoader) {
        this.viewModel = viewModel;
        this.viewLoader = viewLoader;
    }

    @FXML
    private void initialize() {
        blackout.visibleProperty().bind(viewModel.blackoutProperty());
        helpOverlay.visibleProperty().bind(viewModel.helpShownProperty());
        int row = 0;
        for (String[] key : viewModel.texts().keyHelp()) {
            Label keys = new Label(key[0]);
            keys.getStyleClass().add("key-cap");
            keys.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(key[1]);
            what.setWrapText(true);
            helpTable.addRow(row++, keys, what);
        }
        TeamGame game = viewModel.teams();
        panels = new TeamPanels(game, viewModel.localization());
        resultPanels = new ResultPanels(game, viewModel.localization());
        game.revisionProperty().addListener(new WeakChangeListener<>(teamFollower));
        game.setupShownProperty().addListener(new WeakChangeListener<>(setupFollower));
        form = new TeamFormPane(setupOverlay, setupFields, setupNote, addTeamButton, removeTeamButton,
                viewModel.localization());
        problemBadge.setText(viewModel.badge().text());
        problemBadge.visibleProperty().bind(viewModel.badge().shownProperty());
        viewModel.badge().shownProperty().addListener(new WeakChangeListener<>(problemFollower));
        problemBadge.managedProperty().bind(problemBadge.visibleProperty());
        networkPart = new NetworkLayer(viewModel.classNetwork(), networkLayer, slideScroll, networkBadge, viewLoader,
                root::requestFocus);
        viewModel.classNetwork().statusProperty().addListener(new WeakChangeListener<>(roomFollower));
        roomColumn.getProperties().put(SHARE, 2.0);
        show(roomColumn, false); // nothing of the devices until renderRoom has something to show
        renderSetup();
        viewModel.indexProperty().addListener(new WeakChangeListener<>(slideFollower));
        viewModel.revealedProperty().addListener(new WeakChangeListener<>(revealFollower));
        viewModel.countdown().secondsLeftProperty().addListener(new WeakChangeListener<>(timerFollower));
        viewModel.countdown().lengthProperty().addListener(new WeakChangeListener<>(timerFollower));
        viewModel.hintRevisionProperty().addListener(new WeakChangeListener<>(hintFollower));
        viewModel.enteringProperty().addListener(new WeakChangeListener<>(enteringFollower));
        viewModel.enteringTeamProperty().addListener(new WeakChangeListener<>(enteringTeamFollower));
        // Keys are caught on the scene, wherever the focus is; the view is loaded again on a
        // language switch, so the handlers move to the new scene root's scene with it.
        root.sceneProperty().addListener((obs, old, now) -> moveKeys(old, now));
        moveKeys(null, root.getScene());
        clock.setCycleCount(Animation.INDEFINITE);
        // The hints wrap at the footer's width, not at FlowPane's default of 400 pixels.
        hintBox.prefWrapLengthProperty().bind(slide.widthProperty().multiply(0.95));
        // Beside a long answer the leaderboard needs less room than the answer does.
        resultColumn.getProperties().put(SHARE, 2.0);
        choiceList.getProperties().put(SHARE, 3.0);
        answerBox.getProperties().put(SHARE, 3.0);
        reshareColumns = shareWidth(columns);
        shareWidth(endResults);
        shareWidth(endLessons);
        render();
        renderTimer();
    }

    private void moveKeys(Scene old, Scene now) {
        if (old != null) {
            old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            old.removeEventFilter(KeyEvent.KEY_TYPED, typed);
            old.removeEventHandler(KeyEvent.KEY_RELEASED, released);
            old.removeEventFilter(MouseEvent.MOUSE_PRESSED, clicks);
            clock.stop();
        }
        if (now != null) {
            now.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            now.addEventFilter(KeyEvent.KEY_TYPED, typed);
            now.addEventHandler(KeyEvent.KEY_RELEASED, released);
            now.addEventFilter(MouseEvent.MOUSE_PRESSED, clicks);
            clock.play();
            // The slide keys first: else the scene gives the focus to its first field or button,
            // and the arrows would move a caret instead of the slides.
            Platform.runLater(() -> {
                if (root.getScene() == now) {
                    followEntry();
                }
            });
        }
    }

    private void tick() {
        viewModel.countdown().tick();
    }

    // ---- keys ---------------------------------------------------------------------------------

    private void onKeyPressed(KeyEvent event) {
        Node focus = root.getScene().getFocusOwner();
        PresenterKeys.Action action = viewModel.keyboard().press(new PresenterKeys.Key(event.getCode(), "",
                event.isShortcutDown(), event.isShiftDown(), focus instanceof ButtonBase));
        if (action == PresenterKeys.Action.TO_CONTROL) {
            return;
        }
        event.consume();
        switch (action) {
            case APPLY_TEAMS -> focusAfterApply();
            case RECORD -> followEntry(); // a draft that is not an answer yet keeps its panel, with its message
            default -> { }
        }
        renderHints();
    }

    private void onKeyTyped(KeyEvent event) {
        if (viewModel.keyboard().type(event.getCharacter())) {
            event.consume();
            renderHints();
        }
    }

    /** The focus follows the state: into the panel of the team being entered, else on the slide. */
    private void followEntry() {
        if (root.getScene() == null || viewModel.isSetupOpen()) {
            return;
        }
        if (viewModel.enteringProperty().get()) {
            focusPanel(viewModel.enteringTeamProperty().get());
        } else if (teamPanelOf(root.getScene().getFocusOwner()) != null || root.getScene().getFocusOwner() == null) {
            root.requestFocus(); // out of the panels: the slide keys work again
        }
        renderHints();
    }

    /** A click into a team's panel starts entering its answer; a click elsewhere ends it. */
    private void onMousePressed(MouseEvent event) {
        Node panel = event.getPickResult() == null ? null : teamPanelOf(event.getPickResult().getIntersectedNode());
        viewModel.click(panel == null ? -1 : (Integer) panel.getProperties().get(TeamPanels.TEAM));
    }

    // ---- the slide ----------------------------------------------------------------------------

    private void render() {
        renderSlide();
        renderRoom();
        renderTeams();
        reshareColumns.run();
        renderHints();
        renderTimer();
    }

    private void renderSlide() {
        progressLabel.setText(viewModel.texts().progressText());
        titleLabel.setText(viewModel.texts().title());
        promptLabel.setText(viewModel.texts().prompt());
        // A choice's reveal repeats every option under the title: its question makes room for them.
        show(promptLabel, !(viewModel.revealedProperty().get() && viewModel.texts().isWideAnswer()));
        boolean revealed = viewModel.revealedProperty().get();
        boolean end = viewModel.isEnd();
        taskLabel.setText(viewModel.texts().taskText());
        // Once revealed, the task is done: its line makes room for the answer and the leaderboard.
        show(taskLabel, !viewModel.texts().taskText().isEmpty() && !revealed);
        startLabel.setText(viewModel.startText());
        show(startLabel, viewModel.screen() == PresenterKeys.Screen.TITLE);
        show(networkButton, viewModel.screen() == PresenterKeys.Screen.TITLE);
        boolean ranking = viewModel.scenario().map(TeamPanels::isRanking).orElse(false);
        itemTiles.getChildren().clear();
        itemTiles.setPrefColumns(2);
        if (ranking && !revealed) {
            for (String item : viewModel.texts().choices()) {
                Label tile = new Label(item);
                tile.getStyleClass().add("presenter-item");
                tile.setWrapText(true);
                itemTiles.getChildren().add(tile);
            }
        }
        show(itemTiles, !itemTiles.getChildren().isEmpty());
        // After the reveal the answer lists every option again, and the leaderboard stands beside it;
        // renderRoom shows the list (or the devices' decision of a story in its place).
        fill(choiceList, ranking || revealed ? List.of() : viewModel.texts().choices(), "presenter-choice");
        show(answerBox, revealed);
        answerList.getChildren().clear();
        // A choice lists every option with its explanation: set smaller, with a narrower leaderboard beside it.
        boolean many = revealed && viewModel.texts().isWideAnswer();
        answerBox.getStyleClass().remove("many");
        if (many) {
            answerBox.getStyleClass().add("many");
        }
        answerBox.getProperties().put(SHARE, many ? 7.0 : 3.0);
        resultColumn.getProperties().put(SHARE, many ? 3.0 : 2.0);
        if (revealed) {
            viewModel.texts().answerRows().forEach(row -> answerList.getChildren().add(RevealRows.answerRow(row, viewModel.localization())));
        }
        fill(whyList, revealed ? viewModel.texts().whyLines() : List.of(), "presenter-why");
        Optional<Reveal.LessonText> lesson = revealed ? viewModel.texts().lesson() : Optional.empty();
        lesson.ifPresent(l -> {
            lessonTitle.setText(viewModel.localization().get("presenter.answer.lesson", l.title()));
            lessonText.setText(l.text());
        });
        show(lessonBox, lesson.isPresent());
        renderEnd(end);
    }

    /** The end screen: podium and totals (with teams), then the case's lessons in two columns. */
    private void renderEnd(boolean end) {
        show(endBox, end);
        endResults.getChildren().clear();
        List<VBox> lessonColumns = endLessons.getChildren().stream().map(VBox.class::cast).toList();
        lessonColumns.forEach(column -> column.getChildren().clear());
        if (!end) {
            return;
        }
        if (viewModel.hasPodium()) {
            endResults.getChildren().addAll(resultPanels.podium(), resultPanels.totals());
        } else if (viewModel.hasClass()) {
            Label none = new Label(viewModel.localization().get("presenter.end.noAnswers"));
            none.setWrapText(true);
            none.getStyleClass().add("presenter-why");
            endResults.getChildren().add(none);
        }
        endResults.getChildren().forEach(node -> {
            HBox.setHgrow(node, Priority.ALWAYS);
            ((Region) node).setMinWidth(0);
        });
        show(endResults, !endResults.getChildren().isEmpty());
        List<Reveal.LessonText> lessons = viewModel.texts().lessons();
        for (int i = 0; i < lessons.size(); i++) {
            // Down the first column, then the second, so the lessons read in their order.
            lessonColumns.get(i < (lessons.size() + 1) / 2 ? 0 : 1).getChildren().add(RevealRows.lessonCard(lessons.get(i)));
        }
    }

    private void revealChanged() {
        render();
        slideScroll.setVvalue(0); // the answer comes in from the top, under the question
    }

    private void showSlide() {
        render();
        // A new slide starts with the slide keys; else the focus would drop on the first team's entry by itself.
        root.requestFocus();
        slideScroll.setVvalue(0);
    }

    private void renderTimer() {
        // A countdown belongs to a scenario: none on the title slide or the end screen.
        boolean on = viewModel.countdown().lengthProperty().get() > 0 && viewModel.scenario().isPresent();
        timerLabel.setVisible(on);
        timerLabel.setText(on ? viewModel.texts().timerText() : "");
        timerLabel.getStyleClass().removeAll("over", "stopped");
        if (on && viewModel.countdown().secondsLeftProperty().get() == 0) {
            timerLabel.getStyleClass().add("over");
        } else if (viewModel.countdown().isStopped()) {
            timerLabel.getStyleClass().add("stopped");
        }
    }

    /** The footer: each key in bold, then what it does now. */
    private void renderHints() {
        hintBox.getChildren().clear();
        for (String[] hint : viewModel.hints()) {
            Label keys = new Label(hint[0] + ":");
            keys.getStyleClass().add("presenter-hint-keys");
            keys.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(hint[1]);
            what.getStyleClass().add("presenter-hint");
            what.setMinWidth(Region.USE_PREF_SIZE);
            HBox pair = new HBox(keys, what);
            pair.getStyleClass().add("presenter-hint-pair");
            pair.setAlignment(Pos.BASELINE_LEFT);
            hintBox.getChildren().add(pair);
        }
        hintBox.setAccessibleText(viewModel.hintText());
    }

    // ---- the class's devices ------------------------------------------------------------------

    /** The count while the question is open, the devices' answers after the reveal (at most 4 times a second). */
    private void renderRoom() {
        boolean story = viewModel.roomStoryShown();
        Optional<String> count = viewModel.revealedProperty().get() || story ? Optional.empty()
                : viewModel.roomAnsweredText();
        roomCountLabel.setText(count.orElse(""));
        show(roomCountLabel, count.isPresent());
        // While the devices vote on a story, their decision replaces the story's first one on the slide.
        show(choiceList, !story && !choiceList.getChildren().isEmpty());
        Optional<RoomAnswers> answers = viewModel.roomAnswers();
        if (answers.equals(roomShown)) {
            return; // the status changed, not what the slide shows of it: nothing to lay out again
        }
        roomShown = answers;
        roomColumn.getChildren().clear();
        answers.ifPresent(shown -> roomColumn.getChildren().add(resultPanels.roomAnswers(shown)));
        show(roomColumn, answers.isPresent());
        roomColumn.getProperties().put(SHARE, story ? 3.0 : 2.0);
        reshareColumns.run();
    }

    // ---- teams ------------------------------------------------------------------------------

    private void renderTeams() {
        if (panels == null) {
            show(teamArea, false);
            show(resultColumn, false);
            return;
        }
        teamArea.getChildren().clear();
        resultColumn.getChildren().clear();
        Optional<Scenario> scenario = viewModel.scenario();
        switch (viewModel.teamPart()) {
            case TITLE -> teamArea.getChildren().add(panels.teamsOnTitle(viewModel::setUpTeams, viewModel::newClass));
            case ENTRY -> teamArea.getChildren().add(panels.entryPanels(scenario.orElseThrow(), viewModel::undo,
                    viewModel::record));
            case RESULTS -> resultColumn.getChildren().add(resultPanels.results(scenario.orElseThrow()));
            case NEW_CLASS -> teamArea.getChildren().add(panels.newClassButton(viewModel::newClass));
            case NONE -> { }
        }
        show(teamArea, !teamArea.getChildren().isEmpty());
        boolean results = !resultColumn.getChildren().isEmpty();
        show(resultColumn, results);
        if (viewModel.enteringProperty().get()) {
            focusPanel(viewModel.enteringTeamProperty().get());
        }
    }

    private void focusPanel(int team) {
        Node panel = teamArea.lookup("#teamPanel-" + team);
        if (panel != null) {
            TeamPanels.focusTarget(panel).ifPresent(Node::requestFocus);
            // Under a long question the panels may be below the fold: bring the team in sight.
            Platform.runLater(() -> SlideLayout.scrollIntoView(slideScroll, panel));
        }
    }

    private static Node teamPanelOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getProperties().containsKey(TeamPanels.TEAM)) {
                return n;
            }
        }
        return null;
    }

    private void renderSetup() {
        Optional<TeamSetup> setup = viewModel.teams().setup();
        // Behind the form, nothing takes the focus: Tab stays among the names and buttons.
        slide.setDisable(setup.isPresent());
        renderHints();
        form.render(setup);
        if (setup.isEmpty()) {
            Platform.runLater(this::followEntry);
        }
    }

    @FXML
    private void addTeam() {
        viewModel.teams().setup().ifPresent(setup -> {
            setup.addTeam();
            renderSetup();
            form.focusName(setup.getNames().size(), true);
        });
    }

    @FXML
    private void removeTeam() {
        viewModel.teams().setup().ifPresent(setup -> {
            setup.removeTeam();
            renderSetup();
        });
    }

    @FXML
    private void cancelSetup() {
        viewModel.teams().cancelSetup();
    }

    @FXML
    private void applySetup() {
        viewModel.applyTeams();
        focusAfterApply();
    }

    /** Back to the slide once the teams are taken; else the first name with a problem. */
    private void focusAfterApply() {
        if (!viewModel.isSetupOpen()) {
            root.requestFocus();
            return;
        }
        viewModel.teams().setup().ifPresent(form::focusFirstProblem);
    }

    private void renderProblem() {
        problemBadge.setText(viewModel.badge().text());
    }

    @FXML
    private void openNetwork() {
        viewModel.openClassNetwork();
    }

    @FXML
    private void retrySave() {
        viewModel.badge().retry();
    }
}
