package org.leaklab.ui.ranking;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.leaklab.ui.common.Resources;
import org.leaklab.ui.common.SourceLink;
import org.leaklab.ui.common.SourceMarks;

/**
 * Draws an item's {@link ItemFacts.Facts}: what a buyer can do with it, how it can hurt, its
 * reported price, each with its source marks. Shared by the ranking card's details, the "Why?"
 * pop-over and the ranking feedback; ships its own stylesheet, ItemFacts.css.
 */
final class ItemFactsNodes {
    private ItemFactsNodes() {
    }

    /** The three facts one under the other, then the item's own sources. */
    static VBox facts(ItemFacts.Facts facts, ItemFacts source) {
        VBox box = new VBox(
                fact(source.buyerUseLabel(), facts.buyerUse(), facts.buyerUseSources(), source),
                fact(source.harmLabel(), facts.harm(), facts.harmSources(), source),
                fact(source.priceLabel(), facts.price(), facts.priceSources(), source));
        if (facts.priceHidden()) {
            box.getChildren().get(2).getStyleClass().add("price-hidden");
        }
        // The item's own sources, where they add one the facts do not cite already.
        java.util.Set<String> cited = new java.util.HashSet<>();
        for (List<SourceLink> list : List.of(facts.buyerUseSources(), facts.harmSources(), facts.priceSources())) {
            list.forEach(link -> cited.add(link.id()));
        }
        if (facts.itemSources().stream().anyMatch(link -> !cited.contains(link.id()))) {
            box.getChildren().add(SourceMarks.of(source.marksLead(), facts.itemSources(), source::open));
        }
        box.getStyleClass().add("item-facts");
        box.getStylesheets().add(Resources.requireExternal(ItemFactsNodes.class, "ItemFacts.css"));
        box.setId("itemFacts-" + facts.itemId());
        return box;
    }

    /**
     * Every item's facts as a table, one row per item: name, what a buyer can do with it, how it
     * can hurt, the reported price; so the items can be compared (a bulk list sold for a fraction
     * of a cent against a targeted address).
     */
    static GridPane table(List<ItemFacts.Facts> all, ItemFacts source, String nameHeading) {
        GridPane table = new GridPane();
        table.getStyleClass().add("item-fact-table");
        table.getStylesheets().add(Resources.requireExternal(ItemFactsNodes.class, "ItemFacts.css"));
        double[] widths = {19, 29, 29, 23};
        for (double width : widths) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(width);
            column.setFillWidth(true);
            table.getColumnConstraints().add(column);
        }
        String[] headings = {nameHeading, source.buyerUseLabel(), source.harmLabel(), source.priceLabel()};
        for (int c = 0; c < headings.length; c++) {
            Label heading = new Label(headings[c]);
            heading.getStyleClass().add("item-fact-label");
            heading.setWrapText(true);
            table.add(cell(heading, List.of(), source, "item-fact-heading"), c, 0);
        }
        int row = 1;
        for (ItemFacts.Facts facts : all) {
            Label name = new Label(facts.name());
            name.getStyleClass().add("item-fact-card-name");
            name.setWrapText(true);
            table.add(cell(name, facts.itemSources(), source, "item-fact-name"), 0, row);
            table.add(cell(text(facts.buyerUse()), facts.buyerUseSources(), source, "item-fact-cell"), 1, row);
            table.add(cell(text(facts.harm()), facts.harmSources(), source, "item-fact-cell"), 2, row);
            VBox price = cell(text(facts.price()), facts.priceSources(), source, "item-fact-cell");
            if (facts.priceHidden()) {
                price.getStyleClass().add("price-hidden");
            }
            table.add(price, 3, row);
            for (Node cell : table.getChildren()) {
                if (GridPane.getRowIndex(cell) == row) {
                    cell.getStyleClass().add(row % 2 == 0 ? "even-row" : "odd-row");
                }
            }
            row++;
        }
        table.setMaxWidth(Double.MAX_VALUE);
        return table;
    }

    private static Label text(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("item-fact-text");
        label.setWrapText(true);
        return label;
    }

    private static VBox cell(Label content, List<SourceLink> cited, ItemFacts source, String styleClass) {
        VBox cell = new VBox(content);
        if (!cited.isEmpty()) {
            // The marks alone (the section's hint says what they are): a lead in every cell would
            // make the narrow columns, and so the table, too wide at a large text size.
            cell.getChildren().add(SourceMarks.of("", cited, source::open));
        }
        cell.getStyleClass().add(styleClass);
        cell.setMaxHeight(Double.MAX_VALUE);
        cell.setMaxWidth(Double.MAX_VALUE);
        return cell;
    }

    private static Node fact(String label, String text, List<SourceLink> cited, ItemFacts source) {
        Label heading = new Label(label);
        heading.getStyleClass().add("item-fact-label");
        heading.setWrapText(true);
        Label body = new Label(text);
        body.getStyleClass().add("item-fact-text");
        body.setWrapText(true);
        VBox fact = new VBox(heading, body);
        if (!cited.isEmpty()) {
            fact.getChildren().add(SourceMarks.of(source.marksLead(), cited, source::open));
        }
        fact.getStyleClass().add("item-fact");
        fact.setAccessibleText(label + ": " + text);
        return fact;
    }
}
