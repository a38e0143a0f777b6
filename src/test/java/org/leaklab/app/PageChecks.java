package org.leaklab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import org.leaklab.model.Case;
import org.leaklab.model.Scenario;
import org.leaklab.ui.ranking.RankingBoard;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Checks on what the real app shows, shared by the end-to-end tests. */
final class PageChecks {
    /** Ids of the labels that show a checked answer's score on the feedback pages. */
    private static final Set<String> SCORE_IDS = Set.of("scoreValue", "rankingScore");

    private PageChecks() {
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    /** Waits until the start page lists the built-in case (it is read in the background). */
    static void waitForCaseList(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#case-amazon-2018").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The score the current feedback page shows. */
    static int shownScore(FxRobot robot) {
        Node content = robot.lookup("#stepContent").query();
        List<Label> scores = robot.from(content).lookup((Label label) -> label.getId() != null && SCORE_IDS.contains(label.getId())
                && isShowing(label)).queryAllAs(Label.class).stream().toList();
        assertEquals(1, scores.size(), "one score on the feedback page: " + scores);
        return Integer.parseInt(scores.get(0).getText());
    }

    /** The feedback page of {@code scenario} shows the model's score {@code modelScore}. */
    static void assertFeedbackShows(FxRobot robot, int step, Scenario scenario, int modelScore) {
        assertFalse(robot.lookup("#checkButton").query().isVisible(), "feedback, no Check: " + scenario.id());
        assertEquals("Scenario " + step + " of 12", text(robot, "#progressLabel"));
        assertEquals(modelScore, shownScore(robot), "score shown for " + scenario.id());
    }

    /**
     * The page shows {@code scenario}'s sources as numbered marks, numbered as in the briefing's
     * list, in sight under the page.
     */
    static void assertCitesSources(FxRobot robot, Case caseData, Scenario scenario) {
        List<String> expected = scenario.sourceIds().stream()
                .map(id -> caseData.sources().indexOf(caseData.source(id).orElseThrow()) + 1).sorted()
                .map(number -> "[" + number + "]").toList();
        Node marks = robot.lookup("#scenarioSources").query();
        assertInsideWindow(marks);
        assertTrue(inView(marks), "the sources of " + scenario.id() + " are in sight");
        assertEquals(expected, robot.from(marks).lookup(".source-mark").queryAllAs(Hyperlink.class).stream()
                .map(Hyperlink::getText).toList(), "the marks of " + scenario.id());
    }

    /**
     * The feedback page ends with the lesson the pack ties to {@code scenario}, or with none; a story's
     * page shows its ending's lesson in a card of its own.
     */
    static void assertEndsWithLesson(FxRobot robot, Case caseData, Scenario scenario) {
        var lesson = caseData.lessonAfter(scenario.id());
        var card = robot.lookup("#feedbackLesson").tryQuery();
        assertEquals(lesson.isPresent(), card.isPresent(), "a lesson card on the feedback of " + scenario.id());
        lesson.ifPresent(l -> assertTrue(robot.from(card.get()).lookup((Label label) ->
                label.getText().endsWith(l.title().in(java.util.Locale.ENGLISH))).tryQuery().isPresent(),
                "the card of " + scenario.id() + " names the lesson " + l.id()));
    }

    /** The summary's total and every row equal the model's scores. */
    static void assertSummaryShows(FxRobot robot, ExpectedPlay expected) {
        assertTrue(robot.lookup("#summaryPage").tryQuery().isPresent(), "on the summary");
        assertEquals(String.valueOf(expected.totalScore()), text(robot, "#totalScore"));
        for (int step = 1; step <= expected.scenarioCount(); step++) {
            String id = expected.scenario(step).id();
            Node row = robot.lookup("#score-row-" + id).query();
            Label value = robot.from(row).lookup(".score-value").queryAs(Label.class);
            assertEquals(String.valueOf(expected.scores().get(id)), value.getText(), "summary row of " + id);
        }
    }

    /** The ranking board's cards, top to bottom, as item ids. */
    static List<String> rankingOrder(FxRobot robot) {
        RankingBoard board = robot.lookup("#rankingBoard").queryAs(RankingBoard.class);
        return board.cardNodes().stream().map(node -> (String) node.getUserData()).toList();
    }

    /** True if the node and all its parents are visible and it is in a scene. */
    static boolean isShowing(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every showing Labeled in {@code root} whose rendered text was cut short with an ellipsis,
     * described as "id-or-class: shown text | full text". Scrolled-away content counts too: it is
     * laid out the same way.
     */
    static List<String> clippedLabels(Parent root) {
        List<String> clipped = new ArrayList<>();
        collectClipped(root, clipped);
        return clipped;
    }

    private static void collectClipped(Node node, List<String> clipped) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && !labeled.getText().isEmpty()
                && labeled.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY) {
            String ellipsis = labeled.getEllipsisString();
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text rendered && rendered.getStyleClass().contains("text")) {
                    String shown = rendered.getText();
                    if (!ellipsis.isEmpty() && shown.contains(ellipsis) && !labeled.getText().contains(ellipsis)) {
                        clipped.add(describe(labeled) + ": \"" + shown + "\" | \"" + labeled.getText() + "\"");
                    }
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectClipped(child, clipped);
            }
        }
    }

