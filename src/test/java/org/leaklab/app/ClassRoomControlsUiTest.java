package org.leaklab.app;

import static org.leaklab.app.PresenterOpening.find;
import static org.leaklab.app.PresenterOpening.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.settings.AppDirectories;
import org.leaklab.ui.classnet.TestNetworks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The teacher's room controls on the class network's open panel, with a real server on the loopback
 * address: L locks the room (a phone is turned away, the panel says so), a device is removed only
 * after "Yes" in the panel itself, and the room report counts what the laptop still holds.
 */
@ExtendWith(ApplicationExtension.class)
class ClassRoomControlsUiTest {
    @TempDir
    Path config;

    private MainWindow window;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @Start
    void start(Stage stage) {
        window = MainWindow.open(stage, new AppDirectories(config, config.resolve("data")), address -> { });
    }

    @AfterEach
    void closePresenter(FxRobot robot) {
        robot.interact(() -> window.presenterStage().ifPresent(Stage::close));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<Node> tiles(Stage presenter) {
        return ((Pane) find(presenter, "#classNetworkDevices")).getChildren();
    }

    @Test
    void theTeacherLocksTheRoomRemovesADeviceAfterYesAndReadsTheReport(FxRobot robot) throws Exception {
        Stage presenter = PresenterOpening.open(robot, window);
        PrintStream lines = new PrintStream(out, true, StandardCharsets.UTF_8);
        robot.interact(() -> window.startPresenterWithNetwork(Optional.of(ClassAddress.parse("127.0.0.1")), lines,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> find(presenter, "#classNetworkOpen").isVisible());
        URI url = URI.create(out.toString(StandardCharsets.UTF_8).strip().substring("CLASS_URL=".length()));
        assertEquals("No anonymous names, no answers, no personal data; erased when the class network closes",
                text(presenter, "#classNetworkReport"));
        assertTrue(tiles(presenter).isEmpty());

        for (int i = 0; i < 3; i++) {
            assertEquals(201, TestNetworks.join(url));
        }
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tiles(presenter).size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("3 anonymous names, no answers, no personal data; erased when the class network closes",
                text(presenter, "#classNetworkReport"));
        assertTrue(find(presenter, "#presenterHints").getAccessibleText().contains("L: lock or unlock the room"),
                find(presenter, "#presenterHints").getAccessibleText());

        // L locks: the panel says so in words, the button says how to undo it, a new phone is turned away.
        Button lock = find(presenter, "#classNetworkLock");
        assertEquals("Lock room (L)", lock.getText());
        assertFalse(find(presenter, "#classNetworkLocked").isVisible());
        List<Node> before = List.copyOf(tiles(presenter));
        robot.type(KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Unlock room (L)", lock.getText());
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // the room's status reaches the panel
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < before.size(); i++) {
            assertTrue(tiles(presenter).get(i) == before.get(i), "tile " + i + " was built again, its device unchanged");
        }
        assertTrue(find(presenter, "#classNetworkLocked").isVisible());
        assertEquals("Room locked: nobody new can join; devices already in keep answering.",
                text(presenter, "#classNetworkLocked"));
        assertEquals(423, TestNetworks.join(url), "nobody new joins a locked room");
        assertTrue(find(presenter, "#classNetworkOpen").isVisible(), "L did not hide the panel");

        // Remove asks first, in the panel: No keeps the device, Yes removes it.
        Node first = tiles(presenter).get(0);
        String name = ((Label) first.lookup(".class-network-device-name")).getText();
        String number = first.getId().substring("classNetworkDevice-".length());
        robot.clickOn((Node) find(presenter, "#classNetworkRemove-" + number));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Remove " + name + "?",
                ((Label) tiles(presenter).get(0).lookup(".class-network-device-question")).getText());
        assertTrue(((Node) find(presenter, "#classNetworkRemoveNo")).isFocused(), "the safe answer has the keyboard");
        robot.clickOn((Node) find(presenter, "#classNetworkRemoveNo"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, tiles(presenter).size(), "No keeps it");
        assertTrue(find(presenter, "#classNetworkRemoveYes") == null, "the question is gone");
        assertTrue(((Node) find(presenter, "#classNetworkRemove-" + number)).isFocused(),
                "the keyboard is back on the device's Remove");

        robot.clickOn((Node) find(presenter, "#classNetworkRemove-" + number));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn((Node) find(presenter, "#classNetworkRemoveYes"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, tiles(presenter).size());
        assertTrue(find(presenter, "#classNetworkDevice-" + number) == null, name + " is gone");
        assertEquals("2 anonymous names, no answers, no personal data; erased when the class network closes",
                text(presenter, "#classNetworkReport"));
        assertEquals(List.of(), PageChecks.clippedLabels(find(presenter, "#classNetworkOpen")), "nothing cut off");

        // L again opens the room.
        robot.type(KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Lock room (L)", lock.getText());
        assertFalse(find(presenter, "#classNetworkLocked").isVisible());
        assertEquals(201, TestNetworks.join(url));
    }
}
