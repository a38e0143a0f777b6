package org.leaklab.ui.briefing;

import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.leaklab.ui.common.NoteCard;
import org.leaklab.ui.common.SourceList;
import org.leaklab.ui.common.SourceMarks;

/** Controller of Briefing.fxml: renders the briefing's content and forwards source clicks. */
public final class BriefingView {
    /**
     * Below this width, in multiples of the story's font size (1.2 em of the page's text), timeline
     * and roles stack instead of sitting side by side: about 55 em of body text.
     */
    private static final double TWO_COLUMNS_FROM_STORY_EM = 46;

    private final BriefingViewModel viewModel;

    @FXML
    private VBox page;
    @FXML
    private Label story;
    @FXML
    private GridPane columns;
    @FXML
    private ColumnConstraints firstColumn;
    @FXML
    private ColumnConstraints secondColumn;
    @FXML
    private VBox timelineSection;
    @FXML
    private VBox timeline;
    @FXML
    private VBox rolesSection;
    @FXML
    private VBox roles;
    @FXML
    private VBox sourcesSection;
    @FXML
    private SourceList sourceList;
    @FXML
    private HBox lessonPlanRow;
    @FXML
    private Label lessonPlanLabel;
    @FXML
    private Button lessonPlanButton;

    public BriefingView(BriefingViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        story.setText(viewModel.story());
        viewModel.lessonPlan().ifPresent(plan -> {
            lessonPlanLabel.setText(plan.text());
            lessonPlanButton.setOnAction(event -> plan.change().run());
        });
        show(lessonPlanRow, viewModel.lessonPlan().isPresent());
        renderTimeline();
        renderRoles();
        sourceList.show(viewModel.sources(), viewModel::open);
        show(timelineSection, viewModel.hasTimeline());
        show(rolesSection, viewModel.hasRoles());
        show(sourcesSection, viewModel.hasSources());
        page.widthProperty().addListener((obs, old, width) -> arrangeColumns());
        story.fontProperty().addListener((obs, old, font) -> arrangeColumns());
        arrangeColumns();
    }

    private void renderTimeline() {
        var entries = viewModel.timeline();
        for (int i = 0; i < entries.size(); i++) {
            BriefingViewModel.TimelineEntry entry = entries.get(i);
            Region line = new Region();
            line.getStyleClass().add("timeline-line");
            Region dot = new Region();
            dot.getStyleClass().add("timeline-dot");
            StackPane rail = new StackPane(line, dot);
            rail.getStyleClass().add("timeline-rail");
            StackPane.setAlignment(line, Pos.TOP_CENTER);
            StackPane.setAlignment(dot, Pos.TOP_CENTER);
            Label date = new Label(entry.date());
            date.getStyleClass().add("timeline-date");
            date.setWrapText(true);
            Label text = new Label(entry.text());
            text.getStyleClass().add("timeline-text");
            text.setWrapText(true);
            VBox body = new VBox(date, text);
            body.getStyleClass().add("timeline-body");
            if (!entry.sources().isEmpty()) {
                SourceMarks citation = SourceMarks.of(viewModel.marksLead(), entry.sources(), viewModel::open);
                citation.getStyleClass().add("timeline-citation");
                citation.setAccessibleText(entry.citation());
                body.getChildren().add(citation);
            }
            HBox.setHgrow(body, Priority.ALWAYS);
            HBox event = new HBox(rail, body);
            event.getStyleClass().add("timeline-event");
            event.setId("timeline-event-" + i);
            if (i == 0) {
                event.getStyleClass().add("timeline-first");
            }
            if (i == entries.size() - 1) {
                event.getStyleClass().add("timeline-last");
            }
            timeline.getChildren().add(event);
        }
    }

    private void renderRoles() {
        for (BriefingViewModel.RoleCard role : viewModel.roles()) {
            roles.getChildren().add(NoteCard.of("role-" + role.id(), role.name(), role.description(),
                    viewModel.marksLead(), role.sources(), viewModel::open));
        }
    }

    /** Timeline and roles side by side when the page is wide enough for both to read well. */
    private void arrangeColumns() {
        boolean wide = page.getWidth() >= TWO_COLUMNS_FROM_STORY_EM * story.getFont().getSize()
                && timelineSection.isManaged() && rolesSection.isManaged();
        GridPane.setConstraints(timelineSection, 0, 0);
        GridPane.setConstraints(rolesSection, wide ? 1 : 0, wide ? 0 : 1);
        if (wide) {
            firstColumn.setPercentWidth(58);
            secondColumn.setPercentWidth(42);
            columns.getColumnConstraints().setAll(firstColumn, secondColumn);
        } else {
            firstColumn.setPercentWidth(100);
            columns.getColumnConstraints().setAll(firstColumn);
        }
    }

    private static void show(Region section, boolean visible) {
        section.setVisible(visible);
        section.setManaged(visible);
    }
}
