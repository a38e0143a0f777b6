package org.leaklab.ui.ranking;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Line;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.app.MainWindow;
import org.leaklab.model.RankingAnswer;
import org.leaklab.model.RankingScenario;
import org.leaklab.scoring.ScoreResult;
import org.leaklab.settings.AppDirectories;
import org.leaklab.ui.play.PlayViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The seller ranking played in the real window through the real play frame and {@code CasePages}:
 * arranged by keyboard, checked, and the feedback shows the model's score, order and values.
 */
@ExtendWith(ApplicationExtension.class)
class RankingFeedbackUiTest {
    private static final RankingScenario SELLER =
            (RankingScenario) RankingPlayPage.AMAZON.scenario("rank-seller").orElseThrow();

    @TempDir
    Path config;

    private Stage stage;
    private MainWindow window;
    private final AtomicReference<PlayViewModel> play = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        this.window = MainWindow.open(stage, new AppDirectories(config, config.resolve("data")), address -> { });
        play.set(RankingPlayPage.show(window, stage, RankingPlayPage.AMAZON, RankingPlayPage.SELLER_STEP));
    }

    @Test
    void theFeedbackShowsTheScorersScoreForTheArrangedOrder(FxRobot robot) {
        // Keyboard only: put the last card shown on top (the cards start shuffled).
        List<String> start = shown(robot);
        assertEquals(play.get().getPlay().startingOrder(SELLER), start);
        String last = start.get(start.size() - 1);
        robot.interact(() -> ((RankingBoard) robot.lookup("#rankingBoard").query()).focus(last));
        robot.type(KeyCode.SPACE, KeyCode.HOME, KeyCode.SPACE);
        List<String> arranged = new java.util.ArrayList<>(start);
        arranged.remove(last);
        arranged.add(0, last);
        assertEquals(arranged, shown(robot));
        robot.clickOn("#checkButton");
        WaitForAsyncUtils.waitForFxEvents();

        ScoreResult expected = play.get().getPlay().scorer().score(SELLER, new RankingAnswer(arranged));
        assertEquals(arranged, ((RankingAnswer) play.get().getPlay().answer(SELLER.id()).orElseThrow()).itemIds());
        assertEquals(Integer.toString(expected.rounded()), robot.lookup("#rankingScore").queryAs(Label.class).getText());
        assertTrue(expected.rounded() < 100 || arranged.equals(((RankingAnswer) play.get().getPlay().scorer()
                .referenceAnswer(SELLER)).itemIds()), "not the reference order, so not full marks");

        // Your order beside the reference: one line per item, solid where the place is right.
        List<String> reference = ((RankingAnswer) play.get().getPlay().scorer().referenceAnswer(SELLER)).itemIds();
        long right = java.util.stream.IntStream.range(0, arranged.size())
                .filter(i -> arranged.get(i).equals(reference.get(i))).count();
        Node lane = robot.lookup(".link-lane").query();
        assertEquals(arranged.size(), robot.from(lane).lookup(".link").queryAllAs(Line.class).size());
        assertEquals(right, robot.from(lane).lookup(".link").queryAllAs(Line.class).stream()
                .filter(line -> line.getStyleClass().contains("link-right")).count());
        // One measure in plain words beside the score; the technical ones behind "Details".
        String headline = robot.lookup("#rankingHeadline").queryAs(Label.class).getText();
        assertTrue(headline.contains(" of the 15 pairs ") && headline.endsWith("scores " + expected.rounded() + " of 100."),
                headline);
        javafx.scene.control.TitledPane details = robot.lookup("#rankingFiguresPane").queryAs(
                javafx.scene.control.TitledPane.class);
        assertFalse(details.isExpanded(), "the measures for the curious are folded away");
        assertTrue(robot.from(details.getContent()).lookup((Label label) -> label.getText()
                .equals(right + " of 6 items in the right place")).tryQuery().isPresent());
        assertEquals("sales-stats", reference.get(0));
        assertEquals("Reference place 1: Internal sales statistics, 4.2 of 5",
                robot.lookup("#referencePlace-1").query().getAccessibleText());

        // Every value shown is the model's value.
        var model = play.get().getPlay().scorer().valueModel(SELLER.perspectiveId());
        DecimalFormat number = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        for (String item : SELLER.itemIds()) {
            assertEquals(number.format(model.value(item)) + " of 5",
                    robot.lookup("#valueTotal-" + item).queryAs(Label.class).getText(), item);
        }

        // "Why?" writes the sum out.
        robot.interact(() -> robot.lookup("#why-sales-stats").query().requestFocus());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        PopupWindow popOver = robot.listWindows().stream().filter(w -> w instanceof PopupWindow && w.isShowing())
                .map(w -> (PopupWindow) w).findFirst().orElseThrow();
        assertTrue(robot.from(popOver.getScene().getRoot()).lookup((Label label) -> label.getText()
                .startsWith("“Internal sales statistics”, value to the seller: 4.2 of 5 (Gain for the buyer 5 × 0.4")).tryQuery().isPresent());
        String buyerUse = RankingPlayPage.AMAZON.item("sales-stats").orElseThrow().buyerUse().in(Locale.ENGLISH);
        assertTrue(robot.from(popOver.getScene().getRoot()).lookup((Label label) -> label.getText().equals(buyerUse))
                .tryQuery().isPresent(), "the pop-over also says what a buyer can do with it");
        robot.type(KeyCode.ESCAPE);
        // About the items: a table of every item's facts, folded away until opened.
        Node table = robot.lookup("#rankingItemTable").query();
        assertEquals(1 + SELLER.itemIds().size(), robot.from(table).lookup(".item-fact-name").queryAll().size() + 1);
        // The pop-over fades out before it hides: wait for the fade, however loaded the machine is.
        assertDoesNotThrow(() -> WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !popOver.isShowing()),
                "Escape closes the pop-over");
    }

    @Test
    void skippingAndComingBackKeepsTheArrangedOrder(FxRobot robot) {
        List<String> start = shown(robot);
        String moved = start.get(start.size() - 1);
        robot.interact(() -> ((RankingBoard) robot.lookup("#rankingBoard").query()).focus(moved));
        robot.type(KeyCode.SPACE, KeyCode.UP, KeyCode.UP, KeyCode.SPACE);
        List<String> arranged = new java.util.ArrayList<>(start);
        arranged.remove(moved);
        arranged.add(start.size() - 3, moved);
        assertEquals(arranged, shown(robot));
        robot.clickOn("#nextButton");
        assertEquals("Scenario " + (RankingPlayPage.SELLER_STEP + 1) + " of 12",
                robot.lookup("#progressLabel").queryAs(Label.class).getText());
        RankingScenario customer = (RankingScenario) RankingPlayPage.AMAZON.scenario("rank-customer").orElseThrow();
        assertEquals(play.get().getPlay().startingOrder(customer), shown(robot),
                "the customer ranking starts from its own shuffled order");
        robot.clickOn("#playBack");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(arranged, shown(robot));
        assertEquals(arranged, ((RankingAnswer) play.get().getPlay().answerOrDraft(SELLER.id()).orElseThrow())
                .itemIds(), "kept as a draft of the play-through");
    }

    private static List<String> shown(FxRobot robot) {
        RankingBoard board = robot.lookup("#rankingBoard").query();
        return board.cardNodes().stream().map(node -> (String) node.getUserData()).toList();
    }
}
