package org.leaklab.screenshots;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.app.MainWindow;
import org.leaklab.settings.AppDirectories;
import org.leaklab.settings.Theme;
import org.leaklab.ui.common.RecordingDialogs;
import org.leaklab.ui.summary.PlayPageFixture;
import org.leaklab.ui.summary.SamplePlay;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the briefing, the summary and the case-pack problems dialog in both languages, light
 * and high contrast, at 1280x720 and at projector scale 1.75 at 1920x1080, into
 * target/screenshots/. Also the whole scrollable page once per language ("-full"), to check
 * what lies below the fold. Runs with {@code ./mvnw -Pscreenshots verify}.
 */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
class PagesScreenshotTest {
    private static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.GERMAN};

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

    @Test
    void briefing(FxRobot robot) throws IOException {
        robot.interact(() -> window.openCase(SamplePlay.amazon()));
        shootAll(robot, "briefing", "#briefingPage");
    }

    @Test
    void summary(FxRobot robot) throws IOException {
        robot.interact(() -> PlayPageFixture.show(window.navigator(), window.localization(), window.status(),
                new RecordingDialogs(), openedLinks, SamplePlay.mostlyAnswered(), 13, Runnable::run));
        shootAll(robot, "summary", "#summaryPage");
    }

    /** The item {@code id} of the menu bar's menu number {@code menu}, once the menus are filled. */
    private static javafx.scene.control.MenuItem menuItem(FxRobot robot, int menu, String id) throws Exception {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !bar.getMenus().get(menu).getItems().isEmpty());
        return bar.getMenus().get(menu).getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void teacherGuide(FxRobot robot) throws Exception {
        javafx.scene.control.MenuItem item = menuItem(robot, 2, "guideItem");
        robot.interact(item::fire);
        shootAll(robot, "guide", "#guidePage");
        for (Locale locale : LANGUAGES) {
            robot.interact(() -> window.localization().setLocale(locale));
            WaitForAsyncUtils.waitForFxEvents();
            // What the printer gets: the guide at paper width, light, with the page breaks it may use.
            java.util.concurrent.atomic.AtomicReference<javafx.scene.image.WritableImage> picture =
                    new java.util.concurrent.atomic.AtomicReference<>();
            robot.interact(() -> picture.set(org.leaklab.ui.guide.GuidePrintouts.of(window.localization())));
            org.leaklab.ui.common.PngWriter.write(picture.get(), WindowCamera.OUT.resolve("guide-print-"
                    + locale.getLanguage() + ".png"));
        }
    }

    @Test
    void lessonPlanDialog(FxRobot robot) throws Exception {
        javafx.scene.control.MenuItem item = menuItem(robot, 1, "lessonPlanItem");
        for (Locale locale : LANGUAGES) {
            for (double scale : new double[] {1.0, 1.75}) {
                for (Theme theme : new Theme[] {Theme.LIGHT, Theme.HIGH_CONTRAST}) {
                    robot.interact(() -> {
                        window.localization().setLocale(locale);
                        window.appearance().setTheme(theme);
                        window.appearance().setScale(scale);
                    });
                    WaitForAsyncUtils.waitForFxEvents();
                    robot.interact(() -> javafx.application.Platform.runLater(item::fire));
                    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                            () -> robot.lookup("#lessonPlan").tryQuery().isPresent());
                    robot.clickOn("#plan-ticked");
                    WaitForAsyncUtils.waitForFxEvents();
                    Window dialog = robot.lookup("#lessonPlan").query().getScene().getWindow();
                    WindowCamera.capture(robot, dialog.getScene().getRoot(), String.format(Locale.ROOT,
                            "lesson-plan-%s-%s%s.png", locale.getLanguage(),
                            theme.name().toLowerCase(Locale.ROOT).replace('_', '-'), scale == 1.0 ? "" : "-projector"));
                    robot.interact(() -> ((Stage) dialog).close());
                    WaitForAsyncUtils.waitForFxEvents();
                }
            }
        }
    }

    @Test
    void problemsDialog(FxRobot robot) throws Exception {
        Path broken = Files.writeString(config.resolve("my-case.json"),
                "{\"formatVersion\": 2, \"id\": \"Mein Fall!\", \"title\": {\"en\": \"Mine\"}}");
        for (Locale locale : LANGUAGES) {
            for (double scale : new double[] {1.0, 1.75}) {
                robot.interact(() -> {
                    window.localization().setLocale(locale);
                    window.appearance().setTheme(scale == 1.0 ? Theme.LIGHT : Theme.HIGH_CONTRAST);
                    window.appearance().setScale(scale);
                    stage.setWidth(scale == 1.0 ? 1280 : 1920);
                    stage.setHeight(scale == 1.0 ? 720 : 1080);
                });
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> window.openCasePack(broken));
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#packProblems").tryQuery().isPresent());
                WaitForAsyncUtils.waitForFxEvents();
                Window dialog = robot.lookup("#packProblems").query().getScene().getWindow();
                WindowCamera.capture(robot, dialog.getScene().getRoot(), String.format(Locale.ROOT, "problems-%s-%s.png",
                        locale.getLanguage(), scale == 1.0 ? "light" : "high-contrast-projector"));
                robot.interact(() -> ((Stage) dialog).close());
                WaitForAsyncUtils.waitForFxEvents();
            }
        }
    }

    private void shootAll(FxRobot robot, String view, String pageId) throws IOException {
        for (Locale locale : LANGUAGES) {
            for (Theme theme : new Theme[] {Theme.LIGHT, Theme.HIGH_CONTRAST}) {
                shoot(robot, view, locale, theme, 1.0, 1280, 720);
                shoot(robot, view, locale, theme, 1.75, 1920, 1080);
            }
            shoot(robot, view, locale, Theme.DARK, 1.0, 1280, 720);
            shoot(robot, view, locale, Theme.LIGHT, 1.75, 1280, 720);
            robot.interact(() -> {
                window.appearance().setTheme(Theme.LIGHT);
                window.appearance().setScale(1.0);
                stage.setWidth(1280);
                stage.setHeight(720);
            });
            WaitForAsyncUtils.waitForFxEvents();
            Node content = ((ScrollPane) robot.lookup(pageId).query()).getContent();
            WindowCamera.capture(robot, (Parent) content, String.format(Locale.ROOT, "%s-%s-full.png", view, locale.getLanguage()));
        }
    }

    private void shoot(FxRobot robot, String view, Locale locale, Theme theme, double scale, int width, int height)
            throws IOException {
        WindowCamera.shoot(robot, window, stage, view, locale, theme, scale, width, height);
    }

}
