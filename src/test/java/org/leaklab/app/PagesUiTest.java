package org.leaklab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.session.PlayThrough;
import org.leaklab.settings.AppDirectories;
import org.leaklab.ui.casepack.OwnPacks;
import org.leaklab.ui.common.RecordingDialogs;
import org.leaklab.ui.play.PlayViewModel;
import org.leaklab.ui.summary.PlayPageFixture;
import org.leaklab.ui.summary.SamplePlay;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Briefing, summary and opening case packs in the real app, started headless. */
@ExtendWith(ApplicationExtension.class)
class PagesUiTest {
    @TempDir
    Path config;

    private final List<String> openedLinks = new ArrayList<>();
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        this.window = MainWindow.open(stage, new AppDirectories(config, config.resolve("data")), openedLinks::add);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void theBriefingShowsTimelineRolesAndSourcesAndOpensASourceInTheBrowser(FxRobot robot) {
        robot.interact(() -> window.openCase(SamplePlay.amazon()));
        assertTrue(robot.lookup("#briefingPage").tryQuery().isPresent());
        assertEquals("Briefing", text(robot, "#progressLabel"));
        assertTrue(text(robot, "#briefingStory").startsWith("In 2018 Amazon investigated employees, most of them in Shenzhen"));
        Pane timeline = robot.lookup("#timeline").queryAs(Pane.class);
        assertEquals(SamplePlay.amazon().timeline().size(), timeline.getChildren().size());
        assertTrue(robot.from(robot.lookup("#timeline-event-0").queryAs(javafx.scene.Node.class)).lookup("May 2018").tryQuery().isPresent());
        // Each event cites its sources as numbered marks, numbered as in the list at the foot of the page.
        var amazon = SamplePlay.amazon();
        List<String> expectedMarks = amazon.timeline().get(0).sourceIds().stream()
                .map(id -> "[" + (amazon.sources().indexOf(amazon.source(id).orElseThrow()) + 1) + "]").toList();
        assertEquals(expectedMarks, robot.from(robot.lookup("#timeline-event-0").queryAs(javafx.scene.Node.class))
                .lookup(".source-mark").queryAllAs(Hyperlink.class).stream().map(Hyperlink::getText).toList());
        assertFalse(robot.from(robot.lookup("#role-brokers").queryAs(javafx.scene.Node.class)).lookup(".source-mark")
                .queryAll().isEmpty(), "a role cites its sources too");
        assertEquals(5, robot.lookup("#roles").queryAs(Pane.class).getChildren().size());
        assertTrue(robot.lookup("#role-brokers").tryQuery().isPresent());

        Hyperlink passiveVoice = robot.lookup("#source-passive-voice").queryAs(Hyperlink.class);
        assertEquals("thepassivevoice.com/amazon-investigates-employees-leaking-data-for-bribes/", passiveVoice.getText());
        // The sources are at the foot of the page: scroll there, then click like a user would.
        robot.interact(() -> robot.lookup("#briefingPage").queryAs(ScrollPane.class).setVvalue(1.0));
        robot.clickOn("#source-hibp");
        assertEquals(List.of("https://haveibeenpwned.com"), openedLinks);
        assertEquals("Opening https://haveibeenpwned.com in your web browser.", text(robot, "#statusMessage"));
        // A mark opens its source as the list does.
        Hyperlink mark = robot.from(robot.lookup("#timeline-event-0").queryAs(javafx.scene.Node.class))
                .lookup(".source-mark").queryAs(Hyperlink.class);
        robot.interact(mark::fire);
        String first = amazon.source(amazon.timeline().get(0).sourceIds().get(0)).orElseThrow().address();
        assertTrue(openedLinks.get(openedLinks.size() - 1).endsWith(first.replaceFirst("^https?://", "")),
                openedLinks + " ends with " + first);
    }

    @Test
    void theSummaryRestartsTheCaseWithNoAnswers(FxRobot robot) {
        PlayThrough played = SamplePlay.mostlyAnswered();
        PlayViewModel[] frame = new PlayViewModel[1];
        RecordingDialogs dialogs = new RecordingDialogs();
        robot.interact(() -> frame[0] = PlayPageFixture.show(window.navigator(), window.localization(), window.status(),
                dialogs, openedLinks, played, 13, Runnable::run));
        assertEquals("Results", text(robot, "#progressLabel"));
        assertEquals(String.valueOf(played.totalScore()), text(robot, "#totalScore"));
        assertEquals("You answered 11 of 12 scenarios.", text(robot, "#answeredText"));

        dialogs.confirmAnswer = false;
        robot.clickOn("#restartButton");
        assertEquals("Results", text(robot, "#progressLabel"), "cancelled: nothing is lost");
        assertEquals(11, frame[0].getPlay().checkedCount());
        assertEquals("Start the case again?", dialogs.shown.get(0).title());

        dialogs.confirmAnswer = true;
        robot.clickOn("#restartButton");
        assertEquals("Briefing", text(robot, "#progressLabel"));
        assertTrue(robot.lookup("#briefingPage").tryQuery().isPresent());
        assertTrue(robot.lookup("#summaryPage").tryQuery().isEmpty());
        assertEquals(0, frame[0].getPlay().checkedCount(), "a fresh play-through");
        assertEquals("The case starts again; your previous answers are cleared.", text(robot, "#statusMessage"));
    }

