package org.leaklab.ui.common;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A numbered list of sources: name, then the address as a link that opens in the browser, and the
 * date. Sources without a web address show their name only. Ships its own stylesheet.
 */
public final class SourceList extends VBox {
    private static final String CSS = "SourceList.css";

    public SourceList() {
        getStyleClass().add("source-entries");
        getStylesheets().add(Resources.requireExternal(SourceList.class, CSS));
    }

    /** Shows {@code links}; activating one calls {@code open}. */
    public void show(List<SourceLink> links, Consumer<SourceLink> open) {
        getChildren().clear();
        for (SourceLink link : links) {
            Label number = new Label(link.number() + ".");
            number.getStyleClass().add("source-number");
            Label name = new Label(link.name());
            name.getStyleClass().add("source-name");
            name.setWrapText(true);
            VBox text = new VBox(name);
            text.getStyleClass().add("source-text");
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox where = new HBox();
            where.getStyleClass().add("source-where");
            where.setAlignment(Pos.BASELINE_LEFT);
            if (link.url().isPresent()) {
                Hyperlink address = new Hyperlink(link.address());
                address.getStyleClass().add("source-address");
                address.setId("source-" + link.id());
                address.setWrapText(true);
                address.setOnAction(event -> open.accept(link));
                where.getChildren().add(address);
            } else if (!link.address().isEmpty()) {
                Label address = new Label(link.address());
                address.getStyleClass().add("source-address-text");
                address.setWrapText(true);
                where.getChildren().add(address);
            }
            link.date().ifPresent(date -> {
                Label dated = new Label(date);
                dated.getStyleClass().add("source-date");
                dated.setMinWidth(USE_PREF_SIZE);
                where.getChildren().add(dated);
            });
            if (!where.getChildren().isEmpty()) {
                text.getChildren().add(where);
            }
            HBox row = new HBox(number, text);
            row.getStyleClass().add("source-entry");
            row.setAlignment(Pos.TOP_LEFT);
            getChildren().add(row);
        }
    }
}
