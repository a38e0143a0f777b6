package org.leaklab.ui.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.settings.Theme;
import org.leaklab.ui.common.Appearance;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.RecordingDialogs;
import org.leaklab.ui.common.StatusMessages;
import org.leaklab.ui.common.ViewLoader;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The guide page with the test fixture: headings, lists, a table and links drawn; contents scroll; a printout. */
@ExtendWith(ApplicationExtension.class)
class TeacherGuideUiTest {
    @TempDir
    Path folder;

    private final Localization localization = new Localization(Locale.ENGLISH);
    private final List<String> opened = new ArrayList<>();
    private TeacherGuideViewModel guide;
    private TeacherGuideView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        guide = new TeacherGuideViewModel(GuideFixture.both(), localization, new RecordingDialogs(),
                new StatusMessages(), opened::add, Runnable::run, Runnable::run, Path.of("unused"));
        scene = new Scene(load(), 1280, 500);
        new Appearance(Theme.LIGHT, 1.0).install(scene);
        stage.setScene(scene);
        // The stage is shared with earlier test classes and may keep their size: make it the scene's,
        // so the page is taller than the window and the contents have somewhere to scroll.
        stage.sizeToScene();
        stage.show();
    }

    private Parent load() {
        ViewLoader.Loaded<TeacherGuideView> loaded = new ViewLoader(localization)
                .load(TeacherGuideView.class, () -> new TeacherGuideView(guide));
        view = loaded.view();
        return loaded.root();
    }

    private static String text(TextFlow flow) {
        StringBuilder text = new StringBuilder();
        for (Node child : flow.getChildren()) {
            if (child instanceof Text t) {
                text.append(t.getText());
            } else if (child instanceof Hyperlink link) {
                text.append(link.getText());
            }
        }
        return text.toString();
    }

    @Test
    void drawsHeadingsParagraphsListsTablesAndQuotes(FxRobot robot) {
        Node body = robot.lookup("#guideBody").query();
        TextFlow title = (TextFlow) body.lookup("#guide-heading-0");
        assertEquals("Teacher's guide (test fixture)", text(title));
        assertTrue(title.getStyleClass().contains("md-h1"));
        assertEquals(List.of("md-text", "md-strong"), robot.from(body).lookup((Text t) -> t.getText().equals(
                "every kind of block")).queryAs(Text.class).getStyleClass());
        assertEquals(List.of("1.", "2.", "\u2022", "\u2022", "3."), robot.from(body).lookup(".md-marker")
                .queryAllAs(javafx.scene.control.Label.class).stream().map(javafx.scene.control.Label::getText).toList());
        GridPane table = robot.from(body).lookup(".md-table").queryAs(GridPane.class);
        assertEquals(3, table.getColumnConstraints().size());
        assertEquals(3, robot.from(table).lookup(".md-header-cell").queryAll().size());
        assertEquals(9, robot.from(table).lookup(".md-cell").queryAll().size());
        assertNotNull(body.lookup(".md-quote"));
        assertNotNull(body.lookup(".md-rule"));
        double tableWidth = table.getWidth();
        assertTrue(tableWidth <= body.getLayoutBounds().getWidth(), "the table fits the page: " + tableWidth);
    }

    @Test
    void webLinksOpenInTheBrowserAndLinksToFilesStayText(FxRobot robot) {
        List<Hyperlink> links = robot.lookup(".md-link").queryAllAs(Hyperlink.class).stream().toList();
        assertEquals(List.of("web link"), links.stream().map(Hyperlink::getText).toList());
        robot.interact(() -> links.get(0).fire());
        assertEquals(List.of("https://example.org/guide"), opened);
        assertTrue(robot.lookup((Text t) -> t.getText().equals("another file")).tryQuery().isPresent());
    }

    @Test
    void theContentsScrollToASection(FxRobot robot) {
        // A window low enough that the page scrolls, whatever size an earlier test left.
        robot.interact(() -> scene.getWindow().setHeight(300));
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane scroll = (ScrollPane) scene.getRoot();
        assertEquals(0, scroll.getVvalue());
        assertTrue(scroll.getContent().getLayoutBounds().getHeight() > scroll.getViewportBounds().getHeight(),
                "the page is taller than the window");
        robot.interact(() -> robot.lookup("#guide-contents-2").queryAs(Hyperlink.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(scroll.getVvalue() > 0, "scrolled down to the answer key");
    }

    @Test
    void followsALanguageSwitchWhenRenderedAgain(FxRobot robot) {
        robot.interact(() -> {
            localization.setLocale(Locale.GERMAN);
            scene.setRoot(load());
        });
        assertEquals("Leitfaden für Lehrkräfte (Testdatei)",
                text((TextFlow) robot.lookup("#guide-heading-0").query()));
        assertEquals("Inhalt", robot.lookup("#guideContents .section-title")
                .queryAs(javafx.scene.control.Label.class).getText());
        assertFalse(robot.lookup("#guideNote").query().isVisible());
    }

    @Test
    void thePrintoutIsLightAtPaperWidthAndBreaksBetweenBlocks(FxRobot robot) {
        robot.interact(() -> new Appearance(Theme.HIGH_CONTRAST, 1.0).applyTo(scene));
        TeacherGuideView.Printout[] printout = new TeacherGuideView.Printout[1];
        robot.interact(() -> printout[0] = view.printout());
        assertEquals(2 * TeacherGuideView.PRINT_WIDTH, printout[0].picture().getWidth(), 1);
        javafx.scene.paint.Color corner = printout[0].picture().getPixelReader().getColor(2, 2);
        assertEquals(javafx.scene.paint.Color.WHITE, corner, "paper stays white in high contrast");
        List<Double> breaks = printout[0].breaks();
        assertTrue(breaks.size() >= 8, "a break after every block: " + breaks);
        double bottom = breaks.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertEquals(printout[0].picture().getHeight(), bottom, 2, "the last block ends at the bottom");
        assertTrue(breaks.size() > 8 + 5, "list items and table rows may end a page too: " + breaks);
    }
}
