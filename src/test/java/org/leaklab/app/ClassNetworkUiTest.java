package org.leaklab.app;

import static org.leaklab.app.PresenterOpening.find;
import static org.leaklab.app.PresenterOpening.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.classroom.web.QrMatrix;
import org.leaklab.settings.AppDirectories;
import org.leaklab.ui.classnet.TestNetworks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The class network in presenter mode, on this computer's loopback address with a real server: the
 * command line's way in (one CLASS_URL line), the panel a phone joins from, Escape and C, the
 * failure card of a port in use with another address to choose, and nothing listening once
 * presenter mode closes.
 */
@ExtendWith(ApplicationExtension.class)
class ClassNetworkUiTest {
    @TempDir
    Path config;

    private MainWindow window;
    private Stage main;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Start
    void start(Stage stage) {
        main = stage;
        window = MainWindow.open(stage, new AppDirectories(config, config.resolve("data")), address -> { });
    }

    @AfterEach
    void closePresenter(FxRobot robot) {
        robot.interact(() -> window.presenterStage().ifPresent(Stage::close));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presenter mode as {@code leaklab --presenter --class-address ADDRESS} opens it. */
    private Stage openOn(FxRobot robot, String address) throws Exception {
        Stage presenter = PresenterOpening.open(robot, window);
        PrintStream lines = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        robot.interact(() -> window.startPresenterWithNetwork(Optional.of(ClassAddress.parse(address)), lines, errors));
        return presenter;
    }

    private static boolean layerShown(Stage presenter) {
        return find(presenter, "#classNetworkLayer").isVisible();
    }

    /** The keyboard is the slide's: the focus is nowhere in the class network's layer. */
    private static boolean focusOnSlide(Stage presenter) {
        Node layer = find(presenter, "#classNetworkLayer");
        for (Node n = presenter.getScene().getFocusOwner(); n != null; n = n.getParent()) {
            if (n == layer) {
                return false;
            }
        }
        return true;
    }

    /** The chooser's entry of 127.0.0.1, or -1. */
    private static int loopbackChoice(Stage presenter) {
        List<Node> choices = ((javafx.scene.layout.VBox) find(presenter, "#classNetworkAddresses")).getChildren();
        for (int i = 0; i < choices.size(); i++) {
            if (((Button) choices.get(i)).getAccessibleText().startsWith("127.0.0.1, ")) {
                return i;
            }
        }
        return -1;
    }

    private static boolean selected(Node choice) {
        return choice.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("selected-address"));
    }

    @Test
    void aPhoneJoinsFromTheProjectorsPanelAndThePanelStepsAsideForTheLesson(FxRobot robot) throws Exception {
        Stage presenter = openOn(robot, "127.0.0.1");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> find(presenter, "#classNetworkOpen").isVisible());
        WaitForAsyncUtils.waitForFxEvents();

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(1, lines.size(), "exactly one line: " + lines);
        assertTrue(lines.get(0).matches("CLASS_URL=http://127\\.0\\.0\\.1:\\d+/#[A-Z2-9]{6}"), lines.get(0));
        URI url = URI.create(lines.get(0).substring("CLASS_URL=".length()));
        assertEquals("127.0.0.1:" + url.getPort(), text(presenter, "#classNetworkAddress"));
        assertEquals(url.getFragment(), text(presenter, "#classNetworkCode"));
        assertEquals("No device connected yet", text(presenter, "#classNetworkCount"));

