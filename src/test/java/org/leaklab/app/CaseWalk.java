package org.leaklab.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.EstimateScenario;
import org.leaklab.model.RankingScenario;
import org.leaklab.model.Scenario;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks every page of the opened Amazon case in the real app (briefing, each question with a
 * quick answer, its feedback, the summary) and runs a check on each. For tests of how pages look,
 * not of how they are answered: answers are given by firing the controls directly, which is fast;
 * Check and Next are clicked with the mouse if asked to, else fired too.
 */
final class CaseWalk {
    /** What to check on each page; {@code kind} is briefing, question, feedback or summary. */
    @FunctionalInterface
    interface PageCheck {
        void check(Parent page, String kind);
    }

    private final FxRobot robot;
    private final boolean clickActions;

    CaseWalk(FxRobot robot, boolean clickActions) {
        this.robot = robot;
        this.clickActions = clickActions;
    }

    void walk(PageCheck check) {
        check.check(stepPage(), "briefing");
        action("#nextButton");
        for (Scenario scenario : ExpectedPlay.AMAZON.scenarios()) {
            answerQuickly(scenario);
            check.check(stepPage(), "question");
            action("#checkButton");
            assertFalse(robot.lookup("#checkButton").query().isVisible(), "checked " + scenario.id());
            check.check(stepPage(), "feedback");
            action("#nextButton");
        }
        assertTrue(robot.lookup("#summaryPage").tryQuery().isPresent());
        check.check(stepPage(), "summary");
    }

    private Parent stepPage() {
        return (Parent) robot.lookup("#stepContent").queryAs(StackPane.class).getChildren().get(0);
    }

    private void action(String query) {
        if (clickActions) {
            click(robot, query);
        } else {
            fire(query);
        }
    }

    private void answerQuickly(Scenario scenario) {
        if (scenario instanceof RankingScenario) {
            return; // any order is an answer
        }
        if (scenario instanceof EstimateScenario) {
            robot.interact(() -> robot.lookup("#priceField").queryAs(TextField.class).setText("500"));
        } else if (scenario instanceof ChoiceScenario) {
            fire(".choice-option");
        } else if (scenario instanceof DecisionScenario) {
            for (int i = 0; i < 8 && robot.lookup("#storyEnding").tryQuery().isEmpty(); i++) {
                fire(".story-option");
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#checkButton").query().isDisabled(), "answered " + scenario.id());
    }

    private void fire(String query) {
        robot.interact(() -> robot.lookup(query).queryAs(ButtonBase.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls {@code query}'s node into sight (with the scroll bar) and clicks it. */
    static void click(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        PageChecks.scrollIntoSight(robot, node);
        robot.clickOn(node);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
