package org.leaklab.ui.casepack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.content.CaseLibrary;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.StatusMessages;

/** Opening case packs from files, with the real loader and direct executors. */
class CasePackOpenerTest {
    @TempDir
    Path folder;

    private final Localization localization = new Localization(Locale.ENGLISH);
    private final StatusMessages status = new StatusMessages();
    private final List<OpenedPack> shelved = new ArrayList<>();
    private final List<PackProblemsViewModel> problems = new ArrayList<>();
    private Optional<String> replaces = Optional.empty();

    private CasePackOpener opener() {
        return new CasePackOpener(CaseLibrary::loadFile, Runnable::run, Runnable::run, localization, status,
                pack -> {
                    shelved.add(pack);
                    return replaces;
                }, problems::add);
    }

    private static String ownPack(String id, String title) {
        return OwnPacks.json(id, title);
    }

    @Test
    void aValidPackIsShelvedAndTheStatusLineSaysSo() throws IOException {
        Path file = Files.writeString(folder.resolve("class-7b.json"), ownPack("class-7b", "Our own case"));
        opener().open(file);
        assertEquals(1, shelved.size());
        assertEquals("class-7b", shelved.get(0).caseData().id());
        assertEquals(file, shelved.get(0).file());
        assertTrue(problems.isEmpty(), "no dialog for a clean pack");
        assertEquals("Case pack \u201cOur own case\u201d opened from class-7b.json. It is now in the list of cases.",
                status.messageProperty().get());
        assertFalse(status.warningProperty().get());
    }

    @Test
    void aPackWithTheIdOfAListedCaseReplacesItWithANote() throws IOException {
        replaces = Optional.of("Amazon 2018: suspected data sales");
        Path file = Files.writeString(folder.resolve("amazon-fixed.json"), ownPack("amazon-2018", "Amazon, revised"));
        opener().open(file);
        assertEquals(1, shelved.size());
        assertEquals("Case pack \u201cAmazon, revised\u201d opened from amazon-fixed.json. It has the same id as "
                + "\u201cAmazon 2018: suspected data sales\u201d and replaces it in the list.", status.messageProperty().get());
    }

    @Test
    void aFileThatIsNotJsonListsItsProblemsAndShelvesNothing() throws IOException {
        Path file = Files.writeString(folder.resolve("notes.json"), "these are my lesson notes, not JSON");
        opener().open(file);
        assertTrue(shelved.isEmpty());
        assertEquals(1, problems.size());
        PackProblemsViewModel shown = problems.get(0);
        assertFalse(shown.opened());
        assertEquals("\u201cnotes.json\u201d could not be opened", shown.heading());
        assertFalse(shown.lines().isEmpty());
        assertTrue(shown.lines().get(0).startsWith("$"), shown.lines().get(0));
        assertEquals(file.toAbsolutePath().toString(), shown.filePath());
        assertTrue(status.warningProperty().get());
        assertTrue(status.messageProperty().get().startsWith("The case pack notes.json was not opened:"));
    }

    @Test
    void semanticErrorsAreListedOnePerLineWithTheirJsonPath() throws IOException {
        String broken = ownPack("broken", "Broken").replaceFirst("\"formatVersion\": 1", "\"formatVersion\": 99")
                .replace("\"perspective\": \"seller\"", "\"perspective\": \"nobody\"");
        Path file = Files.writeString(folder.resolve("broken.json"), broken);
        opener().open(file);
        assertTrue(shelved.isEmpty());
        List<String> lines = problems.get(0).lines();
        assertEquals(List.of(
                "$.formatVersion: expected format version 1, found 99 (this LeakLab reads version 1 only)",
                "$.scenarios[1].perspective: expected the id of a perspective (\"seller\", \"customer\", \"platform\"), "
                        + "found the unknown id \"nobody\""), lines);
        assertEquals(String.join("\n", lines), problems.get(0).text());
    }

    @Test
    void theProblemsAreWordedInTheCurrentLanguageAndFollowASwitch() throws IOException {
        String broken = ownPack("broken", "Broken").replaceFirst("\"formatVersion\": 1", "\"formatVersion\": 99");
        Path file = Files.writeString(folder.resolve("broken.json"), broken);
        opener().open(file);
        PackProblemsViewModel shown = problems.get(0);
        assertEquals(List.of("$.formatVersion: expected format version 1, found 99 (this LeakLab reads version 1 only)"),
                shown.lines());
        localization.setLocale(Locale.GERMAN);
        assertEquals(List.of("$.formatVersion: Erwartet: Formatversion 1; gefunden: 99 (dieses LeakLab liest nur "
                + "Version 1)"), shown.lines());
        assertEquals("\u201ebroken.json\u201c konnte nicht ge\u00f6ffnet werden", shown.heading());
    }

