package org.leaklab.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.leaklab.i18n.Messages;

/**
 * What LeakLab remembers between starts: nothing about the person, only how the app looks.
 *
 * @param language    language tag, {@code en} or {@code de}; null means the operating system's
 * @param theme       colour theme
 * @param scale       text scale, 1.0 is normal, larger for projectors
 * @param window      last window bounds, null before the first exit
 * @param casePacks   the case pack files the user opened, to list again at the next start
 *                    (absolute paths, oldest first; no personal data, only where the files are)
 */
public record Preferences(String language, Theme theme, double scale, WindowBounds window, List<String> casePacks) {
    /** More remembered packs than this and the oldest are forgotten. */
    public static final int MAX_CASE_PACKS = 20;

    /** Smallest and largest text scale the app offers. */
    public static final double MIN_SCALE = 0.8;
    public static final double MAX_SCALE = 3.0;

    public Preferences {
        theme = theme == null ? Theme.LIGHT : theme;
        // 0 is what a file without a scale gives: treat it as unset, like NaN.
        scale = Double.isFinite(scale) && scale > 0 ? Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale)) : 1.0;
        if (language != null && !language.equals("en") && !language.equals("de")) {
            language = null;
        }
        // A file from before packs were remembered has none; blank or repeated entries are dropped.
        List<String> packs = new ArrayList<>();
        if (casePacks != null) {
            casePacks.stream().filter(p -> p != null && !p.isBlank()).distinct().forEach(packs::add);
        }
        casePacks = List.copyOf(packs.subList(Math.max(0, packs.size() - MAX_CASE_PACKS), packs.size()));
    }

    public Preferences(String language, Theme theme, double scale, WindowBounds window) {
        this(language, theme, scale, window, List.of());
    }

    /** The defaults: the operating system's language, light theme, normal scale. */
    public static Preferences defaults() {
        return new Preferences(null, Theme.LIGHT, 1.0, null);
    }

    /** The language to use: the saved one, else the OS locale's, else English. */
    public Locale locale(Locale osLocale) {
        String tag = language != null ? language : osLocale.getLanguage();
        return Messages.supportedLocale(Locale.forLanguageTag(tag));
    }

    public Preferences withLanguage(Locale locale) {
        return new Preferences(locale.getLanguage(), theme, scale, window, casePacks);
    }

    public Preferences withTheme(Theme newTheme) {
        return new Preferences(language, newTheme, scale, window, casePacks);
    }

    public Preferences withScale(double newScale) {
        return new Preferences(language, theme, newScale, window, casePacks);
    }

    public Preferences withWindow(WindowBounds bounds) {
        return new Preferences(language, theme, scale, bounds, casePacks);
    }

    /** The same preferences, {@code file} remembered as the newest opened case pack. */
    public Preferences withCasePack(String file) {
        List<String> packs = new ArrayList<>(casePacks);
        packs.remove(file);
        packs.add(file);
        return new Preferences(language, theme, scale, window, packs);
    }

    /** The same preferences, {@code file} no longer remembered. */
    public Preferences withoutCasePack(String file) {
        List<String> packs = new ArrayList<>(casePacks);
        packs.remove(file);
        return new Preferences(language, theme, scale, window, packs);
    }

    /** Window position and size in screen coordinates. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
        /** The main window's size when none is remembered (or it is not usable). */
        public static final double DEFAULT_WIDTH = 1280;
        public static final double DEFAULT_HEIGHT = 800;

        public WindowBounds {
            width = Double.isFinite(width) ? Math.max(640, width) : DEFAULT_WIDTH;
            height = Double.isFinite(height) ? Math.max(480, height) : DEFAULT_HEIGHT;
            x = Double.isFinite(x) ? x : 0;
            y = Double.isFinite(y) ? y : 0;
        }
    }
}
