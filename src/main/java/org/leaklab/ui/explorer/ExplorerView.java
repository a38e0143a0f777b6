package org.leaklab.ui.explorer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.TranslateTransition;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.leaklab.model.Perspective;
import org.leaklab.scoring.ValueModel;

/** Controller of Explorer.fxml: sliders, the live ranking (animated) and the explanation. */
public final class ExplorerView {
    /** How long a row takes to glide to its new place. */
    static final Duration MOVE_DURATION = Duration.millis(350);
    private static final String SELECTED = "selected";

    private final ExplorerViewModel viewModel;
    private final Map<String, HBox> rows = new HashMap<>();
    private final Map<String, TranslateTransition> moves = new HashMap<>();
    private final ListChangeListener<ExplorerViewModel.RankedItem> rankingFollower = change -> renderRanking();
    private final ListChangeListener<ExplorerViewModel.WeightSetting> weightsFollower = change -> renderWeights();
    private final ChangeListener<String> selectionFollower = (obs, old, now) -> renderExplanation();
    private final ChangeListener<ValueModel> modelFollower = (obs, old, now) -> renderExplanation();
    private final ChangeListener<Perspective> perspectiveFollower = (obs, old, now) -> renderPerspective();

    @FXML
    private VBox perspectiveButtons;
    @FXML
    private Label perspectiveDescription;
    @FXML
    private VBox weightList;
    @FXML
    private Label changedLabel;
    @FXML
    private Button resetButton;
    @FXML
    private VBox rankingList;
    @FXML
    private Label explanationTitle;
    @FXML
    private VBox explanationBox;
    @FXML
    private Label caseLabel;

    private final ToggleGroup perspectiveGroup = new ToggleGroup();

