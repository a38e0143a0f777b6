package org.leaklab.ui.common;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

/**
 * The sources a text rests on, as numbered marks beside it: "Sources: [2] [5]", numbered as in
 * the case's source list; each mark names its source in a tooltip and for screen readers and
 * opens it in the browser. Hidden when nothing is cited. Styled by SourceList.css.
 */
public final class SourceMarks extends FlowPane {
    private static final String CSS = "SourceList.css";

    public SourceMarks() {
        getStyleClass().add("source-marks");
        getStylesheets().add(Resources.requireExternal(SourceMarks.class, CSS));
        setAlignment(Pos.BASELINE_LEFT);
        setVisible(false);
        setManaged(false);
    }

    /**
     * Marks for {@code cited} after {@code lead} ("Sources:", or blank for the marks alone);
     * activating one calls {@code open}.
     */
    public static SourceMarks of(String lead, List<SourceLink> cited, Consumer<SourceLink> open) {
        SourceMarks marks = new SourceMarks();
        marks.show(lead, cited, open);
        return marks;
    }

    /** Shows {@code cited} after {@code lead}; nothing at all if none is cited. */
    public void show(String lead, List<SourceLink> cited, Consumer<SourceLink> open) {
        getChildren().clear();
        setVisible(!cited.isEmpty());
        setManaged(isVisible());
        if (cited.isEmpty()) {
            return;
        }
        // The lead word by word, so that it flows on to the next line with the marks at a large
        // text size, as a sentence does, instead of widening the page or being cut off.
        for (String word : lead.isBlank() ? new String[0] : lead.strip().split("\\s+")) {
            Label leadWord = new Label(word);
            leadWord.getStyleClass().add("source-marks-lead");
            getChildren().add(leadWord);
        }
        for (SourceLink link : cited) {
            String name = link.date().map(date -> link.name() + " (" + date + ")").orElse(link.name());
            String mark = "[" + link.number() + "]";
            if (link.url().isPresent()) {
                Hyperlink hyperlink = new Hyperlink(mark);
                hyperlink.getStyleClass().add("source-mark");
                hyperlink.setOnAction(event -> open.accept(link));
                hyperlink.setTooltip(new Tooltip(link.number() + ". " + name));
                hyperlink.setAccessibleText(link.number() + ". " + name);
                getChildren().add(hyperlink);
            } else {
                Label label = new Label(mark);
                label.getStyleClass().add("source-mark-text");
                label.setTooltip(new Tooltip(link.number() + ". " + name));
                label.setAccessibleText(link.number() + ". " + name);
                getChildren().add(label);
            }
        }
    }
}
