package org.leaklab.app.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first-frame hook runs its work once, after a layout pass, however many pulses follow. */
@ExtendWith(ApplicationExtension.class)
class FirstFrameUiTest {
    private Scene scene;
    private Label label;

    @Start
    void start(Stage stage) {
        label = new Label("first frame");
        scene = new Scene(new StackPane(label), 300, 200);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void runsOnceAfterLayout(FxRobot robot) throws Exception {
        AtomicInteger runs = new AtomicInteger();
        AtomicReference<Double> widthWhenRun = new AtomicReference<>();
        AtomicInteger pulses = new AtomicInteger();
        // A running timer keeps pulses coming, each with its layout pass.
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                label.requestLayout();
            }
        };
        robot.interact(() -> {
            label.setText("changed before the frame");
            FirstFrame.afterLayout(scene, () -> {
                runs.incrementAndGet();
                widthWhenRun.set(label.getWidth());
            });
            scene.addPostLayoutPulseListener(pulses::incrementAndGet);
            timer.start();
        });

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pulses.get() >= 5);
        AtomicReference<Double> widthLaidOut = new AtomicReference<>();
        robot.interact(() -> {
            timer.stop();
            widthLaidOut.set(label.getWidth());
        });

        assertEquals(1, runs.get(), "run once, not on every pulse");
        assertEquals(widthLaidOut.get(), widthWhenRun.get(), "run after the longer text was laid out");
    }
}
