package org.leaklab.ui.presenter;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** Controller of Presenter.fxml: renders the current slide and turns keys into the view model's actions. */
public final class PresenterView {
    private final PresenterViewModel viewModel;
    private final ChangeListener<Number> slideFollower = (obs, old, now) -> showSlide();
    private final ChangeListener<Boolean> revealFollower = (obs, old, now) -> render();
    private final ChangeListener<Number> timerFollower = (obs, old, now) -> renderTimer();
    private final EventHandler<KeyEvent> keys = this::onKeyPressed;
    private final EventHandler<KeyEvent> typed = this::onKeyTyped;
    private final Timeline clock = new Timeline(new KeyFrame(Duration.seconds(1), event -> tick()));

    @FXML
    private StackPane root;
    @FXML
    private Label progressLabel;
    @FXML
    private Label timerLabel;
    @FXML
    private Label titleLabel;
    @FXML
    private Label promptLabel;
    @FXML
    private Label taskLabel;
    @FXML
    private VBox choiceList;
    @FXML
    private VBox answerBox;
    @FXML
    private VBox answerList;
    @FXML
    private VBox whyList;
    @FXML
    private Label revealHint;
    @FXML
    private Region blackout;
    @FXML
    private StackPane helpOverlay;
    @FXML
    private GridPane helpTable;
    @FXML
    private javafx.scene.layout.BorderPane slide;
    @FXML
    private VBox teamArea;
    @FXML
    private VBox resultColumn;
    @FXML
    private javafx.scene.control.ScrollPane slideScroll;
    @FXML
    private Label saveProblemLabel;
    @FXML
    private StackPane setupOverlay;
    @FXML
    private Label setupNote;
    @FXML
    private VBox setupFields;
    @FXML
    private javafx.scene.control.Button addTeamButton;
    @FXML
    private javafx.scene.control.Button removeTeamButton;
    private final ChangeListener<Number> teamFollower = (obs, old, now) -> renderTeams();
    private final ChangeListener<Boolean> setupFollower = (obs, old, now) -> renderSetup();
    private final ChangeListener<Number> focusFollower = (obs, old, now) -> focusTeamEntry();
    private TeamPanels panels;
    private boolean swallowTyped;

    public PresenterView(PresenterViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        blackout.visibleProperty().bind(viewModel.blackoutProperty());
        helpOverlay.visibleProperty().bind(viewModel.helpShownProperty());
        int row = 0;
        for (String[] key : viewModel.keyHelp()) {
            Label keys = new Label(key[0]);
            keys.getStyleClass().add("key-cap");
            keys.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(key[1]);
            what.setWrapText(true);
            helpTable.addRow(row++, keys, what);
        }
        viewModel.teams().ifPresentOrElse(game -> {
            panels = new TeamPanels(game, viewModel.localization());
            game.revisionProperty().addListener(new WeakChangeListener<>(teamFollower));
            game.setupShownProperty().addListener(new WeakChangeListener<>(setupFollower));
            game.focusTeamProperty().addListener(new WeakChangeListener<>(focusFollower));
            saveProblemLabel.textProperty().bind(game.saveProblemProperty());
        }, () -> saveProblemLabel.setText(""));
        saveProblemLabel.visibleProperty().bind(saveProblemLabel.textProperty().isNotEmpty());
        saveProblemLabel.managedProperty().bind(saveProblemLabel.visibleProperty());
        renderSetup();
        viewModel.indexProperty().addListener(new WeakChangeListener<>(slideFollower));
        viewModel.revealedProperty().addListener(new WeakChangeListener<>(revealFollower));
        viewModel.secondsLeftProperty().addListener(new WeakChangeListener<>(timerFollower));
        viewModel.timerLengthProperty().addListener(new WeakChangeListener<>(timerFollower));
        // Keys are caught on the scene, wherever the focus is; the view is loaded again on a
        // language switch, so the handlers move to the new scene root's scene with it.
        root.sceneProperty().addListener((obs, old, now) -> moveKeys(old, now));
        moveKeys(null, root.getScene());
        clock.setCycleCount(Animation.INDEFINITE);
        render();
        renderTimer();
    }

