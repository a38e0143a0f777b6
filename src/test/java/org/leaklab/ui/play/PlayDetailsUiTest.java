package org.leaklab.ui.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.model.RankingAnswer;
import org.leaklab.settings.Theme;
import org.leaklab.ui.estimate.EstimateViewModel;
import org.leaklab.ui.ranking.RankingBoard;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 11, point 6, on the real play frame: Enter checks an answer; the estimate's slider never
 * shows a guess its field does not; a skipped scenario answered from the summary leads back to it.
 */
@ExtendWith(ApplicationExtension.class)
class PlayDetailsUiTest {
    private static final PseudoClass NO_GUESS = PseudoClass.getPseudoClass("no-guess");

    private AnswerStage app;

    @Start
    void start(Stage stage) {
        app = new AnswerStage(stage, Locale.ENGLISH, Theme.LIGHT, 1.0);
        stage.setWidth(1280);
        stage.setHeight(720);
        stage.show();
    }

    private void open(FxRobot robot, String scenarioId) {
        robot.interact(() -> app.open(scenarioId));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean onFeedback(FxRobot robot) {
        return !robot.lookup("#checkButton").query().isVisible();
    }

    @Test
    void enterInThePriceFieldChecksTheGuess(FxRobot robot) {
        open(robot, "estimate-sales-stats");
        robot.clickOn("#priceField").write("1,200");
        robot.type(KeyCode.ENTER);
        assertTrue(onFeedback(robot), "Enter checked the answer");
        assertEquals(new EstimateAnswer(1200), app.play.getPlay().answer("estimate-sales-stats").orElseThrow());
    }

    @Test
    void enterWithoutAnAnswerDoesNothing(FxRobot robot) {
        open(robot, "estimate-sales-stats");
        robot.clickOn("#priceField").write("lots");
        robot.type(KeyCode.ENTER);
        assertFalse(onFeedback(robot), "nothing to check yet");
        assertTrue(app.play.getPlay().answer("estimate-sales-stats").isEmpty());
    }

    @Test
    void spaceTicksAnOptionAndEnterChecks(FxRobot robot) {
        open(robot, "choice-measures");
        CheckBox first = robot.lookup("#option-least-privilege").queryAs(CheckBox.class);
        robot.interact(first::requestFocus);
        robot.type(KeyCode.SPACE);
        assertTrue(first.isSelected());
        robot.type(KeyCode.ENTER);
        assertTrue(onFeedback(robot));
        assertEquals(java.util.Set.of("least-privilege"),
                ((org.leaklab.model.ChoiceAnswer) app.play.getPlay().answer("choice-measures").orElseThrow()).optionIds());
    }

    @Test
    void enterOnARankingCardChecksUnlessTheCardIsHeld(FxRobot robot) {
        open(robot, "rank-seller");
        RankingBoard board = robot.lookup("#rankingBoard").queryAs(RankingBoard.class);
        String second = (String) board.cardNodes().get(1).getUserData();
        robot.interact(() -> board.focus(second));
        robot.type(KeyCode.SPACE).type(KeyCode.UP).type(KeyCode.ENTER);
        assertFalse(onFeedback(robot), "Enter put the held card down");
        assertEquals(second, board.cardNodes().get(0).getUserData());
        java.util.List<String> order = board.cardNodes().stream().map(node -> (String) node.getUserData()).toList();
        robot.type(KeyCode.ENTER);
        assertTrue(onFeedback(robot), "then Enter checks");
        assertEquals(new RankingAnswer(order), app.play.getPlay().answer("rank-seller").orElseThrow());
    }

    @Test
    void theSliderShowsNoGuessWhileTheFieldHasNone(FxRobot robot) {
        open(robot, "estimate-sales-stats");
        Slider slider = robot.lookup("#priceSlider").queryAs(Slider.class);
        TextField field = robot.lookup("#priceField").queryAs(TextField.class);
        assertTrue(slider.getPseudoClassStates().contains(NO_GUESS), "no guess yet: an empty ring");
        robot.clickOn(field).write("300");
        assertFalse(slider.getPseudoClassStates().contains(NO_GUESS));
        assertEquals(Math.log10(300), slider.getValue(), 1e-9);
        robot.type(KeyCode.BACK_SPACE, 3).write("lots");
        assertTrue(slider.getPseudoClassStates().contains(NO_GUESS), "a rejected text: no guess on the slider either");
        assertEquals("No guess yet: move the slider or type a price.", slider.getAccessibleHelp());
        robot.type(KeyCode.BACK_SPACE, 4).write("20000");
        assertTrue(slider.getPseudoClassStates().contains(NO_GUESS), "beyond the scale: no guess");
        robot.interact(slider::requestFocus);
        robot.type(KeyCode.RIGHT);
        EstimateViewModel step = (EstimateViewModel) app.play.currentQuestion();
        assertFalse(slider.getPseudoClassStates().contains(NO_GUESS), "the slider makes a guess again");
        assertEquals(step.plain(step.guessProperty().get()), field.getText(), "and the field shows it");
    }

    @Test
    void aSkippedScenarioAnsweredFromTheSummaryLeadsBackToIt(FxRobot robot) {
        robot.interact(() -> {
            app.prepare("rank-seller");
            app.play.goTo(app.play.stepCount() - 1);
            app.render();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Button answerSkipped = robot.lookup("#answerSkippedButton").queryAs(Button.class);
        assertEquals("Answer the 12 skipped scenarios \u2192", answerSkipped.getText());
        robot.clickOn(answerSkipped);
        assertEquals("Scenario 1 of 12", robot.lookup("#progressLabel").queryLabeled().getText());
        assertEquals("Skip, back to the results \u2192", robot.lookup("#nextButton").queryLabeled().getText());
        // Scenario 1 is a choice: nothing to check until an option is picked.
        assertTrue(robot.lookup("#checkButton").queryButton().isDisabled());
        robot.clickOn("#option-critics");
        robot.clickOn("#checkButton");
        assertEquals("Back to the results \u2192", robot.lookup("#nextButton").queryLabeled().getText());
        robot.clickOn("#nextButton");
        assertTrue(robot.lookup("#summaryPage").tryQuery().isPresent(), "back on the summary");
        assertEquals("Answer the 11 skipped scenarios \u2192",
                robot.lookup("#answerSkippedButton").queryLabeled().getText());

        // A row of the chart leads to its scenario the same way.
        Node row = robot.lookup("#score-row-" + AnswerStage.AMAZON.scenarios().get(4).id()).query();
        robot.interact(() -> ((Button) row).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Scenario 5 of 12", robot.lookup("#progressLabel").queryLabeled().getText());
        robot.clickOn("#nextButton");
        assertTrue(robot.lookup("#summaryPage").tryQuery().isPresent(), "skipped again: back to the results");
    }
}
