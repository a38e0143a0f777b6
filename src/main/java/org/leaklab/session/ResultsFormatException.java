package org.leaklab.session;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.leaklab.i18n.Messages;

/**
 * A results or progress file is not what LeakLab writes. The problem is data, like a case pack's:
 * the JSON path, a key of {@code org/leaklab/i18n/session*.properties} and its arguments;
 * {@link #getMessage()} is {@code $.path: problem} in English (for logs and tests),
 * {@link #message(Locale)} the same in another language.
 */
public final class ResultsFormatException extends Exception {
    /** Base name of the bundle that holds the stores' format problems. */
    public static final String BUNDLE = "org.leaklab.i18n.session";

    private static final long serialVersionUID = 1L;
    private static final Messages MESSAGES = Messages.of(BUNDLE);

    private final String path;
    private final String key;
    private final transient List<Object> args;

    /** A problem at {@code path}: {@code key} of the session bundle with plain arguments (ids, numbers as text). */
    public ResultsFormatException(String path, String key, Object... args) {
        super(path + ": " + MESSAGES.get(Locale.ENGLISH, key, args));
        this.path = Objects.requireNonNull(path);
        this.key = key;
        this.args = List.of(args);
    }

    /** The JSON path of what is wrong, such as {@code $.sessions[0].startedAt}. */
    public String path() {
        return path;
    }

    /** The problem's key in the session bundle. */
    public String key() {
        return key;
    }

    /** {@code $.path: problem} in {@code locale}'s language. */
    public String message(Locale locale) {
        return path + ": " + MESSAGES.get(locale, key, args.toArray());
    }
}
