package org.leaklab.ui.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import org.controlsfx.control.PopOver;
import org.leaklab.scoring.Explanation;
import org.leaklab.ui.scorefeedback.FeedbackNodes;
import org.leaklab.ui.common.Resources;

/**
 * Controller of RankingFeedback.fxml: the score, the player's order joined by lines to the
 * reference order (crossing lines are wrongly ordered pairs), the scorer's findings and figures,
 * and each item's value as a stacked bar of its weighted contributions with a "Why?" pop-over.
 */
public final class RankingFeedbackView {
    private final RankingFeedbackViewModel viewModel;
    private final List<Region> yourCells = new ArrayList<>();
    private final List<Region> referenceCells = new ArrayList<>();
    private final Pane linkLane = new Pane();
    private PopOver popOver;

    @FXML
    private VBox scoreBadge;
    @FXML
    private Label scoreLabel;
    @FXML
    private Label titleLabel;
    @FXML
    private Label perspectiveLabel;
    @FXML
    private Label headlineLabel;
    @FXML
    private VBox itemList;
    @FXML
    private GridPane comparisonGrid;
    @FXML
    private VBox findingsCard;
    @FXML
    private VBox figuresCard;
    @FXML
    private VBox findingList;
    @FXML
    private VBox figureList;
    @FXML
    private Label valuesTitle;
    @FXML
    private FlowPane legend;
    @FXML
    private GridPane valueChart;

    public RankingFeedbackView(RankingFeedbackViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        scoreLabel.setText(viewModel.scoreText());
        scoreBadge.setAccessibleText(viewModel.scoreAccessibleText());
        titleLabel.setText(viewModel.title());
        perspectiveLabel.setText(viewModel.perspectiveText());
        headlineLabel.setText(viewModel.headline());
        valuesTitle.setText(viewModel.valuesTitle());
        renderComparison();
        FeedbackNodes.fill(findingList, viewModel.findings());
        FeedbackNodes.fill(figureList, viewModel.figures());
        // A card with nothing in it is left out rather than shown empty.
        findingsCard.setVisible(!viewModel.findings().isEmpty());
        findingsCard.setManaged(findingsCard.isVisible());
        figuresCard.setVisible(!viewModel.figures().isEmpty());
        figuresCard.setManaged(figuresCard.isVisible());
        renderLegend();
        renderValues();
        GridPane items = ItemFactsNodes.table(viewModel.itemFacts(), viewModel.facts(), viewModel.itemHeading());
        items.setId("rankingItemTable");
        itemList.getChildren().setAll(items);
    }

    // ---- your order beside the reference ----

