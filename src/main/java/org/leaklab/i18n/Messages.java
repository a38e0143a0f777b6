package org.leaklab.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The one translation facade: looks up stable dotted keys ({@code start.title}) in a resource
 * bundle of this module and formats arguments with {@link MessageFormat}. Arguments that are
 * {@link Localizable} are rendered in the requested language first, so data such as an
 * explanation can be stored as key plus arguments and rendered again after a language switch.
 */
public final class Messages {
    /** The languages LeakLab speaks; the first is the fallback. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);

    /** The bundle for the user interface. */
    public static final String UI_BUNDLE = "org.leaklab.i18n.messages";

    private final String baseName;

    private Messages(String baseName) {
        this.baseName = Objects.requireNonNull(baseName);
    }

    /** The user-interface bundle ({@code messages.properties}, {@code messages_de.properties}). */
    public static Messages ui() {
        return new Messages(UI_BUNDLE);
    }

    /** A facade over another bundle of this module, given by its base name. */
    public static Messages of(String baseName) {
        return new Messages(baseName);
    }

    /** The nearest supported locale for {@code requested}: German for any German locale, else English. */
    public static Locale supportedLocale(Locale requested) {
        if (requested != null) {
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(requested.getLanguage())) {
                    return supported;
                }
            }
        }
        return SUPPORTED.get(0);
    }

    /** The raw bundle for {@code locale}, for FXML loading. */
    public ResourceBundle bundle(Locale locale) {
        // No fallback to the JVM's default locale: English is the base bundle.
        return ResourceBundle.getBundle(baseName, supportedLocale(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * The text for {@code key} in {@code locale}, with {@code args} filled in.
     *
     * @throws MissingResourceException if the key is in no bundle: a programming error that
     *                                  the bundle test catches before release
     */
    public String get(Locale locale, String key, Object... args) {
        String pattern = bundle(locale).getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] rendered = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            rendered[i] = args[i] instanceof Localizable l ? l.in(locale) : args[i];
        }
        return new MessageFormat(pattern, supportedLocale(locale)).format(rendered);
    }

    /** Whether {@code key} exists in the bundle for {@code locale} (or its fallback). */
    public boolean contains(Locale locale, String key) {
        return bundle(locale).containsKey(key);
    }
}
