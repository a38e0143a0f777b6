package org.leaklab.ui.play;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import org.leaklab.ui.common.Focus;
import org.leaklab.ui.common.Styles;

/** Controller of Play.fxml: the frame around a case's steps. */
public final class PlayView {
    private final PlayViewModel viewModel;
    private final PlayPages pages;
    private final ChangeListener<PlayViewModel.Step> stepFollower = (obs, old, now) -> render();

    @FXML
    private Label caseTitle;
    @FXML
    private Label progressLabel;
    @FXML
    private ProgressBar progressBar;
    @FXML
    private StackPane stepContent;
    @FXML
    private Button backButton;
    @FXML
    private Button checkButton;
    @FXML
    private Button nextButton;

    public PlayView(PlayViewModel viewModel, PlayPages pages) {
        this.viewModel = viewModel;
        this.pages = pages;
    }

    @FXML
    private void initialize() {
        checkButton.visibleProperty().bind(viewModel.questionShown());
        checkButton.managedProperty().bind(checkButton.visibleProperty());
        checkButton.disableProperty().bind(viewModel.canCheckProperty().not());
        viewModel.stepProperty().addListener(new WeakChangeListener<>(stepFollower));
        render();
    }

    private void render() {
        PlayViewModel.Step step = viewModel.getStep();
        caseTitle.setText(viewModel.caseTitle());
        progressLabel.setText(viewModel.progressText());
        progressBar.setProgress(viewModel.progress());
        backButton.setDisable(!viewModel.canGoBack());
        nextButton.setText(viewModel.nextText());
        // Skipping a question is the quiet choice; Check is the one to press.
        nextButton.getStyleClass().remove(Styles.ACCENT_BUTTON);
        if (step.kind() != PlayViewModel.Kind.QUESTION) {
            nextButton.getStyleClass().add(Styles.ACCENT_BUTTON);
        }
        nextButton.setVisible(step.kind() != PlayViewModel.Kind.SUMMARY);
        nextButton.setManaged(nextButton.isVisible());
        Parent content = switch (step.kind()) {
            case BRIEFING -> pages.briefing(viewModel.getPlay().caseData());
            case QUESTION -> pages.question(viewModel.currentQuestion());
            case FEEDBACK -> pages.feedback(viewModel.getPlay(), step.scenario(),
                    viewModel.getPlay().answer(step.scenario().id()).orElseThrow(),
                    viewModel.getPlay().result(step.scenario().id()).orElseThrow());
            case SUMMARY -> pages.summary(viewModel.getPlay(), viewModel::restart, viewModel::goTo);
        };
        stepContent.getChildren().setAll(content);
        // Keyboard users land on the new step, not on a button that vanished or on the header.
        Focus.requestWhenShown(content);
    }

    @FXML
    private void back() {
        viewModel.back();
    }

    @FXML
    private void check() {
        viewModel.check();
    }

    @FXML
    private void next() {
        viewModel.next();
    }
}
