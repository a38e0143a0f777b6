package org.leaklab.ui.common;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;
import org.leaklab.i18n.Localizable;
import org.leaklab.i18n.Messages;
import org.leaklab.io.FileProblem;
import org.leaklab.io.FileProblemException;

/**
 * Words for a {@link FileProblem}, in the user's language: what happened, which folder, and what
 * to do. Never an exception's text (which names temporary files and Java classes). The texts are
 * {@link Localizable}, so a message shown before a language switch is rendered again after it.
 */
public final class FileProblems {
    private static final Messages MESSAGES = Messages.ui();

    /** Whose file it is: the words differ for the class results, the settings and a file the user chose. */
    public enum Subject {
        /** The class results in the data folder. */
        RESULTS,
        /** The preferences in the configuration folder. */
        SETTINGS,
        /** A file the user chose to export to (CSV, PNG, results saved elsewhere). */
        EXPORT
    }

    private FileProblems() {
    }

    /** The problem behind {@code failure}: its own if it is a {@link FileProblemException}, else read from the exception. */
    public static FileProblem of(Throwable failure, Path file) {
        if (failure instanceof FileProblemException understood) {
            return understood.problem();
        }
        return FileProblem.writeFailure(file, failure instanceof Exception e ? e : new Exception(failure), Instant.now());
    }

    /** The full message: what happened, where, and what to do. */
    public static Localizable describe(Subject subject, FileProblem problem, ZoneId zone) {
        Objects.requireNonNull(subject);
        Objects.requireNonNull(problem);
        Objects.requireNonNull(zone);
        return locale -> text(locale, subject, problem, zone);
    }

    /** {@link #describe(Subject, FileProblem, ZoneId)} in the current language and the system's time zone. */
    public static String describe(Localization localization, Subject subject, FileProblem problem) {
        return describe(subject, problem, ZoneId.systemDefault()).in(localization.getLocale());
    }

    /**
     * A few words for a small badge ("Results not saved"), for the class results; the full text
     * belongs in the teacher's status line or a tooltip.
     */
    public static Localizable headline(FileProblem problem) {
        return locale -> MESSAGES.get(locale, problem.isDamage() ? "problem.results.headline.restored"
                : "problem.results.headline.notSaved");
    }

    private static String text(Locale locale, Subject subject, FileProblem problem, ZoneId zone) {
        String folder = problem.folder().toString();
        String kept = problem.keptAs().map(p -> p.getFileName().toString()).orElse("");
        String version = problem.restoredVersion().map(at -> DateTimeFormatter
                .ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).withZone(zone)
                .format(at)).orElse("");
        String name = problem.file().getFileName() == null ? folder : problem.file().getFileName().toString();
        boolean wasKept = problem.keptAs().isPresent();
        return switch (subject) {
            case RESULTS -> switch (problem.kind()) {
                case RESTORED -> wasKept ? MESSAGES.get(locale, "problem.results.restored", version, kept)
                        : MESSAGES.get(locale, "problem.results.restoredNotRepaired", version, folder);
                case DAMAGED -> wasKept ? MESSAGES.get(locale, "problem.results.damaged", kept)
                        : MESSAGES.get(locale, "problem.results.damagedNotMoved", folder);
                case UNREADABLE -> MESSAGES.get(locale, "problem.results.unreadable", folder);
                case NOT_WRITABLE -> MESSAGES.get(locale, "problem.results.notWritable", folder);
                case DISK_FULL -> MESSAGES.get(locale, "problem.results.diskFull", folder);
                case WRITE_FAILED -> MESSAGES.get(locale, "problem.results.writeFailed", folder);
            };
            case SETTINGS -> switch (problem.kind()) {
                case RESTORED -> wasKept ? MESSAGES.get(locale, "problem.settings.restored", version, kept)
                        : MESSAGES.get(locale, "problem.settings.restoredNotRepaired", version, folder);
                case DAMAGED -> wasKept ? MESSAGES.get(locale, "problem.settings.damaged", kept)
                        : MESSAGES.get(locale, "problem.settings.damagedNotMoved", folder);
                case UNREADABLE -> MESSAGES.get(locale, "problem.settings.unreadable", folder);
                case NOT_WRITABLE -> MESSAGES.get(locale, "problem.settings.notWritable", folder);
                case DISK_FULL -> MESSAGES.get(locale, "problem.settings.diskFull", folder);
                case WRITE_FAILED -> MESSAGES.get(locale, "problem.settings.writeFailed", folder);
            };
            case EXPORT -> switch (problem.kind()) {
                case NOT_WRITABLE -> MESSAGES.get(locale, "problem.export.notWritable", folder);
                case DISK_FULL -> MESSAGES.get(locale, "problem.export.diskFull", name, folder);
                default -> MESSAGES.get(locale, "problem.export.writeFailed", name, folder);
            };
        };
    }
}
