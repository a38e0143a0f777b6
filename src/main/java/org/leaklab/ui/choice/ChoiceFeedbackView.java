package org.leaklab.ui.choice;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.leaklab.ui.scorefeedback.FeedbackNodes;

/** Controller of ChoiceFeedback.fxml. */
public final class ChoiceFeedbackView {
    private final ChoiceFeedbackViewModel viewModel;

    @FXML
    private Label titleLabel;
    @FXML
    private StackPane scoreBox;
    @FXML
    private Label questionLabel;
    @FXML
    private VBox generalList;
    @FXML
    private VBox optionList;
    @FXML
    private Label ruleLabel;

    public ChoiceFeedbackView(ChoiceFeedbackViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        FeedbackNodes.fillHead(viewModel, titleLabel, questionLabel, scoreBox);
        FeedbackNodes.fill(generalList, viewModel.generalFindings());
        generalList.setVisible(!generalList.getChildren().isEmpty());
        generalList.setManaged(generalList.isVisible());
        for (ChoiceFeedbackViewModel.OptionResult option : viewModel.options()) {
            optionList.getChildren().add(row(option));
        }
        ruleLabel.setText(viewModel.scoringRule());
    }

    private VBox row(ChoiceFeedbackViewModel.OptionResult option) {
        Label symbol = new Label(option.symbol());
        symbol.getStyleClass().add("tone-symbol");
        symbol.setMinWidth(Label.USE_PREF_SIZE);
        Label text = new Label(option.text());
        text.getStyleClass().add("option-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Label points = new Label(option.points());
        points.getStyleClass().add("option-points");
        points.setMinWidth(Label.USE_PREF_SIZE);
        points.setVisible(!option.points().isEmpty());
        points.setManaged(points.isVisible());
        HBox head = new HBox(symbol, text, points);
        head.getStyleClass().add("option-head");

        Label chosen = new Label(option.chosenTag());
        chosen.getStyleClass().addAll("tag", option.chosen() ? "tag-chosen" : "tag-not-chosen");
        Label quality = new Label(option.quality());
        quality.getStyleClass().addAll("tag", "tag-quality");
        FlowPane tags = new FlowPane(chosen, quality);
        tags.getStyleClass().add("option-tags");

        Label feedback = new Label(option.feedback());
        feedback.getStyleClass().add("option-feedback");
        feedback.setWrapText(true);

        VBox row = new VBox(head, tags, feedback);
        row.getStyleClass().addAll("option-result", option.styleClass());
        row.setId("result-" + option.id());
        row.setAccessibleText(String.join(". ", option.text(), option.chosenTag(), option.quality(), option.feedback(),
                option.points()));
        return row;
    }
}
