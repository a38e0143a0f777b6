package org.leaklab.ui.guide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The guide's test stand-in: guide-fixture.md and guide-fixture.de.md beside this class. */
final class GuideFixture {
    private GuideFixture() {
    }

    /** Both languages. */
    static TeacherGuideViewModel.GuideSource both() {
        return locale -> read(Locale.GERMAN.getLanguage().equals(locale.getLanguage())
                ? "guide-fixture.de.md" : "guide-fixture.md");
    }

    /** English only, as before the German guide is written. */
    static TeacherGuideViewModel.GuideSource englishOnly() {
        return locale -> Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
                ? read("guide-fixture.md") : Optional.empty();
    }

    static Optional<String> read(String name) {
        try (InputStream in = GuideFixture.class.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
