package org.leaklab.ui.play;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.leaklab.ui.common.Focus;
import org.leaklab.ui.common.Styles;

/** Controller of Play.fxml: the frame around a case's steps. */
public final class PlayView {
    private final PlayViewModel viewModel;
    private final PlayPages pages;
    private final ChangeListener<PlayViewModel.Step> stepFollower = (obs, old, now) -> render();

    @FXML
    private BorderPane playPage;
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
        // At the largest text sizes the buttons' texts wrap, between words only.
        for (Button button : new Button[] {backButton, checkButton, nextButton}) {
            org.leaklab.ui.common.WholeWords.keep(button);
        }
        checkButton.visibleProperty().bind(viewModel.questionShown());
        checkButton.managedProperty().bind(checkButton.visibleProperty());
        checkButton.disableProperty().bind(viewModel.canCheckProperty().not());
        viewModel.stepProperty().addListener(new WeakChangeListener<>(stepFollower));
        // Enter checks the answer wherever the focus is in the question, unless the focused control
        // uses Enter itself (a ranking card being moved, a button, a link): they consume it first.
        // An option's box is ticked with Space; Enter on it checks, as in a form.
        playPage.addEventHandler(KeyEvent.KEY_PRESSED, this::enterChecks);
        playPage.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getTarget() instanceof javafx.scene.control.CheckBox
                    || event.getTarget() instanceof javafx.scene.control.RadioButton) {
                enterChecks(event);
            }
        });
        render();
    }

    private void enterChecks(KeyEvent event) {
        if (event.getCode() != KeyCode.ENTER || event.isAltDown() || event.isControlDown() || event.isShortcutDown()
                || event.isMetaDown() || !viewModel.questionShown().get() || !viewModel.canCheckProperty().get()) {
            return;
        }
        event.consume();
        viewModel.check();
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
            case QUESTION -> pages.question(viewModel.getPlay(), viewModel.currentQuestion());
            case FEEDBACK -> pages.feedback(viewModel.getPlay(), step.scenario(),
                    viewModel.getPlay().answer(step.scenario().id()).orElseThrow(),
                    viewModel.getPlay().result(step.scenario().id()).orElseThrow());
            case SUMMARY -> pages.summary(viewModel.getPlay(), viewModel::restart, viewModel::openFromSummary,
                    viewModel.studentNameProperty());
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
