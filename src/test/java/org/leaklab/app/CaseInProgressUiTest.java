package org.leaklab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leaklab.app.PageChecks.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.model.RankingAnswer;
import org.leaklab.session.PlayProgress;
import org.leaklab.session.PlayProgressStore;
import org.leaklab.settings.AppDirectories;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 11, loss 2, in the real app: Back, Alt+Left and the start page inside a case never wipe
 * a play-through; the start page offers Continue and Start again (which asks first); the progress
 * is in the data folder after every answer, so the next start (even after a crash) continues it.
 */
@ExtendWith(ApplicationExtension.class)
class CaseInProgressUiTest {
    @TempDir
    Path config;

    private Stage stage;
    private AppDirectories directories;
    private Stage secondStage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        directories = new AppDirectories(config, config.resolve("data"));
        MainWindow.open(stage, directories, address -> { });
        place(stage);
    }

    private static void place(Stage window) {
        window.setX(0);
        window.setY(0);
        window.setWidth(1280);
        window.setHeight(800);
    }

    @AfterEach
    void closeSecondWindow(FxRobot robot) {
        if (secondStage != null) {
            robot.interact(secondStage::hide);
        }
    }

    private static void click(FxRobot robot, String query) {
        CaseWalk.click(robot, query);
    }

    private static void altLeft(FxRobot robot) {
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The progress saved in the data folder, once it has {@code answers} checked answers. */
    private PlayProgress savedWith(int answers) throws Exception {
        Path data = directories.data();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            if (!Files.exists(data.resolve(PlayProgressStore.FILE_NAME))) {
                return false;
            }
            PlayProgress saved = new PlayProgressStore(data).load().plays().get(ExpectedPlay.AMAZON.id());
            return saved != null && saved.answers().size() == answers;
        });
        return new PlayProgressStore(data).load().plays().get(ExpectedPlay.AMAZON.id());
    }

    @Test
    void backMidCaseKeepsTheAnswersAndTheNextStartContinuesTheCase(FxRobot robot) throws Exception {
        ExpectedPlay expected = new ExpectedPlay();
        PageChecks.waitForCaseList(robot);
        click(robot, "#case-amazon-2018");
        click(robot, "#nextButton");
        click(robot, "#nextButton"); // scenario 1, a choice, skipped for now: the three rankings follow
        List<String> seller = PageChecks.rankingOrder(robot);
        click(robot, "#checkButton");
        int sellerScore = expected.check(expected.scenario(2), new RankingAnswer(seller));
        click(robot, "#nextButton");
        String moving = PageChecks.rankingOrder(robot).get(3);
        List<String> customer = ExpectedPlay.moved(PageChecks.rankingOrder(robot), moving, -1);
        click(robot, "#moveUp-" + moving);
        click(robot, "#checkButton");
        int customerScore = expected.check(expected.scenario(3), new RankingAnswer(customer));
        click(robot, "#nextButton");
        String drafted = PageChecks.rankingOrder(robot).get(2);
        List<String> platformDraft = ExpectedPlay.moved(PageChecks.rankingOrder(robot), drafted, -2);
        click(robot, "#moveUp-" + drafted);
        click(robot, "#moveUp-" + drafted);
        assertEquals("Scenario 4 of 12", text(robot, "#progressLabel"));

        // The header's Back goes one step back within the case, and so does Alt+Left.
        click(robot, "#backButton");
        assertEquals("Scenario 3 of 12", text(robot, "#progressLabel"), "still in the case");
        assertEquals(customerScore, PageChecks.shownScore(robot));
        altLeft(robot);
        assertEquals("Scenario 2 of 12", text(robot, "#progressLabel"));
        assertEquals(sellerScore, PageChecks.shownScore(robot));
        altLeft(robot);
        assertEquals("Scenario 1 of 12", text(robot, "#progressLabel"), "the skipped choice");
        altLeft(robot);
        assertTrue(robot.lookup("#briefingPage").tryQuery().isPresent(), "the briefing: the first step");
        // From the briefing Back leaves the case; the play-through stays.
        click(robot, "#backButton");
        assertTrue(robot.lookup("#startPage").tryQuery().isPresent());
        assertEquals("In progress: 2 of 12 scenarios answered", text(robot, "#progress-amazon-2018"));
        assertEquals("Continue \u2192", robot.lookup("#case-amazon-2018 .case-open").queryLabeled().getText());

        click(robot, "#case-amazon-2018");
        assertTrue(robot.lookup("#briefingPage").tryQuery().isPresent(), "continued where it was left");
        click(robot, "#nextButton");
        click(robot, "#nextButton");
        assertEquals(sellerScore, PageChecks.shownScore(robot), "the answers are all there");
        click(robot, "#nextButton");
        click(robot, "#nextButton");
        assertEquals(platformDraft, PageChecks.rankingOrder(robot), "the draft of scenario 3 too");

        // File > Start page (Alt+Home) leaves the case too, and keeps it.
        robot.press(KeyCode.ALT).type(KeyCode.HOME).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#startPage").tryQuery().isPresent());
        PlayProgress saved = savedWith(2);
        assertEquals(4, saved.step(), "on disk: the step it was left on");
        assertEquals(new RankingAnswer(platformDraft), saved.drafts().get(expected.scenario(4).id()));

        // The app ends without a word (a crash: nothing is saved on the way out) and starts again.
        robot.interact(() -> {
            stage.setOnCloseRequest(null);
            stage.setOnHidden(null);
            stage.hide();
        });
        robot.interact(() -> {
            secondStage = new Stage();
            MainWindow.open(secondStage, directories, address -> { });
            place(secondStage);
        });
        PageChecks.waitForCaseList(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#progress-amazon-2018").tryQuery().isPresent());
        assertEquals("In progress: 2 of 12 scenarios answered", text(robot, "#progress-amazon-2018"));
        click(robot, "#case-amazon-2018");
        assertEquals("Scenario 4 of 12", text(robot, "#progressLabel"), "where it was left");
        assertEquals(platformDraft, PageChecks.rankingOrder(robot));
        click(robot, "#playBack");
        assertEquals(customerScore, PageChecks.shownScore(robot), "scores worked out again from the answers");
        click(robot, "#playBack");
        assertEquals(sellerScore, PageChecks.shownScore(robot));

        // Start again asks first; cancelled, nothing is lost; confirmed, the case starts afresh.
        robot.press(KeyCode.ALT).type(KeyCode.HOME).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        click(robot, "#startAgain-amazon-2018");
        assertEquals("Start \u201cAmazon 2018: suspected data sales\u201d again?",
                robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText());
        robot.clickOn(dialogButton(robot, "Cancel"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#progress-amazon-2018").tryQuery().isPresent(), "cancelled: still in progress");
        click(robot, "#startAgain-amazon-2018");
        robot.clickOn(dialogButton(robot, "Start again"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#briefingPage").tryQuery().isPresent(), "from the briefing");
        click(robot, "#nextButton");
        assertTrue(robot.lookup("#checkButton").query().isVisible(), "scenario 1 is a question again");
        click(robot, "#backButton");
        click(robot, "#backButton");
        assertFalse(robot.lookup("#progress-amazon-2018").tryQuery().isPresent(), "nothing left to continue");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !new PlayProgressStore(directories.data()).load()
                .plays().containsKey(ExpectedPlay.AMAZON.id()));
    }

    @Test
    void quittingWithProgressThatCouldNotBeSavedAsksFirst(FxRobot robot) throws Exception {
        // The data folder cannot be written: a file is where it should be.
        robot.interact(stage::hide);
        Path blocked = config.resolve("blocked");
        Files.writeString(blocked, "not a folder");
        robot.interact(() -> {
            secondStage = new Stage();
            MainWindow.open(secondStage, new AppDirectories(config.resolve("config2"), blocked), address -> { });
            place(secondStage);
        });
        PageChecks.waitForCaseList(robot);
        click(robot, "#case-amazon-2018");
        click(robot, "#nextButton");
        click(robot, "#option-critics");
        click(robot, "#checkButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#statusMessage")
                .startsWith("Your progress could not be saved in " + blocked.toAbsolutePath()));

        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Quit LeakLab?", robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText());
        String question = robot.lookup((javafx.scene.control.Label label) -> label.getText() != null
                && label.getText().startsWith("Some of your work could not be saved")).queryLabeled().getText();
        assertTrue(question.contains("Your answers to \u201cAmazon 2018: suspected data sales\u201d could not be saved in "
                + blocked.toAbsolutePath()), question);
        robot.clickOn(dialogButton(robot, "Cancel"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(secondStage.isShowing(), "Cancel: LeakLab stays open, the answers with it");
        assertEquals("Scenario 1 of 12", text(robot, "#progressLabel"));

        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(dialogButton(robot, "Quit without saving"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(secondStage.isShowing(), "quit, as the user chose");
        secondStage = null;
    }

    /** The button of the open dialog that reads {@code label}. */
    private static Button dialogButton(FxRobot robot, String label) {
        Node pane = robot.lookup(".dialog-pane").query();
        return robot.from(pane).lookup((Button button) -> label.equals(button.getText())).queryAs(Button.class);
    }
}
