package org.leaklab.ui.common;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A note card: a bold title, a few sentences and the sources they rest on as numbered marks
 * (the briefing's roles, the results page's lessons, the lesson a feedback page ends with).
 */
public final class NoteCard {
    private NoteCard() {
    }

    /**
     * @param id      the card's node id
     * @param lead    the words before the source marks
     * @param sources the sources cited; no marks when empty
     * @param open    opens a source the student clicks
     */
    public static VBox of(String id, String title, String text, String lead, List<SourceLink> sources,
                          Consumer<SourceLink> open) {
        Label heading = new Label(title);
        heading.getStyleClass().add("note-title");
        heading.setWrapText(true);
        Label body = new Label(text);
        body.getStyleClass().add("note-text");
        body.setWrapText(true);
        VBox card = new VBox(heading, body);
        if (!sources.isEmpty()) {
            card.getChildren().add(SourceMarks.of(lead, sources, open));
        }
        card.getStyleClass().add("note-card");
        card.setId(id);
        return card;
    }
}
