package org.leaklab.ui.history;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.leaklab.ui.common.Appearance;
import org.leaklab.ui.common.Resources;
import javafx.scene.text.Text;
import org.leaklab.session.ClassSession;

/** Controller of History.fxml: the table of saved class sessions and the actions on one. */
public final class HistoryView {
    private final HistoryViewModel viewModel;
    private final ChangeListener<ClassSession> selectionFollower = (obs, old, now) -> renderSelection();

    @FXML
    private TableView<ClassSession> table;
    @FXML
    private TableColumn<ClassSession, String> dateColumn;
    @FXML
    private TableColumn<ClassSession, String> caseColumn;
    @FXML
    private TableColumn<ClassSession, String> teamsColumn;
    @FXML
    private TableColumn<ClassSession, String> resultColumn;
    @FXML
    private VBox problemBox;
    @FXML
    private Label problemLabel;
    @FXML
    private Button saveElsewhereButton;
    @FXML
    private Label emptyLabel;
    @FXML
    private Button exportButton;
    @FXML
    private Button deleteButton;
    @FXML
    private Button exportPngButton;
    @FXML
    private Button continueButton;
    @FXML
    private VBox details;
    @FXML
    private Label roundsLabel;
    @FXML
    private VBox standings;

    public HistoryView(HistoryViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        dateColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(viewModel.dateCellText(cell.getValue())));
        caseColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(viewModel.caseText(cell.getValue())));
        teamsColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(viewModel.teamsText(cell.getValue())));
        resultColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(viewModel.resultText(cell.getValue())));
        for (TableColumn<ClassSession, String> column : List.of(dateColumn, caseColumn, teamsColumn, resultColumn)) {
            column.setCellFactory(WrappingCell::new);
        }
        table.setItems(viewModel.getSessions());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        problemLabel.textProperty().bind(viewModel.problemProperty());
        problemBox.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problemBox.managedProperty().bind(problemBox.visibleProperty());
        problemLabel.visibleProperty().bind(problemBox.visibleProperty());
        saveElsewhereButton.visibleProperty().bind(viewModel.unsavedProperty());
        saveElsewhereButton.managedProperty().bind(saveElsewhereButton.visibleProperty());
        saveElsewhereButton.disableProperty().bind(viewModel.busyProperty());
        emptyLabel.visibleProperty().bind(viewModel.emptyProperty());
        emptyLabel.managedProperty().bind(emptyLabel.visibleProperty());
        exportButton.disableProperty().bind(viewModel.actionsDisabledProperty());
        deleteButton.disableProperty().bind(viewModel.actionsDisabledProperty());
        exportPngButton.disableProperty().bind(viewModel.actionsDisabledProperty());
        continueButton.disableProperty().bind(viewModel.continueDisabledProperty());
        continueButton.setVisible(viewModel.canContinueAtAll());
        continueButton.setManaged(continueButton.isVisible());

        // Table selection and view model selection follow each other; the view model outlives this view.
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener(new WeakChangeListener<>(selectionFollower));
        renderSelection();
    }

    private void renderSelection() {
        ClassSession session = viewModel.selectedProperty().get();
        if (session != null && table.getSelectionModel().getSelectedItem() != session) {
            table.getSelectionModel().select(session);
        }
        details.setVisible(session != null);
        roundsLabel.setText(viewModel.roundsText());
        standings.getChildren().clear();
        for (String line : viewModel.standingLines()) {
            Label label = new Label(line);
            label.getStyleClass().add("standing-line");
            label.setWrapText(true);
            standings.getChildren().add(label);
        }
    }

    /** A cell whose text wraps, so long case titles and team lists are never cut off. */
    private static final class WrappingCell extends TableCell<ClassSession, String> {
        private final Text text = new Text();

        WrappingCell(TableColumn<ClassSession, String> column) {
            getStyleClass().add("wrapping-cell");
            text.getStyleClass().add("wrapping-text");
            // A Text node wraps at a set width; a cell's own text would only be cut off with an ellipsis.
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(16));
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? "" : item);
            setGraphic(empty ? null : text);
        }
    }

    @FXML
    private void continueClass() {
        viewModel.continueSelected();
    }

    @FXML
    private void exportCsv() {
        viewModel.exportSelected();
    }

    @FXML
    private void saveElsewhere() {
        viewModel.saveElsewhere();
    }

    @FXML
    private void exportPng() {
        viewModel.exportSummary(this::snapshotSummary);
    }

    /** Width of the summary image in pixels: wide enough for eight team columns. */
    static final double SUMMARY_WIDTH = 1200;

    /**
     * Draws the selected session's summary off screen, always in the light theme at normal size
     * (an image for a report or a parents' evening, not for this screen), and takes its picture.
     */
    private WritableImage snapshotSummary() {
        VBox summary = new VBox();
        summary.getStyleClass().add("session-summary");
        summary.getStylesheets().add(Resources.requireExternal(HistoryView.class, "History.css"));
        Label title = new Label(viewModel.summaryTitle());
        title.getStyleClass().add("summary-title");
        title.setWrapText(true);
        Label rounds = new Label(viewModel.roundsText());
        rounds.getStyleClass().add("hint");
        Label boardTitle = new Label(viewModel.localization().get("history.summary.leaderboard"));
        boardTitle.getStyleClass().add("section-title");
        summary.getChildren().addAll(title, rounds, boardTitle);
        for (var entry : viewModel.summaryStandings()) {
            ClassSession.Standing standing = entry.getKey();
            Label rank = new Label(Integer.toString(standing.rank()));
            rank.getStyleClass().add("summary-rank");
            rank.setMinWidth(Region.USE_PREF_SIZE);
            Label name = new Label(standing.team());
            name.getStyleClass().add("summary-team");
            Region bar = new Region();
            bar.getStyleClass().add("summary-bar");
            bar.setPrefWidth(Math.max(4, 560 * entry.getValue()));
            bar.setMinWidth(Region.USE_PREF_SIZE);
            Label total = new Label(Long.toString(standing.total()));
            total.getStyleClass().add("summary-total");
            HBox row = new HBox(rank, name, bar, total);
            row.getStyleClass().add("summary-row");
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            summary.getChildren().add(row);
        }
        GridPane grid = new GridPane();
        grid.getStyleClass().add("summary-table");
        Label scenarioHead = new Label(viewModel.localization().get("history.summary.scenario"));
        scenarioHead.getStyleClass().add("summary-head");
        grid.add(scenarioHead, 0, 0);
        List<String> teams = viewModel.summaryTeams();
        for (int t = 0; t < teams.size(); t++) {
            Label head = new Label(teams.get(t));
            head.getStyleClass().add("summary-head");
            head.setWrapText(true);
            grid.add(head, t + 1, 0);
        }
        List<HistoryViewModel.SummaryRow> rows = viewModel.summaryRows();
        for (int r = 0; r < rows.size(); r++) {
            Label scenario = new Label(rows.get(r).scenario());
            scenario.setWrapText(true);
            scenario.getStyleClass().add(r == rows.size() - 1 ? "summary-head" : "summary-cell");
            grid.add(scenario, 0, r + 1);
            for (int t = 0; t < teams.size(); t++) {
                Label cell = new Label(rows.get(r).points().get(t));
                cell.getStyleClass().addAll(r == rows.size() - 1 ? "summary-head" : "summary-cell", "summary-points");
                grid.add(cell, t + 1, r + 1);
            }
        }
        summary.getChildren().add(grid);
        Scene scene = new Scene(summary);
        scene.getStylesheets().setAll(Appearance.stylesheets(org.leaklab.settings.Theme.LIGHT));
        summary.getStyleClass().add(org.leaklab.ui.common.Styles.ROOT);
        summary.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx;", Appearance.BASE_FONT_PX));
        summary.setPrefWidth(SUMMARY_WIDTH);
        summary.applyCss();
        summary.resize(SUMMARY_WIDTH, summary.prefHeight(SUMMARY_WIDTH));
        summary.layout();
        return summary.snapshot(null, null);
    }

    @FXML
    private void delete() {
        viewModel.deleteSelected();
    }
}
