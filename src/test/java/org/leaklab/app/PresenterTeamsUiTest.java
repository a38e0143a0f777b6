package org.leaklab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Case;
import org.leaklab.model.RankingAnswer;
import org.leaklab.model.RankingScenario;
import org.leaklab.scoring.ScenarioScorer;
import org.leaklab.session.ClassSession;
import org.leaklab.session.ResultsStore;
import org.leaklab.settings.AppDirectories;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Teams in presenter mode, from the real app: the team form, entry by keyboard and mouse, undo, the leaderboard. */
@ExtendWith(ApplicationExtension.class)
class PresenterTeamsUiTest {
    private static final Case AMAZON = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);

    @TempDir
    Path config;

    private MainWindow window;
    private Path data;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        data = config.resolve("data");
        window = MainWindow.open(stage, new AppDirectories(config, data), address -> { });
    }

    /** Closes a presenter window a test left open (see PresenterUiTest). */
    @org.junit.jupiter.api.AfterEach
    void closePresenter(FxRobot robot) {
        robot.interact(() -> {
            if (window != null) {
                window.presenterStage().ifPresent(Stage::close);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Stage openPresenter(FxRobot robot) throws Exception {
        return PresenterOpening.open(robot, window);
    }

    private static <T extends Node> T find(Stage presenter, String id) {
        @SuppressWarnings("unchecked")
        T node = (T) presenter.getScene().getRoot().lookup(id);
        return node;
    }

    /** The footer's key hints as one line (what a screen reader reads). */
    private static String hints(Stage presenter) {
        return find(presenter, "#presenterHints").getAccessibleText();
    }

    private static String text(Stage presenter, String id) {
        Label label = find(presenter, id);
        return label == null ? null : label.getText();
    }

    /** N, then two names typed (the defaults "Team 1" and "Team 2" replaced), then Enter. */
    private void setUpTeams(FxRobot robot, Stage presenter, String... names) {
        robot.type(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 2; i < names.length; i++) {
            robot.interact(() -> ((Button) find(presenter, "#addTeam")).fire());
        }
        for (int i = 0; i < names.length; i++) {
            int number = i + 1;
            String name = names[i];
            robot.interact(() -> ((TextField) find(presenter, "#teamName-" + number)).setText(name));
        }
        robot.interact(() -> find(presenter, "#teamName-1").requestFocus());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theTeamFormValidatesInlineAndEscapeCancels(FxRobot robot) throws Exception {
        Stage presenter = openPresenter(robot);
        assertTrue(text(presenter, "#teamTitleList").startsWith("No teams yet"));
        robot.type(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(find(presenter, "#teamSetup").isVisible());
        TextField first = find(presenter, "#teamName-1");
        assertEquals("Team 1", first.getText());
        assertTrue(first.isFocused(), "the first name is ready to be typed over");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        assertEquals("Give this team a name.", text(presenter, "#teamNameProblem-1"));
        robot.type(KeyCode.ENTER);
        assertTrue(find(presenter, "#teamSetup").isVisible(), "Enter with a blank name keeps the form open");
        robot.type(KeyCode.T, KeyCode.E, KeyCode.A, KeyCode.M, KeyCode.SPACE, KeyCode.DIGIT2);
        assertEquals("", text(presenter, "#teamNameProblem-1"));
        assertTrue(text(presenter, "#teamNameProblem-2").contains("already called"), text(presenter, "#teamNameProblem-2"));
        robot.interact(() -> first.setText("x".repeat(41)));
        assertEquals("At most 40 characters, please (this name has 41).", text(presenter, "#teamNameProblem-1"));
        // Up to eight teams, no more; the keys of the slide do nothing while the form is open.
        for (int i = 0; i < 8; i++) {
            robot.interact(() -> ((Button) find(presenter, "#addTeam")).fire());
        }
        assertNotNull(find(presenter, "#teamName-8"));
        assertNull(find(presenter, "#teamName-9"));
        assertTrue(find(presenter, "#addTeam").isDisabled());
        robot.interact(() -> find(presenter, "#teamName-3").requestFocus());
        robot.interact(() -> ((TextField) find(presenter, "#teamName-3")).end());
        robot.type(KeyCode.R);
        assertEquals("Team 3r", ((TextField) find(presenter, "#teamName-3")).getText(), "R is typed, not a reveal");
        robot.type(KeyCode.ESCAPE);
        assertFalse(find(presenter, "#teamSetup").isVisible());
        assertTrue(presenter.isShowing(), "Escape closed only the form");
        assertTrue(text(presenter, "#teamTitleList").startsWith("No teams yet"), "cancelled: no teams");

        setUpTeams(robot, presenter, "Foxes", "Owls", "Krakens");
        assertFalse(find(presenter, "#teamSetup").isVisible());
        assertEquals("3 teams: Foxes, Owls, Krakens", text(presenter, "#teamTitleList"));
    }

    @Test
    void rankingsEnteredByKeyboardThenTheRevealShowsLeaderboardConsensusAndSaves(FxRobot robot) throws Exception {
        Stage presenter = openPresenter(robot);
        setUpTeams(robot, presenter, "Foxes", "Owls", "Krakens");
        // The rewritten case opens with a choice; the first ranking is scenario 2.
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT);
        RankingScenario ranking = (RankingScenario) AMAZON.scenarios().get(1);
        // The drafts start shuffled, every team's the same way: the Krakens record it as it stands.
        List<String> items = ((org.leaklab.ui.ranking.RankingBoard) find(presenter, "#teamPanel-2")
                .lookup(".ranking-board")).order().snapshot();
        assertEquals("Team answers: 0 of 3 recorded", text(presenter, "#teamEntryTitle"));

        robot.type(KeyCode.TAB); // into the first team's board
        // Foxes: the second item to the top, then Enter records.
        robot.type(KeyCode.DOWN, KeyCode.SPACE, KeyCode.UP, KeyCode.SPACE, KeyCode.ENTER);
        assertEquals("\u2713 Recorded", text(presenter, "#teamState-0"));
        assertEquals("No answer yet", text(presenter, "#teamState-1"));
        // Owls: Tab skips them; Krakens record the order as it stands.
        robot.type(KeyCode.TAB, KeyCode.ENTER);
        assertEquals("\u2713 Recorded", text(presenter, "#teamState-2"));
        assertEquals("No answer yet", text(presenter, "#teamState-1"));
        // The focus came back to the Owls, the only team without an answer: the reference order.
        ScenarioScorer scorer = new ScenarioScorer(AMAZON);
        List<String> reference = ((RankingAnswer) scorer.referenceAnswer(ranking)).itemIds();
        for (int place = 0; place < reference.size(); place++) {
            String item = reference.get(place);
            Node board = find(presenter, "#teamPanel-1");
            Node card = board.lookup("#rankingCard-" + item);
            robot.interact(card::requestFocus);
            robot.type(KeyCode.SPACE, KeyCode.HOME);
            for (int i = 0; i < place; i++) {
                robot.type(KeyCode.DOWN);
            }
            robot.type(KeyCode.SPACE);
        }
        robot.type(KeyCode.ENTER);
        assertEquals("Team answers: 3 of 3 recorded", text(presenter, "#teamEntryTitle"));

        robot.type(KeyCode.R);
        assertTrue(find(presenter, "#presenterAnswer").isVisible());
        Node leaderboard = find(presenter, "#teamLeaderboard");
        assertNotNull(leaderboard, "the leaderboard shows after the reveal");
        Label firstRank = find(presenter, "#leaderRank-Owls");
        assertEquals("1", firstRank.getText(), "the reference order wins");
        assertTrue(text(presenter, "#leaderRound-Owls").startsWith("+100"));
        // One scale: every bar's track is equally wide, whatever the points and round text after it.
        double owls = find(presenter, "#leaderTrack-Owls").getLayoutBounds().getWidth();
        for (String team : List.of("Foxes", "Krakens")) {
            assertEquals(owls, find(presenter, "#leaderTrack-" + team).getLayoutBounds().getWidth(), 0.5, team);
        }
        Node consensus = find(presenter, "#teamConsensus");
        assertNotNull(consensus, "a ranking shows the class consensus");
        assertTrue(((Label) consensus.lookup(".team-results-caption")).getText().contains("3 rankings"));

        // Saved after the reveal, in the background.
        ResultsStore store = new ResultsStore(data);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(store.file()));
        ClassSession saved = store.load().sessions().get(0);
        assertEquals(List.of("Foxes", "Owls", "Krakens"), saved.teams());
        assertEquals(new RankingAnswer(items), saved.round(ranking.id()).orElseThrow().answerOf("Krakens")
                .orElseThrow().answer());
        assertEquals(List.of("Owls"), saved.winners());
    }

    @Test
    void estimatesByMouseWithAnInlineProblemAndUndo(FxRobot robot) throws Exception {
        Stage presenter = openPresenter(robot);
        setUpTeams(robot, presenter, "Foxes", "Owls");
        int estimate = 0;
        while (!(AMAZON.scenarios().get(estimate) instanceof org.leaklab.model.EstimateScenario)) {
            estimate++;
        }
        for (int i = 0; i <= estimate; i++) {
            robot.type(KeyCode.RIGHT);
        }
        robot.clickOn((Node) find(presenter, "#teamPrice-1"));
        robot.write("lots");
        robot.clickOn((Node) find(presenter, "#teamRecord-1"));
        assertEquals("\u201clots\u201d is not a price; type a number such as 300 or 1,500.",
                text(presenter, "#teamProblem-1"));
        assertEquals("No answer yet", text(presenter, "#teamState-1"));
        robot.clickOn((Node) find(presenter, "#teamPrice-1"));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("$1,500");
        robot.clickOn((Node) find(presenter, "#teamRecord-1"));
        assertEquals("\u2713 $1,500", text(presenter, "#teamState-1"));
        assertTrue(((TextField) find(presenter, "#teamPrice-0")).isFocused(), "on to the team without an answer");
        // Typing R in a price field types; it does not reveal.
        robot.write("r");
        assertFalse(find(presenter, "#presenterAnswer").isVisible());
        assertEquals("r", ((TextField) find(presenter, "#teamPrice-0")).getText());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals("No answer yet", text(presenter, "#teamState-1"), "Ctrl+Z took the answer back");
        assertTrue(find(presenter, "#teamUndo").isDisabled(), "nothing more to undo");
        robot.clickOn((Node) find(presenter, "#teamRecord-1"));
        assertEquals("\u2713 $1,500", text(presenter, "#teamState-1"), "the draft stayed after the undo");
        robot.clickOn((Node) find(presenter, "#teamUndo"));
        assertEquals("No answer yet", text(presenter, "#teamState-1"), "the Undo button does the same");
    }

    @Test
    void choicesByLetterKeysAndEscapeGivesTheSlideKeysBack(FxRobot robot) throws Exception {
        Stage presenter = openPresenter(robot);
        setUpTeams(robot, presenter, "Foxes", "Owls");
        int choice = 0;
        while (!(AMAZON.scenarios().get(choice) instanceof org.leaklab.model.ChoiceScenario)) {
            choice++;
        }
        for (int i = 0; i <= choice; i++) {
            robot.type(KeyCode.RIGHT);
        }
        org.leaklab.model.ChoiceScenario question = (org.leaklab.model.ChoiceScenario) AMAZON.scenarios().get(choice);
        robot.type(KeyCode.ENTER); // Enter on the slide starts the entry, like Tab
        robot.type(KeyCode.ENTER);
        assertEquals("Choose at least one option first.", text(presenter, "#teamProblem-0"));
        robot.type(KeyCode.B);
        assertTrue(((ToggleButton) find(presenter, "#teamOption-0-" + question.options().get(1).id())).isSelected(),
                "B chooses the second option");
        assertFalse(find(presenter, "#presenterBlackout").isVisible(), "B in a team's panel is not the black screen");
        robot.type(KeyCode.ENTER);
        assertTrue(text(presenter, "#teamState-0").startsWith("\u2713"));
        robot.type(KeyCode.ESCAPE);
        assertTrue(presenter.isShowing(), "Escape only left the answers");
        robot.type(KeyCode.R);
        assertTrue(find(presenter, "#presenterAnswer").isVisible(), "R reveals again once out of the panels");
        assertNotNull(find(presenter, "#leaderRow-Foxes"));
        assertEquals("no answer", text(presenter, "#leaderRound-Owls"));
    }

    /**
     * Loss 1 of issue 11, step by step: F5, N, Enter, to the first estimate (scenario 4 of the case
     * when the issue was written, scenario 5 of the rewritten one), Tab, 100 Enter, 200 Enter, Esc,
     * F5. The last Enter ends the entry, so the hints say Esc leaves, and leaving keeps the class.
     */
    @Test
    void escapeAfterTheLastTeamLeavesAndF5ResumesTheClassWhereItWas(FxRobot robot) throws Exception {
        Stage presenter = openPresenter(robot);
        robot.type(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        for (int i = 0; i < 5; i++) {
            robot.type(KeyCode.RIGHT);
        }
        assertEquals("Scenario 5 of 12", text(presenter, "#presenterProgress"));
        robot.type(KeyCode.TAB);
        assertTrue(hints(presenter).contains("Esc: stop entering"), hints(presenter));
        robot.type(KeyCode.DIGIT1, KeyCode.DIGIT0, KeyCode.DIGIT0, KeyCode.ENTER);
        robot.type(KeyCode.DIGIT2, KeyCode.DIGIT0, KeyCode.DIGIT0, KeyCode.ENTER);
        assertEquals("Team answers: 2 of 2 recorded", text(presenter, "#teamEntryTitle"));
        String hints = hints(presenter);
        assertTrue(hints.contains("R: reveal the answer"), hints);
        assertTrue(hints.contains("Esc: leave (the class is kept: F5 returns to it)"), hints);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !presenter.isShowing());

        robot.interact(stage::requestFocus);
        Stage again = openPresenter(robot);
        assertEquals("Scenario 5 of 12", text(again, "#presenterProgress"), "back on the same scenario");
        assertEquals("Team answers: 2 of 2 recorded", text(again, "#teamEntryTitle"), "with both answers");
        assertEquals("\u2713 $100", text(again, "#teamState-0"));
        assertEquals("\u2713 $200", text(again, "#teamState-1"));
        robot.type(KeyCode.R);
        assertNotNull(find(again, "#teamLeaderboard"), "the leaderboard is back");
        assertNotNull(find(again, "#leaderRow-Team_1"));
        assertNotNull(find(again, "#leaderRow-Team_2"));
        // What was revealed stays revealed too.
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !again.isShowing());
        robot.interact(window::startPresenter); // the presenter's own menu entry does the same as F5
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.presenterStage().isPresent());
        Stage third = window.presenterStage().orElseThrow();
        assertTrue(find(third, "#presenterAnswer").isVisible(), "still revealed");
        assertNotNull(find(third, "#teamLeaderboard"));
    }

    @Test
    void aClassFromTheHistoryContinuesInPresenterModeOnItsLastScenario(FxRobot robot) throws Exception {
        org.leaklab.model.EstimateScenario estimate = AMAZON.scenarios().stream()
                .filter(org.leaklab.model.EstimateScenario.class::isInstance)
                .map(org.leaklab.model.EstimateScenario.class::cast).findFirst().orElseThrow();
        ResultsStore store = new ResultsStore(data);
        store.save(new ClassSession("interrupted", java.time.Instant.parse("2024-03-05T09:15:00Z"), AMAZON.id(),
                List.of("Foxes", "Owls"), List.of(new ClassSession.Round(estimate.id(), List.of(
                new ClassSession.TeamAnswer("Foxes", new org.leaklab.model.EstimateAnswer(300), 100))))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#case-amazon-2018").tryQuery().isPresent());
        robot.clickOn("_File");
        robot.clickOn("Class _history");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("Foxes, Owls").tryQuery().isPresent());
        robot.clickOn("#continueClass");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.presenterStage().isPresent());
        Stage presenter = window.presenterStage().orElseThrow();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, presenter::isShowing);
        assertEquals("Scenario 5 of 12", text(presenter, "#presenterProgress"), "on the last scenario played");
        assertEquals("\u2713 $300", text(presenter, "#teamState-0"));
        assertEquals("No answer yet", text(presenter, "#teamState-1"), "the Owls can still answer");
        robot.interact(presenter::requestFocus);
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.DIGIT2, KeyCode.DIGIT5, KeyCode.DIGIT0, KeyCode.ENTER);
        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> store.load().sessions().get(0)
                .round(estimate.id()).orElseThrow().answers().size() == 2);
        assertEquals(1, store.load().sessions().size(), "the same session, continued, not a second one");
    }
}
