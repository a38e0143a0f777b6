package org.leaklab.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.leaklab.ui.play.PlayServices;

/**
 * Opens a web address in the system browser, and says so when it cannot. JavaFX's
 * {@code HostServices.showDocument} reports nothing when no browser starts (it prints a stack
 * trace), so on Linux and macOS LeakLab runs the desktop's own opener ({@code xdg-open},
 * {@code open}) and watches how it ends; on Windows it uses {@code HostServices}, which works
 * there.
 */
final class SystemBrowser implements PlayServices.LinkOpener {
    /** How long the opener may run before LeakLab takes it that the browser started. */
    private static final long PATIENCE_SECONDS = 15;

    private final List<String> command;
    private final PlayServices.LinkOpener fallback;
    private volatile Consumer<String> onFailure = address -> { };

    /**
     * @param command  the opener and its arguments before the address; empty to use {@code fallback}
     * @param fallback opens addresses when there is no command
     */
    SystemBrowser(List<String> command, PlayServices.LinkOpener fallback) {
        this.command = List.copyOf(command);
        this.fallback = Objects.requireNonNull(fallback);
    }

    /** The opener for the running platform. */
    static SystemBrowser forPlatform(PlayServices.LinkOpener hostServices) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return new SystemBrowser(List.of(), hostServices);
        }
        return new SystemBrowser(List.of(os.startsWith("mac") ? "open" : "xdg-open"), hostServices);
    }

    /** Called with the address, on a background thread, when it could not be opened. */
    void onFailure(Consumer<String> listener) {
        onFailure = Objects.requireNonNull(listener);
    }

    @Override
    public void open(String address) {
        if (command.isEmpty()) {
            fallback.open(address);
            return;
        }
        Thread thread = new Thread(() -> run(address), "leaklab-browser");
        thread.setDaemon(true);
        thread.start();
    }

    /** Runs the opener and waits for it; also used by tests, on their own thread. */
    boolean run(String address) {
        List<String> line = new ArrayList<>(command);
        line.add(address);
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            // xdg-open ends at once with 0 once the browser runs, or with 3 or 4 if none could start.
            if (process.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS) && process.exitValue() != 0) {
                onFailure.accept(address);
                return false;
            }
            return true;
        } catch (IOException e) {
            onFailure.accept(address); // no opener installed
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
