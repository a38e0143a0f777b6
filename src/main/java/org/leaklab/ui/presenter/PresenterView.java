package org.leaklab.ui.presenter;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
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
    private final ChangeListener<Number> slideFollower = (obs, old, now) -> render();
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
        }
    }

    private void tick() {
        viewModel.tick();
    }

    private void onKeyPressed(KeyEvent event) {
        KeyCode code = event.getCode();
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
            case F1 -> viewModel.toggleHelp();
            case ESCAPE -> viewModel.escape();
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void onKeyTyped(KeyEvent event) {
        if ("?".equals(event.getCharacter())) {
            viewModel.toggleHelp();
            event.consume();
        }
    }

    private void render() {
        progressLabel.setText(viewModel.progressText());
        titleLabel.setText(viewModel.title());
        promptLabel.setText(viewModel.prompt());
        taskLabel.setText(viewModel.taskText());
        taskLabel.setVisible(!viewModel.taskText().isEmpty());
        taskLabel.setManaged(taskLabel.isVisible());
        fill(choiceList, viewModel.choices(), "presenter-choice");
        boolean revealed = viewModel.revealedProperty().get();
        answerBox.setVisible(revealed);
        answerBox.setManaged(revealed);
        fill(answerList, revealed ? viewModel.answerLines() : java.util.List.of(), "presenter-answer");
        fill(whyList, revealed ? viewModel.whyLines() : java.util.List.of(), "presenter-why");
        revealHint.setVisible(!revealed && viewModel.scenario().isPresent());
        revealHint.setManaged(revealHint.isVisible());
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
