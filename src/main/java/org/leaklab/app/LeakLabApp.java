package org.leaklab.app;

import javafx.application.Application;
import javafx.stage.Stage;
import org.leaklab.app.diagnostics.ScreenWalk;
import org.leaklab.app.diagnostics.StallWatch;
import org.leaklab.app.diagnostics.StartupProbe;
import org.leaklab.app.diagnostics.StartupTrace;
import org.leaklab.settings.AppDirectories;

/** The JavaFX application: opens the main window with the platform's folders. */
public final class LeakLabApp extends Application {
    /** Constructed by the JavaFX launcher on the JavaFX thread, before any window exists. */
    public LeakLabApp() {
        WindowClass.apply();
    }

    @Override
    public void start(Stage stage) {
        StartupTrace.step("JavaFX started, start() entered");
        StallWatch.installIfRequested();
        StartupPreload preload = StartupPreload.take()
                .orElseGet(() -> StartupPreload.inPlace(AppDirectories.forPlatform()));
        MainWindow window = MainWindow.open(stage, preload.directories(),
                SystemBrowser.forPlatform(getHostServices()::showDocument), preload);
        StartupTrace.step("main window shown");
        StartupTrace.firstFrame(stage);
        StartupProbe.installIfRequested(stage);
        ScreenWalk.startIfRequested(window, stage);
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        if (options.presenter()) {
            window.startPresenterWithNetwork(options.classAddress(), System.out, System.err);
        }
    }
}
