package org.leaklab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Case;
import org.leaklab.model.LessonPlan;
import org.leaklab.settings.AppDirectories;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View > Lesson plan in the real app: the 45-minute lesson is what play, the summary and presenter mode then show. */
@ExtendWith(ApplicationExtension.class)
class LessonPlanUiTest {
    private static final Case AMAZON = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);

    @TempDir
    Path config;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.window = MainWindow.open(stage, new AppDirectories(config, config.resolve("data")), address -> { });
    }

    @AfterEach
    void closePresenter(FxRobot robot) {
        robot.interact(() -> window.presenterStage().ifPresent(Stage::close));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static LessonPlan shortest() {
        return AMAZON.lessonPlans().stream().min(java.util.Comparator.comparingInt(p -> p.scenarioIds().size()))
                .orElseThrow();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void theChosenPlanIsWhatPlayTheSummaryAndPresenterModePlay(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#case-amazon-2018").tryQuery().isPresent());
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !bar.getMenus().get(1).getItems().isEmpty());
        MenuItem item = bar.getMenus().get(1).getItems().stream().filter(i -> "lessonPlanItem".equals(i.getId()))
                .findFirst().orElseThrow();
        // The dialog waits for its Close button: open it from a later pulse, as a menu click does.
        robot.interact(() -> Platform.runLater(item::fire));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#lessonPlan").tryQuery().isPresent());
        LessonPlan plan = shortest();
        int count = plan.scenarioIds().size();
        robot.clickOn("#plan-" + plan.id());
        assertTrue(robot.lookup("#plan-" + plan.id()).queryAs(RadioButton.class).isSelected());
        assertEquals("This lesson has " + count + " of the 12 scenarios.", text(robot, "#lessonPlanSummary"));
        robot.clickOn("Close");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Lesson plan for \u201c" + AMAZON.title().in(java.util.Locale.ENGLISH) + "\u201d: \u201c"
                + plan.title().in(java.util.Locale.ENGLISH) + "\u201d, " + count + " of 12 scenarios.",
                text(robot, "#statusMessage"));
        assertTrue(robot.from(robot.lookup("#case-amazon-2018").queryAs(javafx.scene.Node.class))
                .lookup((Label label) -> label.getText().startsWith(count + " scenarios")).tryQuery().isPresent(),
                "the case card counts the scenarios the lesson plays");

        robot.clickOn("#case-amazon-2018");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#briefingPage").tryQuery().isPresent());
        assertEquals("Lesson plan: \u201c" + plan.title().in(java.util.Locale.ENGLISH) + "\u201d, " + count
                + " of 12 scenarios",
                text(robot, "#briefingLessonPlanText"), "the briefing says what the lesson plays");
        robot.clickOn("#nextButton");
        assertEquals("Scenario 1 of " + count, text(robot, "#progressLabel"));
        for (int i = 0; i < count; i++) {
            robot.clickOn("#nextButton");
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#summaryPage").tryQuery().isPresent());
        assertEquals("You answered none of " + count + " scenarios.", text(robot, "#answeredText"));

        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.presenterStage().isPresent());
        Stage presenter = window.presenterStage().orElseThrow();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, presenter::isShowing);
        assertTrue(((Label) presenter.getScene().getRoot().lookup("#presenterProgress")).getText()
                .contains(count + " scenarios"), "presenter mode presents the lesson's scenarios");
    }

    /** Gives an answer to the scenario on screen, whatever its kind: a ranking in any order, a choice's first option. */
    private void answerTheOneShown(FxRobot robot, String scenarioId) {
        org.leaklab.model.Scenario scenario = AMAZON.scenarios().stream().filter(s -> s.id().equals(scenarioId))
                .findFirst().orElseThrow();
        switch (scenario) {
            case org.leaklab.model.RankingScenario _ -> { } // any order is an answer
            case org.leaklab.model.ChoiceScenario choice -> robot.clickOn("#option-" + choice.options().get(0).id());
            case org.leaklab.model.EstimateScenario _, org.leaklab.model.DecisionScenario _ ->
                    throw new AssertionError("a plan here starts with a ranking or a choice: " + scenarioId);
        }
        robot.clickOn("#checkButton");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void chooseInTheDialog(FxRobot robot, String planId) throws Exception {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !bar.getMenus().get(1).getItems().isEmpty());
        MenuItem item = bar.getMenus().get(1).getItems().stream().filter(i -> "lessonPlanItem".equals(i.getId()))
                .findFirst().orElseThrow();
        robot.interact(() -> Platform.runLater(item::fire));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#lessonPlan").tryQuery().isPresent());
        robot.clickOn("#plan-" + planId);
        robot.clickOn("Close");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aCaseOpenWithNothingAnsweredStartsAgainWithTheNewPlanOneWithAnswersKeepsThem(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#case-amazon-2018").tryQuery().isPresent());
        robot.clickOn("#case-amazon-2018");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#briefingPage").tryQuery().isPresent());
        LessonPlan plan = shortest();
        int count = plan.scenarioIds().size();
        // From the briefing's own button this time.
        robot.interact(() -> Platform.runLater(() -> robot.lookup("#briefingLessonPlanChange")
                .queryAs(javafx.scene.control.Button.class).fire()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#lessonPlan").tryQuery().isPresent());
        robot.clickOn("#plan-" + plan.id());
        robot.clickOn("Close");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#briefingPage").tryQuery().isPresent(), "the case starts again at its briefing");
        robot.clickOn("#nextButton");
        assertEquals("Scenario 1 of " + count, text(robot, "#progressLabel"));
        answerTheOneShown(robot, plan.scenarioIds().get(0));

        String whole = org.leaklab.session.LessonChoice.wholeCase(AMAZON).planId().orElseThrow();
        chooseInTheDialog(robot, whole);
        assertTrue(text(robot, "#statusMessage").contains("applies when the case is started again"),
                text(robot, "#statusMessage"));
        assertEquals("Scenario 1 of " + count, text(robot, "#progressLabel"), "the answer given stays, in its lesson");
        robot.clickOn("#playBack");
        assertTrue(text(robot, "#briefingLessonPlanText").contains(count + " of 12"),
                "the briefing names the plan the case is played with, not the one chosen for next time");
    }
}
