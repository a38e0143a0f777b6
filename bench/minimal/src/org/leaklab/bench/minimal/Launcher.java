package org.leaklab.bench.minimal;

/** Plain entry point, as LeakLab's. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        javafx.application.Application.launch(MinimalApp.class, args);
    }
}
