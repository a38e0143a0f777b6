package org.leaklab.ui.ranking;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Controller of Ranking.fxml: the task and perspective beside a {@link RankingBoard} of item cards. */
public final class RankingView {
    private final RankingViewModel viewModel;
    private RankingBoard board;

    @FXML
    private Label titleLabel;
    @FXML
    private Label promptLabel;
    @FXML
    private Label perspectiveLabel;
    @FXML
    private Label perspectiveDescription;
    @FXML
    private Label announcementLabel;
    @FXML
    private StackPane boardHolder;
    @FXML
    private Label topLabel;
    @FXML
    private Label bottomLabel;

    public RankingView(RankingViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        titleLabel.setText(viewModel.title());
        promptLabel.setText(viewModel.prompt());
        perspectiveLabel.setText(viewModel.perspectiveHeading());
        perspectiveDescription.setText(viewModel.perspectiveDescription());
        topLabel.setText(viewModel.topLabel());
        bottomLabel.setText(viewModel.bottomLabel());
        announcementLabel.textProperty().bind(viewModel.order().announcementProperty());
        announcementLabel.visibleProperty().bind(announcementLabel.textProperty().isNotEmpty());
        announcementLabel.managedProperty().bind(announcementLabel.visibleProperty());
        board = new RankingBoard(viewModel.order(), this::cardContent);
        board.setId("rankingBoard");
        boardHolder.getChildren().setAll(board);
    }

    /** The board, for the view's tests. */
    RankingBoard board() {
        return board;
    }

    private Node cardContent(String itemId) {
        Label name = new Label(viewModel.itemName(itemId));
        name.getStyleClass().add("item-name");
        name.setWrapText(true);
        HBox nameRow = new HBox(name);
        nameRow.getStyleClass().add("item-name-row");
        VBox text = new VBox(nameRow);
        if (!viewModel.partOfCase(itemId)) {
            // On a line of its own under the name, so that a large text size wraps the card
            // rather than widening it.
            Label tag = new Label(viewModel.notPartOfCaseTag());
            tag.getStyleClass().add("not-in-case-tag");
            tag.setWrapText(true);
            text.getChildren().add(tag);
        }
        Label card = new Label(viewModel.itemCard(itemId));
        card.getStyleClass().add("item-card");
        card.setWrapText(true);
        text.getChildren().add(card);
        // The details: what a buyer does with it, the harm, the reported price, with sources.
        ToggleButton details = new ToggleButton();
        details.getStyleClass().add("item-details-toggle");
        details.setId("details-" + itemId);
        details.setMinWidth(Region.USE_PREF_SIZE);
        details.setAccessibleText(viewModel.detailsAccessibleText(itemId));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        nameRow.getChildren().addAll(gap, details);
        VBox facts = ItemFactsNodes.facts(viewModel.facts(itemId), viewModel.itemFacts());
        facts.visibleProperty().bind(details.selectedProperty());
        facts.managedProperty().bind(details.selectedProperty());
        details.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> viewModel.detailsText(details.isSelected()), details.selectedProperty()));
        details.setSelected(viewModel.isDetailsShown(itemId));
        details.selectedProperty().addListener((obs, was, now) -> viewModel.setDetailsShown(itemId, now));
        text.getChildren().add(facts);
        text.getStyleClass().add("item-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox content = new HBox(ItemIcons.create(itemId), text);
        content.getStyleClass().add("item-content");
        return content;
    }
}