    private void moveKeys(Scene old, Scene now) {
        if (old != null) {
            old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            old.removeEventFilter(KeyEvent.KEY_TYPED, typed);
            clock.stop();
        }
        if (now != null) {
            now.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            now.addEventFilter(KeyEvent.KEY_TYPED, typed);
            clock.play();
            // The slide keys first: else the scene gives the focus to its first field or button,
            // and the arrows would move a caret instead of the slides.
            javafx.application.Platform.runLater(() -> {
                if (root.getScene() == now && !viewModel.teams().map(g -> g.setupShownProperty().get()).orElse(false)) {
                    root.requestFocus();
                }
            });
        }
    }

    private void tick() {
        viewModel.tick();
    }

    private void onKeyPressed(KeyEvent event) {
        KeyCode code = event.getCode();
        swallowTyped = false;
        if (viewModel.teams().map(game -> game.setupShownProperty().get()).orElse(false)) {
            onSetupKey(event);
            return;
        }
        if (event.isShortcutDown() && code == KeyCode.Z) {
            undo();
            event.consume();
            return;
        }
        Node entryPanel = teamPanelOf(root.getScene().getFocusOwner());
        if (entryPanel != null) {
            onEntryKey(entryPanel, event);
            return;
        }
        if (!event.isShortcutDown() && (code == KeyCode.TAB || code == KeyCode.ENTER) && canEnter()) {
            focusPanel(viewModel.teams().orElseThrow().firstUnanswered(viewModel.scenario().orElseThrow()));
            event.consume();
            return;
        }
        if (event.isShortcutDown()) {
            switch (code) {
                case PLUS, EQUALS, ADD -> viewModel.zoomIn();
                case MINUS, SUBTRACT -> viewModel.zoomOut();
                case DIGIT0, NUMPAD0 -> viewModel.resetZoom();
                default -> {
                    return;
                }
            }
            event.consume();
            return;
        }
        switch (code) {
            case RIGHT, SPACE, PAGE_DOWN, DOWN -> viewModel.next();
            case LEFT, PAGE_UP, UP -> viewModel.previous();
            case R -> viewModel.toggleReveal();
            case B -> viewModel.toggleBlackout();
            case T -> viewModel.cycleTimer();
            case N -> {
                viewModel.setUpTeams();
                swallowTyped = true; // the "n" typed by this key must not land in the first name field
            }
            case F1 -> viewModel.toggleHelp();
            case ESCAPE -> viewModel.escape();
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void onKeyTyped(KeyEvent event) {
        if (swallowTyped) {
            swallowTyped = false;
            event.consume();
            return;
        }
        boolean typing = viewModel.teams().map(game -> game.setupShownProperty().get()).orElse(false)
                || teamPanelOf(root.getScene().getFocusOwner()) != null;
        if (!typing && "?".equals(event.getCharacter())) {
            viewModel.toggleHelp();
            event.consume();
        }
    }

    private void render() {
        progressLabel.setText(viewModel.progressText());
        titleLabel.setText(viewModel.title());
        promptLabel.setText(viewModel.prompt());
        taskLabel.setText(viewModel.taskText());
        // Once revealed, the task is done: its line makes room for the answer and the leaderboard.
        taskLabel.setVisible(!viewModel.taskText().isEmpty() && !viewModel.revealedProperty().get());
        taskLabel.setManaged(taskLabel.isVisible());
        fill(choiceList, viewModel.choices(), "presenter-choice");
        boolean revealed = viewModel.revealedProperty().get();
        answerBox.setVisible(revealed);
        answerBox.setManaged(revealed);
        fill(answerList, revealed ? viewModel.answerLines() : java.util.List.of(), "presenter-answer");
        fill(whyList, revealed ? viewModel.whyLines() : java.util.List.of(), "presenter-why");
        revealHint.setVisible(!revealed && viewModel.scenario().isPresent());
        revealHint.setManaged(revealHint.isVisible());
        renderTeams();
    }

    private void showSlide() {
        render();
        // A new slide starts with the slide keys; else the focus would drop on the first team's entry by itself.
        root.requestFocus();
    }

    private void renderTimer() {
        boolean on = viewModel.timerLengthProperty().get() > 0;
        timerLabel.setVisible(on);
        timerLabel.setText(on ? viewModel.timerText() : "");
        timerLabel.getStyleClass().remove("over");
        if (on && viewModel.secondsLeftProperty().get() == 0) {
            timerLabel.getStyleClass().add("over");
        }
    }

    // ---- teams ------------------------------------------------------------------------------

    /** True when team answers can be entered: teams set up, a scenario on screen, not yet revealed. */
    private boolean canEnter() {
        return viewModel.teams().map(TeamGame::hasTeams).orElse(false) && viewModel.scenario().isPresent()
                && !viewModel.revealedProperty().get();
    }

    private void renderTeams() {
        if (panels == null) {
            teamArea.setVisible(false);
            teamArea.setManaged(false);
            return;
        }
        TeamGame game = viewModel.teams().orElseThrow();
        Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        boolean hadEntryFocus = teamPanelOf(focused) != null;
        teamArea.getChildren().clear();
        resultColumn.getChildren().clear();
        boolean revealed = viewModel.revealedProperty().get();
        java.util.Optional<org.leaklab.model.Scenario> scenario = viewModel.scenario();
        if (scenario.isEmpty()) {
            teamArea.getChildren().add(panels.teamsOnTitle(viewModel::setUpTeams));
        } else if (game.hasTeams() && !revealed) {
            teamArea.getChildren().add(panels.entryPanels(scenario.get(), this::undo));
        } else if (game.hasTeams() && game.answeredCount(scenario.get()) > 0) {
            resultColumn.getChildren().add(panels.results(scenario.get()));
        }
        teamArea.setVisible(!teamArea.getChildren().isEmpty());
        teamArea.setManaged(teamArea.isVisible());
        boolean results = !resultColumn.getChildren().isEmpty();
        resultColumn.setVisible(results);
        resultColumn.setManaged(results);
        // A ranking is entered on each team's board, and after the reveal the leaderboard takes the
        // place of the question's list: either way the list would only repeat what is on screen.
        boolean boards = canEnter() && TeamPanels.isRanking(scenario.get());
        choiceList.setVisible(!boards && !results);
        choiceList.setManaged(choiceList.isVisible());
        if (hadEntryFocus) {
            focusTeamEntry();
        }
    }

    private void focusTeamEntry() {
        if (!canEnter()) {
            return;
        }
        int team = viewModel.teams().orElseThrow().focusTeamProperty().get();
        if (team < 0) {
            root.requestFocus(); // everyone answered: the slide keys (R) work again
        } else {
            focusPanel(team);
        }
    }

    private void focusPanel(int team) {
        Node panel = teamArea.lookup("#teamPanel-" + team);
        if (panel != null) {
            TeamPanels.focusTarget(panel).ifPresent(Node::requestFocus);
            // Under a long question the panels may be below the fold: bring the team in sight.
            javafx.application.Platform.runLater(() -> scrollIntoView(panel));
        }
    }

    private void scrollIntoView(Node node) {
        Node content = slideScroll.getContent();
        if (node.getScene() == null || content == null) {
            return;
        }
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewportHeight = slideScroll.getViewportBounds().getHeight();
        if (contentHeight <= viewportHeight) {
            return;
        }
        javafx.geometry.Bounds bounds = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double top = slideScroll.getVvalue() * (contentHeight - viewportHeight);
        double newTop = top;
        if (bounds.getMaxY() > top + viewportHeight) {
            newTop = Math.min(bounds.getMinY(), bounds.getMaxY() - viewportHeight);
        } else if (bounds.getMinY() < top) {
            newTop = bounds.getMinY();
        }
        slideScroll.setVvalue(Math.max(0, Math.min(1, newTop / (contentHeight - viewportHeight))));
    }

    private Node teamPanelOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getProperties().containsKey(TeamPanels.TEAM)) {
                return n;
            }
        }
        return null;
    }

    /** Keys while the focus is in a team's panel: the control keeps its keys, Tab and Enter move on. */
    private void onEntryKey(Node panel, KeyEvent event) {
        TeamGame game = viewModel.teams().orElseThrow();
        int team = (Integer) panel.getProperties().get(TeamPanels.TEAM);
        boolean holding = root.getScene().getFocusOwner() != null
                && game.entries(viewModel.scenario().orElseThrow()).get(team).order()
                .map(o -> o.getGrabbed() != null).orElse(false);
        switch (event.getCode()) {
            case TAB -> {
                if (holding) {
                    return;
                }
                int count = game.teams().size();
                focusPanel((team + (event.isShiftDown() ? count - 1 : 1)) % count);
            }
            case ENTER -> {
                if (holding) {
                    return; // Enter drops the held card first
                }
                if (!game.confirm(game.entries(viewModel.scenario().orElseThrow()).get(team))) {
                    focusPanel(team);
                }
            }
            case ESCAPE -> {
                if (holding) {
                    return;
                }
                root.requestFocus(); // out of the panel: the slide keys work again
            }
            case F1 -> viewModel.toggleHelp();
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void undo() {
        viewModel.teams().ifPresent(game -> viewModel.scenario().ifPresent(s -> {
            if (!viewModel.revealedProperty().get()) {
                game.undo(s);
            }
        }));
    }

    private void onSetupKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ESCAPE) {
            viewModel.escape();
            event.consume();
        } else if (event.getCode() == KeyCode.ENTER && !(root.getScene().getFocusOwner() instanceof javafx.scene.control.ButtonBase)) {
            applySetup();
            event.consume();
        }
    }

    private void renderSetup() {
        java.util.Optional<TeamSetup> setup = viewModel.teams().flatMap(TeamGame::setup);
        setupOverlay.setVisible(setup.isPresent());
        // Behind the form, nothing takes the focus: Tab stays among the names and buttons.
        slide.setDisable(setup.isPresent());
        if (setup.isEmpty()) {
            setupFields.getChildren().clear();
            return;
        }
        TeamSetup form = setup.get();
        form.validate(); // the messages in the current language
        panels.fillSetup(setupFields, form);
        setupNote.setVisible(form.isCountFixed());
        setupNote.setManaged(form.isCountFixed());
        addTeamButton.setDisable(!form.canAdd());
        removeTeamButton.setDisable(!form.canRemove());
        javafx.application.Platform.runLater(() -> {
            Node first = setupFields.lookup(".team-setup-field");
            if (first != null && setupOverlay.isVisible()) {
                first.requestFocus();
            }
        });
    }

    @FXML
    private void addTeam() {
        viewModel.teams().flatMap(TeamGame::setup).ifPresent(form -> {
            form.addTeam();
            renderSetup();
            Node last = setupFields.lookup("#teamName-" + form.getNames().size());
            if (last != null) {
                javafx.application.Platform.runLater(last::requestFocus);
            }
        });
    }

    @FXML
    private void removeTeam() {
        viewModel.teams().flatMap(TeamGame::setup).ifPresent(form -> {
            form.removeTeam();
            renderSetup();
        });
    }

    @FXML
    private void cancelSetup() {
        viewModel.teams().ifPresent(TeamGame::cancelSetup);
    }

    @FXML
    private void applySetup() {
        viewModel.teams().ifPresent(game -> {
            if (!game.applySetup()) {
                game.setup().ifPresent(form -> {
                    for (int i = 0; i < form.getNames().size(); i++) {
                        if (!form.getNames().get(i).problemProperty().get().isEmpty()) {
                            Node field = setupFields.lookup("#teamName-" + (i + 1));
                            if (field != null) {
                                field.requestFocus();
                            }
                            return;
                        }
                    }
                });
            } else {
                root.requestFocus();
            }
        });
    }

    private static void fill(VBox box, java.util.List<String> lines, String styleClass) {
        box.getChildren().clear();
        for (String line : lines) {
            Label label = new Label(line);
            label.setWrapText(true);
            label.getStyleClass().add(styleClass);
            box.getChildren().add(label);
        }
    }
}
