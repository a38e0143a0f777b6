package org.leaklab.ui.summary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.model.Scenario;
import org.leaklab.session.PlayThrough;
import org.leaklab.settings.Theme;
import org.leaklab.ui.common.Appearance;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.RecordingDialogs;
import org.leaklab.ui.common.SourceLinks;
import org.leaklab.ui.common.StatusMessages;
import org.leaklab.ui.common.ViewLoader;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The summary view on its own: scores shown equal the model's, rows lead back, saving writes real PNGs. */
@ExtendWith(ApplicationExtension.class)
class SummaryViewUiTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path folder;

    private final Localization localization = new Localization(Locale.ENGLISH);
    private final StatusMessages status = new StatusMessages();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<Integer> steps = new ArrayList<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final PlayThrough play = SamplePlay.mostlyAnswered();
    private SummaryViewModel summary;

    @Start
    void start(Stage stage) {
        summary = new SummaryViewModel(play, localization,
                new SourceLinks(play.caseData().sources(), localization, status, url -> { }), dialogs, status,
                background, Platform::runLater, () -> { }, steps::add);
        Scene scene = new Scene(new ViewLoader(localization).load(SummaryView.class, () -> new SummaryView(summary)).root(),
                1280, 720);
        new Appearance(Theme.LIGHT, 1.0).install(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stopBackground() {
        background.shutdownNow();
    }

    @Test
    void everyScoreShownIsTheModelsScore(FxRobot robot) {
        assertEquals(String.valueOf(play.totalScore()), robot.lookup("#totalScore").queryAs(Label.class).getText());
        for (Scenario scenario : play.scenarios()) {
            Button row = robot.lookup("#score-row-" + scenario.id()).queryAs(Button.class);
            String expected = play.result(scenario.id()).map(r -> String.valueOf(r.rounded())).orElse("not answered");
            assertTrue(robot.from(row.getGraphic()).lookup(expected).tryQuery().isPresent(),
                    scenario.id() + " shows " + expected);
        }
    }

    @Test
    void aRowLeadsBackToItsScenarioByMouseAndByKeyboard(FxRobot robot) {
        int seller = step("rank-seller");
        int customer = step("rank-customer");
        robot.clickOn("#score-row-rank-customer");
        assertEquals(List.of(customer), steps);
        robot.interact(() -> robot.lookup("#score-row-rank-seller").query().requestFocus());
        robot.type(KeyCode.SPACE);
        assertEquals(List.of(customer, seller), steps);
    }

    /** The step of a scenario in the Amazon case (1 = the first). */
    private static int step(String scenarioId) {
        var amazon = SamplePlay.amazon();
        return amazon.scenarios().indexOf(amazon.scenario(scenarioId).orElseThrow()) + 1;
    }

    @Test
    void saveAsPictureWritesARealPng(FxRobot robot) throws Exception {
        Path file = folder.resolve("results");
        dialogs.nextFile = Optional.of(file);
        robot.clickOn("#savePngButton");
        Path png = folder.resolve("results.png");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> status.messageProperty().get().startsWith("Results saved as"));
        byte[] bytes = Files.readAllBytes(png);
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(bytes, 8));
        assertTrue(bytes.length > 20_000, "a picture of the whole report, not an empty image: " + bytes.length);
        BufferedImage image = ImageIO.read(png.toFile());
        // The buttons and the name field are left out of the picture: they mean nothing on paper.
        double reportHeight = robot.lookup("#summaryReport").query().getBoundsInLocal().getHeight()
                - robot.lookup(".summary-actions-area").query().getBoundsInParent().getHeight();
        assertTrue(image.getHeight() >= reportHeight * 0.98 && image.getHeight() > 1500, "the whole report, not only what is scrolled into view");
        assertEquals("Results saved as " + png.toAbsolutePath(), status.messageProperty().get());
        assertTrue(dialogs.shown.isEmpty());
    }

    @Test
    void saveWithAPathWritesThePictureOfTheReport(FxRobot robot) throws Exception {
        AtomicReference<WritableImage> snapshot = new AtomicReference<>();
        robot.interact(() -> snapshot.set(robot.lookup("#summaryReport").query().snapshot(null, null)));
        Path png = folder.resolve("direct.png");
        robot.interact(() -> summary.savePng(png, snapshot.get()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !summary.busyProperty().get());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals((int) snapshot.get().getWidth(), image.getWidth());
        assertEquals((int) snapshot.get().getHeight(), image.getHeight());
    }

    @Test
    void savingWhereNoFolderCanBeReportsTheFileAndKeepsRunning(FxRobot robot) throws Exception {
        // Tests may run as root, who may write anywhere: a file standing where the folder should be
        // makes the location unwritable for everyone.
        Path blocker = Files.writeString(folder.resolve("not-a-folder"), "x");
        Path file = blocker.resolve("results.png");
        dialogs.nextFile = Optional.of(file);
        robot.clickOn("#savePngButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialogs.shown.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        RecordingDialogs.Shown error = dialogs.shown.get(0);
        assertEquals("The picture could not be saved", error.title());
        // The same words as every other export that fails (FileExport): where, and what to do.
        assertTrue(error.message().contains(file.toAbsolutePath().getParent().toString()), error.message());
        assertTrue(error.message().toLowerCase(java.util.Locale.ROOT).contains("choose another folder"), error.message());
        assertTrue(status.warningProperty().get());
        assertTrue(status.messageProperty().get().startsWith("Not saved: results.png ("), status.messageProperty().get());
        assertTrue(robot.lookup("#savePngButton").queryAs(Button.class).isVisible());
        assertTrue(!robot.lookup("#savePngButton").queryAs(Button.class).isDisabled(), "ready to try again");
    }

    @Test
    void cancellingTheChooserSavesNothing(FxRobot robot) throws Exception {
        dialogs.nextFile = Optional.empty();
        robot.clickOn("#savePngButton");
        WaitForAsyncUtils.waitForFxEvents();
        try (var files = Files.list(folder)) {
            assertEquals(0, files.count());
        }
        assertEquals("", status.messageProperty().get());
    }
}
