package org.leaklab.ui.casepack;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.leaklab.content.LoadResult;
import org.leaklab.content.Problem;
import org.leaklab.ui.common.Localization;

/**
 * What the problems dialog says about a case pack: which file, whether it was opened, and one
 * line per problem, {@code $.path: message}, errors first, worded in the current language (the
 * problems are data: a key of the content bundle and its arguments). The lines are selectable, so
 * an author can copy them.
 */
public final class PackProblemsViewModel {
    /**
     * One problem as the dialog shows it.
     *
     * @param path    JSON path, such as {@code $.scenarios[3].items[1]}
     * @param message what was expected and found, marked as a warning for warnings
     * @param warning whether it is only a warning
     */
    public record Line(String path, String message, boolean warning) {
        /** {@code $.path: message}. */
        public String text() {
            return path + ": " + message;
        }
    }

    private final Path file;
    private final LoadResult result;
    private final Localization localization;

    public PackProblemsViewModel(Path file, LoadResult result, Localization localization) {
        this.file = Objects.requireNonNull(file);
        this.result = Objects.requireNonNull(result);
        this.localization = Objects.requireNonNull(localization);
    }

    /** Whether the pack was opened despite the notes (only warnings). */
    public boolean opened() {
        return result.isValid();
    }

    /** The dialog's window title. */
    public String title() {
        return localization.get("casepack.problems.title");
    }

    public String heading() {
        Path name = file.getFileName();
        String shown = name == null ? file.toString() : name.toString();
        return opened() ? localization.get("casepack.problems.headingWarnings", shown)
                : localization.get("casepack.problems.heading", shown);
    }

    /** The full path of the file. */
    public String filePath() {
        return file.toAbsolutePath().toString();
    }

    public String intro() {
        return opened() ? localization.get("casepack.problems.introWarnings", lines().size())
                : localization.get("casepack.problems.intro", lines().size());
    }

    /** Errors first, then warnings marked as such. */
    public List<Line> entries() {
        return Stream.concat(result.errors().stream(), result.warnings().stream())
                .map(this::line).toList();
    }

    /** {@code $.path: message}, one per problem, errors first. */
    public List<String> lines() {
        return entries().stream().map(Line::text).toList();
    }

    private Line line(Problem problem) {
        String message = problem.message(localization.getLocale());
        return problem.isError() ? new Line(problem.path(), message, false)
                : new Line(problem.path(), localization.get("casepack.problems.warning", message), true);
    }

    /** All lines as one text, for copying. */
    public String text() {
        return String.join("\n", lines());
    }
}
