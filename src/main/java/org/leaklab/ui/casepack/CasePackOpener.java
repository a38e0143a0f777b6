package org.leaklab.ui.casepack;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import org.leaklab.content.LoadResult;
import org.leaklab.content.Problem;
import org.leaklab.ui.common.BackgroundWork;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.StatusMessages;

/**
 * File &gt; Open case pack and dropping a file on the window: reads and validates the pack in the
 * background (the same checks as {@code --validate}), then, on the JavaFX thread, either adds the
 * case to the list or shows its problems. No file, however broken, gets further than a dialog.
 */
public final class CasePackOpener {
    private static final System.Logger LOG = System.getLogger(CasePackOpener.class.getName());
    /** Where a valid pack goes: the list of cases. */
    @FunctionalInterface
    public interface CaseShelf {
        /**
         * Adds the opened case, replacing a listed case with the same id.
         *
         * @return the title of the case it replaced, if any
         */
        Optional<String> add(OpenedPack pack);
    }

    private final Function<Path, LoadResult> loader;
    private final BackgroundWork work;
    private final Localization localization;
    private final StatusMessages status;
    private final CaseShelf shelf;
    private final Consumer<PackProblemsViewModel> showProblems;

    /**
     * @param loader       reads and validates a pack ({@code CaseLibrary::loadFile} in the app)
     * @param background   where the loader runs
     * @param fxThread     where the outcome is delivered
     * @param shelf        receives valid packs
     * @param showProblems shows the problems of a rejected pack, or the warnings of an accepted one
     */
    public CasePackOpener(Function<Path, LoadResult> loader, Executor background, Executor fxThread,
                          Localization localization, StatusMessages status, CaseShelf shelf,
                          Consumer<PackProblemsViewModel> showProblems) {
        this.loader = Objects.requireNonNull(loader);
        this.work = new BackgroundWork(background, fxThread);
        this.localization = Objects.requireNonNull(localization);
        this.status = Objects.requireNonNull(status);
        this.shelf = Objects.requireNonNull(shelf);
        this.showProblems = Objects.requireNonNull(showProblems);
    }

    /** Reads {@code file} in the background and delivers the outcome on the JavaFX thread. */
    public void open(Path file) {
        Objects.requireNonNull(file);
        status.info(localization.get("casepack.loading", fileName(file)));
        work.run(() -> load(file), result -> deliver(file, result), failure -> deliver(file, unreadable(file)));
    }

    /**
     * Reads a pack the user opened in an earlier run, quietly: a valid one is listed again without
     * a word (its warnings were shown when it was first opened); one that is gone or no longer valid
     * is named in the status line and handed to {@code forget}, so it is not tried again.
     */
    public void reopen(Path file, Consumer<Path> forget) {
        Objects.requireNonNull(file);
        Objects.requireNonNull(forget);
        work.run(() -> java.nio.file.Files.isRegularFile(file) ? Optional.of(load(file)) : Optional.<LoadResult>empty(),
                read -> {
                    if (read.isEmpty() || read.get().caseData().isEmpty()) {
                        status.warn(localization.get(read.isPresent() ? "casepack.forgotten.invalid"
                                : "casepack.forgotten.missing", fileName(file), file.toAbsolutePath().getParent()));
                        forget.accept(file);
                        return;
                    }
                    shelf.add(new OpenedPack(file, read.get().caseData().get(), read.get().warnings()));
                }, failure -> deliver(file, unreadable(file)));
    }

    /** Only {@code .json} files are case packs; anything else is named in the status line. */
    public void openDropped(List<Path> files) {
        for (Path file : files) {
            if (isPackFile(file)) {
                open(file);
            } else {
                status.warn(localization.get("casepack.notJson", fileName(file)));
            }
        }
    }

    /** Whether {@code file} is named like a case pack. */
    public static boolean isPackFile(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }

    private LoadResult load(Path file) {
        try {
            return loader.apply(file);
        } catch (RuntimeException | StackOverflowError e) {
            // The loader turns every failure into a problem; this is only the last line of defence.
            LOG.log(System.Logger.Level.ERROR, "Reading the case pack " + file + " failed", e);
            return unreadable(file);
        }
    }

    private static LoadResult unreadable(Path file) {
        return new LoadResult(file.toString(), Optional.empty(), List.of(Problem.of(Problem.Severity.ERROR,
                file.toString(), "$", "content.readFailed")));
    }

    private void deliver(Path file, LoadResult result) {
        if (result.caseData().isEmpty()) {
            status.warn(localization.get("casepack.rejected", fileName(file), Math.max(1, result.errors().size())));
            showProblems.accept(new PackProblemsViewModel(file, result, localization));
            return;
        }
        OpenedPack pack = new OpenedPack(file, result.caseData().get(), result.warnings());
        String title = pack.caseData().title().in(localization.getLocale());
        Optional<String> replaced = shelf.add(pack);
        if (replaced.isPresent()) {
            status.info(localization.get("casepack.replaced", title, fileName(file), replaced.get()));
        } else {
            status.info(localization.get("casepack.opened", title, fileName(file)));
        }
        if (!pack.warnings().isEmpty()) {
            showProblems.accept(new PackProblemsViewModel(file, result, localization));
        }
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
