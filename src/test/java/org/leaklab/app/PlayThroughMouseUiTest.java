package org.leaklab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leaklab.app.ExpectedPlay.moved;
import static org.leaklab.app.ExpectedPlay.placed;
import static org.leaklab.app.PageChecks.text;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.model.Answer;
import org.leaklab.model.ChoiceAnswer;
import org.leaklab.model.DecisionAnswer;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.model.RankingAnswer;
import org.leaklab.model.RankingScenario;
import org.leaklab.model.Scenario;
import org.leaklab.settings.AppDirectories;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole Amazon case played in the real app with the mouse (typing only into the price field):
 * the case card, the briefing, all twelve scenarios and the summary. Every score shown is the
 * model's score for the answer given, rebuilt by the test from what it clicked.
 */
@ExtendWith(ApplicationExtension.class)
class PlayThroughMouseUiTest {
    @TempDir
    Path config;

    private final List<String> links = new ArrayList<>();
    private final ExpectedPlay expected = new ExpectedPlay();
    private Stage stage;
    private int keysPressed;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        MainWindow.open(stage, new AppDirectories(config, config.resolve("data")), links::add);
        stage.setWidth(1280);
        stage.setHeight(720);
        stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, event -> keysPressed++);
    }

    @Test
    void playsTheWholeCaseWithTheMouse(FxRobot robot) throws Exception {
        PageChecks.waitForCaseList(robot);
        robot.clickOn("#case-amazon-2018");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup("#briefingPage").tryQuery().isPresent(), "the case opens at its briefing");
        assertEquals("Briefing", text(robot, "#progressLabel"));
        assertTrue(text(robot, "#briefingStory").startsWith("In 2018 Amazon investigated employees, most of them in Shenzhen"));
        // Read down to the sources with the wheel.
        PageChecks.scrollIntoSight(robot, robot.lookup("#source-hibp").query());
        assertTrue(robot.lookup("#briefingPage").queryAs(ScrollPane.class).getVvalue() > 0, "scrolled down");
        assertEquals("Start the scenarios →", text(robot, "#nextButton"));
        click(robot, "#nextButton");

        for (int step = 1; step <= expected.scenarioCount(); step++) {
            Scenario scenario = expected.scenario(step);
            assertEquals("Scenario " + step + " of 12", text(robot, "#progressLabel"));
            assertTrue(robot.lookup("#checkButton").query().isVisible(), "a question: " + scenario.id());
            PageChecks.assertCitesSources(robot, ExpectedPlay.AMAZON, scenario);
            Answer answer = answer(robot, scenario);
            click(robot, "#checkButton");
            PageChecks.assertFeedbackShows(robot, step, scenario, expected.check(scenario, answer));
            PageChecks.assertCitesSources(robot, ExpectedPlay.AMAZON, scenario);
            PageChecks.assertEndsWithLesson(robot, ExpectedPlay.AMAZON, scenario);
            assertEquals(step == 12 ? "See results →" : "Next →", text(robot, "#nextButton"));
            click(robot, "#nextButton");
        }

        assertEquals("Results", text(robot, "#progressLabel"));
        PageChecks.assertSummaryShows(robot, expected);
        Collection<Integer> scores = expected.scores().values();
        assertTrue(scores.contains(100), "some answers earn full marks: " + expected.scores());
        assertTrue(scores.stream().filter(score -> score < 100).count() >= 5, "many do not: " + expected.scores());
        assertTrue(expected.totalScore() > 0 && expected.totalScore() < 100);
        // Typing went only into the price field: three estimates typed by hand.
        assertTrue(keysPressed > 0 && keysPressed < 40, "keys only for typing prices: " + keysPressed);
    }

    private Answer answer(FxRobot robot, Scenario scenario) throws ParseException {
        return switch (scenario.id()) {
            case "rank-seller" -> rankSeller(robot);
            case "rank-customer" -> rankCustomer(robot, (RankingScenario) scenario);
            case "rank-platform" -> rankPlatform(robot);
            case "estimate-sales-stats" -> dragSlider(robot, 0.9);
            case "estimate-review-deletion" -> typeBadPriceThen(robot, "300");
            case "estimate-review-order" -> clickTrack(robot, 0.25);
            case "estimate-identity-set" -> dragThenType(robot, "1,500");
            case "choice-measures" -> tick(robot, "least-privilege", "four-eyes", "customer-passwords");
            case "choice-source-check" -> pickOne(robot, "article-wrong", "both-true");
            case "choice-wanted-addresses" -> pickOne(robot, "big-spenders");
            case "decision-employee" -> story(robot, "report");
            case "decision-reviewer" -> story(robot, "delete");
            default -> throw new AssertionError("no plan for " + scenario.id());
        };
    }

    // ---- rankings: drag a card, then the small buttons ----

    private Answer rankSeller(FxRobot robot) {
        List<String> order = PageChecks.rankingOrder(robot);
        // The bulk address list dragged above the first card (the cards start shuffled).
        order = withinReach(robot, awayFrom(robot, order, "bulk-emails", 0), "bulk-emails", 0);
        dragCard(robot, "bulk-emails", firstOtherThan(order, "bulk-emails"), 0.2);
        order = placed(order, "bulk-emails", 0);
        assertEquals(order, PageChecks.rankingOrder(robot), "dropped at the top");
        order = pressMove(robot, order, "bulk-emails", +1);
        order = pressMove(robot, order, "bulk-emails", +1);
        order = pressMove(robot, order, "account-reinstatement", upIfItCan(order, "account-reinstatement"));
        return new RankingAnswer(order);
    }

    private Answer rankCustomer(FxRobot robot, RankingScenario ranking) {
        List<String> order = withinReach(robot, awayFrom(robot, PageChecks.rankingOrder(robot), "reviewer-emails", 0),
                "reviewer-emails", 0);
        dragCard(robot, "reviewer-emails", firstOtherThan(order, "reviewer-emails"), 0.2);
        order = placed(order, "reviewer-emails", 0);
        assertEquals(order, PageChecks.rankingOrder(robot));
        // Then the up buttons until the order is the model's.
        List<String> reference = expected.referenceOrder(ranking);
        for (int place = 0; place < reference.size(); place++) {
            String item = reference.get(place);
            while (order.indexOf(item) > place) {
                order = pressMove(robot, order, item, -1);
            }
        }
        assertEquals(reference, order);
        return new RankingAnswer(order);
    }

    private Answer rankPlatform(FxRobot robot) {
        List<String> order = PageChecks.rankingOrder(robot);
        List<String> rest = new java.util.ArrayList<>(order);
        rest.remove("sales-stats");
        order = awayFrom(robot, order, "sales-stats", rest.indexOf("review-deletion") + 1);
        order = withinReach(robot, order, "sales-stats", order.indexOf("review-deletion"));
        // The sales statistics dragged onto the lower part of the review deletion: just below it.
        dragCard(robot, "sales-stats", "review-deletion", 0.8);
        List<String> others = new java.util.ArrayList<>(order);
        others.remove("sales-stats");
        order = placed(order, "sales-stats", others.indexOf("review-deletion") + 1);
        assertEquals(order, PageChecks.rankingOrder(robot), "dropped below the review deletion");
        order = pressMove(robot, order, "reviewer-emails", upIfItCan(order, "reviewer-emails"));
        return new RankingAnswer(order);
    }

    /**
     * The order after moving {@code itemId} one place with its buttons if it already lies at
     * {@code place}, where the drag would leave it: a drop that changes nothing shows no line, and
     * the cards start shuffled, so without this the drag would sometimes be no move at all.
     */
    private List<String> awayFrom(FxRobot robot, List<String> order, String itemId, int place) {
        if (order.indexOf(itemId) != place) {
            return order;
        }
        return pressMove(robot, order, itemId, place < order.size() - 1 ? +1 : -1);
    }

    /**
     * The order after moving {@code itemId} with its buttons until it is at most two places from
     * {@code place}: at 1280x720 a card at the bottom and one at the top are not both in sight, and
     * the board does not scroll while a card is dragged.
     */
    private List<String> withinReach(FxRobot robot, List<String> order, String itemId, int place) {
        while (Math.abs(order.indexOf(itemId) - place) > 2) {
            order = pressMove(robot, order, itemId, order.indexOf(itemId) > place ? -1 : +1);
        }
        return order;
    }

    /** -1 (up), or +1 for the card at the top, whose up button is disabled. */
    private static int upIfItCan(List<String> order, String itemId) {
        return order.indexOf(itemId) > 0 ? -1 : +1;
    }

    private static String firstOtherThan(List<String> order, String itemId) {
        return order.stream().filter(id -> !id.equals(itemId)).findFirst().orElseThrow();
    }

    private void dragCard(FxRobot robot, String itemId, String targetId, double heightFraction) {
        Node card = robot.lookup("#rankingCard-" + itemId).query();
        Node target = robot.lookup("#rankingCard-" + targetId).query();
        PageChecks.scrollIntoSight(robot, card);
        PageChecks.scrollIntoSight(robot, target);
        Bounds bounds = robot.bounds(target).query();
        robot.drag(card, MouseButton.PRIMARY)
                .moveTo(new Point2D(bounds.getCenterX(), bounds.getMinY() + bounds.getHeight() * heightFraction));
        assertTrue(robot.lookup(".drop-indicator").query().isVisible(), () -> "a line shows where the card lands: "
                + itemId + " " + robot.bounds(card).query() + " in view " + PageChecks.inView(card) + " onto " + targetId
                + " " + bounds + " in view " + PageChecks.inView(target) + ", order " + PageChecks.rankingOrder(robot));
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> pressMove(FxRobot robot, List<String> order, String itemId, int delta) {
        click(robot, (delta < 0 ? "#moveUp-" : "#moveDown-") + itemId);
        List<String> now = moved(order, itemId, delta);
        assertEquals(now, PageChecks.rankingOrder(robot), "after moving " + itemId + " by " + delta);
        return now;
    }

    // ---- estimates: the slider and the price field ----

    private Answer dragSlider(FxRobot robot, double fraction) throws ParseException {
        Slider slider = robot.lookup("#priceSlider").queryAs(Slider.class);
        Node thumb = slider.lookup(".thumb");
        PageChecks.scrollIntoSight(robot, slider);
        robot.drag(thumb, MouseButton.PRIMARY).moveTo(trackPoint(robot, slider, fraction)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(slider.getValue() > 3, "dragged far to the right: " + slider.getValue());
        return shownGuess(robot);
    }

    private Answer clickTrack(FxRobot robot, double fraction) throws ParseException {
        Slider slider = robot.lookup("#priceSlider").queryAs(Slider.class);
        PageChecks.scrollIntoSight(robot, slider);
        robot.clickOn(trackPoint(robot, slider, fraction));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(slider.getValue() < 2, "left of the middle: " + slider.getValue());
        return shownGuess(robot);
    }

    private Answer typeBadPriceThen(FxRobot robot, String price) {
        Button check = robot.lookup("#checkButton").queryAs(Button.class);
        assertTrue(check.isDisabled(), "no guess yet");
        click(robot, "#priceField");
        robot.write("lots");
        assertTrue(robot.lookup("#priceError").query().isVisible(), "an inline message for a non-number");
        assertTrue(check.isDisabled());
        robot.doubleClickOn("#priceField").eraseText(4);
        robot.write(price);
        assertFalse(robot.lookup("#priceError").query().isVisible());
        assertFalse(check.isDisabled());
        return new EstimateAnswer(parse(price));
    }

    private Answer dragThenType(FxRobot robot, String price) throws ParseException {
        dragSlider(robot, 0.95);
        TextField field = robot.lookup("#priceField").queryAs(TextField.class);
        robot.doubleClickOn(field).eraseText(field.getText().length());
        robot.write(price);
        assertEquals(price, field.getText());
        assertEquals(Math.log10(parse(price)), robot.lookup("#priceSlider").queryAs(Slider.class).getValue(), 1e-9,
                "the slider follows the typed price");
        return shownGuess(robot);
    }

    private Point2D trackPoint(FxRobot robot, Slider slider, double fraction) {
        Bounds track = robot.bounds(slider.lookup(".track")).query();
        return new Point2D(track.getMinX() + track.getWidth() * fraction, track.getCenterY());
    }

    /** The guess as the price field shows it (the slider snaps to round prices, shown exactly). */
    private static EstimateAnswer shownGuess(FxRobot robot) throws ParseException {
        String shown = robot.lookup("#priceField").queryAs(TextField.class).getText();
        assertEquals("Your guess: $" + shown, text(robot, "#guessText"));
        return new EstimateAnswer(parse(shown));
    }

    private static double parse(String price) {
        try {
            return NumberFormat.getNumberInstance(Locale.US).parse(price).doubleValue();
        } catch (ParseException e) {
            throw new AssertionError(price, e);
        }
    }

    // ---- choices and decisions ----

    private Answer tick(FxRobot robot, String... optionIds) {
        for (String id : optionIds) {
            click(robot, "#option-" + id);
        }
        return new ChoiceAnswer(Set.of(optionIds));
    }

    /** Clicks radio buttons one after another; the last one counts. */
    private Answer pickOne(FxRobot robot, String... optionIds) {
        for (String id : optionIds) {
            click(robot, "#option-" + id);
        }
        return new ChoiceAnswer(Set.of(optionIds[optionIds.length - 1]));
    }

    private Answer story(FxRobot robot, String... optionIds) {
        for (String id : optionIds) {
            click(robot, "#story-option-" + id);
        }
        assertTrue(robot.lookup("#storyEnding").tryQuery().isPresent(), "the story has ended");
        return new DecisionAnswer(List.of(optionIds));
    }

    // ---- the mouse ----

    private void click(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        PageChecks.scrollIntoSight(robot, node);
        robot.clickOn(node);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
