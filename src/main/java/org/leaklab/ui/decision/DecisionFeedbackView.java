package org.leaklab.ui.decision;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.leaklab.ui.common.SourceMarks;
import org.leaklab.ui.scorefeedback.FeedbackNodes;

/** Controller of DecisionFeedback.fxml. */
public final class DecisionFeedbackView {
    private final DecisionFeedbackViewModel viewModel;

    @FXML
    private Label titleLabel;
    @FXML
    private StackPane scoreBox;
    @FXML
    private Label endingTitleLabel;
    @FXML
    private VBox lessonCard;
    @FXML
    private Label lessonTitleLabel;
    @FXML
    private Label lessonTextLabel;
    @FXML
    private VBox findingList;
    @FXML
    private Label settingLabel;
    @FXML
    private VBox pathList;

    public DecisionFeedbackView(DecisionFeedbackViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        titleLabel.setText(viewModel.title());
        scoreBox.getChildren().setAll(FeedbackNodes.scoreBadge(viewModel.score()));
        endingTitleLabel.setText(viewModel.endingTitle());
        lessonTitleLabel.setText(viewModel.lessonTitle());
        lessonTextLabel.setText(viewModel.lessonText());
        if (!viewModel.lessonSources().isEmpty()) {
            lessonCard.getChildren().add(SourceMarks.of(viewModel.marksLead(), viewModel.lessonSources(), viewModel::open));
        }
        lessonCard.setVisible(viewModel.lesson().isPresent());
        lessonCard.setManaged(lessonCard.isVisible());
        FeedbackNodes.fill(findingList, viewModel.findings());
        settingLabel.setText(viewModel.question());
        List<DecisionViewModel.PastStep> steps = viewModel.pathTaken();
        for (int i = 0; i < steps.size(); i++) {
            DecisionViewModel.PastStep step = steps.get(i);
            Label number = StoryLabels.wrapped(viewModel.stepLabel(i), "story-step-label");
            Label situation = StoryLabels.wrapped(step.situation(), "story-situation");
            Label choice = StoryLabels.wrapped(step.choice(), "story-choice");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox choiceRow = new HBox(spacer, choice);
            choiceRow.getStyleClass().add("story-choice-row");
            Label consequence = StoryLabels.wrapped(step.consequence(), "story-consequence");
            VBox box = new VBox(number, situation, choiceRow, consequence);
            box.getStyleClass().add("story-step");
            pathList.getChildren().add(box);
        }
    }
}
