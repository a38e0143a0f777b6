package org.leaklab.ui.ranking;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.app.MainWindow;
import org.leaklab.settings.AppDirectories;
import org.leaklab.settings.Theme;
import org.leaklab.ui.common.PngWriter;
import org.leaklab.ui.play.PlayViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the ranking view and its feedback in the real window: English and German, light and
 * high contrast, 1280x720 and projector scale 1.75 at 1920x1080, into target/screenshots/.
 * Runs with {@code ./mvnw -Pscreenshots verify}.
 */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
class RankingScreenshotTest {
    private static final Path OUT = Path.of("target", "screenshots");
    private static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.GERMAN};

    @TempDir
    Path config;

    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        this.window = MainWindow.open(stage, new AppDirectories(config, config.resolve("data")), address -> { });
    }

    @Test
    void rankingView(FxRobot robot) throws IOException {
        robot.interact(() -> RankingPlayPage.show(window, stage, RankingPlayPage.AMAZON, RankingPlayPage.SELLER_STEP));
        for (Locale locale : LANGUAGES) {
            for (Theme theme : new Theme[] {Theme.LIGHT, Theme.HIGH_CONTRAST, Theme.DARK}) {
                shoot(robot, "ranking", locale, theme, 1.0, 1280, 720);
            }
            shoot(robot, "ranking", locale, Theme.LIGHT, 1.75, 1920, 1080);
            shoot(robot, "ranking", locale, Theme.HIGH_CONTRAST, 1.75, 1920, 1080);
        }
    }

    @Test
    void rankingViewWithDetailsOpen(FxRobot robot) throws IOException {
        robot.interact(() -> RankingPlayPage.show(window, stage, RankingPlayPage.AMAZON, RankingPlayPage.SELLER_STEP));
        for (String item : new String[] {"sales-stats", "bulk-emails"}) {
            robot.interact(() -> ((javafx.scene.control.ToggleButton) robot.lookup("#details-" + item).query()).fire());
        }
        for (Locale locale : LANGUAGES) {
            for (Theme theme : new Theme[] {Theme.LIGHT, Theme.HIGH_CONTRAST}) {
                shoot(robot, "ranking-details", locale, theme, 1.0, 1280, 720);
                capturePage(robot, "#rankingPage", name("ranking-details-full", locale, theme, 1.0, 1280, 720));
            }
            shoot(robot, "ranking-details", locale, Theme.HIGH_CONTRAST, 1.75, 1920, 1080);
        }
    }

    @Test
    void rankingViewWithSevenItemsAndACardHeldByKeyboard(FxRobot robot) throws IOException {
        robot.interact(() -> RankingPlayPage.show(window, stage, RankingPlayPage.withSevenItemRanking(), 1));
        for (Locale locale : LANGUAGES) {
            for (Theme theme : new Theme[] {Theme.LIGHT, Theme.HIGH_CONTRAST}) {
                configure(robot, locale, theme, 1.0, 1280, 720);
                grabAndMove(robot);
                capture(robot, name("ranking-seven-held", locale, theme, 1.0, 1280, 720));
                robot.type(KeyCode.ESCAPE);
            }
            configure(robot, locale, Theme.LIGHT, 1.75, 1920, 1080);
            grabAndMove(robot);
            capture(robot, name("ranking-seven-held", locale, Theme.LIGHT, 1.75, 1920, 1080));
            robot.type(KeyCode.ESCAPE);
        }
    }

    @Test
    void feedbackView(FxRobot robot) throws IOException {
        AtomicReference<PlayViewModel> play = new AtomicReference<>();
        robot.interact(() -> play.set(RankingPlayPage.show(window, stage, RankingPlayPage.AMAZON, RankingPlayPage.SELLER_STEP)));
        robot.interact(() -> play.get().check());
        for (Locale locale : LANGUAGES) {
            for (Theme theme : new Theme[] {Theme.LIGHT, Theme.HIGH_CONTRAST, Theme.DARK}) {
                shoot(robot, "ranking-feedback", locale, theme, 1.0, 1280, 720);
                capturePage(robot, name("ranking-feedback-full", locale, theme, 1.0, 1280, 720));
            }
            shoot(robot, "ranking-feedback", locale, Theme.LIGHT, 1.75, 1920, 1080);
            shoot(robot, "ranking-feedback", locale, Theme.HIGH_CONTRAST, 1.75, 1920, 1080);
            capturePage(robot, name("ranking-feedback-full", locale, Theme.HIGH_CONTRAST, 1.75, 1920, 1080));
        }
        for (Theme theme : new Theme[] {Theme.LIGHT, Theme.HIGH_CONTRAST}) {
            configure(robot, Locale.ENGLISH, theme, 1.0, 1280, 720);
            robot.interact(() -> robot.lookup("#why-sales-stats").query().requestFocus());
            robot.type(KeyCode.SPACE);
            WaitForAsyncUtils.waitForFxEvents();
            for (javafx.stage.Window popup : robot.listWindows()) {
                if (popup instanceof PopupWindow && popup.isShowing()) {
                    AtomicReference<WritableImage> image = new AtomicReference<>();
                    robot.interact(() -> image.set(popup.getScene().getRoot().snapshot(null, null)));
                    PngWriter.write(image.get(), OUT.resolve(name("ranking-feedback-why", Locale.ENGLISH, theme, 1.0,
                            1280, 720)));
                }
            }
            robot.type(KeyCode.ESCAPE);
        }
    }

    private void grabAndMove(FxRobot robot) {
        robot.interact(() -> ((RankingBoard) robot.lookup("#rankingBoard").query()).focus("sales-stats"));
        robot.type(KeyCode.SPACE, KeyCode.DOWN, KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shoot(FxRobot robot, String view, Locale locale, Theme theme, double scale, int width, int height)
            throws IOException {
        configure(robot, locale, theme, scale, width, height);
        capture(robot, name(view, locale, theme, scale, width, height));
    }

    private void configure(FxRobot robot, Locale locale, Theme theme, double scale, int width, int height) {
        robot.interact(() -> {
            window.localization().setLocale(locale);
            window.appearance().setTheme(theme);
            window.appearance().setScale(scale);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void capture(FxRobot robot, String file) throws IOException {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(stage.getScene().getRoot().snapshot(null, null)));
        PngWriter.write(image.get(), OUT.resolve(file));
    }

    /** The whole scrolling page, not just what fits in the window, to check what lies below the fold. */
    private void capturePage(FxRobot robot, String file) throws IOException {
        capturePage(robot, "#rankingFeedbackPage", file);
    }

    private void capturePage(FxRobot robot, String pageId, String file) throws IOException {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> {
            ScrollPane page = robot.lookup(pageId).query();
            SnapshotParameters parameters = new SnapshotParameters();
            // The page itself is transparent; the viewport behind it carries the theme's background.
            parameters.setFill(((Region) page.lookup(".viewport")).getBackground().getFills().get(0).getFill());
            image.set(page.getContent().snapshot(parameters, null));
        });
        PngWriter.write(image.get(), OUT.resolve(file));
    }

    private static String name(String view, Locale locale, Theme theme, double scale, int width, int height) {
        return String.format(Locale.ROOT, "%s-%s-%s-%dx%d%s.png", view, locale.getLanguage(),
                theme.name().toLowerCase(Locale.ROOT).replace('_', '-'), width, height,
                scale == 1.0 ? "" : "-projector");
    }
}
