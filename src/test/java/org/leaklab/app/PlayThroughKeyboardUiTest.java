package org.leaklab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.leaklab.app.ExpectedPlay.moved;
import static org.leaklab.app.ExpectedPlay.placed;
import static org.leaklab.app.PageChecks.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
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
 * The whole Amazon case played in the real app with the keyboard only, starting from where the
 * app puts the focus: Tab and Shift+Tab, Space and Enter, the arrows, Home/End, Page Up/Down and
 * typing. Every control a step needs is reached and operated, always in sight, and every score
 * shown is the model's score for the answer given. No mouse event reaches the window.
 */
@ExtendWith(ApplicationExtension.class)
class PlayThroughKeyboardUiTest {
    /** More Tab presses than any page has stops: a control not reached by then is unreachable. */
    private static final int MAX_TABS = 60;

    @TempDir
    Path config;

    private final List<String> links = new ArrayList<>();
    private final List<String> mouseEvents = new ArrayList<>();
    private final ExpectedPlay expected = new ExpectedPlay();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        MainWindow.open(stage, new AppDirectories(config, config.resolve("data")), links::add);
        stage.setWidth(1280);
        stage.setHeight(720);
        stage.getScene().addEventFilter(MouseEvent.MOUSE_PRESSED, event -> mouseEvents.add(event.toString()));
        stage.getScene().addEventFilter(ScrollEvent.SCROLL, event -> mouseEvents.add(event.toString()));
    }

    @Test
    void playsTheWholeCaseWithTheKeyboardOnly(FxRobot robot) throws Exception {
        PageChecks.waitForCaseList(robot);
        // The app focuses the first case; Tab walks the settings and comes back to it.
        assertFocused(robot.lookup("#case-amazon-2018").query());
        tabTo(robot, "#language-en");
        tabTo(robot, "#case-amazon-2018");
        robot.type(KeyCode.ENTER);

        assertTrue(robot.lookup("#briefingPage").tryQuery().isPresent(), "Enter opens the case");
        ScrollPane briefing = robot.lookup("#briefingPage").queryAs(ScrollPane.class);
        assertFocused(briefing);
        robot.type(KeyCode.PAGE_DOWN, 2);
        assertTrue(briefing.getVvalue() > 0, "Page Down reads on");
        robot.type(KeyCode.PAGE_UP, 2);
        assertEquals(0, briefing.getVvalue(), 1e-9, "Page Up back to the top");
        tabTo(robot, "#source-hibp");
        robot.type(KeyCode.SPACE);
        assertEquals(List.of("https://haveibeenpwned.com"), links, "a source opens from the keyboard");
        tabTo(robot, "#nextButton");
        robot.type(KeyCode.SPACE);

        for (int step = 1; step <= expected.scenarioCount(); step++) {
            Scenario scenario = expected.scenario(step);
            assertEquals("Scenario " + step + " of 12", text(robot, "#progressLabel"));
            assertFocused(robot.lookup("#stepContent").queryAs(javafx.scene.layout.StackPane.class)
                    .getChildren().get(0));
            Answer answer = answer(robot, scenario);
            tabTo(robot, "#checkButton");
            robot.type(KeyCode.SPACE);
            PageChecks.assertFeedbackShows(robot, step, scenario, expected.check(scenario, answer));
            assertFocused(robot.lookup("#stepContent").queryAs(javafx.scene.layout.StackPane.class)
                    .getChildren().get(0));
            tabTo(robot, "#nextButton");
            robot.type(KeyCode.SPACE);
        }

        assertEquals("Results", text(robot, "#progressLabel"));
        PageChecks.assertSummaryShows(robot, expected);
        Collection<Integer> scores = expected.scores().values();
        assertTrue(scores.contains(100), "some answers earn full marks: " + expected.scores());
        assertTrue(scores.stream().filter(score -> score < 100).count() >= 5, "many do not: " + expected.scores());

        // A row of the summary leads back to its scenario's feedback, from the keyboard too.
        tabTo(robot, "#score-row-choice-source-check");
        robot.type(KeyCode.ENTER);
        int sourceCheck = expected.stepOf("choice-source-check");
        PageChecks.assertFeedbackShows(robot, sourceCheck, expected.scenario(sourceCheck),
                expected.scores().get("choice-source-check"));
        assertEquals(List.of(), mouseEvents, "no mouse at all");
    }

    private Answer answer(FxRobot robot, Scenario scenario) {
        return switch (scenario.id()) {
            case "rank-seller" -> rankLikeTheModel(robot, (RankingScenario) scenario);
            case "rank-customer" -> rankWithACancelledMove(robot);
            case "rank-platform" -> rankWithHomeAndEnd(robot);
            case "estimate-sales-stats" -> sliderSteps(robot, 3, KeyCode.RIGHT, "2.50");
            case "estimate-review-deletion" -> sliderSteps(robot, 3, KeyCode.PAGE_UP, "1,000");
            case "estimate-review-order" -> typePriceThenBackToSlider(robot, "1,500");
            case "estimate-identity-set" -> typeBadPriceThen(robot, "200");
            case "choice-measures" -> tick(robot, "least-privilege", "anomaly-alerts", "four-eyes", "whistleblower",
                    "data-minimisation");
            case "choice-source-check" -> pickOne(robot, "closer-source");
            case "choice-wanted-addresses" -> pickOne(robot, "critics");
            case "decision-employee" -> story(robot, "ignore", "report-late");
            case "decision-reviewer" -> story(robot, "report-mail");
            default -> throw new AssertionError("no plan for " + scenario.id());
        };
    }

    // ---- rankings: Space grabs, arrows move, Space/Enter drop, Escape cancels ----

    private Answer rankLikeTheModel(FxRobot robot, RankingScenario ranking) {
        List<String> order = PageChecks.rankingOrder(robot);
        tabTo(robot, "#rankingCard-" + order.get(0));
        List<String> reference = expected.referenceOrder(ranking);
        for (int place = 0; place < reference.size(); place++) {
            String item = reference.get(place);
            walkTo(robot, order, item);
            int from = order.indexOf(item);
            if (from > place) {
                robot.type(KeyCode.SPACE);
                robot.type(KeyCode.UP, from - place);
                robot.type(KeyCode.SPACE);
                order = placed(order, item, place);
                assertEquals(order, PageChecks.rankingOrder(robot), "moved " + item + " up to place " + (place + 1));
                assertFocused(robot.lookup("#rankingCard-" + item).query());
            }
        }
        assertEquals(reference, order);
        return new RankingAnswer(order);
    }

    private Answer rankWithACancelledMove(FxRobot robot) {
        List<String> order = PageChecks.rankingOrder(robot);
        String first = order.get(0);
        tabTo(robot, "#rankingCard-" + first);
        robot.type(KeyCode.SPACE, KeyCode.DOWN, KeyCode.DOWN);
        assertEquals(moved(moved(order, first, 1), first, 1), PageChecks.rankingOrder(robot), "moving while held");
        robot.type(KeyCode.ESCAPE);
        assertEquals(order, PageChecks.rankingOrder(robot), "Escape puts it back");
        assertTrue(text(robot, "#rankingAnnouncement").startsWith("Move cancelled"));
        robot.type(KeyCode.SPACE, KeyCode.DOWN, KeyCode.DOWN, KeyCode.ENTER);
        order = placed(order, first, 2);
        assertEquals(order, PageChecks.rankingOrder(robot), "Enter drops");
        assertTrue(text(robot, "#rankingAnnouncement").endsWith("dropped at place 3 of 6."),
                text(robot, "#rankingAnnouncement"));
        return new RankingAnswer(order);
    }

    private Answer rankWithHomeAndEnd(FxRobot robot) {
        List<String> order = PageChecks.rankingOrder(robot);
        tabTo(robot, "#rankingCard-" + order.get(0));
        walkTo(robot, order, "reviewer-emails");
        robot.type(KeyCode.SPACE, KeyCode.HOME, KeyCode.SPACE);
        order = placed(order, "reviewer-emails", 0);
        assertEquals(order, PageChecks.rankingOrder(robot), "Home sends it to the top");
        walkTo(robot, order, "sales-stats");
        robot.type(KeyCode.SPACE, KeyCode.END, KeyCode.SPACE);
        order = placed(order, "sales-stats", order.size() - 1);
        assertEquals(order, PageChecks.rankingOrder(robot), "End sends it to the bottom");
        return new RankingAnswer(order);
    }

    /** Walks the focus from card to card with the arrow keys (nothing held) to {@code itemId}. */
    private void walkTo(FxRobot robot, List<String> order, String itemId) {
        for (int i = 0; i < order.size() * 2; i++) {
            Object focused = focusOwner().getUserData();
            if (itemId.equals(focused)) {
                assertTrue(PageChecks.inView(focusOwner()), "the focused card is in sight: " + itemId);
                return;
            }
            assertNotNull(focused, "a card has the focus, not " + focusOwner());
            robot.type(order.indexOf(itemId) > order.indexOf((String) focused) ? KeyCode.DOWN : KeyCode.UP);
        }
        fail("the arrow keys never reach " + itemId);
    }

    // ---- estimates ----

    private Answer sliderSteps(FxRobot robot, int times, KeyCode key, String shown) {
        tabTo(robot, "#priceSlider");
        robot.type(key, times);
        assertEquals(shown, robot.lookup("#priceField").queryAs(TextField.class).getText());
        assertEquals("Your guess: $" + shown, text(robot, "#guessText"));
        return new EstimateAnswer(Double.parseDouble(shown.replace(",", "")));
    }

    private Answer typePriceThenBackToSlider(FxRobot robot, String price) {
        tabTo(robot, "#priceField");
        robot.write(price);
        shiftTabTo(robot, "#priceSlider");
        double dollars = Double.parseDouble(price.replace(",", ""));
        assertEquals(Math.log10(dollars), robot.lookup("#priceSlider").queryAs(Slider.class).getValue(), 1e-9);
        return new EstimateAnswer(dollars);
    }

    private Answer typeBadPriceThen(FxRobot robot, String price) {
        tabTo(robot, "#priceField");
        robot.write("20000");
        assertTrue(text(robot, "#priceError").contains("10,000"), "above the scale: " + text(robot, "#priceError"));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("a lot");
        assertTrue(robot.lookup("#priceError").query().isVisible(), "an inline message for text that is no price");
        assertTrue(robot.lookup("#checkButton").query().isDisabled(), "nothing to check yet");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(price);
        assertFalse(robot.lookup("#priceError").query().isVisible());
        assertEquals(price, robot.lookup("#priceField").queryAs(TextField.class).getText());
        return new EstimateAnswer(Double.parseDouble(price));
    }

    // ---- choices and decisions ----

    private Answer tick(FxRobot robot, String... optionIds) {
        for (String id : optionIds) {
            tabTo(robot, "#option-" + id);
            robot.type(KeyCode.SPACE);
        }
        return new ChoiceAnswer(Set.of(optionIds));
    }

    private Answer pickOne(FxRobot robot, String optionId) {
        tabTo(robot, "#option-" + optionId);
        robot.type(KeyCode.SPACE);
        return new ChoiceAnswer(Set.of(optionId));
    }

    private Answer story(FxRobot robot, String... optionIds) {
        tabTo(robot, "#story-option-" + optionIds[0]);
        for (int i = 0; i < optionIds.length; i++) {
            // After a choice the focus is on the next situation's first option: Tab on from there.
            tabTo(robot, "#story-option-" + optionIds[i]);
            robot.type(KeyCode.SPACE);
        }
        assertFocused(robot.lookup("#storyEnding").query());
        return new DecisionAnswer(List.of(optionIds));
    }

    // ---- focus ----

    private Node focusOwner() {
        return stage.getScene().getFocusOwner();
    }

    private void assertFocused(Node node) {
        assertTrue(node.isFocused(), "focus on " + node + ", not on " + focusOwner());
    }

    private void tabTo(FxRobot robot, String query) {
        moveFocusTo(robot, query, false);
    }

    private void shiftTabTo(FxRobot robot, String query) {
        moveFocusTo(robot, query, true);
    }

    /** Presses Tab (or Shift+Tab) until the node of {@code query} has the focus; it must then be in sight. */
    private void moveFocusTo(FxRobot robot, String query, boolean backwards) {
        for (int i = 0; i < MAX_TABS; i++) {
            Node target = robot.lookup(query).query();
            if (target.isFocused()) {
                WaitForAsyncUtils.waitForFxEvents();
                assertTrue(PageChecks.inView(target), "the focused " + query + " is scrolled into sight");
                return;
            }
            if (backwards) {
                robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
            } else {
                robot.type(KeyCode.TAB);
            }
        }
        fail((backwards ? "Shift+Tab" : "Tab") + " never reaches " + query + "; the focus is on " + focusOwner());
    }
}
