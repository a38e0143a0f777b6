package org.leaklab.i18n;

import java.util.Locale;

/** Text that exists in several languages and is rendered for one of them on demand. */
@FunctionalInterface
public interface Localizable {
    /** The text in {@code locale}'s language, falling back to English. */
    String in(Locale locale);
}
