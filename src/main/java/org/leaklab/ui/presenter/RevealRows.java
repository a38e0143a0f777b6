package org.leaklab.ui.presenter;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.scenario.RevealLine;

/** The nodes of a revealed answer ({@link RevealLine}) and of a lesson card on the end screen. */
final class RevealRows {
    private RevealRows() {
    }

    /** One line of a revealed answer: the mark and letter of a choice's option, its explanation beside the letter. */
    static Node answerRow(RevealLine row, Localization localization) {
        Label text = new Label(row.text());
        text.getStyleClass().add("presenter-answer");
        text.setWrapText(true);
        if (row.label().isEmpty() && row.detail().isEmpty()) {
            return text;
        }
        VBox words = new VBox(text);
        if (!row.detail().isEmpty()) {
            words.getChildren().add(detailLabel(row.detail()));
        }
        words.getStyleClass().add("presenter-answer-words");
        HBox.setHgrow(words, Priority.ALWAYS);
        words.setMinWidth(0);
        HBox line = new HBox();
        line.getStyleClass().addAll("presenter-answer-row", "verdict-" + row.verdict().name().toLowerCase(Locale.ROOT));
        line.setAlignment(Pos.TOP_LEFT);
        if (row.verdict() != RevealLine.Verdict.NONE) {
            Label mark = new Label(switch (row.verdict()) {
                case RIGHT -> "\u2713";
                case PARTLY -> "\u25d0";
                case WRONG -> "\u2717";
                case NONE -> "";
            });
            mark.getStyleClass().add("presenter-verdict");
            mark.setMinWidth(Region.USE_PREF_SIZE);
            String verdict = localization.get(switch (row.verdict()) {
                case RIGHT -> "presenter.verdict.right";
                case PARTLY -> "presenter.verdict.partly";
                case WRONG -> "presenter.verdict.wrong";
                case NONE -> throw new IllegalStateException("no verdict");
            });
            mark.setAccessibleText(verdict);
            line.setAccessibleText(row.label() + " " + row.text() + ": " + verdict + ". " + row.detail());
            line.getChildren().add(mark);
        }
        Label letter = new Label(row.label());
        letter.getStyleClass().add("presenter-answer-label");
        letter.setMinWidth(Region.USE_PREF_SIZE);
        line.getChildren().addAll(letter, words);
        line.setId("answerRow-" + row.label());
        return line;
    }

    private static Label detailLabel(String text) {
        Label detail = new Label(text);
        detail.getStyleClass().add("presenter-answer-detail");
        detail.setWrapText(true);
        return detail;
    }

    /** A lesson on the end screen: its title over its text. */
    static VBox lessonCard(Reveal.LessonText lesson) {
        Label title = new Label(lesson.title());
        title.getStyleClass().add("presenter-lesson-title");
        title.setWrapText(true);
        Label text = new Label(lesson.text());
        text.getStyleClass().add("presenter-lesson-text");
        text.setWrapText(true);
        VBox card = new VBox(title, text);
        card.getStyleClass().add("presenter-end-lesson");
        return card;
    }
}
