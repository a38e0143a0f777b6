package org.leaklab.ui.shortcuts;

import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/** Controller of Shortcuts.fxml. */
public final class ShortcutsView {
    private final ShortcutsViewModel viewModel;

    @FXML
    private GridPane table;
    @FXML
    private ResourceBundle resources;

    public ShortcutsView(ShortcutsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        int row = 0;
        for (ShortcutsViewModel.Shortcut shortcut : viewModel.shortcuts()) {
            Label keys = new Label(shortcut.keys());
            keys.getStyleClass().add("key-cap");
            Label description = new Label(resources.getString(shortcut.descriptionKey()));
            description.setWrapText(true);
            table.addRow(row++, keys, description);
        }
    }
}
