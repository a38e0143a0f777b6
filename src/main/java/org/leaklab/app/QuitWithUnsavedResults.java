package org.leaklab.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.leaklab.io.FileProblem;
import org.leaklab.session.ClassSession;
import org.leaklab.session.ResultsStore;
import org.leaklab.ui.common.DialogService;
import org.leaklab.ui.common.QuitGuard;
import org.leaklab.ui.common.FileExport;
import org.leaklab.ui.common.FileProblems;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.StatusMessages;

/**
 * Class results that could not be saved, as work the one quit question ({@link QuitGuard}) asks
 * about: "Save elsewhere / Quit without saving / Cancel". Quitting never loses results without a
 * word. Runs on the JavaFX thread; its file work is small (one results file) and the user is
 * waiting for it.
 */
final class QuitWithUnsavedResults implements QuitGuard.UnsavedWork {
    private static final System.Logger LOG = System.getLogger(QuitWithUnsavedResults.class.getName());
    private final ResultsStore results;
    private final Supplier<Optional<ClassSession>> presented;
    private final DialogService dialogs;
    private final Localization localization;
    private final StatusMessages status;
    private final ZoneId zone;

    /**
     * @param results      where the class results are saved
     * @param presented    the class session presenter mode is playing now, if any: saved once more first
     * @param dialogs      asks the question and where to save
     * @param localization the current language
     * @param status       where a successful save elsewhere is confirmed
     * @param zone         the time zone of the suggested file name's date
     */
    QuitWithUnsavedResults(ResultsStore results, Supplier<Optional<ClassSession>> presented, DialogService dialogs,
                           Localization localization, StatusMessages status, ZoneId zone) {
        this.results = Objects.requireNonNull(results);
        this.presented = Objects.requireNonNull(presented);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.localization = Objects.requireNonNull(localization);
        this.status = Objects.requireNonNull(status);
        this.zone = Objects.requireNonNull(zone);
    }

    @Override
    public void saveNow() {
        saveThePresentedSession();
    }

    @Override
    public Optional<String> whatWouldBeLost() {
        List<ClassSession> unsaved = results.atRisk();
        if (unsaved.isEmpty()) {
            return Optional.empty();
        }
        String folder = results.saveState().problem().map(FileProblem::folder).orElse(results.file().getParent())
                .toString();
        return Optional.of(localization.get("quit.unsaved.results", unsaved.size(), folder));
    }

    @Override
    public boolean saveElsewhere() {
        return savedElsewhere();
    }

    /** One more try to save the class on the projector, so a class that can be saved is not asked about. */
    private void saveThePresentedSession() {
        presented.get().filter(s -> !s.rounds().isEmpty()).ifPresent(session -> {
            try {
                results.save(session);
            } catch (IOException e) {
                // Kept in memory by the store: the question below offers to save it elsewhere.
                LOG.log(System.Logger.Level.WARNING, "The class on the projector could not be saved on quitting", e);
            }
        });
    }

    private boolean savedElsewhere() {
        Optional<Path> chosen = dialogs.chooseSaveFile(localization.get("saveElsewhere.title"),
                ResultsStore.suggestedElsewhereName(LocalDate.now(zone)), localization.get("saveElsewhere.filter"),
                "*.json");
        if (chosen.isEmpty()) {
            return false;
        }
        Path target = FileExport.withExtension(chosen.get(), ".json");
        try {
            results.saveElsewhere(target);
            status.info(localization.get("saveElsewhere.done", target));
            return true;
        } catch (IOException | RuntimeException e) {
            dialogs.showError(localization.get("saveElsewhere.failed"),
                    FileProblems.describe(localization, FileProblems.Subject.EXPORT, FileProblems.of(e, target)));
            return false;
        }
    }
}
