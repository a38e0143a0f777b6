package org.leaklab.bench.minimal;

import java.io.IOException;

import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.leaklab.app.diagnostics.StartupProbe;

/** One window from one FXML file, measured by the same StartupProbe as LeakLab. */
public final class MinimalApp extends Application {
    @Override
    public void start(Stage stage) throws IOException {
        Parent root = FXMLLoader.load(MinimalApp.class.getResource("Minimal.fxml"));
        stage.setTitle("Minimal");
        stage.setScene(new Scene(root, 800, 600));
        stage.show();
        StartupProbe.installIfRequested(stage);
    }
}