    @Test
    void warningsAreMarkedInTheCurrentLanguage() throws IOException {
        String withExtra = ownPack("noted", "Noted").replaceFirst("\\{", "{\"colour\": \"blue\",");
        Path file = Files.writeString(folder.resolve("noted.json"), withExtra);
        localization.setLocale(Locale.GERMAN);
        opener().open(file);
        PackProblemsViewModel notes = problems.get(0);
        assertTrue(notes.lines().stream().anyMatch(l -> l.startsWith("$.colour: Hinweis: Das unbekannte Feld \"colour\" "
                + "wird übergangen (bekannt sind: ")), notes.text());
    }

    @Test
    void missingFilesAndFoldersAreProblemsNotCrashes() throws IOException {
        opener().open(folder.resolve("gone.json"));
        Path directory = Files.createDirectory(folder.resolve("folder.json"));
        opener().open(directory);
        assertEquals(2, problems.size());
        assertEquals(List.of("$: expected a case pack file, found no such file"), problems.get(0).lines());
        assertEquals(List.of("$: expected a case pack file, found a directory"), problems.get(1).lines());
        assertTrue(shelved.isEmpty());
    }

    @Test
    void aTooBigFileIsRefusedBeforeItIsRead() throws IOException {
        Path file = folder.resolve("huge.json");
        Files.write(file, new byte[3 * 1024 * 1024]);
        opener().open(file);
        assertTrue(problems.get(0).lines().get(0).startsWith("$: expected a file of at most"), problems.get(0).text());
    }

    @Test
    void aLoaderThatThrowsStillEndsInTheDialog() {
        CasePackOpener opener = new CasePackOpener(file -> {
            throw new IllegalStateException("boom");
        }, Runnable::run, Runnable::run, localization, status, pack -> Optional.empty(), problems::add);
        opener.open(folder.resolve("x.json"));
        assertEquals(1, problems.size());
        String line = problems.get(0).lines().get(0);
        assertTrue(line.contains("found an error while reading it"), line);
        assertFalse(line.contains("IllegalStateException") || line.contains("boom"), "in words, no exception: " + line);
    }

    @Test
    void warningsDoNotBlockButAreListed() throws IOException {
        String withExtra = ownPack("noted", "Noted").replaceFirst("\\{", "{\"colour\": \"blue\",");
        Path file = Files.writeString(folder.resolve("noted.json"), withExtra);
        opener().open(file);
        assertEquals(1, shelved.size(), "warnings do not stop a pack");
        assertEquals(1, problems.size());
        PackProblemsViewModel notes = problems.get(0);
        assertTrue(notes.opened());
        assertEquals("\u201cnoted.json\u201d was opened, with notes", notes.heading());
        assertTrue(notes.lines().stream().anyMatch(l -> l.startsWith("$.colour: warning: ")), notes.text());
    }

    @Test
    void loadingRunsOnTheBackgroundExecutorAndDeliversOnTheFxOne() throws IOException {
        List<Runnable> background = new ArrayList<>();
        List<Runnable> fx = new ArrayList<>();
        CasePackOpener opener = new CasePackOpener(CaseLibrary::loadFile, background::add, fx::add, localization,
                status, pack -> {
                    shelved.add(pack);
                    return Optional.empty();
                }, problems::add);
        Path file = Files.writeString(folder.resolve("later.json"), ownPack("later", "Later"));
        opener.open(file);
        assertEquals("Checking later.json\u2026", status.messageProperty().get());
        assertTrue(shelved.isEmpty(), "nothing is read on the calling thread");
        background.remove(0).run();
        assertTrue(shelved.isEmpty(), "nothing is delivered off the JavaFX thread");
        fx.remove(0).run();
        assertEquals(1, shelved.size());
    }

    @Test
    void droppedFilesThatAreNotPacksAreNamedInTheStatusLine() throws IOException {
        Path picture = Files.write(folder.resolve("photo.png"), new byte[] {1, 2, 3});
        Path pack = Files.writeString(folder.resolve("dropped.JSON"), ownPack("dropped", "Dropped"));
        opener().openDropped(List.of(picture));
        assertTrue(status.warningProperty().get());
        assertEquals("Only case packs (.json files) can be opened; photo.png is not one.", status.messageProperty().get());
        opener().openDropped(List.of(pack));
        assertEquals(1, shelved.size(), "the extension is matched without regard to case");
    }
}
