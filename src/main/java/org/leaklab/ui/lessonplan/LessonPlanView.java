package org.leaklab.ui.lessonplan;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.leaklab.session.LessonChoice;

/** Controller of LessonPlan.fxml: a radio button per plan, a check box per scenario, bound to the view model. */
public final class LessonPlanView {
    private final LessonPlanViewModel viewModel;
    private final ToggleGroup group = new ToggleGroup();
    private final Map<String, CheckBox> boxes = new HashMap<>();
    private final ChangeListener<LessonChoice> choiceFollower = (obs, old, now) -> showChoice();

    @FXML
    private Label heading;
    @FXML
    private VBox options;
    @FXML
    private VBox scenarios;
    @FXML
    private Label messageLabel;
    @FXML
    private Label summaryLabel;

    public LessonPlanView(LessonPlanViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        heading.setText(viewModel.caseTitle());
        for (LessonPlanViewModel.Option option : viewModel.options()) {
            RadioButton radio = new RadioButton(option.title());
            radio.getStyleClass().add("lesson-plan-option-title");
            radio.setToggleGroup(group);
            radio.setUserData(option.id());
            radio.setId("plan-" + option.id());
            radio.setSelected(option.id().equals(viewModel.selectedProperty().get()));
            radio.setOnAction(event -> viewModel.select(option.id()));
            Label details = new Label(option.description().isEmpty() ? option.details()
                    : option.details() + "\n" + option.description());
            details.getStyleClass().add("lesson-plan-option-details");
            details.setWrapText(true);
            radio.setAccessibleHelp(details.getText());
            VBox box = new VBox(radio, details);
            box.getStyleClass().add("lesson-plan-option");
            options.getChildren().add(box);
        }
        for (LessonPlanViewModel.ScenarioRow row : viewModel.scenarios()) {
            CheckBox box = new CheckBox(row.number() + ". " + row.title());
            box.setId("tick-" + row.id());
            Label kind = new Label(row.kind());
            kind.getStyleClass().add("lesson-plan-kind");
            box.setAccessibleHelp(row.kind());
            box.setOnAction(event -> box.setSelected(viewModel.setTicked(row.id(), box.isSelected())));
            box.disableProperty().bind(viewModel.ticksEditableProperty().not());
            boxes.put(row.id(), box);
            box.setWrapText(true);
            kind.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            HBox.setHgrow(box, javafx.scene.layout.Priority.ALWAYS);
            HBox line = new HBox(box, kind);
            line.getStyleClass().add("lesson-plan-scenario");
            scenarios.getChildren().add(line);
        }
        messageLabel.textProperty().bind(viewModel.messageProperty());
        messageLabel.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        messageLabel.managedProperty().bind(messageLabel.visibleProperty());
        viewModel.choiceProperty().addListener(new WeakChangeListener<>(choiceFollower));
        showChoice();
    }

    private void showChoice() {
        boxes.forEach((id, box) -> box.setSelected(viewModel.isTicked(id)));
        summaryLabel.setText(viewModel.summary());
    }
}
