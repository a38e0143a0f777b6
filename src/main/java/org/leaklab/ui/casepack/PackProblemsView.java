package org.leaklab.ui.casepack;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;

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
    private TextArea problems;

    public PackProblemsView(PackProblemsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        heading.setText(viewModel.heading());
        filePath.setText(viewModel.filePath());
        intro.setText(viewModel.intro());
        problems.setText(viewModel.text());
        problems.setPrefRowCount(Math.max(3, Math.min(12, viewModel.lines().size() + 1)));
    }
}
