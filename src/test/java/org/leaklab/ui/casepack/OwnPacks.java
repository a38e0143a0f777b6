package org.leaklab.ui.casepack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.leaklab.content.CaseLibrary;

/** Case packs as a teacher might write them, for tests: the built-in Amazon pack under another id and title. */
public final class OwnPacks {
    private OwnPacks() {
    }

    /** The Amazon pack's JSON with {@code id} and English {@code title} changed. */
    public static String json(String id, String title) {
        String json;
        try (InputStream in = CaseLibrary.class.getResourceAsStream(CaseLibrary.CASES_RESOURCE + "amazon-2018.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return json.replaceFirst("\"id\": \"amazon-2018\"", "\"id\": \"" + id + "\"")
                .replaceFirst("\"en\": \"Amazon 2018: suspected data sales\"", "\"en\": \"" + title + "\"");
    }
}
