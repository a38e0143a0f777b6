package org.leaklab.ui.play;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.leaklab.session.PlayProgress;
import org.leaklab.session.PlayProgressStore;
import org.leaklab.ui.common.BackgroundWork;
import org.leaklab.ui.common.DialogService;
import org.leaklab.ui.common.FileExport;
import org.leaklab.ui.common.FileProblems;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.QuitGuard;
import org.leaklab.ui.common.StatusMessages;

/**
 * Keeps every case in progress: the play frames of this run, so that leaving a case and coming
 * back loses nothing, and their progress in the data folder ({@link PlayProgressStore}), so that a
 * restart or a crash loses nothing. Each change of a frame is saved on the I/O executor, newest
 * first (an older state still queued is skipped). Progress that could not be saved stays in
 * memory, is reported once in the status line, and is named when the app quits, with the offer to
 * save it elsewhere ({@link QuitGuard.UnsavedWork}). Public methods are called on the JavaFX thread.
 */
public final class ProgressKeeper implements QuitGuard.UnsavedWork {
    /** How long quitting waits for the last save; a hung disk must not keep the window open forever. */
    private static final long QUIT_WAIT_SECONDS = 10;

    /** A state to write (empty progress: forget the case) and its place in the order of changes. */
    private record Write(long sequence, PlayProgress progress) {
    }

    /** What became of a write: saved (no failure) or not. */
    private record Written(Write write, Optional<IOException> failure, Optional<PlayProgressStore.Problem> problem) {
    }

    private final PlayProgressStore store;
    private final Executor io;
    /** Reads and writes on the I/O thread and applies the outcome on the JavaFX thread. */
    private final BackgroundWork work;
    private final Localization localization;
    private final StatusMessages status;
    private final DialogService dialogs;
    private final Clock clock;

    /** The newest known progress of every case that has some, by case id. */
    private final ObservableMap<String, PlayProgress> progress = FXCollections.observableHashMap();
    private final ObservableMap<String, PlayProgress> readOnlyProgress = FXCollections.unmodifiableObservableMap(progress);
    private final Map<String, PlayViewModel> live = new HashMap<>();
    private final Map<String, ChangeListener<Number>> followers = new HashMap<>();
    /** The newest write not yet taken by the I/O thread, per case. */
    private final Map<String, Write> pending = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    /** The last write whose outcome was applied, per case, so a late outcome never undoes a newer one. */
    private final Map<String, Long> applied = new HashMap<>();
    /** Cases whose newest progress could not be saved, with the reason. */
    private final Map<String, IOException> unsaved = new LinkedHashMap<>();

