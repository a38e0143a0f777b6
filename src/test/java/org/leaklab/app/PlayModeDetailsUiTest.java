package org.leaklab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leaklab.app.PageChecks.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.session.PlayProgressStore;
import org.leaklab.settings.AppDirectories;
import org.leaklab.settings.PreferencesStore;
import org.leaklab.ui.casepack.OwnPacks;
import org.leaklab.ui.common.CaseDates;
import org.leaklab.ui.ranking.RankingBoard;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 11, point 6, in the real app: the focus stays on the ranking after a language switch;
 * opened case packs are listed again at the next start and can be taken off the list; the name
 * on the results picture is printed and never saved.
 */
@ExtendWith(ApplicationExtension.class)
class PlayModeDetailsUiTest {
    @TempDir
    Path config;

    private Stage stage;
    private MainWindow window;
    private AppDirectories directories;
    private Stage later;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        directories = new AppDirectories(config.resolve("config"), config.resolve("data"));
        window = MainWindow.open(stage, directories, address -> { });
        place(stage);
    }

    private static void place(Stage window) {
        window.setX(0);
        window.setY(0);
        window.setWidth(1280);
        window.setHeight(800);
    }

    @AfterEach
    void closeLaterWindow(FxRobot robot) {
        if (later != null) {
            robot.interact(later::hide);
        }
    }

    /** Ends this run as a user would (the window closes) and starts the next one on the same folders. */
    private MainWindow restart(FxRobot robot) {
        MainWindow[] next = new MainWindow[1];
        robot.interact(() -> {
            (later == null ? stage : later).hide();
            later = new Stage();
            next[0] = MainWindow.open(later, directories, address -> { });
            place(later);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return next[0];
    }

    @Test
    void theFocusStaysOnTheRankingCardAfterALanguageSwitch(FxRobot robot) throws Exception {
        PageChecks.waitForCaseList(robot);
        CaseWalk.click(robot, "#case-amazon-2018");
        CaseWalk.click(robot, "#nextButton");
        // Scenario 1 asks whose addresses were wanted; the first ranking comes next.
        CaseWalk.click(robot, "#nextButton");
        RankingBoard board = robot.lookup("#rankingBoard").queryAs(RankingBoard.class);
        String third = (String) board.cardNodes().get(2).getUserData();
        robot.interact(() -> board.focus(third));
        assertEquals("rankingCard-" + third, stage.getScene().getFocusOwner().getId());

        robot.interact(() -> window.localization().setLocale(Locale.GERMAN));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Szenario 2 von 12", text(robot, "#progressLabel"));
        RankingBoard german = robot.lookup("#rankingBoard").queryAs(RankingBoard.class);
        assertTrue(german != board, "the page was rendered again");
        Node focused = stage.getScene().getFocusOwner();
        assertEquals("rankingCard-" + third, focused.getId(), "the same card has the focus");
        assertTrue(german.cardNodes().contains(focused), "in the new board");
    }

    @Test
    void anOpenedPackIsListedAgainAtTheNextStartAndCanBeTakenOffTheList(FxRobot robot) throws Exception {
        PageChecks.waitForCaseList(robot);
        Path own = Files.writeString(config.resolve("class-7b.json"), OwnPacks.json("class-7b", "Our own case"));
        robot.interact(() -> window.openCasePack(own));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#case-class-7b").tryQuery().isPresent());

        MainWindow next = restart(robot);
        PageChecks.waitForCaseList(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#case-class-7b").tryQuery().isPresent());
        assertFalse(next.status().warningProperty().get(), "listed again without a word");
        assertTrue(robot.from(robot.lookup("#case-class-7b").queryAs(Node.class)).lookup("12 scenarios \u00b7 from class-7b.json")
                .tryQuery().isPresent());

        robot.interact(() -> robot.lookup("#startPage").queryAs(ScrollPane.class).setVvalue(1.0));
        CaseWalk.click(robot, "#remove-class-7b");
        assertTrue(robot.lookup("#case-class-7b").tryQuery().isEmpty(), "off the list");
        assertTrue(robot.lookup("#case-amazon-2018").tryQuery().isPresent());
        assertEquals("\u201cOur own case\u201d is no longer in the list of cases. Its file was not changed; open it again "
                + "with File > Open case pack.", text(robot, "#statusMessage"));
        assertTrue(Files.exists(own), "the file itself stays");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> new PreferencesStore(directories.config()).load()
                .preferences().casePacks().isEmpty());

        restart(robot);
        PageChecks.waitForCaseList(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#case-class-7b").tryQuery().isEmpty(), "not listed again once removed");
    }

    @Test
    void aRememberedPackThatIsGoneIsNamedAndForgotten(FxRobot robot) throws Exception {
        PageChecks.waitForCaseList(robot);
        Path own = Files.writeString(config.resolve("usb-stick.json"), OwnPacks.json("usb-case", "On the stick"));
        robot.interact(() -> window.openCasePack(own));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#case-usb-case").tryQuery().isPresent());
        Files.delete(own);

        MainWindow next = restart(robot);
        PageChecks.waitForCaseList(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> next.status().warningProperty().get());
        assertEquals("The case pack usb-stick.json, opened last time, is no longer in " + config.toAbsolutePath()
                + " and is no longer listed. Open it again with File > Open case pack once it is back.",
                text(robot, "#statusMessage"));
        assertTrue(robot.lookup("#case-usb-case").tryQuery().isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> new PreferencesStore(directories.config()).load()
                .preferences().casePacks().isEmpty());
    }

    @Test
    void theNameOnTheResultsPictureIsPrintedAndNeverSaved(FxRobot robot) throws Exception {
        PageChecks.waitForCaseList(robot);
        CaseWalk.click(robot, "#case-amazon-2018");
        CaseWalk.click(robot, "#nextButton");
        CaseWalk.click(robot, "#checkButton");
        robot.interact(() -> window.progress().live("amazon-2018").orElseThrow().goTo(99));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#summaryPage").tryQuery().isPresent());
        assertEquals("Date: " + CaseDates.format(LocalDate.now().toString(), Locale.ENGLISH), text(robot, "#summaryDate"));
        assertFalse(robot.lookup("#summaryName").query().isVisible(), "no name typed, none printed");

        CaseWalk.click(robot, "#studentNameField");
        robot.write("Kim Example");
        Node name = robot.lookup("#summaryName").query();
        assertEquals("Name: Kim Example", text(robot, "#summaryName"));
        assertTrue(name.isVisible());
        Parent report = robot.lookup("#summaryReport").queryAs(Parent.class);
        Node actions = robot.lookup(".summary-actions-area").query();
        assertTrue(isInside(name, report) && !isInside(name, actions), "on the picture, not among the buttons");

        robot.interact(() -> window.localization().setLocale(Locale.GERMAN));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Name: Kim Example", text(robot, "#summaryName"), "kept while the app runs");

        restart(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(directories.data().resolve(PlayProgressStore.FILE_NAME))
                && Files.exists(directories.config().resolve(PreferencesStore.FILE_NAME)));
        for (Path folder : new Path[] {directories.data(), directories.config()}) {
            try (var files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    assertFalse(Files.readString(file).contains("Kim"), "the name is in no file LeakLab writes: " + file);
                }
            }
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
