package org.leaklab.content;

import java.util.List;
import java.util.Locale;

import org.leaklab.i18n.Localizable;

/**
 * A part of a problem's text that depends on the language, such as "an empty array" or "the id of
 * an item": a key of the content bundle plus arguments, rendered with the problem it is part of.
 */
record Phrase(String key, List<Object> args) implements Localizable {
    Phrase {
        args = List.copyOf(args);
    }

    static Phrase of(String key, Object... args) {
        return new Phrase(key, List.of(args));
    }

    @Override
    public String in(Locale locale) {
        return Problem.MESSAGES.get(locale, key, args.toArray());
    }
}
