package org.leaklab.ui.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leaklab.model.DecisionAnswer;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.settings.Theme;
import org.leaklab.ui.decision.DecisionViewModel;
import org.leaklab.ui.estimate.EstimateViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The estimate, choice and decision views in the real play frame with the real Amazon case,
 * answered with the keyboard only and with the mouse; every score shown is the model's score.
 */
@ExtendWith(ApplicationExtension.class)
class AnswerPagesUiTest {
    private Stage stage;
    private AnswerStage app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        this.app = new AnswerStage(stage, Locale.ENGLISH, Theme.LIGHT, 1.0);
        stage.setWidth(1280);
        stage.setHeight(720);
        stage.show();
    }

    private void open(FxRobot robot, String scenarioId) {
        robot.interact(() -> app.open(scenarioId));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T extends Node> T find(FxRobot robot, String query, Class<T> type) {
        return robot.lookup(query).queryAs(type);
    }

    /** Presses Tab until {@code target} has the focus: proves it is reachable by keyboard. */
    private static void tabTo(FxRobot robot, Node target) {
        for (int i = 0; i < 60; i++) {
            if (target.isFocused()) {
                return;
            }
            robot.type(KeyCode.TAB);
        }
        fail("Tab never reaches " + target);
    }

    private void assertShownScoreIsTheModels(FxRobot robot, String scenarioId) {
        Label shown = find(robot, "#scoreValue", Label.class);
        int model = app.modelScore(scenarioId);
        assertEquals(Integer.toString(model), shown.getText(), "shown score of " + scenarioId);
        assertEquals(app.play.getPlay().result(scenarioId).orElseThrow().rounded(), model);
    }

    @Test
    void estimateWithTheKeyboardOnly(FxRobot robot) {
        open(robot, "estimate-sales-stats");
        EstimateViewModel step = (EstimateViewModel) app.play.currentQuestion();
        Slider slider = find(robot, "#priceSlider", Slider.class);
        Button check = find(robot, "#checkButton", Button.class);
        assertTrue(check.isDisabled(), "nothing to check before a guess");
        tabTo(robot, slider);
        assertEquals(EstimateViewModel.START_POSITION, slider.getValue(), "the knob rests at $1, hinting at nothing");
        assertTrue(slider.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("no-guess")),
                "an empty knob until there is a guess");
        robot.type(KeyCode.RIGHT, 3);
        assertEquals(2.5, step.guessProperty().get(), 1e-9, "three round steps up from $1");
        robot.type(KeyCode.PAGE_UP, 3);
        assertEquals(2500, step.guessProperty().get(), 1e-9);
        TextField field = find(robot, "#priceField", TextField.class);
        assertEquals("2,500", field.getText());
        assertFalse(check.isDisabled());

        tabTo(robot, field);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("lots");
        Label error = find(robot, "#priceError", Label.class);
        assertTrue(error.isVisible());
        assertEquals("\u201clots\u201d is not a price. Type a number of dollars, such as 12.50.", error.getText());
        assertTrue(check.isDisabled(), "no check while the input is invalid");

        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("1,200");
        assertFalse(error.isVisible());
        assertEquals(Math.log10(1200), slider.getValue(), 1e-9, "the slider follows the typed price");
        assertEquals("Your guess: $1,200", find(robot, "#guessText", Label.class).getText());

        tabTo(robot, check);
        robot.type(KeyCode.SPACE);
        assertEquals(new EstimateAnswer(1200), app.play.getPlay().answer("estimate-sales-stats").orElseThrow());
        assertTrue(robot.lookup("#estimateFeedbackPage").tryQuery().isPresent());
        assertShownScoreIsTheModels(robot, "estimate-sales-stats");
        assertEquals("Your guess: $1,200", find(robot, "#chartGuessLabel", Label.class).getText());
        assertEquals("Reported: $80 to $2,000", find(robot, "#chartReferenceLabel", Label.class).getText());
    }

    @Test
    void estimateWithTheMouseAndASourceLink(FxRobot robot) {
        open(robot, "estimate-review-deletion");
        EstimateViewModel step = (EstimateViewModel) app.play.currentQuestion();
        Slider slider = find(robot, "#priceSlider", Slider.class);
        Node track = slider.lookup(".track");
        Point2D threeQuarters = robot.point(track).atPosition(javafx.geometry.Pos.CENTER_LEFT)
                .atOffset(new Point2D(track.getBoundsInLocal().getWidth() * 0.8, 0)).query();
        robot.clickOn(threeQuarters);
        assertNotNull(step.guessProperty().get(), "a click on the track makes a guess");
        assertTrue(step.guessProperty().get() > 100, "right of the middle is more than $100");

        robot.doubleClickOn("#priceField").eraseText(12).write("300");
        assertEquals(300, step.guessProperty().get(), 1e-9);
        // Rendering the page again (as a language switch does) keeps the guess.
        robot.interact(app::render);
        assertEquals("300", find(robot, "#priceField", TextField.class).getText());

        robot.clickOn("#checkButton");
        assertShownScoreIsTheModels(robot, "estimate-review-deletion");
        assertEquals("100", find(robot, "#scoreValue", Label.class).getText());
        assertTrue(find(robot, "#figureExplanation", Label.class).getText().contains("per review"));
        Node link = robot.lookup(".source-link").query();
        tabTo(robot, link);
        robot.clickOn(link);
        assertEquals(List.of("https://hothardware.com/news/amazon-workers-accused-taking-bribes-deleting-customer-reviews"),
                app.openedLinks);
    }

    @Test
    void multipleChoiceWithTheKeyboardOnly(FxRobot robot) {
        open(robot, "choice-measures");
        assertEquals("Choose all answers that apply.", find(robot, "#choiceHint", Label.class).getText());
        Button check = find(robot, "#checkButton", Button.class);
        assertTrue(check.isDisabled());
        CheckBox first = find(robot, "#option-least-privilege", CheckBox.class);
        tabTo(robot, first);
        robot.type(KeyCode.SPACE);
        assertTrue(first.isSelected());
        assertFalse(check.isDisabled(), "one ticked option is enough to check");
        robot.type(KeyCode.TAB).type(KeyCode.SPACE); // anomaly alerts
        robot.type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.SPACE); // whistle-blower channel
        robot.type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.SPACE); // stronger passwords
        assertEquals(java.util.Set.of("least-privilege", "anomaly-alerts", "whistleblower", "customer-passwords"),
                ((org.leaklab.model.ChoiceAnswer) app.play.currentQuestion().currentAnswer()).optionIds());
        tabTo(robot, check);
        robot.type(KeyCode.SPACE);
        assertShownScoreIsTheModels(robot, "choice-measures");
        assertEquals("50", find(robot, "#scoreValue", Label.class).getText(), "25 + 25 + 12.5 - 12.5");
        Node missed = find(robot, "#result-four-eyes", Node.class);
        assertTrue(missed.getStyleClass().contains("tone-wrong"), "a right option left out is marked");
    }

    @Test
    void singleChoiceWithTheMouse(FxRobot robot) {
        open(robot, "choice-source-check");
        assertEquals("Choose one answer.", find(robot, "#choiceHint", Label.class).getText());
        RadioButton articleWrong = find(robot, "#option-article-wrong", RadioButton.class);
        RadioButton bothTrue = find(robot, "#option-both-true", RadioButton.class);
        robot.clickOn(articleWrong);
        robot.clickOn(bothTrue);
        assertFalse(articleWrong.isSelected(), "one answer only");
        assertTrue(bothTrue.isSelected());
        robot.clickOn("#checkButton");
        assertShownScoreIsTheModels(robot, "choice-source-check");
        assertEquals("100", find(robot, "#scoreValue", Label.class).getText());
    }

    @Test
    void decisionWithTheKeyboardOnly(FxRobot robot) {
        open(robot, "decision-employee");
        DecisionViewModel step = (DecisionViewModel) app.play.currentQuestion();
        Button check = find(robot, "#checkButton", Button.class);
        Button ignore = find(robot, "#story-option-ignore", Button.class);
        tabTo(robot, ignore);
        robot.type(KeyCode.SPACE);
        assertTrue(find(robot, "#storySituation", Label.class).getText().startsWith("The broker has doubled his offer"));
        assertTrue(robot.lookup("You do not answer. Two days later he writes again and doubles the offer.")
                .tryQuery().isPresent(), "the consequence stays in the story log");
        Button reportLate = find(robot, "#story-option-report-late", Button.class);
        assertTrue(reportLate.isFocused(), "focus moves to the new situation's first option");
        assertTrue(check.isDisabled(), "no ending yet");
        robot.type(KeyCode.SPACE);
        assertEquals("The end: Reported after hesitating", find(robot, "#storyEndingTitle", Label.class).getText());
        assertTrue(find(robot, "#storyEnding", Node.class).isFocused());
        assertFalse(check.isDisabled());
        assertEquals(new DecisionAnswer(List.of("ignore", "report-late")), step.currentAnswer());
        tabTo(robot, check);
        robot.type(KeyCode.SPACE);
        assertShownScoreIsTheModels(robot, "decision-employee");
        assertEquals("80", find(robot, "#scoreValue", Label.class).getText());
        assertEquals("The end: Reported after hesitating", find(robot, "#feedbackEndingTitle", Label.class).getText());
        assertEquals("Report the offer, don't take it",
                find(robot, "#lessonTitle", Label.class).getText());
    }

    @Test
    void decisionWithTheMouseStartingAgain(FxRobot robot) {
        open(robot, "decision-reviewer");
        assertFalse(find(robot, "#restartStory", Button.class).isVisible(), "nothing to start again yet");
        robot.clickOn("#story-option-delete");
        assertFalse(find(robot, "#checkButton", Button.class).isDisabled(), "an ending can be checked");
        assertEquals("The end: Bought off", find(robot, "#storyEndingTitle", Label.class).getText());
        robot.clickOn("#restartStory");
        assertTrue(robot.lookup("#storyEnding").tryQuery().isEmpty());
        assertTrue(find(robot, "#checkButton", Button.class).isDisabled(), "after starting again there is no ending");
        robot.clickOn("#story-option-ignore-mail");
        robot.clickOn("#story-option-report-all");
        robot.clickOn("#checkButton");
        assertEquals(new DecisionAnswer(List.of("ignore-mail", "report-all")),
                app.play.getPlay().answer("decision-reviewer").orElseThrow());
        assertShownScoreIsTheModels(robot, "decision-reviewer");
        assertEquals("100", find(robot, "#scoreValue", Label.class).getText());
    }
}
