package org.leaklab.ui.decision;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.fxml.FXML;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Controller of Decision.fxml: the story log, the current situation's options, the ending. */
public final class DecisionView {
    private final DecisionViewModel viewModel;
    private final ChangeListener<StoryPath> pathFollower = (obs, old, now) -> {
        render();
        focusCurrent();
    };
    private boolean scrollToEnd;

    @FXML
    private ScrollPane scroll;
    @FXML
    private VBox pageBox;
    @FXML
    private Label titleLabel;
    @FXML
    private Label settingLabel;
    @FXML
    private VBox storyLog;
    @FXML
    private VBox currentBox;
    @FXML
    private Button restartButton;

    public DecisionView(DecisionViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        titleLabel.setText(viewModel.title());
        settingLabel.setText(viewModel.setting());
        restartButton.visibleProperty().bind(viewModel.startedProperty());
        restartButton.managedProperty().bind(restartButton.visibleProperty());
        // Weak: the view model outlives this view when the page is rendered again in another language.
        viewModel.pathProperty().addListener(new WeakChangeListener<>(pathFollower));
        // After a choice the new situation is at the bottom: keep it in sight through every layout
        // pass (a new scale or window size lays the page out again) until the reader scrolls.
        pageBox.heightProperty().addListener((obs, old, now) -> {
            if (scrollToEnd) {
                scroll.setVvalue(scroll.getVmax());
            }
        });
        scroll.addEventFilter(ScrollEvent.SCROLL, event -> scrollToEnd = false);
        scroll.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> scrollToEnd = false);
        render();
    }

    private void render() {
        storyLog.getChildren().clear();
        for (DecisionViewModel.PastStep step : viewModel.storySoFar()) {
            storyLog.getChildren().add(pastStep(step));
        }
        storyLog.setVisible(!storyLog.getChildren().isEmpty());
        storyLog.setManaged(storyLog.isVisible());
        currentBox.getChildren().setAll(viewModel.ended() ? ending() : situation());
        scrollToEnd = !viewModel.storySoFar().isEmpty();
        if (scrollToEnd) {
            scroll.setVvalue(scroll.getVmax());
        }
    }

    private Node pastStep(DecisionViewModel.PastStep step) {
        Label situation = StoryLabels.wrapped(step.situation(), "story-situation");
        Label choice = StoryLabels.wrapped(step.choice(), "story-choice");
        HBox choiceRow = new HBox(spacer(), choice);
        choiceRow.getStyleClass().add("story-choice-row");
        Label consequence = StoryLabels.wrapped(step.consequence(), "story-consequence");
        VBox box = new VBox(situation, choiceRow, consequence);
        box.getStyleClass().add("story-step");
        return box;
    }

    private Node situation() {
        Label step = StoryLabels.wrapped(viewModel.stepLabel(), "story-step-label");
        Label text = StoryLabels.wrapped(viewModel.situation(), "story-situation-current");
        text.setId("storySituation");
        Label ask = StoryLabels.wrapped(viewModel.optionsHint(), "answer-hint");
        VBox options = new VBox();
        options.getStyleClass().add("story-options");
        for (DecisionViewModel.Option option : viewModel.options()) {
            Button button = new Button(option.text());
            button.setId("story-option-" + option.id());
            button.getStyleClass().add("story-option");
            button.setWrapText(true);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setOnAction(event -> viewModel.choose(option.id()));
            options.getChildren().add(button);
        }
        VBox box = new VBox(step, text, ask, options);
        box.getStyleClass().addAll("card", "story-situation-card");
        return box;
    }

    private Node ending() {
        Label title = StoryLabels.wrapped(viewModel.endingTitle(), "story-ending-title");
        title.setId("storyEndingTitle");
        Label text = StoryLabels.wrapped(viewModel.endingText(), "story-ending-text");
        Label hint = StoryLabels.wrapped(viewModel.endingHint(), "hint");
        VBox box = new VBox(title, text, hint);
        box.getStyleClass().addAll("card", "story-ending");
        box.setId("storyEnding");
        // Focusable, so a keyboard user lands on the ending rather than on "start again".
        box.setFocusTraversable(true);
        box.setAccessibleRole(AccessibleRole.TEXT);
        box.setAccessibleText(String.join(" ", viewModel.endingTitle(), viewModel.endingText(), viewModel.endingHint()));
        return box;
    }

    private void focusCurrent() {
        Node first = viewModel.ended() ? currentBox.lookup("#storyEnding") : currentBox.lookup(".story-option");
        if (first != null) {
            first.requestFocus();
        }
    }

    private static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        spacer.setMinWidth(0);
        return spacer;
    }

    @FXML
    private void restart() {
        viewModel.restart();
    }
}
