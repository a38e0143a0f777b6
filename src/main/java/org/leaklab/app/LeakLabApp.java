package org.leaklab.app;

import javafx.application.Application;
import javafx.stage.Stage;
import org.leaklab.settings.AppDirectories;

/** The JavaFX application: opens the main window with the platform's folders. */
public final class LeakLabApp extends Application {
    @Override
    public void start(Stage stage) {
        StallWatch.installIfRequested();
        MainWindow window = MainWindow.open(stage, AppDirectories.forPlatform(), getHostServices()::showDocument);
        StartupProbe.installIfRequested(stage);
        if (LaunchOptions.parse(getParameters().getRaw()).presenter()) {
            window.startPresenter();
        }
    }
}
