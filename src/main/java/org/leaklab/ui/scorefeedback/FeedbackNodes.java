package org.leaklab.ui.scorefeedback;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Pane;

/**
 * Builds the nodes the three feedback views share: the score badge and a list of feedback
 * sentences with their tone. Styled by Answers.css.
 */
public final class FeedbackNodes {
    private FeedbackNodes() {
    }

    /** The head every kind's feedback page starts with: the scenario's title, its question and the score badge. */
    public static void fillHead(ScenarioFeedbackViewModel<?> feedback, Label title, Label question, Pane scoreBox) {
        title.setText(feedback.title());
        question.setText(feedback.question());
        scoreBox.getChildren().setAll(scoreBadge(feedback.score()));
    }

    /** The score badge: the number large, "of 100 points" and the verdict beside it. */
    public static Node scoreBadge(ScoreSummary summary) {
        Label number = new Label(summary.scoreText());
        number.getStyleClass().add("score-number");
        number.setId("scoreValue");
        number.setMinWidth(Label.USE_PREF_SIZE);
        // The words wrap rather than push the badge wider than the page at the largest text sizes;
        // the badge's CSS minimum (19em: "100" and the longest verdict, "Volle Punktzahl!") keeps them on one line.
        Label outOf = new Label(summary.outOfText());
        outOf.getStyleClass().add("score-out-of");
        outOf.setWrapText(true);
        Label verdict = new Label(summary.verdict());
        verdict.getStyleClass().add("score-verdict");
        verdict.setWrapText(true);
        VBox words = new VBox(verdict, outOf);
        words.getStyleClass().add("score-words");
        HBox badge = new HBox(number, words);
        badge.getStyleClass().addAll("score-badge", summary.styleClass());
        badge.setAccessibleText(summary.accessibleText());
        return badge;
    }

    /** One sentence with its tone's symbol; the label wraps. */
    public static Node line(FeedbackLine line) {
        Label symbol = new Label(FeedbackLine.symbol(line.tone()));
        symbol.getStyleClass().add("tone-symbol");
        symbol.setMinWidth(Label.USE_PREF_SIZE);
        Label text = new Label(line.text());
        text.getStyleClass().add("feedback-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(symbol, text);
        row.getStyleClass().addAll("feedback-line", line.styleClass());
        row.setAccessibleText(line.spoken());
        return row;
    }

    /** Every sentence, one under the other. */
    public static void fill(VBox box, List<FeedbackLine> lines) {
        box.getChildren().setAll(lines.stream().map(FeedbackNodes::line).toList());
    }
}