    /**
     * @param io       where the store reads and writes (one thread, so writes keep their order)
     * @param fxThread where outcomes are applied
     */
    public ProgressKeeper(PlayProgressStore store, Executor io, Executor fxThread, Localization localization,
                          StatusMessages status, DialogService dialogs, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.io = Objects.requireNonNull(io);
        this.work = new BackgroundWork(io, fxThread);
        this.localization = Objects.requireNonNull(localization);
        this.status = Objects.requireNonNull(status);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The newest progress of every case that has some, by case id; for the start page. */
    public ObservableMap<String, PlayProgress> progress() {
        return readOnlyProgress;
    }

    /** Reads the saved progress in the background; cases played meanwhile keep their newer state. */
    public void load() {
        work.run(store::load, this::adopt, failure -> status.warn(localization.get("progress.unreadable", folder(),
                FileProblems.reason(failure, localization))));
    }

    private void adopt(PlayProgressStore.Outcome outcome) {
        outcome.plays().forEach((caseId, saved) -> {
            if (!live.containsKey(caseId) && !saved.isEmpty()) {
                progress.putIfAbsent(caseId, saved);
            }
        });
        outcome.problem().ifPresent(this::report);
    }

    private void report(PlayProgressStore.Problem problem) {
        status.warn(problem.restoredFrom().isPresent()
                ? localization.get("progress.damagedRestored", problem.keptAs())
                : localization.get("progress.damaged", problem.keptAs()));
    }

    /** The frame of {@code caseId} played in this run, if there is one. */
    public Optional<PlayViewModel> live(String caseId) {
        return Optional.ofNullable(live.get(caseId));
    }

    /** The saved progress of {@code caseId} from an earlier run, if it has no frame in this one. */
    public Optional<PlayProgress> saved(String caseId) {
        return live.containsKey(caseId) ? Optional.empty() : Optional.ofNullable(progress.get(caseId));
    }

    /** Keeps {@code frame} as its case's play-through and saves it after every change. */
    public void track(PlayViewModel frame) {
        String caseId = caseId(frame);
        untrack(caseId);
        live.put(caseId, frame);
        ChangeListener<Number> follower = (obs, old, now) -> record(frame);
        followers.put(caseId, follower);
        frame.changesProperty().addListener(follower);
        record(frame);
    }

    /** Saves {@code frame}'s state now (in the background), e.g. when the student leaves the case. */
    public void record(PlayViewModel frame) {
        String caseId = caseId(frame);
        if (live.get(caseId) != frame) {
            return;
        }
        PlayProgress now = frame.progress(clock.instant());
        if (now.isEmpty()) {
            progress.remove(caseId);
        } else {
            progress.put(caseId, now);
        }
        queue(now);
    }

    /** Forgets the play-through of {@code caseId} (Start again), in memory and on disk. */
    public void forget(String caseId) {
        untrack(caseId);
        progress.remove(caseId);
        unsaved.remove(caseId);
        queue(new PlayProgress(caseId, clock.instant(), 0, Map.of(), Map.of()));
    }

    private void untrack(String caseId) {
        PlayViewModel old = live.remove(caseId);
        ChangeListener<Number> follower = followers.remove(caseId);
        if (old != null && follower != null) {
            old.changesProperty().removeListener(follower);
        }
    }

    private void queue(PlayProgress state) {
        pending.put(state.caseId(), new Write(sequence.incrementAndGet(), state));
        work.run(() -> Optional.ofNullable(take(state.caseId())), written -> written.ifPresent(this::apply),
                failure -> status.warn(localization.get("progress.notSaved", folder(),
                        FileProblems.reason(failure, localization))));
    }

    /** On the I/O thread: writes the newest pending state of a case, or nothing if it was written already. */
    private Written take(String caseId) {
        Write write = pending.remove(caseId);
        if (write == null) {
            return null;
        }
        try {
            PlayProgressStore.Outcome outcome = write.progress().isEmpty()
                    ? store.delete(caseId) : store.save(write.progress());
            return new Written(write, Optional.empty(), outcome.problem());
        } catch (IOException e) {
            return new Written(write, Optional.of(e), Optional.empty());
        }
    }

    private void apply(Written written) {
        String caseId = written.write().progress().caseId();
        long seen = applied.getOrDefault(caseId, 0L);
        if (written.write().sequence() < seen) {
            return;
        }
        applied.put(caseId, written.write().sequence());
        written.problem().ifPresent(this::report);
        boolean wasFailing = !unsaved.isEmpty();
        if (written.failure().isPresent()) {
            // Forgetting a case that could not be deleted loses no work: only its answers count.
            if (!written.write().progress().isEmpty()) {
                unsaved.put(caseId, written.failure().get());
                if (!wasFailing) {
                    status.warn(localization.get("progress.notSaved", folder(),
                            FileProblems.reason(written.failure().get(), localization)));
                }
            }
            return;
        }
        unsaved.remove(caseId);
        if (wasFailing && unsaved.isEmpty()) {
            status.info(localization.get("progress.savedAgain"));
        }
    }

    /** True when some progress of this run could not be saved in the data folder. */
    public boolean hasUnsaved() {
        return !unsaved.isEmpty();
    }

    @Override
    public void saveNow() {
        for (PlayViewModel frame : List.copyOf(live.values())) {
            PlayProgress now = frame.progress(clock.instant());
            if (!now.isEmpty() || progress.containsKey(caseId(frame))) {
                record(frame);
            }
        }
        // Through the I/O thread, behind the writes already queued, so that none lands after it.
        List<String> cases = List.copyOf(pending.keySet());
        CompletableFuture<List<Written>> done = CompletableFuture.supplyAsync(() -> {
            List<Written> all = new ArrayList<>();
            for (String caseId : cases) {
                Written written = take(caseId);
                if (written != null) {
                    all.add(written);
                }
            }
            return all;
        }, io);
        try {
            done.get(QUIT_WAIT_SECONDS, TimeUnit.SECONDS).forEach(this::apply);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // What is not known to be saved stays in "unsaved" and is offered for saving elsewhere.
        }
    }

    @Override
    public Optional<String> whatWouldBeLost() {
        if (unsaved.isEmpty()) {
            return Optional.empty();
        }
        List<String> titles = unsaved.keySet().stream()
                .map(caseId -> live.containsKey(caseId) ? live.get(caseId).caseTitle() : caseId)
                .map(title -> localization.get("progress.quoted", title))
                .toList();
        IOException reason = unsaved.values().iterator().next();
        return Optional.of(localization.get("progress.lost", String.join(", ", titles), folder(),
                FileProblems.reason(reason, localization)));
    }

    @Override
    public boolean saveElsewhere() {
        if (unsaved.isEmpty()) {
            return true;
        }
        Optional<Path> chosen = dialogs.chooseSaveFile(localization.get("progress.elsewhere.chooserTitle"),
                localization.get("progress.elsewhere.fileName"), localization.get("progress.elsewhere.fileType"),
                "*.json");
        if (chosen.isEmpty()) {
            return false;
        }
        Path file = FileExport.withExtension(chosen.get(), ".json");
        List<PlayProgress> plays = unsaved.keySet().stream().map(progress::get).filter(Objects::nonNull).toList();
        try {
            PlayProgressStore.export(file, plays);
            status.info(localization.get("progress.elsewhere.saved", file.toAbsolutePath()));
            return true;
        } catch (IOException e) {
            dialogs.showError(localization.get("progress.elsewhere.failedTitle"),
                    localization.get("progress.elsewhere.failed", file.toAbsolutePath(),
                            FileProblems.reason(e, localization)));
            return false;
        }
    }


    private String folder() {
        Path parent = store.file().toAbsolutePath().getParent();
        return String.valueOf(parent);
    }

    private static String caseId(PlayViewModel frame) {
        return frame.getPlay().caseData().id();
    }
}
