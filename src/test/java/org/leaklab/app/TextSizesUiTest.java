package org.leaklab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.settings.AppDirectories;
import org.leaklab.ui.common.Appearance;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 11, point 8: at every text size the View menu offers (Ctrl+Plus and Ctrl+Minus step
 * through {@link Appearance#SCALE_STEPS}), in the default 1280x800 window, in English and German,
 * on every page of the case: no page scrolls sideways, nothing reaches past the window's right
 * edge, no text is cut short, and the header grows with the text.
 */
@ExtendWith(ApplicationExtension.class)
class TextSizesUiTest {
    private static final double WIDTH = org.leaklab.settings.Preferences.WindowBounds.DEFAULT_WIDTH;
    private static final double HEIGHT = org.leaklab.settings.Preferences.WindowBounds.DEFAULT_HEIGHT;

    @TempDir
    Path config;

    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = MainWindow.open(stage, new AppDirectories(config, config.resolve("data")), address -> { });
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(WIDTH);
        stage.setHeight(HEIGHT);
    }

    @Test
    void everyPageReflowsAtEveryTextSizeInEnglish(FxRobot robot) throws Exception {
        assertEveryPageReflows(robot, Locale.ENGLISH);
    }

    @Test
    void everyPageReflowsAtEveryTextSizeInGerman(FxRobot robot) throws Exception {
        assertEveryPageReflows(robot, Locale.GERMAN);
    }

    private void assertEveryPageReflows(FxRobot robot, Locale locale) throws Exception {
        robot.interact(() -> window.localization().setLocale(locale));
        WaitForAsyncUtils.waitForFxEvents();
        PageChecks.waitForCaseList(robot);
        Set<String> problems = new LinkedHashSet<>();
        checkAtEverySize(robot, "start page", problems);
        robot.interact(() -> window.appearance().setScale(1.0));
        CaseWalk.click(robot, "#case-amazon-2018");
        new CaseWalk(robot, false).walk((page, kind) ->
                checkAtEverySize(robot, kind + " " + PageChecks.text(robot, "#progressLabel"), problems));
        robot.interact(() -> window.navigator().goTo(shortcutsPage()));
        checkAtEverySize(robot, "shortcuts", problems);
        assertEquals(List.of(), List.copyOf(problems), "pages that do not reflow");
    }

    private org.leaklab.ui.common.Navigator.Page shortcutsPage() {
        // The same page F1 opens.
        org.leaklab.ui.shortcuts.ShortcutsViewModel shortcuts = new org.leaklab.ui.shortcuts.ShortcutsViewModel();
        org.leaklab.ui.common.ViewLoader loader = new org.leaklab.ui.common.ViewLoader(window.localization());
        return new org.leaklab.ui.common.Navigator.Page("shortcuts", null,
                () -> loader.load(org.leaklab.ui.shortcuts.ShortcutsView.class,
                        () -> new org.leaklab.ui.shortcuts.ShortcutsView(shortcuts)).root());
    }

    private void checkAtEverySize(FxRobot robot, String where, Set<String> problems) {
        double before = window.appearance().getScale();
        for (double scale : Appearance.SCALE_STEPS) {
            robot.interact(() -> window.appearance().setScale(scale));
            WaitForAsyncUtils.waitForFxEvents();
            String at = where + " at " + Math.round(scale * 100) + " %: ";
            Parent root = stage.getScene().getRoot();
            for (String problem : sidewaysScrolling(root)) {
                problems.add(at + problem);
            }
            for (String label : PageChecks.clippedLabels(root)) {
                problems.add(at + "cut short " + label);
            }
            Labeled header = robot.lookup(".header-title").queryLabeled();
            double expected = Appearance.BASE_FONT_PX * scale * 1.3;
            if (header.getFont().getSize() < expected) {
                problems.add(at + "the header stays small: " + header.getFont().getSize() + " px");
            }
        }
        robot.interact(() -> window.appearance().setScale(before));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Horizontal scroll bars in sight, and showing nodes that reach past the window's right edge. */
    private static List<String> sidewaysScrolling(Parent root) {
        List<String> found = new ArrayList<>();
        for (Node node : root.lookupAll(".scroll-pane")) {
            if (node instanceof ScrollPane scroll && PageChecks.isShowing(scroll)) {
                for (Node bar : scroll.lookupAll(".scroll-bar")) {
                    if (bar instanceof ScrollBar sb && sb.getOrientation() == Orientation.HORIZONTAL && sb.isVisible()
                            && sb.getParent() != null && isOwnBar(sb, scroll)) {
                        found.add("scrolls sideways: " + describe(scroll));
                    }
                }
            }
        }
        collectWide(root, root.getScene().getWidth(), found);
        return found;
    }

    /** A scroll pane's own bar, not one of a scroll pane inside it. */
    private static boolean isOwnBar(ScrollBar bar, ScrollPane scroll) {
        for (Node n = bar.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane inner) {
                return inner == scroll;
            }
        }
        return false;
    }

    private static void collectWide(Node node, double windowWidth, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && !labeled.getText().isEmpty() && PageChecks.isShowing(labeled)) {
            Bounds bounds = labeled.localToScene(labeled.getLayoutBounds());
            if (bounds.getMaxX() > windowWidth + 1 && !insideScrolledAway(labeled)) {
                found.add("past the right edge: " + describe(labeled) + " \"" + labeled.getText() + "\" ends at "
                        + Math.round(bounds.getMaxX()));
                return;
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectWide(child, windowWidth, found);
            }
        }
    }

    /** True for nodes in a scroll pane that scrolls sideways on purpose (none should), to report them once. */
    private static boolean insideScrolledAway(Node node) {
        return false;
    }

    private static String describe(Node node) {
        return node.getId() != null ? "#" + node.getId() : node.getClass().getSimpleName() + node.getStyleClass();
    }
}
