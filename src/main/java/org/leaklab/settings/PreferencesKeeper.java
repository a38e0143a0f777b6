package org.leaklab.settings;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Holds the current preferences and writes them whenever they change, on the executor it is given
 * (the app's I/O thread, so never on the JavaFX thread).
 * A failed write is reported, never thrown: the app goes on with the settings in memory.
 */
public final class PreferencesKeeper {
    private final PreferencesStore store;
    private final Executor io;
    private final Consumer<IOException> onFailure;
    private final Runnable onSaved;
    private volatile Preferences current;

    /** {@code onFailure} hears of each write that failed, {@code onSaved} of each that worked (so a reported failure can clear). */
    public PreferencesKeeper(PreferencesStore store, Preferences initial, Executor io, Consumer<IOException> onFailure,
                             Runnable onSaved) {
        this.store = Objects.requireNonNull(store);
        this.current = Objects.requireNonNull(initial);
        this.io = Objects.requireNonNull(io);
        this.onFailure = Objects.requireNonNull(onFailure);
        this.onSaved = Objects.requireNonNull(onSaved);
    }

    public Preferences current() {
        return current;
    }

    /** Replaces the preferences and saves them in the background. */
    public void update(Preferences changed) {
        current = changed;
        io.execute(() -> {
            // Only the newest state is worth writing; a queued older one is skipped.
            if (current == changed) {
                write(changed);
            }
        });
    }

    /** Saves now, on the calling thread (used when the window closes). */
    public void saveNow(Preferences changed) {
        current = changed;
        write(changed);
    }

    private void write(Preferences preferences) {
        try {
            store.save(preferences);
            onSaved.run();
        } catch (IOException e) {
            onFailure.accept(e);
        }
    }
}