    @Test
    void theFileMenuOffersOpenCasePackWithCtrlO(FxRobot robot) throws Exception {
        MenuBar menuBar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        // The items arrive right after the first frame.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !menuBar.getMenus().get(0).getItems().isEmpty());
        MenuItem item = menuBar.getMenus().get(0).getItems().stream()
                .filter(i -> "openPackItem".equals(i.getId())).findFirst().orElseThrow();
        assertEquals("_Open case pack\u2026", item.getText());
        assertEquals("Shortcut+O", item.getAccelerator().getName());
    }

    @Test
    void aBrokenPackShowsItsProblemsAndTheAppCarriesOn(FxRobot robot) throws Exception {
        Path broken = Files.writeString(config.resolve("broken.json"), "{ \"id\": \"half a pack\", ");
        robot.interact(() -> window.openCasePack(broken));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#packProblems").tryQuery().isPresent());
        assertEquals("\u201cbroken.json\u201d could not be opened", text(robot, "#packProblemsHeading"));
        Pane lines = robot.lookup("#packProblemLines").queryAs(Pane.class);
        assertFalse(lines.getChildren().isEmpty());
        assertTrue(robot.from(lines).lookup((Label l) -> l.getText().startsWith("$")).tryQuery().isPresent());
        robot.clickOn("Close");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#packProblems").tryQuery().isEmpty());
        assertTrue(stage.isShowing());
        assertTrue(robot.lookup("#startPage").tryQuery().isPresent());
        assertTrue(text(robot, "#statusMessage").startsWith("The case pack broken.json was not opened"));

        // a folder and a missing file are problems too, never crashes
        Path folder = Files.createDirectory(config.resolve("a-folder.json"));
        robot.interact(() -> window.openCasePack(folder));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#packProblems").tryQuery().isPresent());
        assertTrue(robot.lookup((Label l) -> l.getText().endsWith("found a directory")).tryQuery().isPresent());
        robot.clickOn("Close");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing());
    }

    @Test
    void aValidPackJoinsTheStartListAndPlays(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#case-amazon-2018").tryQuery().isPresent());
        Path own = Files.writeString(config.resolve("class-7b.json"), OwnPacks.json("class-7b", "Our own case"));
        robot.interact(() -> window.openCasePack(own));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#case-class-7b").tryQuery().isPresent());
        assertTrue(robot.lookup("#case-amazon-2018").tryQuery().isPresent(), "the built-in case stays");
        assertTrue(robot.from(robot.lookup("#case-class-7b").queryAs(javafx.scene.Node.class)).lookup("12 scenarios \u00b7 from class-7b.json")
                .tryQuery().isPresent());
        assertEquals("Case pack \u201cOur own case\u201d opened from class-7b.json. It is now in the list of cases.",
                text(robot, "#statusMessage"));
        robot.interact(() -> robot.lookup("#startPage").queryAs(ScrollPane.class).setVvalue(1.0));
        robot.clickOn("#case-class-7b");
        assertEquals("Our own case", text(robot, "#playCaseTitle"));
        assertTrue(robot.lookup("#briefingPage").tryQuery().isPresent());
    }

    @Test
    void aPackWithTheIdOfTheBuiltInCaseReplacesItsEntry(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#case-amazon-2018").tryQuery().isPresent());
        Path revised = Files.writeString(config.resolve("amazon-revised.json"),
                OwnPacks.json("amazon-2018", "Amazon, revised"));
        robot.interact(() -> window.openCasePack(revised));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("Amazon, revised").tryQuery().isPresent());
        assertEquals(1, robot.lookup("#case-amazon-2018").queryAll().size());
        assertTrue(robot.lookup("Amazon 2018: suspected data sales").tryQuery().isEmpty());
        assertTrue(text(robot, "#statusMessage").contains("replaces it in the list"));
        robot.clickOn("#case-amazon-2018");
        assertEquals("Amazon, revised", text(robot, "#playCaseTitle"), "the opened case plays, not the built-in one");
    }
}
