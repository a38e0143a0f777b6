package org.leaklab.content;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.leaklab.i18n.Localizable;
import org.leaklab.i18n.Messages;

/**
 * One thing wrong with a case pack, kept as data like the scoring's explanations: a key of the
 * content bundle ({@code org/leaklab/i18n/content*.properties}) plus its arguments, so the app
 * can word it in the current language and again after a language switch, and the command line in
 * English.
 *
 * @param severity an error makes the pack unusable, a warning does not
 * @param file     the file as the user named it
 * @param path     JSON path of the offending value, such as {@code $.scenarios[3].items[1]}
 * @param key      what was expected and what was found: a key of the content bundle
 * @param args     the key's arguments, in placeholder order: strings (ids, paths, numbers as the
 *                 pack wrote them) or {@link Localizable} phrases of the same bundle
 */
public record Problem(Severity severity, String file, String path, String key, List<Object> args) {
    /** Base name of the bundle that holds every problem text. */
    public static final String BUNDLE = "org.leaklab.i18n.content";

    static final Messages MESSAGES = Messages.of(BUNDLE);

    /** How bad a problem is. */
    public enum Severity {
        /** The pack cannot be used. */
        ERROR,
        /** The pack works, but something looks unintended (for example an unknown field). */
        WARNING
    }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
        for (Object arg : args) {
            if (!(arg instanceof String || arg instanceof Number || arg instanceof Localizable)) {
                throw new IllegalArgumentException("problem arguments are strings, numbers or Localizable: " + arg);
            }
        }
    }

    /** A problem with its arguments given one by one. */
    public static Problem of(Severity severity, String file, String path, String key, Object... args) {
        return new Problem(severity, file, path, key, List.of(args));
    }

    /** Whether this is an error. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** What was expected and what was found, in {@code locale}'s language (English unless German is asked for). */
    public String message(Locale locale) {
        return MESSAGES.get(locale, key, args.toArray());
    }

    /** What was expected and what was found, in English, as the command line prints it. */
    public String message() {
        return message(Locale.ENGLISH);
    }

    /** One line for the command line: {@code FILE: $.path: message}, warnings marked as such. */
    public String format() {
        return file + ": " + path + ": " + (isError() ? "" : "warning: ") + message();
    }
}
