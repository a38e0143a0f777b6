package org.leaklab.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.leaklab.i18n.Localizable;

/**
 * Case content in several languages, keyed by ISO 639-1 language code ({@code en}, {@code de}).
 * Rendering falls back to English, so a pack that lacks a language still shows something;
 * the pack validator makes sure built-in and imported packs carry every required language.
 */
public record LocalizedText(Map<String, String> texts) implements Localizable {
    /** The languages every piece of case content must have; the first is the fallback. */
    public static final List<String> REQUIRED_LANGUAGES = List.of("en", "de");

    private static final String FALLBACK = "en";

    /** Copies {@code texts}; keeps the given order of languages. */
    public LocalizedText {
        Objects.requireNonNull(texts, "texts");
        Map<String, String> copy = new LinkedHashMap<>();
        texts.forEach((language, text) -> copy.put(
                Objects.requireNonNull(language, "language"), Objects.requireNonNull(text, "text")));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a localized text needs at least one language");
        }
        texts = java.util.Collections.unmodifiableMap(copy);
    }

    /** English and German text. */
    public static LocalizedText of(String en, String de) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("en", en);
        map.put("de", de);
        return new LocalizedText(map);
    }

    /** The same text in every language, for names that are not translated (such as "WeChat"). */
    public static LocalizedText same(String text) {
        return of(text, text);
    }

    @Override
    public String in(Locale locale) {
        String language = locale == null ? FALLBACK : locale.getLanguage();
        String text = texts.get(language);
        if (text == null) {
            text = texts.get(FALLBACK);
        }
        return text != null ? text : texts.values().iterator().next();
    }

    /** Whether a text exists in {@code language} itself, without fallback. */
    public boolean has(String language) {
        return texts.containsKey(language);
    }

    /** The English text, for logs and tests. */
    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }
}
