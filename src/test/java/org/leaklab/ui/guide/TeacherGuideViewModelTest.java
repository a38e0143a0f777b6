package org.leaklab.ui.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.RecordingDialogs;
import org.leaklab.ui.common.StatusMessages;

/** The guide in the current language, its contents, the fallbacks, and opening it as a file. */
class TeacherGuideViewModelTest {
    @TempDir
    Path folder;

    private final Localization localization = new Localization(Locale.ENGLISH);
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final StatusMessages status = new StatusMessages();
    private final List<String> opened = new ArrayList<>();

    private TeacherGuideViewModel guide(TeacherGuideViewModel.GuideSource source) {
        return new TeacherGuideViewModel(source, localization, dialogs, status, opened::add, Runnable::run,
                Runnable::run, folder.resolve("guide"));
    }

    @Test
    void readsTheCurrentLanguagesGuideAndFollowsASwitch() {
        TeacherGuideViewModel guide = guide(GuideFixture.both());
        assertEquals("Teacher's guide (test fixture)", guide.title());
        assertEquals(List.of("Teacher's guide (test fixture)", "Lesson plans", "Answer key"),
                guide.contents().stream().map(TeacherGuideViewModel.ContentsEntry::text).toList());
        assertEquals(List.of(0, 1, 2), guide.contents().stream().map(TeacherGuideViewModel.ContentsEntry::index).toList());
        assertEquals("", guide.note());
        localization.setLocale(Locale.GERMAN);
        assertEquals("Leitfaden für Lehrkräfte (Testdatei)", guide.title());
        assertEquals("Stundenverläufe", guide.contents().get(1).text());
        assertEquals("", guide.note());
    }

    @Test
    void aLanguageWithoutItsOwnGuideShowsTheEnglishOneAndSaysSo() {
        TeacherGuideViewModel guide = guide(GuideFixture.englishOnly());
        localization.setLocale(Locale.GERMAN);
        assertEquals("Teacher's guide (test fixture)", guide.title());
        assertEquals("Diesen Leitfaden gibt es noch nicht in deiner Sprache, darum steht er hier auf Englisch.",
                guide.note());
        assertEquals("teacher-guide.md", guide.file().getFileName().toString(), "the file written is the English one");
    }

    @Test
    void noGuideAtAllIsSaidInWordsNamingTheMissingFile() {
        TeacherGuideViewModel guide = guide(locale -> Optional.empty());
        assertFalse(guide.hasGuide());
        assertEquals("Teacher’s guide", guide.title());
        assertEquals("The teacher’s guide is missing from this copy of LeakLab (org/leaklab/docs/teacher-guide.md "
                + "is not in the app).", guide.note());
        guide.openAsFile();
        assertTrue(status.warningProperty().get());
        assertTrue(opened.isEmpty());
    }

    @Test
    void theBuiltInGuideNamesItsFilesByLanguage() {
        assertEquals("/org/leaklab/docs/teacher-guide.md", TeacherGuideViewModel.resourceName(Locale.ENGLISH));
        assertEquals("/org/leaklab/docs/teacher-guide.de.md", TeacherGuideViewModel.resourceName(Locale.GERMAN));
        assertEquals("/org/leaklab/docs/teacher-guide.md", TeacherGuideViewModel.resourceName(Locale.FRENCH));
    }

    @Test
    void openAsFileWritesTheLanguagesMarkdownAndOpensIt() throws Exception {
        TeacherGuideViewModel guide = guide(GuideFixture.both());
        localization.setLocale(Locale.GERMAN);
        guide.openAsFile();
        Path file = folder.resolve("guide").resolve("teacher-guide.de.md");
        assertEquals(GuideFixture.read("guide-fixture.de.md").orElseThrow(), Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(List.of(file.toUri().toString()), opened);
        assertEquals("Der Leitfaden ist als Datei geöffnet: " + file.toAbsolutePath(), status.messageProperty().get());
        assertFalse(guide.busyProperty().get());
    }

    @Test
    void aFileThatCannotBeWrittenIsReportedNotThrown() throws Exception {
        Files.writeString(folder.resolve("guide"), "a file where the folder should be");
        TeacherGuideViewModel guide = guide(GuideFixture.both());
        guide.openAsFile();
        assertEquals("The guide could not be written", dialogs.shown.get(0).title());
        assertTrue(status.warningProperty().get());
        assertTrue(opened.isEmpty());
        assertFalse(guide.busyProperty().get());
    }

    @Test
    void aLinkThatCannotOpenIsReported() {
        TeacherGuideViewModel guide = new TeacherGuideViewModel(GuideFixture.both(), localization, dialogs, status,
                address -> {
                    throw new IllegalStateException("no browser");
                }, Runnable::run, Runnable::run, folder);
        guide.openLink("https://example.org/guide");
        assertTrue(status.warningProperty().get());
        assertTrue(status.messageProperty().get().contains("https://example.org/guide"));
    }
}
