package org.leaklab.ui.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leaklab.model.RankingScenario;
import org.leaklab.settings.Theme;
import org.leaklab.ui.common.Appearance;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.ViewLoader;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The ranking view with the Amazon case's seller ranking, reordered by keyboard only, by dragging and by buttons. */
@ExtendWith(ApplicationExtension.class)
class RankingViewUiTest {
    private static final RankingScenario SELLER =
            (RankingScenario) RankingPlayPage.AMAZON.scenario("rank-seller").orElseThrow();

    private final Localization localization = new Localization(Locale.ENGLISH);
    /** Every estimate counts as answered: the cards show every price. */
    private final ItemFacts facts = new ItemFacts(RankingPlayPage.AMAZON, new org.leaklab.ui.common.SourceLinks(RankingPlayPage.AMAZON.sources(),
            localization, new org.leaklab.ui.common.StatusMessages(), url -> { }), localization, id -> true);
    private final ViewLoader loader = new ViewLoader(localization);
    private RankingViewModel vm;
    private Scene scene;

    @Start
    void start(Stage stage) {
        vm = new RankingViewModel(RankingPlayPage.AMAZON, SELLER, Optional.empty(), SELLER.itemIds(), facts,
                localization);
        scene = new Scene(load(), 1280, 720);
        new Appearance(Theme.LIGHT, 1.0).install(scene);
        stage.setScene(scene);
        stage.show();
    }

    private Parent load() {
        return loader.load(RankingView.class, () -> new RankingView(vm)).root();
    }

    /** The seller ranking's items in the pack's order: the tests name cards by their place. */
    private static String item(int index) {
        return SELLER.itemIds().get(index);
    }

    private static String name(int index, Locale locale) {
        return RankingPlayPage.AMAZON.item(item(index)).orElseThrow().name().in(locale);
    }

    /** The pack's order rearranged: {@code places} lists the pack indices in their new order. */
    private static List<String> order(int... places) {
        return java.util.Arrays.stream(places).mapToObj(RankingViewUiTest::item).toList();
    }

    private List<String> cardsShown(FxRobot robot) {
        RankingBoard board = robot.lookup("#rankingBoard").query();
        return board.cardNodes().stream().map(node -> (String) node.getUserData()).toList();
    }

    @Test
    void saysWhichPerspectiveItRanksForAndTagsContrastingItems(FxRobot robot) {
        assertEquals("Rank for the buying Marketplace seller: most valuable to the seller first",
                robot.lookup("#rankingPerspective").queryAs(Label.class).getText());
        assertEquals(SELLER.itemIds(), cardsShown(robot));
        Node bulk = robot.lookup("#rankingCard-bulk-emails").query();
        assertTrue(robot.from(bulk).lookup("Not part of the case").tryQuery().isPresent());
        Node stats = robot.lookup("#rankingCard-sales-stats").query();
        assertTrue(robot.from(stats).lookup("Not part of the case").tryQuery().isEmpty());
        assertTrue(robot.from(stats).lookup(".glyph-bar-chart").tryQuery().isPresent(), "sales statistics: a bar chart");
        assertFalse(robot.lookup("#rankingAnnouncement").query().isVisible(), "nothing to announce yet");
    }

    @Test
    void reordersByKeyboardOnly(FxRobot robot) {
        robot.interact(() -> scene.getRoot().requestFocus());
        robot.type(KeyCode.TAB);
        Node first = robot.lookup("#rankingCard-" + item(0)).query();
        assertTrue(first.isFocused(), "Tab reaches the first card; focus is on " + scene.getFocusOwner());

        robot.type(KeyCode.SPACE);
        assertEquals(item(0), vm.order().getGrabbed());
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> expected = order(1, 0, 2, 3, 4, 5);
        assertEquals(expected, vm.currentAnswer().itemIds());
        assertEquals(expected, cardsShown(robot), "the cards show the view model's order");
        assertNull(vm.order().getGrabbed());
        assertTrue(vm.hasDraft());
        assertTrue(first.isFocused(), "the moved card keeps the focus");
        Label announcement = robot.lookup("#rankingAnnouncement").queryAs(Label.class);
        assertTrue(announcement.isVisible());
        String dropped = "“" + name(0, Locale.ENGLISH) + "” dropped at place 2 of 6.";
        assertEquals(dropped, announcement.getText());
        assertTrue(first.getAccessibleText().startsWith(dropped), first.getAccessibleText());

        // Escape puts a card back where it was grabbed.
        robot.type(KeyCode.SPACE, KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN);
        assertEquals(5, vm.order().placeOf(item(0)));
        robot.type(KeyCode.ESCAPE);
        assertEquals(expected, vm.currentAnswer().itemIds());
        assertTrue(announcement.getText().startsWith("Move cancelled"), announcement.getText());

        // Without a grab, the arrow keys walk from card to card.
        robot.type(KeyCode.DOWN);
        assertTrue(robot.lookup("#rankingCard-" + item(2)).query().isFocused());
        assertEquals(expected, vm.currentAnswer().itemIds(), "walking moves nothing");
    }

