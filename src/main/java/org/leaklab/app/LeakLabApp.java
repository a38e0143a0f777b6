package org.leaklab.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application. */
public final class LeakLabApp extends Application {
    @Override
    public void start(Stage stage) {
        StallWatch.installIfRequested();
        stage.setTitle("LeakLab");
        stage.setScene(new Scene(new Label("LeakLab"), 800, 600));
        stage.show();
        StartupProbe.installIfRequested(stage);
    }
}
