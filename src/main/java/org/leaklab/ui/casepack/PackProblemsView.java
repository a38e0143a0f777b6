package org.leaklab.ui.casepack;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;

/** Controller of PackProblems.fxml: the content of the dialog that lists a pack's problems. */
public final class PackProblemsView {
    private final PackProblemsViewModel viewModel;

    @FXML
    private Label heading;
    @FXML
    private Label filePath;
    @FXML
    private Label intro;
    @FXML
    private VBox problems;

    public PackProblemsView(PackProblemsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        heading.setText(viewModel.heading());
        filePath.setText(viewModel.filePath());
        intro.setText(viewModel.intro());
        for (PackProblemsViewModel.Line line : viewModel.entries()) {
            Label path = new Label(line.path() + ":");
            path.getStyleClass().add("problem-path");
            path.setWrapText(true);
            Label message = new Label(line.message());
            message.getStyleClass().add("problem-message");
            message.setWrapText(true);
            VBox row = new VBox(path, message);
            row.getStyleClass().add("problem-line");
            if (line.warning()) {
                row.getStyleClass().add("problem-warning");
            }
            row.setAccessibleText(line.text());
            problems.getChildren().add(row);
        }
    }

    @FXML
    private void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(viewModel.text());
        Clipboard.getSystemClipboard().setContent(content);
    }
}