    @Test
    void reordersByDraggingWithADropLine(FxRobot robot) {
        Node target = robot.lookup("#rankingCard-" + item(2)).query();
        Bounds bounds = robot.bounds(target).query();
        // Below the middle of the third card: the dragged card lands after it.
        Point2D drop = new Point2D(bounds.getCenterX(), bounds.getMinY() + bounds.getHeight() * 0.8);
        robot.drag("#rankingCard-" + item(0), MouseButton.PRIMARY).moveTo(drop);
        Node indicator = robot.lookup(".drop-indicator").query();
        assertTrue(indicator.isVisible(), "a line shows where the card will land");
        Bounds line = indicator.localToScreen(indicator.getLayoutBounds());
        assertTrue(line.getMinY() > bounds.getMaxY() - 2 && line.getMinY() < bounds.getMaxY() + 20,
                "the line sits in the gap below the third card: " + line + " vs " + bounds);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> expected = order(1, 2, 0, 3, 4, 5);
        assertEquals(expected, vm.currentAnswer().itemIds());
        assertEquals(expected, cardsShown(robot));
        assertFalse(indicator.isVisible());
        assertEquals("“" + name(0, Locale.ENGLISH) + "” dropped at place 3 of 6.",
                robot.lookup("#rankingAnnouncement").queryAs(Label.class).getText());
        assertTrue(vm.hasDraft());
    }

    @Test
    void aShortClickIsNoDrag(FxRobot robot) {
        robot.clickOn("#rankingCard-review-deletion");
        assertEquals(SELLER.itemIds(), vm.currentAnswer().itemIds());
        assertTrue(robot.lookup("#rankingCard-review-deletion").query().isFocused(), "a click focuses the card");
        assertFalse(vm.hasDraft());
    }

    @Test
    void movesWithTheSmallButtons(FxRobot robot) {
        robot.clickOn("#moveDown-" + item(0));
        robot.clickOn("#moveUp-" + item(5));
        assertEquals(order(1, 0, 2, 3, 5, 4), vm.currentAnswer().itemIds());
        assertTrue(robot.lookup("#moveUp-" + item(1)).query().isDisabled(), "the top card cannot go up");
        assertTrue(robot.lookup("#moveDown-" + item(4)).query().isDisabled());
    }

    @Test
    void aViewBuiltAgainShowsTheSameOrder(FxRobot robot) {
        robot.interact(() -> vm.order().moveTo(item(5), 0));
        robot.interact(() -> {
            localization.setLocale(Locale.GERMAN);
            scene.setRoot(load());
        });
        RankingBoard board = robot.lookup("#rankingBoard").query();
        assertSame(vm.order(), board.order());
        assertEquals(vm.currentAnswer().itemIds(), cardsShown(robot));
        assertEquals(item(5), cardsShown(robot).get(0));
        assertEquals("Ordne für den kaufenden Marketplace-Händler: das für den Händler Wertvollste zuerst",
                robot.lookup("#rankingPerspective").queryAs(Label.class).getText());
        assertEquals("„" + name(5, Locale.GERMAN) + "“ auf Platz 1 von 6 abgelegt.",
                robot.lookup("#rankingAnnouncement").queryAs(Label.class).getText());
    }
}
