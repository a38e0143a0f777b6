package org.leaklab.ui.about;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Controller of About.fxml. */
public final class AboutView {
    private final AboutViewModel viewModel;

    @FXML
    private Label versionLabel;
    @FXML
    private VBox sourceList;
    @FXML
    private Label noSources;

    public AboutView(AboutViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        versionLabel.setText(viewModel.version());
        for (String source : viewModel.sources()) {
            Label line = new Label(source);
            line.setWrapText(true);
            line.getStyleClass().add("source-line");
            sourceList.getChildren().add(line);
        }
        noSources.setVisible(viewModel.sources().isEmpty());
        noSources.setManaged(viewModel.sources().isEmpty());
    }
}
