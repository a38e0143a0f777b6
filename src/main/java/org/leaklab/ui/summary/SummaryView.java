package org.leaklab.ui.summary;

import java.util.Optional;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Transform;
import org.leaklab.ui.common.SnapshotPrinter;
import org.leaklab.ui.common.NoteCard;
import org.leaklab.ui.common.SourceList;

/** Controller of Summary.fxml: renders the results and forwards restart, save, print and row clicks. */
public final class SummaryView {
    /** Print from a picture at twice the screen's pixels, so text stays sharp on paper. */
    private static final double PRINT_SHARPNESS = 2;

    private final SummaryViewModel viewModel;

    @FXML
    private VBox report;
    @FXML
    private VBox actions;
    @FXML
    private Label dateLabel;
    @FXML
    private Label nameLabel;
    @FXML
    private Label nameFieldLabel;
    @FXML
    private TextField nameField;
    @FXML
    private Button answerSkippedButton;
    @FXML
    private Label caseTitle;
    @FXML
    private Label totalScore;
    @FXML
    private Label totalUnit;
    @FXML
    private VBox totalBadge;
    @FXML
    private Label answered;
    @FXML
    private VBox rows;
    @FXML
    private VBox lessonsSection;
    @FXML
    private VBox lessons;
    @FXML
    private VBox sourcesSection;
    @FXML
    private SourceList sourceList;
    @FXML
    private Button saveButton;
    @FXML
    private Button printButton;

    public SummaryView(SummaryViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        caseTitle.setText(viewModel.caseTitle());
        totalScore.setText(String.valueOf(viewModel.totalScore()));
        totalUnit.setText(viewModel.totalUnit());
        totalBadge.setAccessibleText(viewModel.totalAccessible());
        answered.setText(viewModel.answeredText());
        dateLabel.setText(viewModel.dateText());
        nameLabel.textProperty().bind(viewModel.nameText());
        nameLabel.visibleProperty().bind(nameLabel.textProperty().isNotEmpty());
        nameLabel.managedProperty().bind(nameLabel.visibleProperty());
        nameFieldLabel.setLabelFor(nameField);
        nameField.textProperty().bindBidirectional(viewModel.studentNameProperty());
        answerSkippedButton.setText(viewModel.answerSkippedText());
        answerSkippedButton.setVisible(viewModel.skippedCount() > 0);
        answerSkippedButton.setManaged(answerSkippedButton.isVisible());
        saveButton.disableProperty().bind(viewModel.busyProperty());
        printButton.disableProperty().bind(viewModel.busyProperty());
        for (SummaryViewModel.ScoreRow row : viewModel.rows()) {
            rows.getChildren().add(scoreRow(row));
        }
        for (SummaryViewModel.LessonEntry lesson : viewModel.lessons()) {
            lessons.getChildren().add(NoteCard.of("lesson-" + lesson.id(), lesson.title(), lesson.text(),
                    viewModel.marksLead(), lesson.sources(), viewModel::openSource));
        }
        lessonsSection.setVisible(!lessons.getChildren().isEmpty());
        lessonsSection.setManaged(lessonsSection.isVisible());
        var links = viewModel.sources();
        sourceList.show(links, viewModel::openSource);
        sourcesSection.setVisible(!links.isEmpty());
        sourcesSection.setManaged(sourcesSection.isVisible());
    }

    /** A scenario's bar as a button: title, bar, score; activating it goes back to the scenario. */
    private Button scoreRow(SummaryViewModel.ScoreRow row) {
        Label number = new Label(String.valueOf(row.step()));
        number.getStyleClass().add("score-number");
        Label title = new Label(row.title());
        title.getStyleClass().add("score-title");
        title.setWrapText(true);
        ProgressBar bar = new ProgressBar(row.fraction());
        bar.getStyleClass().add("score-bar");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setFocusTraversable(false);
        StackPane track = new StackPane(bar);
        track.getStyleClass().add("score-track");
        HBox.setHgrow(track, Priority.ALWAYS);
        Label value = new Label();
        value.getStyleClass().add("score-value");
        if (row.score().isPresent()) {
            value.setText(row.scoreText());
        } else {
            // "not answered" sits in the empty bar, so every bar keeps the same length.
            Label missing = new Label(row.scoreText());
            missing.getStyleClass().add("score-missing");
            StackPane.setAlignment(missing, Pos.CENTER_LEFT);
            track.getChildren().add(missing);
            value.setText("\u2013");
        }
        HBox content = new HBox(number, title, track, value);
        content.getStyleClass().add("score-row-content");
        content.setAlignment(Pos.CENTER_LEFT);
        content.setMinWidth(0);
        // The bar (a control of its own) would swallow the click; the whole row is the button.
        content.setMouseTransparent(true);

        Button button = new Button();
        button.setGraphic(content);
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMinWidth(0);
        button.setAlignment(Pos.CENTER_LEFT);
        button.getStyleClass().setAll("score-row", "score-" + row.tone().name().toLowerCase(java.util.Locale.ROOT));
        button.setId("score-row-" + row.scenarioId());
        button.setAccessibleText(row.accessible());
        button.setOnAction(event -> viewModel.open(row));
        // The graphic of a button keeps its own width; make it fill the row so every bar lines up.
        content.prefWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(0, button.getWidth() - button.snappedLeftInset() - button.snappedRightInset()),
                button.widthProperty(), button.paddingProperty()));
        title.prefWidthProperty().bind(content.widthProperty().multiply(0.4));
        title.minWidthProperty().bind(title.prefWidthProperty());
        return button;
    }

    @FXML
    private void answerSkipped() {
        viewModel.answerSkipped();
    }

    @FXML
    private void restart() {
        viewModel.restart();
    }

    @FXML
    private void savePng() {
        Optional<Path> file = viewModel.chooseImageFile();
        file.ifPresent(path -> viewModel.savePng(path, snapshot(1)));
    }

    @FXML
    private void print() {
        viewModel.print(new SnapshotPrinter(snapshot(PRINT_SHARPNESS), report.getScene().getWindow()));
    }

    /** The report as a picture, without the buttons and the name field (they mean nothing on paper). */
    WritableImage snapshot(double scale) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale, scale));
        actions.setVisible(false);
        actions.setManaged(false);
        try {
            report.applyCss();
            report.layout();
            return report.snapshot(parameters, null);
        } finally {
            actions.setManaged(true);
            actions.setVisible(true);
        }
    }
}
