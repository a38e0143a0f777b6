package org.leaklab.ui.estimate;

import javafx.fxml.FXML;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.leaklab.ui.common.SourceLink;
import org.leaklab.ui.scorefeedback.FeedbackNodes;

/** Controller of EstimateFeedback.fxml. */
public final class EstimateFeedbackView {
    private final EstimateFeedbackViewModel viewModel;

    @FXML
    private Label titleLabel;
    @FXML
    private StackPane scoreBox;
    @FXML
    private Label questionLabel;
    @FXML
    private StackPane chartBox;
    @FXML
    private Label figureLabel;
    @FXML
    private VBox explanationList;
    @FXML
    private VBox sourceList;

    public EstimateFeedbackView(EstimateFeedbackViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        FeedbackNodes.fillHead(viewModel, titleLabel, questionLabel, scoreBox);
        chartBox.getChildren().setAll(new LogAxisChart(viewModel));
        figureLabel.setText(viewModel.figureExplanation());
        FeedbackNodes.fill(explanationList, viewModel.explanations());
        for (SourceLink source : viewModel.sources()) {
            Hyperlink link = new Hyperlink(source.name());
            link.getStyleClass().add("source-link");
            link.setWrapText(true);
            link.setAccessibleText(viewModel.sourceAccessibleText(source));
            link.setOnAction(event -> viewModel.open(source));
            link.setDisable(source.url().isEmpty());
            Label address = new Label(source.address());
            address.getStyleClass().add("source-address");
            address.setWrapText(true);
            VBox entry = new VBox(link, address);
            entry.getStyleClass().add("source-entry");
            sourceList.getChildren().add(entry);
        }
    }
}