    public ExplorerView(ExplorerViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        caseLabel.setText(viewModel.caseTitle());
        for (Perspective perspective : viewModel.perspectives()) {
            ToggleButton button = new ToggleButton(viewModel.perspectiveName(perspective));
            button.setId("perspective-" + perspective.id());
            button.setUserData(perspective);
            button.setToggleGroup(perspectiveGroup);
            // Perspective names are phrases ("the customer whose data leaks"): full width, wrapping.
            button.setWrapText(true);
            button.setMaxWidth(Double.MAX_VALUE);
            perspectiveButtons.getChildren().add(button);
        }
        perspectiveGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one perspective is always chosen
            } else {
                viewModel.perspectiveProperty().set((Perspective) now.getUserData());
            }
        });
        changedLabel.visibleProperty().bind(viewModel.changedProperty());
        resetButton.disableProperty().bind(viewModel.changedProperty().not());

        // The view model outlives this view (it is loaded again after a language switch): weak listeners.
        viewModel.getRanking().addListener(new WeakListChangeListener<>(rankingFollower));
        viewModel.getWeights().addListener(new WeakListChangeListener<>(weightsFollower));
        viewModel.selectedItemProperty().addListener(new WeakChangeListener<>(selectionFollower));
        viewModel.modelProperty().addListener(new WeakChangeListener<>(modelFollower));
        viewModel.perspectiveProperty().addListener(new WeakChangeListener<>(perspectiveFollower));
        renderPerspective();
        renderWeights();
        renderRanking();
        renderExplanation();
    }

    private void renderPerspective() {
        perspectiveGroup.getToggles().stream()
                .filter(t -> t.getUserData() == viewModel.perspectiveProperty().get())
                .forEach(t -> t.setSelected(true));
        perspectiveDescription.setText(viewModel.perspectiveDescription());
    }

    private void renderWeights() {
        weightList.getChildren().clear();
        for (ExplorerViewModel.WeightSetting setting : viewModel.getWeights()) {
            Label name = new Label(setting.name());
            name.getStyleClass().add("weight-name");
            Label value = new Label(setting.weightText());
            value.getStyleClass().add("weight-value");
            value.setMinWidth(Region.USE_PREF_SIZE);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox heading = new HBox(name, gap, value);
            heading.getStyleClass().add("weight-heading");

            Slider slider = new Slider(0, viewModel.maximumWeight(), setting.weightProperty().get());
            slider.setId("weight-" + setting.attribute().id());
            slider.setBlockIncrement(ExplorerViewModel.WEIGHT_STEP);
            slider.setMajorTickUnit(0.25);
            slider.setMinorTickCount(4);
            slider.setShowTickMarks(true);
            slider.setAccessibleText(setting.name());
            slider.setAccessibleHelp(setting.description());
            slider.valueProperty().bindBidirectional(setting.weightProperty());
            slider.valueProperty().addListener((obs, old, now) -> value.setText(setting.weightText()));
            Tooltip.install(slider, new Tooltip(setting.description()));
            name.setLabelFor(slider);

            VBox row = new VBox(heading, slider);
            row.getStyleClass().add("weight-row");
            weightList.getChildren().add(row);
        }
    }

    /** Puts the rows in the model's order; rows that changed place glide there from where they were. */
    private void renderRanking() {
        Map<String, Double> before = new HashMap<>();
        rows.forEach((id, row) -> before.put(id, row.getLayoutY() + row.getTranslateY()));
        boolean wasLaidOut = rankingList.getHeight() > 0;

        List<ExplorerViewModel.RankedItem> ranking = viewModel.getRanking();
        rankingList.getChildren().setAll(ranking.stream().map(this::row).toList());
        if (!wasLaidOut) {
            return;
        }
        rankingList.applyCss();
        rankingList.layout();
        for (ExplorerViewModel.RankedItem item : ranking) {
            HBox row = rows.get(item.item().id());
            Double oldY = before.get(item.item().id());
            TranslateTransition running = moves.remove(item.item().id());
            if (running != null) {
                running.stop();
            }
            if (oldY == null || Math.abs(oldY - row.getLayoutY()) < 0.5) {
                row.setTranslateY(0);
                continue;
            }
            row.setTranslateY(oldY - row.getLayoutY());
            TranslateTransition move = new TranslateTransition(MOVE_DURATION, row);
            move.setToY(0);
            move.setOnFinished(event -> moves.remove(item.item().id()));
            moves.put(item.item().id(), move);
            move.play();
        }
    }

    private HBox row(ExplorerViewModel.RankedItem item) {
        HBox row = rows.computeIfAbsent(item.item().id(), id -> newRow(item));
        ((Label) row.lookup(".rank-place")).setText(item.place() + ".");
        Label movement = (Label) row.lookup(".rank-movement");
        movement.setText(viewModel.movementText(item));
        movement.getStyleClass().removeAll("up", "down");
        if (item.movement() != 0) {
            movement.getStyleClass().add(item.movement() > 0 ? "up" : "down");
        }
        ((Label) row.lookup(".rank-value")).setText(viewModel.valueText(item));
        row.setAccessibleText(viewModel.accessibleText(item));
        return row;
    }

    private HBox newRow(ExplorerViewModel.RankedItem item) {
        Label place = new Label();
        place.getStyleClass().add("rank-place");
        place.setMinWidth(Region.USE_PREF_SIZE);
        Label name = new Label(viewModel.itemName(item));
        name.getStyleClass().add("rank-name");
        name.setWrapText(true);
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        Label movement = new Label();
        movement.getStyleClass().add("rank-movement");
        movement.setMinWidth(Region.USE_PREF_SIZE);
        Label value = new Label();
        value.getStyleClass().add("rank-value");
        value.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(place, name, movement, value);
        row.setId("rank-" + item.item().id());
        row.getStyleClass().add("rank-row");
        // A row is a button to the keyboard and to screen readers: Enter or Space shows its explanation.
        row.setFocusTraversable(true);
        row.setAccessibleRole(AccessibleRole.BUTTON);
        row.setOnMouseClicked(event -> {
            row.requestFocus();
            viewModel.selectItem(item.item().id());
        });
        row.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                viewModel.selectItem(item.item().id());
                event.consume();
            }
        });
        return row;
    }

    private void renderExplanation() {
        String selected = viewModel.selectedItemProperty().get();
        rows.forEach((id, row) -> {
            row.getStyleClass().remove(SELECTED);
            if (id.equals(selected)) {
                row.getStyleClass().add(SELECTED);
            }
        });
        explanationTitle.setText(viewModel.explanationTitle());
        explanationBox.getChildren().clear();
        for (String line : viewModel.explanation()) {
            Label label = new Label(line);
            label.setWrapText(true);
            label.getStyleClass().add("explanation-line");
            explanationBox.getChildren().add(label);
        }
    }

    @FXML
    private void reset() {
        viewModel.reset();
    }
}