    private static String describe(Node node) {
        return node.getId() != null ? "#" + node.getId()
                : node.getClass().getSimpleName() + node.getStyleClass();
    }

    /** The node lies wholly inside the window (scene) and can be seen: not scrolled or pushed out. */
    static void assertInsideWindow(Node node) {
        assertTrue(isShowing(node), node + " is showing");
        Scene scene = node.getScene();
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        assertTrue(bounds.getWidth() > 0 && bounds.getHeight() > 0, node + " has a size: " + bounds);
        assertTrue(bounds.getMinX() >= -0.5 && bounds.getMinY() >= -0.5
                        && bounds.getMaxX() <= scene.getWidth() + 0.5 && bounds.getMaxY() <= scene.getHeight() + 0.5,
                describe(node) + " at " + bounds + " lies inside the window " + scene.getWidth() + "x" + scene.getHeight());
    }

    /**
     * The node is in sight: inside the visible part of each scroll pane around it and of the
     * window, or, if it is taller than that, filling it.
     */
    static boolean inView(Node node) {
        if (!isShowing(node)) {
            return false;
        }
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        if (!showsEnough(bounds, 0, node.getScene().getHeight())) {
            return false;
        }
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroll) {
                Node viewport = scroll.lookup(".viewport");
                Bounds visible = viewport != null ? viewport.localToScene(viewport.getLayoutBounds())
                        : scroll.localToScene(scroll.getLayoutBounds());
                if (!showsEnough(bounds, visible.getMinY(), visible.getMaxY())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean showsEnough(Bounds bounds, double top, double bottom) {
        double shown = Math.min(bounds.getMaxY(), bottom) - Math.max(bounds.getMinY(), top);
        return shown >= Math.min(bounds.getHeight(), bottom - top) - 1;
    }

    /**
     * Scrolls the page until {@code node} is in sight, as a user would: by clicking the scroll bar's
     * track above or below its thumb (Monocle's mouse wheel moves one pixel a notch).
     */
    static void scrollIntoSight(FxRobot robot, Node node) {
        ScrollPane scroll = enclosingScrollPane(node);
        for (int i = 0; i < 40 && !PageChecks.inView(node); i++) {
            if (scroll == null) {
                fail(node + " is out of sight and nothing scrolls");
            }
            ScrollBar bar = verticalBar(scroll);
            Bounds nodeBounds = node.localToScene(node.getLayoutBounds());
            Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
            Bounds track = robot.bounds(bar.lookup(".track")).query();
            Bounds thumb = robot.bounds(bar.lookup(".thumb")).query();
            boolean up = nodeBounds.getMinY() < viewport.getMinY();
            double y = up ? (track.getMinY() + thumb.getMinY()) / 2 : (thumb.getMaxY() + track.getMaxY()) / 2;
            robot.clickOn(new Point2D(track.getCenterX(), y));
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(PageChecks.inView(node), "scrolled into sight: " + node);
    }

    private static ScrollBar verticalBar(ScrollPane scroll) {
        return scroll.lookupAll(".scroll-bar").stream()
                .filter(node -> node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL
                        && bar.isVisible())
                .map(ScrollBar.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no vertical scroll bar on " + scroll));
    }

    private static ScrollPane enclosingScrollPane(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        return null;
    }
}
