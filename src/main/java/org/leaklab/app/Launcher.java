package org.leaklab.app;

/** Plain entry point, so the app also starts from a jar that is not on the module path. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        javafx.application.Application.launch(LeakLabApp.class, args);
    }
}
