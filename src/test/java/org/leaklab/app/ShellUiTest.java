package org.leaklab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.event.Event;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.settings.AppDirectories;
import org.leaklab.settings.PreferencesStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real shell, started headless: navigation, language, theme, scale and About. */
@ExtendWith(ApplicationExtension.class)
class ShellUiTest {
    @TempDir
    Path config;

    private final java.util.List<String> openedLinks = new java.util.ArrayList<>();
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        this.window = MainWindow.open(stage, new AppDirectories(config, config.resolve("data")), openedLinks::add);
    }

    @Test
    void opensWithTheStartPageListingTheBuiltInCase(FxRobot robot) throws Exception {
        assertTrue(stage.getTitle().startsWith("LeakLab"));
        assertTrue(stage.isShowing());
        assertTrue(robot.lookup("#startPage").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#case-amazon-2018").tryQuery().isPresent());
        assertFalse(robot.lookup("#emptyCases").queryAs(Label.class).isVisible(), "no empty state when a case exists");
        assertTrue(robot.lookup("Amazon 2018: suspected data sales").tryQuery().isPresent());
        assertEquals("Ready. Choose a case to begin.", robot.lookup("#statusMessage").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#backButton").query().isVisible(), "no Back on the first page");
    }

    @Test
    void theWindowIconsArriveInEverySizeAfterTheFirstFrame() throws Exception {
        // Decoded on the I/O thread once the window shows, for the task bar and window switcher.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getIcons().size() == AppIcons.ICON_SIZES.size());
        java.util.List<Double> widths = stage.getIcons().stream().map(javafx.scene.image.Image::getWidth).toList();
        assertEquals(java.util.List.of(16.0, 32.0, 48.0, 64.0, 128.0, 256.0), widths);
        assertTrue(stage.getIcons().stream().noneMatch(javafx.scene.image.Image::isError));
    }

    @Test
    void theMenusGetTheirItemsRightAfterTheFirstFrame(FxRobot robot) throws Exception {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertEquals(java.util.List.of("_File", "_View", "_Help"), bar.getMenus().stream().map(Menu::getText).toList());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> bar.getMenus().stream().noneMatch(m -> m.getItems().isEmpty()));
        assertEquals(java.util.List.of(5, 12, 4), bar.getMenus().stream().map(m -> m.getItems().size()).toList());
        assertEquals("Shortcut+Q", item(bar, "quitItem").getAccelerator().getName());
        robot.press(KeyCode.CONTROL).type(KeyCode.PLUS).release(KeyCode.CONTROL);
        assertEquals("Text size 115 %", robot.lookup("#zoomLabel").queryAs(Label.class).getText(), "the menu's shortcut works");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);

        // The theme chosen on the start page shows in the View menu too.
        robot.clickOn("#theme-dark");
        assertTrue(((RadioMenuItem) item(bar, "darkItem")).isSelected());
        assertFalse(((RadioMenuItem) item(bar, "lightItem")).isSelected());
        robot.clickOn("#theme-light");
    }

    @Test
    void aKeyPressedBeforeTheMenusHaveTheirItemsGivesThemTheirItemsFirst(FxRobot robot) {
        robot.interact(() -> {
            Stage second = new Stage();
            MainWindow.open(second, new AppDirectories(config.resolve("second"), config.resolve("second-data")), openedLinks::add);
            MenuBar bar = (MenuBar) second.getScene().lookup(".menu-bar");
            // Still in the turn that showed the window: no frame yet, so no items yet.
            assertTrue(bar.getMenus().get(0).getItems().isEmpty());
            Event.fireEvent(second.getScene().getRoot(),
                    new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.F1, false, false, false, false));
            assertEquals(5, bar.getMenus().get(0).getItems().size(), "filled before the key reaches the shortcuts");
            second.close();
        });
    }

    private static MenuItem item(MenuBar bar, String id) {
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .flatMap(i -> i instanceof Menu sub ? java.util.stream.Stream.concat(java.util.stream.Stream.of(i), sub.getItems().stream()) : java.util.stream.Stream.of(i))
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    @Test
    void navigatesToShortcutsAndBack(FxRobot robot) {
        robot.type(KeyCode.F1);
        assertTrue(robot.lookup("#shortcutsPage").tryQuery().isPresent());
        assertTrue(robot.lookup("#startPage").tryQuery().isEmpty());
        assertTrue(robot.lookup("#backButton").query().isVisible());
        assertEquals("LeakLab – Keyboard shortcuts", stage.getTitle());
        robot.clickOn("#backButton");
        assertEquals("LeakLab", stage.getTitle());
        assertTrue(robot.lookup("#startPage").tryQuery().isPresent());
        robot.type(KeyCode.F1);
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        assertTrue(robot.lookup("#startPage").tryQuery().isPresent(), "Alt+Left goes back too");
    }

    @Test
    void switchesLanguageAtRunTimeWithoutLosingThePage(FxRobot robot) throws Exception {
        robot.type(KeyCode.F1);
        assertTrue(robot.lookup("Keyboard shortcuts").tryQuery().isPresent());
        robot.interact(() -> window.localization().setLocale(java.util.Locale.GERMAN));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("Tastenkürzel").tryQuery().isPresent(), "the visible page is now German");
        assertTrue(robot.lookup("#shortcutsPage").tryQuery().isPresent(), "still on the same page");
        assertEquals("LeakLab – Tastenkürzel", stage.getTitle());
        robot.clickOn("#backButton");
        assertTrue(robot.lookup("Fälle").tryQuery().isPresent());
        // and back to English with the start page's own language buttons
        robot.clickOn("#language-en");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("Cases").tryQuery().isPresent());
        assertEquals("Language: English", robot.lookup("#statusMessage").queryAs(Label.class).getText());
        waitForFile(config.resolve(PreferencesStore.FILE_NAME), "\"language\": \"en\"");
    }

    @Test
    void switchesThemeAndRemembersIt(FxRobot robot) throws Exception {
        robot.clickOn("#theme-dark");
        assertTrue(stage.getScene().getStylesheets().get(1).endsWith("/dark.css"));
        robot.clickOn("#theme-high_contrast");
        assertTrue(stage.getScene().getStylesheets().get(1).endsWith("/high-contrast.css"));
        assertTrue(stage.getScene().getStylesheets().get(0).endsWith("/base.css"), "themes sit on the base layer");
        waitForFile(config.resolve(PreferencesStore.FILE_NAME), "HIGH_CONTRAST");
    }

    @Test
    void scalesForAProjectorWithTheKeyboard(FxRobot robot) {
        Node root = stage.getScene().getRoot();
        assertTrue(root.getStyle().contains("15.00px"));
        robot.press(KeyCode.CONTROL).type(KeyCode.PLUS).release(KeyCode.CONTROL);
        assertTrue(root.getStyle().contains("17.25px"), root.getStyle());
        robot.press(KeyCode.CONTROL).type(KeyCode.PLUS).release(KeyCode.CONTROL);
        assertEquals("Text size 130 %", robot.lookup("#zoomLabel").queryAs(Label.class).getText());
        assertEquals("130 %", robot.lookup("#scaleLabel").queryAs(Label.class).getText());
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        assertTrue(root.getStyle().contains("17.25px"), root.getStyle());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        assertTrue(root.getStyle().contains("15.00px"), root.getStyle());
    }

    @Test
    void aboutShowsVersionLicenseAndSources(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#case-amazon-2018").tryQuery().isPresent());
        robot.clickOn("_Help");
        robot.clickOn("_About LeakLab");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("0.1.0", robot.lookup("#aboutVersion").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#aboutLicense").queryAs(Label.class).getText().contains("Apache License 2.0"));
        String sources = robot.lookup("#aboutSources").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .filter(Label.class::isInstance).filter(javafx.scene.Node::isVisible)
                .map(node -> ((Label) node).getText()).collect(java.util.stream.Collectors.joining("\n"));
        assertTrue(sources.contains("e-recht24.de"), sources);
        Window dialog = robot.lookup("#aboutPane").query().getScene().getWindow();
        assertEquals(stage, ((Stage) dialog).getOwner());
        robot.clickOn("Close");
        assertTrue(robot.lookup("#aboutPane").tryQuery().isEmpty());
    }

    private static void waitForFile(Path file, String content) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> Files.exists(file) && Files.readString(file).contains(content));
    }
}