        // The code: the join address's modules, black on white with the quiet zone, a third of the screen at least.
        SVGPath modules = (SVGPath) presenter.getScene().getRoot().lookup(".qr-modules");
        assertEquals(QrMatrix.of(url.toString()).svgPath(), modules.getContent());
        assertEquals(Color.BLACK, modules.getFill());
        Region paper = (Region) presenter.getScene().getRoot().lookup(".qr-paper");
        assertEquals(Color.WHITE, paper.getBackground().getFills().get(0).getFill());
        double sceneHeight = presenter.getScene().getHeight();
        assertTrue(paper.getHeight() >= sceneHeight / 3, paper.getHeight() + " of " + sceneHeight);
        int full = QrMatrix.of(url.toString()).size() + 2 * QrMatrix.QUIET_ZONE;
        assertEquals(0, paper.getHeight() % full, 1e-9, "whole pixels per module");
        Bounds qr = modules.localToScene(modules.getBoundsInLocal());
        Bounds sheet = paper.localToScene(paper.getBoundsInLocal());
        assertEquals(QrMatrix.QUIET_ZONE * paper.getHeight() / full, qr.getMinY() - sheet.getMinY(), 1.0,
                "the quiet zone above the code");
        assertEquals(null, modules.getStroke(), "no stroke blurs the modules' edges");
        assertEquals(List.of(), PageChecks.clippedLabels(find(presenter, "#classNetworkOpen")), "nothing cut off");