    private void renderComparison() {
        List<RankingFeedbackViewModel.YourPlace> yours = viewModel.yourOrder();
        List<RankingFeedbackViewModel.ReferencePlace> reference = viewModel.referenceOrder();
        ColumnConstraints side = new ColumnConstraints();
        side.setHgrow(Priority.ALWAYS);
        side.setPercentWidth(42);
        ColumnConstraints lane = new ColumnConstraints();
        lane.setPercentWidth(16);
        comparisonGrid.getColumnConstraints().setAll(side, lane, side);
        comparisonGrid.add(header(viewModel.yourOrderHeading()), 0, 0);
        comparisonGrid.add(header(viewModel.referenceOrderHeading()), 2, 0);
        for (RankingFeedbackViewModel.YourPlace place : yours) {
            Region cell = placeCell(place.place(), place.name(), placementMark(place), place.placementText(),
                    place.accessibleText(),
                    "placement-" + place.placement().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            cell.setId("yourPlace-" + place.place());
            yourCells.add(cell);
            comparisonGrid.add(cell, 0, place.place());
        }
        for (RankingFeedbackViewModel.ReferencePlace place : reference) {
            Region cell = placeCell(place.place(), place.name(), "", place.valueText(), place.accessibleText(),
                    "reference-place");
            cell.setId("referencePlace-" + place.place());
            referenceCells.add(cell);
            comparisonGrid.add(cell, 2, place.place());
        }
        linkLane.getStyleClass().add("link-lane");
        linkLane.setMinWidth(0);
        linkLane.setPrefWidth(0);
        linkLane.setMouseTransparent(true);
        comparisonGrid.add(linkLane, 1, 1, 1, yours.size());
        // The lines join cell middles, which are only known after layout: draw them whenever it changes.
        linkLane.layoutBoundsProperty().addListener((obs, old, now) -> drawLinks(yours));
        for (Region cell : yourCells) {
            cell.boundsInParentProperty().addListener((obs, old, now) -> drawLinks(yours));
        }
        for (Region cell : referenceCells) {
            cell.boundsInParentProperty().addListener((obs, old, now) -> drawLinks(yours));
        }
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("comparison-header");
        label.setWrapText(true);
        return label;
    }

    private static String placementMark(RankingFeedbackViewModel.YourPlace place) {
        return switch (place.placement()) {
            case RIGHT, TIED -> "\u2713";
            case TOO_HIGH, TOO_LOW -> "\u2717";
        };
    }

    private static Region placeCell(int place, String name, String mark, String detail, String accessibleText,
                                    String styleClass) {
        Label number = new Label(Integer.toString(place));
        number.getStyleClass().add("comparison-place");
        number.setMinWidth(Region.USE_PREF_SIZE);
        Label nameLabel = new Label(name);
        nameLabel.getStyleClass().add("comparison-name");
        nameLabel.setWrapText(true);
        Label detailLabel = new Label(mark.isEmpty() ? detail : mark + " " + detail);
        detailLabel.getStyleClass().add("comparison-detail");
        detailLabel.setWrapText(true);
        VBox text = new VBox(nameLabel, detailLabel);
        text.getStyleClass().add("comparison-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox cell = new HBox(number, text);
        cell.getStyleClass().addAll("comparison-cell", styleClass);
        cell.setMaxWidth(Double.MAX_VALUE);
        cell.setAccessibleText(accessibleText);
        GridPane.setFillWidth(cell, true);
        return cell;
    }

    private void drawLinks(List<RankingFeedbackViewModel.YourPlace> yours) {
        linkLane.getChildren().clear();
        double width = linkLane.getWidth();
        if (width <= 0 || yourCells.isEmpty()) {
            return;
        }
        double laneTop = linkLane.getBoundsInParent().getMinY();
        for (RankingFeedbackViewModel.YourPlace place : yours) {
            Bounds from = yourCells.get(place.place() - 1).getBoundsInParent();
            Bounds to = referenceCells.get(place.referencePlace() - 1).getBoundsInParent();
            double y1 = from.getCenterY() - laneTop;
            double y2 = to.getCenterY() - laneTop;
            double inset = 6;
            Line line = new Line(inset, y1, width - inset, y2);
            String tone = place.right() ? "link-right" : "link-wrong";
            line.getStyleClass().addAll("link", tone);
            Circle start = new Circle(inset, y1, 4);
            Circle end = new Circle(width - inset, y2, 4);
            start.getStyleClass().addAll("link-end", tone);
            end.getStyleClass().addAll("link-end", tone);
            // Unmanaged: drawing the lines after a layout must not ask for another one.
            for (Node shape : List.of(line, start, end)) {
                shape.setManaged(false);
            }
            linkLane.getChildren().addAll(line, start, end);
        }
    }

    // ---- values as stacked bars ----

    private void renderLegend() {
        legend.getChildren().clear();
        for (RankingFeedbackViewModel.LegendEntry entry : viewModel.legend()) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("legend-swatch", "chart-" + entry.colour());
            Label label = new Label(entry.text(), swatch);
            label.getStyleClass().add("legend-entry");
            legend.getChildren().add(label);
        }
    }

    /**
     * One bar per item, its name on a line above it: so the bar has the chart's whole width and
     * a long name wraps there at any text size instead of squeezing the bar.
     */
    private void renderValues() {
        ColumnConstraints bar = new ColumnConstraints();
        bar.setHgrow(Priority.ALWAYS);
        ColumnConstraints total = new ColumnConstraints();
        total.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints whyColumn = new ColumnConstraints();
        whyColumn.setMinWidth(Region.USE_PREF_SIZE);
        valueChart.getColumnConstraints().setAll(bar, total, whyColumn);
        int row = 0;
        double max = viewModel.maxValue();
        for (RankingFeedbackViewModel.ItemValue value : viewModel.values()) {
            Label itemName = new Label(value.name());
            itemName.getStyleClass().add("value-name");
            itemName.setWrapText(true);
            valueChart.add(itemName, 0, row, 3, 1);
            row++;
            valueChart.add(bar(value, max), 0, row);
            Label totalLabel = new Label(value.totalText());
            totalLabel.getStyleClass().add("value-total");
            totalLabel.setId("valueTotal-" + value.itemId());
            valueChart.add(totalLabel, 1, row);
            Button why = new Button(viewModel.whyText());
            why.getStyleClass().add("why-button");
            why.setId("why-" + value.itemId());
            why.setAccessibleText(viewModel.whyAccessibleText(value.itemId()));
            why.setMinWidth(Region.USE_PREF_SIZE);
            why.setOnAction(event -> showWhy(why, value.itemId()));
            valueChart.add(why, 2, row);
            row++;
        }
    }

    private static Node bar(RankingFeedbackViewModel.ItemValue value, double max) {
        StackPane track = new StackPane();
        track.getStyleClass().add("value-track");
        track.setAccessibleText(value.accessibleText());
        HBox segments = new HBox();
        segments.getStyleClass().add("value-segments");
        segments.setMinWidth(0);
        segments.setMaxWidth(Region.USE_PREF_SIZE);
        StackPane.setAlignment(segments, javafx.geometry.Pos.CENTER_LEFT);
        for (RankingFeedbackViewModel.Segment segment : value.segments()) {
            StackPane piece = new StackPane();
            piece.getStyleClass().addAll("value-segment", "chart-" + segment.colour());
            piece.setMinWidth(0);
            double share = segment.value() / max;
            // The track's width is set by the grid, never by its content, so binding to it cannot loop.
            piece.prefWidthProperty().bind(track.widthProperty().subtract(track.snappedLeftInset()
                    + track.snappedRightInset()).multiply(share));
            piece.maxWidthProperty().bind(piece.prefWidthProperty());
            // The short figure inside a segment only where it fits whole; the tooltip always has it.
            Label figure = new Label(segment.shortText());
            figure.getStyleClass().add("segment-label");
            piece.getChildren().setAll(figure);
            // Measured when asked, not now: the label's font is only known once CSS has been applied.
            figure.visibleProperty().bind(Bindings.createBooleanBinding(
                    () -> piece.getWidth() >= figure.prefWidth(-1) + piece.snappedLeftInset()
                            + piece.snappedRightInset() + 4,
                    piece.widthProperty(), figure.fontProperty(), figure.textProperty()));
            Tooltip.install(piece, new Tooltip(segment.text()));
            segments.getChildren().add(piece);
        }
        track.getChildren().add(segments);
        return track;
    }

    private void showWhy(Button owner, String itemId) {
        if (popOver != null) {
            popOver.hide();
        }
        VBox content = new VBox();
        content.getStyleClass().add("why-content");
        boolean first = true;
        for (String line : viewModel.why(itemId)) {
            Label label = new Label(line);
            label.setWrapText(true);
            label.getStyleClass().add(first ? "why-sum" : "why-term");
            content.getChildren().add(label);
            first = false;
        }
        content.getChildren().add(ItemFactsNodes.facts(viewModel.factsOf(itemId), viewModel.facts()));
        String ownStyles = Resources.requireExternal(RankingFeedbackView.class, "RankingFeedback.css");
        popOver = new PopOver(measure(content, owner, ownStyles));
        popOver.setArrowLocation(PopOver.ArrowLocation.RIGHT_CENTER);
        popOver.setDetachable(false);
        popOver.setAutoHide(true);
        // The window's theme and text size, so the pop-over reads like the page it belongs to.
        popOver.getRoot().getStylesheets().setAll(owner.getScene().getStylesheets());
        popOver.getRoot().getStylesheets().add(ownStyles);
        popOver.show(owner);
        // The pop-over places itself by its content's height for no given width (one line per
        // wrapping label); laid out at its fixed width, it grows after it is shown. Each time its
        // size changes, it is moved so that its middle, where its arrow is, is level with the row.
        PopOver shown = popOver;
        Node frame = shown.getSkin().getNode();
        Runnable level = () -> {
            if (shown.isShowing()) {
                javafx.geometry.Bounds row = owner.localToScreen(owner.getBoundsInLocal());
                javafx.geometry.Bounds drawn = frame.getBoundsInParent();
                if (row != null && drawn.getHeight() > 0) {
                    shown.setAnchorY(row.getCenterY() - drawn.getMinY() - drawn.getHeight() / 2);
                }
            }
        };
        frame.boundsInParentProperty().addListener((obs, before, now) -> {
            if (before.getHeight() != now.getHeight()) {
                level.run();
            }
        });
        javafx.application.Platform.runLater(level);
    }

    /**
     * Lays out the pop-over's content before it is shown, in the window's theme and text size, and
     * fixes its width, so that its lines wrap at that width wherever it is laid out. At the largest
     * text sizes it is at most 60 % of the window wide and 80 % of it high; what does not fit then
     * scrolls.
     */
    private static Region measure(VBox content, Node owner, String ownStyles) {
        javafx.scene.Scene window = owner.getScene();
        // The root's font size is the text size (the one style Appearance sets); the content takes it along.
        content.setStyle(window.getRoot().getStyle());
        javafx.scene.Group holder = new javafx.scene.Group(content);
        javafx.scene.Scene measuring = new javafx.scene.Scene(holder);
        measuring.getStylesheets().setAll(window.getStylesheets());
        measuring.getStylesheets().add(ownStyles);
        content.applyCss();
        double em = content.getChildren().isEmpty() || !(content.getChildren().get(0) instanceof Label first) ? 15
                : first.getFont().getSize();
        double width = Math.min(32 * em, window.getWidth() * 0.6);
        double height = content.prefHeight(width);
        // Only the width is fixed; the pop-over works out the height in its own scene (see showWhy).
        content.setMinWidth(width);
        content.setPrefWidth(width);
        content.setMaxWidth(width);
        content.setMinHeight(Region.USE_PREF_SIZE);
        holder.getChildren().clear();
        double room = window.getHeight() * 0.8;
        if (height <= room) {
            return content;
        }
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.getStyleClass().add("why-scroll");
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        // Room for the vertical scroll bar, which grows with the text like everything else.
        double bar = em * 1.3;
        scroll.setPrefSize(width + bar, room);
        scroll.setMinSize(width + bar, room);
        scroll.setMaxSize(width + bar, room);
        return scroll;
    }

    /** The pop-over of the last "Why?" pressed, for tests. */
    PopOver popOver() {
        return popOver;
    }
}
