package org.leaklab.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private final Messages messages = Messages.ui();

    @Test
    void germanAndEnglishDiffer() {
        assertEquals("Cases", messages.get(Locale.ENGLISH, "start.cases.title"));
        assertEquals("Fälle", messages.get(Locale.GERMAN, "start.cases.title"));
    }

    @Test
    void unsupportedLanguagesFallBackToEnglishEvenOnAGermanMachine() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            assertEquals("Cases", messages.get(Locale.FRENCH, "start.cases.title"));
            assertEquals("Cases", messages.get(Locale.ENGLISH, "start.cases.title"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void regionalVariantsUseTheirLanguage() {
        assertEquals(Locale.GERMAN, Messages.supportedLocale(Locale.forLanguageTag("de-AT")));
        assertEquals(Locale.ENGLISH, Messages.supportedLocale(Locale.UK));
        assertEquals(Locale.ENGLISH, Messages.supportedLocale(null));
    }

    @Test
    void localizableArgumentsAreRenderedInTheRequestedLanguage() {
        Localizable name = locale -> Locale.GERMAN.equals(locale) ? "Verkaufsstatistik" : "sales statistics";
        assertEquals("LeakLab – sales statistics", messages.get(Locale.ENGLISH, "app.window.titleWithPage", name));
        assertEquals("LeakLab – Verkaufsstatistik", messages.get(Locale.GERMAN, "app.window.titleWithPage", name));
    }

    @Test
    void choiceFormatsCountScenarios() {
        assertEquals("1 scenario · built in", messages.get(Locale.ENGLISH, "start.case.details", 1, "built in"));
        assertEquals("9 Szenarien · eingebaut", messages.get(Locale.GERMAN, "start.case.details", 9, "eingebaut"));
    }

    @Test
    void missingKeyFailsLoudly() {
        assertThrows(MissingResourceException.class, () -> messages.get(Locale.ENGLISH, "no.such.key"));
    }
}
