package org.leaklab.ui.guide;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Transform;
import org.leaklab.settings.Theme;
import org.leaklab.ui.common.Appearance;
import org.leaklab.ui.common.Resources;
import org.leaklab.ui.common.SnapshotPrinter;

/**
 * Controller of TeacherGuide.fxml: the guide's Markdown drawn by {@link MarkdownNodes}, a table of
 * contents that scrolls to a section, printing and opening the Markdown file.
 */
public final class TeacherGuideView {
    /** The printed page's width in pixels at the normal text size: about 10 pt text on A4 or Letter. */
    static final double PRINT_WIDTH = 680;
    /** Print from a picture at twice the pixels, so text stays sharp on paper. */
    private static final double PRINT_SHARPNESS = 2;

    private final TeacherGuideViewModel viewModel;

    @FXML
    private VBox page;
    @FXML
    private Label noteLabel;
    @FXML
    private HBox columns;
    @FXML
    private VBox contentsCard;
    @FXML
    private VBox contents;
    @FXML
    private VBox body;
    @FXML
    private Button printButton;
    @FXML
    private Button fileButton;

    public TeacherGuideView(TeacherGuideViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        String note = viewModel.note();
        noteLabel.setText(note);
        noteLabel.setVisible(!note.isEmpty());
        noteLabel.setManaged(noteLabel.isVisible());
        body.getChildren().setAll(new MarkdownNodes(viewModel::openLink).blocks(viewModel.document()));
        for (TeacherGuideViewModel.ContentsEntry entry : viewModel.contents()) {
            Hyperlink link = new Hyperlink(entry.text());
            link.getStyleClass().addAll("guide-contents-entry", "level-" + entry.level());
            link.setId("guide-contents-" + entry.index());
            link.setOnAction(event -> scrollTo(entry.index()));
            contents.getChildren().add(link);
        }
        boolean any = viewModel.hasGuide();
        show(columns, any);
        show(contentsCard, !contents.getChildren().isEmpty());
        printButton.disableProperty().bind(viewModel.busyProperty().or(new SimpleBooleanProperty(!any)));
        fileButton.disableProperty().bind(printButton.disableProperty());
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    /** Scrolls the page so that heading {@code index} is at the top, and gives it to screen readers. */
    private void scrollTo(int index) {
        Node heading = body.lookup("#guide-heading-" + index);
        ScrollPane scroll = scrollPane();
        if (heading == null || scroll == null) {
            return;
        }
        double y = page.sceneToLocal(heading.localToScene(0, 0)).getY();
        double room = page.getHeight() - scroll.getViewportBounds().getHeight();
        scroll.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, y / room)));
    }

    private ScrollPane scrollPane() {
        for (Parent p = page.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        return null;
    }

    @FXML
    private void print() {
        Printout printout = printout();
        viewModel.print(new SnapshotPrinter(printout.picture(), page.getScene().getWindow(), printout.breaks()));
    }

    @FXML
    private void openAsFile() {
        viewModel.openAsFile();
    }

    /**
     * The guide laid out for paper: light colours whatever the theme, the width of a page, the
     * normal text size; with the places between its blocks, where a page may end.
     */
    record Printout(WritableImage picture, List<Double> breaks) {
    }

    Printout printout() {
        VBox paper = new VBox();
        paper.getStyleClass().add("guide-print");
        paper.getChildren().setAll(new MarkdownNodes(viewModel::openLink).blocks(viewModel.document()));
        paper.setPrefWidth(PRINT_WIDTH);
        Scene scene = new Scene(paper);
        new Appearance(Theme.LIGHT, 1.0).applyTo(scene);
        scene.getStylesheets().add(Resources.requireExternal(TeacherGuideView.class, "TeacherGuide.css"));
        paper.applyCss();
        double height = paper.prefHeight(PRINT_WIDTH);
        paper.resize(PRINT_WIDTH, height);
        paper.layout();
        // A page may end after any block, list item or table cell (a table row), never inside a line.
        List<Double> breaks = new ArrayList<>();
        for (String kind : List.of("." + MarkdownNodes.BLOCK, ".md-item", ".md-cell")) {
            for (Node block : paper.lookupAll(kind)) {
                breaks.add(paper.sceneToLocal(block.localToScene(block.getBoundsInLocal())).getMaxY()
                        * PRINT_SHARPNESS);
            }
        }
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(PRINT_SHARPNESS, PRINT_SHARPNESS));
        return new Printout(paper.snapshot(parameters, null), List.copyOf(breaks));
    }
}
