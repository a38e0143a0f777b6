package org.leaklab.ui.common;

import javafx.beans.InvalidationListener;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Lets a wrapping label or button grow narrower only down to its longest word, so its text wraps
 * between words ("Check / answer") and is never broken inside one ("Ant / wort / prüf / en") when
 * a row of buttons runs short of room at a large text size.
 */
public final class WholeWords {
    private WholeWords() {
    }

    /** Keeps {@code labeled}'s minimum width at its longest word, following its text and font. */
    public static void keep(Labeled labeled) {
        InvalidationListener update = obs -> labeled.setMinWidth(longestWord(labeled)
                + labeled.snappedLeftInset() + labeled.snappedRightInset() + labeled.getLabelPadding().getLeft()
                + labeled.getLabelPadding().getRight() + 1);
        labeled.textProperty().addListener(update);
        labeled.fontProperty().addListener(update);
        labeled.paddingProperty().addListener(update);
        update.invalidated(null);
    }

    private static double longestWord(Labeled labeled) {
        Text measure = new Text();
        measure.setFont(labeled.getFont());
        double widest = 0;
        for (String word : labeled.getText() == null ? new String[0] : labeled.getText().split("\\s+")) {
            measure.setText(word);
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest);
    }
}
