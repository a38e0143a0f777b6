package org.leaklab.ui.choice;

import javafx.fxml.FXML;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/** Controller of Choice.fxml: radio buttons for one answer, check boxes for several. */
public final class ChoiceView {
    private final ChoiceViewModel viewModel;

    @FXML
    private Label titleLabel;
    @FXML
    private Label questionLabel;
    @FXML
    private Label hintLabel;
    @FXML
    private VBox optionList;

    public ChoiceView(ChoiceViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        titleLabel.setText(viewModel.title());
        questionLabel.setText(viewModel.question());
        hintLabel.setText(viewModel.hint());
        ToggleGroup group = new ToggleGroup();
        for (ChoiceViewModel.OptionChoice choice : viewModel.options()) {
            ButtonBase control;
            if (viewModel.multiple()) {
                CheckBox box = new CheckBox(viewModel.text(choice));
                box.selectedProperty().bindBidirectional(choice.selectedProperty());
                control = box;
            } else {
                RadioButton radio = new RadioButton(viewModel.text(choice));
                radio.setToggleGroup(group);
                radio.selectedProperty().bindBidirectional(choice.selectedProperty());
                control = radio;
            }
            control.setId("option-" + choice.id());
            control.getStyleClass().add("choice-option");
            control.setWrapText(true);
            control.setMaxWidth(Double.MAX_VALUE);
            optionList.getChildren().add(control);
        }
    }
}
