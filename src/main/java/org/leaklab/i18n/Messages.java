package org.leaklab.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

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

    private static final Map<String, ResourceBundle> CACHE = new ConcurrentHashMap<>();

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

    /**
     * The bundle for {@code locale}, for FXML loading: {@code NAME_de.properties} on top of the
     * English {@code NAME.properties}. Loaded here rather than by {@code ResourceBundle.getBundle},
     * which would fall back to the JVM's default locale and so show German to someone who chose
     * English on a German computer (and named modules allow no {@code ResourceBundle.Control}).
     */
    public ResourceBundle bundle(Locale locale) {
        Locale supported = supportedLocale(locale);
        return CACHE.computeIfAbsent(baseName + "_" + supported.getLanguage(), key -> {
            ResourceBundle english = load(baseName, null);
            return supported.equals(SUPPORTED.get(0)) ? english : load(baseName + "_" + supported.getLanguage(), english);
        });
    }

    private static ResourceBundle load(String name, ResourceBundle parent) {
        String path = "/" + name.replace('.', '/') + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new MissingResourceException("Missing resource " + path, name, "");
            }
            return new ChainedBundle(in, parent);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + path, e);
        }
    }

    /** A properties bundle (read as UTF-8) with an explicit parent. */
    private static final class ChainedBundle extends PropertyResourceBundle {
        ChainedBundle(InputStream in, ResourceBundle parent) throws IOException {
            super(new InputStreamReader(in, StandardCharsets.UTF_8));
            if (parent != null) {
                setParent(parent);
            }
        }
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
