package org.leaklab.ui.presenter;

import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.leaklab.ui.common.Localization;

/**
 * The team form over the presenter's slide (its nodes come from Presenter.fxml): one name field
 * a team with its inline message, the buttons that add and remove a team, and where the keyboard
 * focus goes in it. Every state lives in the {@link TeamSetup}.
 */
final class TeamFormPane {
    private final StackPane overlay;
    private final VBox fields;
    private final Label note;
    private final Button addTeam;
    private final Button removeTeam;
    private final Localization localization;

    TeamFormPane(StackPane overlay, VBox fields, Label note, Button addTeam, Button removeTeam,
                 Localization localization) {
        this.overlay = overlay;
        this.fields = fields;
        this.note = note;
        this.addTeam = addTeam;
        this.removeTeam = removeTeam;
        this.localization = localization;
    }

    /** Shows {@code setup}, its messages in the current language, with the focus in its first name; or no form. */
    void render(Optional<TeamSetup> setup) {
        overlay.setVisible(setup.isPresent());
        if (setup.isEmpty()) {
            fields.getChildren().clear();
            return;
        }
        TeamSetup form = setup.get();
        form.validate(); // the messages in the current language
        fill(form);
        SlideLayout.show(note, form.isCountFixed());
        addTeam.setDisable(!form.canAdd());
        removeTeam.setDisable(!form.canRemove());
        Platform.runLater(() -> {
            Node first = fields.lookup(".team-setup-field");
            if (first != null && overlay.isVisible()) {
                first.requestFocus();
            }
        });
    }

    /** The focus into the name field of team {@code number} (from 1), later if {@code later}. */
    void focusName(int number, boolean later) {
        Node field = fields.lookup("#teamName-" + number);
        if (field != null && later) {
            Platform.runLater(field::requestFocus);
        } else if (field != null) {
            field.requestFocus();
        }
    }

    /** The focus into the first name with a problem, so the teacher types the fix right there. */
    void focusFirstProblem(TeamSetup setup) {
        setup.firstProblem().ifPresent(i -> focusName(i + 1, false));
    }

    /** The name fields of the team form. */
    private void fill(TeamSetup setup) {
        fields.getChildren().clear();
        int number = 1;
        for (TeamSetup.TeamName team : setup.getNames()) {
            Label label = new Label(localization.get("teams.setup.label", number));
            label.getStyleClass().add("team-setup-label");
            label.setMinWidth(Region.USE_PREF_SIZE);
            TextField field = new TextField();
            field.setId("teamName-" + number);
            field.getStyleClass().add("team-setup-field");
            field.textProperty().bindBidirectional(team.nameProperty());
            label.setLabelFor(field);
            HBox.setHgrow(field, Priority.ALWAYS);
            HBox line = new HBox(label, field);
            line.getStyleClass().add("team-setup-line");
            line.setAlignment(Pos.CENTER_LEFT);
            Label problem = new Label();
            problem.setId("teamNameProblem-" + number);
            problem.getStyleClass().add("team-panel-problem");
            problem.setWrapText(true);
            problem.textProperty().bind(team.problemProperty());
            problem.visibleProperty().bind(team.problemProperty().isNotEmpty());
            problem.managedProperty().bind(problem.visibleProperty());
            field.setAccessibleText(label.getText());
            fields.getChildren().addAll(line, problem);
            number++;
        }
    }
}
