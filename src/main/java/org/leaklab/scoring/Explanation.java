package org.leaklab.scoring;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.leaklab.i18n.Localizable;
import org.leaklab.i18n.Messages;

/**
 * One sentence of feedback, kept as data so it can be rendered in any language and rendered
 * again after a language switch: a message key of the scoring bundle plus its arguments.
 * Arguments are numbers, plain strings (ids, source names) or {@link Localizable} values such as
 * item names, which {@link Messages} renders in the requested language.
 *
 * @param key    key in {@code org/leaklab/i18n/scoring*.properties}
 * @param args   the message arguments, in placeholder order
 * @param tone   how the view should present it
 * @param points score points this finding gave (positive) or cost (negative); 0 for information
 */
public record Explanation(String key, List<Object> args, Tone tone, double points) {
    /** Base name of the bundle that holds every explanation text. */
    public static final String BUNDLE = "org.leaklab.i18n.scoring";

    private static final Messages MESSAGES = Messages.of(BUNDLE);

    /** How a finding should look: a view can pick an icon and a style class from it. */
    public enum Tone {
        /** Something the player got right. */
        CORRECT,
        /** Partly right. */
        PARTLY,
        /** A mistake. */
        WRONG,
        /** Background, such as the real figure or a summary. */
        INFO
    }

    public Explanation {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(tone, "tone");
        args = List.copyOf(args);
        for (Object arg : args) {
            if (!(arg instanceof Number || arg instanceof String || arg instanceof Localizable)) {
                throw new IllegalArgumentException("explanation arguments are numbers, strings or Localizable: " + arg);
            }
        }
        if (!Double.isFinite(points)) {
            throw new IllegalArgumentException("points must be finite: " + points);
        }
    }

    /** An explanation that neither gives nor takes points. */
    public static Explanation info(String key, Object... args) {
        return new Explanation(key, List.of(args), Tone.INFO, 0);
    }

    /** An explanation with a tone and points. */
    public static Explanation of(Tone tone, double points, String key, Object... args) {
        return new Explanation(key, List.of(args), tone, points);
    }

    /** The sentence in {@code locale}'s language (English unless German is asked for). */
    public String render(Locale locale) {
        return MESSAGES.get(locale, key, args.toArray());
    }
}
