package org.leaklab.ui.decision;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** The story's texts, shared by the question and the feedback page: wrapping, never cut to one line. */
final class StoryLabels {
    private StoryLabels() {
    }

    /** A label that wraps and is always as tall as its text. */
    static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
