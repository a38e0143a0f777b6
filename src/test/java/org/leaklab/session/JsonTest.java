package org.leaklab.session;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The stores' one strict reader, and their format problems as data in both languages. */
class JsonTest {
    @Test
    void bothStoresReadStrictly() {
        for (String lenient : new String[] {"{\"format\": \"x\",}", "{\"a\": 1} {\"b\": 2}", "// note\n{}", "{\"a\": NaN}"}) {
            ResultsFormatException results = assertThrows(ResultsFormatException.class, () -> ResultsStore.parse(lenient));
            ResultsFormatException progress = assertThrows(ResultsFormatException.class,
                    () -> PlayProgressStore.parse(lenient));
            assertEquals("$", results.path(), lenient);
            assertEquals(results.key(), progress.key(), "the same reader says the same: " + lenient);
        }
        // Strict Gson refuses a second top-level value while peeking for the end.
        assertTrue(assertThrows(ResultsFormatException.class, () -> Json.parse("{} {}")).getMessage()
                .startsWith("$: not complete JSON ("));
        assertEquals("{}", assertDoesNotThrow(() -> Json.parse(" {} \n")).toString());
    }

    @Test
    void aFormatProblemIsWordedInEitherLanguage() {
        ResultsFormatException step = assertThrows(ResultsFormatException.class, () -> PlayProgressStore.parse(
                "{\"format\": \"leaklab-play-progress\", \"version\": 1, \"plays\": [{\"caseId\": \"a\", "
                        + "\"savedAt\": \"2025-03-05T09:15:00Z\", \"step\": 1.5, \"answers\": [], \"drafts\": []}]}"));
        assertEquals("$.plays[0].step: not a step number", step.getMessage());
        assertEquals("$.plays[0].step: not a step number", step.message(Locale.ENGLISH));
        assertEquals("$.plays[0].step: keine gültige Schrittnummer", step.message(Locale.GERMAN));

        ResultsFormatException newer = assertThrows(ResultsFormatException.class,
                () -> ResultsStore.parse("{\"format\":\"leaklab-class-results\",\"version\":2,\"sessions\":[]}"));
        assertEquals("$.version: format version 2 is not supported (this LeakLab reads version 1)", newer.getMessage());
        assertTrue(newer.message(Locale.GERMAN).startsWith("$.version: Formatversion 2 wird nicht unterstützt"),
                newer.message(Locale.GERMAN));
    }
}
