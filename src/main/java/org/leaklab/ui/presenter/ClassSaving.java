package org.leaklab.ui.presenter;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.leaklab.session.ClassSession;
import org.leaklab.session.ResultsStore;
import org.leaklab.ui.common.BackgroundWork;
import org.leaklab.ui.common.FileProblems;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.play.PlayServices;

/**
 * Saves a class session through the {@link ResultsStore} on the background executor and hands
 * the outcome back on the JavaFX thread: whether a save runs, what went wrong with the last one,
 * and whether the class has changed since it was last saved. A failed save is reported (inline
 * and on the status line, in words) and the class counts as unsaved again, so the next save can
 * still keep it.
 */
final class ClassSaving {
    private static final System.Logger LOG = System.getLogger(ClassSaving.class.getName());

    private final ResultsStore store;
    private final PlayServices services;
    private final Localization localization;
    private final BackgroundWork work;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "saveProblem", "");
    private boolean unsaved;

    ClassSaving(ResultsStore store, PlayServices services, Localization localization) {
        this.store = Objects.requireNonNull(store);
        this.services = Objects.requireNonNull(services);
        this.work = services.newWork();
        this.localization = Objects.requireNonNull(localization);
    }

    /** True while a save runs in the background. */
    ReadOnlyBooleanProperty savingProperty() {
        return work.busyProperty();
    }

    /** What went wrong with the last save, for an inline warning; empty after a good save. */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True if the class changed since the last successful save. */
    boolean isUnsaved() {
        return unsaved;
    }

    /** The class changed: answers were recorded or taken back. */
    void changed() {
        unsaved = true;
    }

    /** A new class, with nothing to save yet. */
    void reset() {
        unsaved = false;
    }

    /**
     * Saves {@code snapshot} (taken on the JavaFX thread) in the background if anything was
     * answered, then runs {@code afterwards} on the JavaFX thread, whether the save worked or not.
     */
    void save(Optional<ClassSession> snapshot, Runnable afterwards) {
        Optional<ClassSession> answered = snapshot.filter(s -> !s.rounds().isEmpty());
        if (answered.isEmpty()) {
            afterwards.run();
            return;
        }
        unsaved = false;
        ClassSession session = answered.get();
        try {
            work.run(() -> store.save(session), outcome -> {
                problem.set("");
                outcome.problem().ifPresent(p -> services.status().warn(
                        FileProblems.describe(localization, FileProblems.Subject.RESULTS, p)));
                afterwards.run();
            }, e -> failed(e, afterwards));
        } catch (RejectedExecutionException e) {
            failed(e, afterwards); // LeakLab is closing: say so rather than lose the class silently
        }
    }

    /**
     * Tries the results file again: {@code snapshot} if it has answers, else the sessions the
     * results store still holds in memory; the store's listeners hear how it went.
     */
    void retry(Optional<ClassSession> snapshot) {
        if (snapshot.filter(s -> !s.rounds().isEmpty()).isPresent()) {
            save(snapshot, () -> { });
            return;
        }
        try {
            work.run(() -> {
                List<ClassSession> waiting = store.unsaved();
                return waiting.isEmpty() ? null : store.save(waiting.get(0));
            }, outcome -> { }, e -> {
                // Still not saved: the store keeps the sessions, and its listeners are told why.
                LOG.log(System.Logger.Level.DEBUG, "Saving the class again failed", e);
            });
        } catch (RejectedExecutionException e) {
            // LeakLab is closing; quitting asks about unsaved results.
        }
    }

    private void failed(Exception e, Runnable afterwards) {
        unsaved = true;
        // In words, naming the folder: never the exception's text (a temporary file, a class name).
        String text = FileProblems.describe(localization, FileProblems.Subject.RESULTS, FileProblems.of(e, store.file()));
        problem.set(text);
        services.status().warn(text);
        afterwards.run();
    }
}