        // A phone joins over HTTP: the count goes up on the projector.
        assertEquals(201, TestNetworks.join(url));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> "1 device connected".equals(text(presenter, "#classNetworkCount")));
        assertTrue(find(presenter, "#presenterHints").getAccessibleText().contains("C / Esc: hide the class network"),
                find(presenter, "#presenterHints").getAccessibleText());

        // Escape hides the panel (the network stays open, a badge counts), C shows it again.
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(presenter.isShowing(), "Escape hid the panel first");
        assertFalse(layerShown(presenter));
        Button badge = find(presenter, "#classNetworkBadge");
        assertTrue(badge.isVisible());
        assertEquals("Class network: 1 connected", badge.getText());
        assertTrue(focusOnSlide(presenter));
        assertTrue(TestNetworks.listening(new InetSocketAddress("127.0.0.1", url.getPort())), "still open");
        robot.type(KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(layerShown(presenter));
        assertFalse(badge.isVisible());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        // The lesson goes on with the panel hidden.
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text(presenter, "#presenterProgress").startsWith("Scenario 1 of"), text(presenter, "#presenterProgress"));
        assertTrue(badge.isVisible());
        assertTrue(find(presenter, "#presenterHints").getAccessibleText().contains("C: show the class network"));

        // Leaving presenter mode closes the server.
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !presenter.isShowing());
        assertFalse(TestNetworks.listening(new InetSocketAddress("127.0.0.1", url.getPort())),
                "nothing listens once presenter mode closed");
        assertEquals(1, out.toString(StandardCharsets.UTF_8).lines().count(), "still one line");
    }

    @Test
    void aPortInUseShowsACardInWordsAndAnotherAddressIsChosenByKeyboard(FxRobot robot) throws Exception {
        try (ServerSocket other = new ServerSocket(0, 50, TestNetworks.LOOPBACK)) {
            int port = other.getLocalPort();
            Stage presenter = openOn(robot, "127.0.0.1:" + port);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> find(presenter, "#classNetworkFailed").isVisible());
            String words = text(presenter, "#classNetworkFailure");
            assertEquals("Another program already uses port " + port + " on 127.0.0.1. Close that program, or choose "
                    + "another address.", words);
            assertFalse(words.contains("Exception"));
            assertEquals("", out.toString(StandardCharsets.UTF_8), "no CLASS_URL when it did not open");
            assertEquals("CLASS_FAILED=PORT_IN_USE", err.toString(StandardCharsets.UTF_8).strip());
            assertTrue(find(presenter, "#classNetworkFailed").lookup(".class-network-tips").isVisible(),
                    "the help is on the card");

            // Escape closes the card: the slide has the keys, presenter mode goes on.
            robot.type(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(presenter.isShowing());
            assertFalse(layerShown(presenter));
            assertTrue(focusOnSlide(presenter));
            robot.type(KeyCode.RIGHT);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(text(presenter, "#presenterProgress").startsWith("Scenario 1 of"));
            robot.type(KeyCode.LEFT);

            // Again, and this time Enter: "Choose another address" lists this computer's addresses.
            robot.interact(() -> window.startPresenterWithNetwork(Optional.of(ClassAddress.parse("127.0.0.1:" + port)),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> find(presenter, "#classNetworkFailed").isVisible());
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> find(presenter, "#classNetworkChooser").isVisible());
            int loopback = loopbackChoice(presenter);
            assertTrue(loopback >= 0, "this computer's own address is offered, for trying it out");
            Button first = find(presenter, "#classNetworkChoice-0");
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, first::isFocused);
            assertTrue(selected(first), "the best address first");
            robot.type(KeyCode.UP); // stays on the first
            for (int i = 0; i < loopback; i++) {
                robot.type(KeyCode.DOWN);
            }
            WaitForAsyncUtils.waitForFxEvents();
            Button chosen = find(presenter, "#classNetworkChoice-" + loopback);
            assertTrue(chosen.isFocused(), "the focus follows the arrows");
            assertTrue(selected(chosen));
            assertEquals(loopback == 0, selected(first));
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> find(presenter, "#classNetworkOpen").isVisible());
            assertTrue(text(presenter, "#classNetworkAddress").startsWith("127.0.0.1:"));
            assertFalse(text(presenter, "#classNetworkAddress").equals("127.0.0.1:" + port), "not the taken port");
        }
    }

    @Test
    void theChooserWorksByMouseAndEscapeCancelsIt(FxRobot robot) throws Exception {
        try (ServerSocket other = new ServerSocket(0, 50, TestNetworks.LOOPBACK)) {
            Stage presenter = openOn(robot, "127.0.0.1:" + other.getLocalPort());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> find(presenter, "#classNetworkFailed").isVisible());
            robot.clickOn((Node) find(presenter, "#classNetworkChooseAgain"));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> find(presenter, "#classNetworkChooser").isVisible());
            assertTrue(find(presenter, "#presenterHints").getAccessibleText().contains("Esc: cancel"));
            robot.type(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(layerShown(presenter), "Escape cancels the chooser");
            assertTrue(focusOnSlide(presenter), "the keys are the slide's again");
            assertTrue(presenter.isShowing());

            // The title slide's button opens it (several addresses: the chooser; one: at once).
            robot.clickOn((Node) find(presenter, "#openClassNetwork"));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> find(presenter, "#classNetworkChooser").isVisible()
                    || find(presenter, "#classNetworkOpen").isVisible());
            if (find(presenter, "#classNetworkChooser").isVisible()) {
                robot.clickOn((Node) find(presenter, "#classNetworkChoice-" + loopbackChoice(presenter)));
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> find(presenter, "#classNetworkOpen").isVisible());
            }
            assertFalse(text(presenter, "#classNetworkCode").isEmpty());
            robot.clickOn((Node) find(presenter, "#classNetworkHide"));
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(layerShown(presenter));
            Button badge = find(presenter, "#classNetworkBadge");
            robot.clickOn(badge);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(layerShown(presenter), "a click on the badge shows the panel again");
        }
    }

    @Test
    void quittingLeakLabClosesTheServerToo(FxRobot robot) throws Exception {
        Stage presenter = openOn(robot, "127.0.0.1");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> find(presenter, "#classNetworkOpen").isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        URI url = URI.create(out.toString(StandardCharsets.UTF_8).strip().substring("CLASS_URL=".length()));
        InetSocketAddress bound = new InetSocketAddress("127.0.0.1", url.getPort());
        assertTrue(TestNetworks.listening(bound));
        robot.interact(main::close); // the main window closes: LeakLab quits
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !presenter.isShowing());
        assertFalse(TestNetworks.listening(bound), "nothing listens once LeakLab quit");
    }
}
