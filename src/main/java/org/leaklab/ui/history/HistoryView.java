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
import javafx.scene.layout.VBox;
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
    private Label problemLabel;
    @FXML
    private Label emptyLabel;
    @FXML
    private Button exportButton;
    @FXML
    private Button deleteButton;
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
        dateColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(viewModel.dateText(cell.getValue())));
        caseColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(viewModel.caseText(cell.getValue())));
        teamsColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(viewModel.teamsText(cell.getValue())));
        resultColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(viewModel.resultText(cell.getValue())));
        for (TableColumn<ClassSession, String> column : List.of(dateColumn, caseColumn, teamsColumn, resultColumn)) {
            column.setCellFactory(WrappingCell::new);
        }
        table.setItems(viewModel.getSessions());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        problemLabel.textProperty().bind(viewModel.problemProperty());
        problemLabel.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());
        emptyLabel.visibleProperty().bind(viewModel.emptyProperty());
        emptyLabel.managedProperty().bind(emptyLabel.visibleProperty());
        exportButton.disableProperty().bind(viewModel.actionsDisabledProperty());
        deleteButton.disableProperty().bind(viewModel.actionsDisabledProperty());

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
    private void exportCsv() {
        viewModel.exportSelected();
    }

    @FXML
    private void delete() {
        viewModel.deleteSelected();
    }
}
