package org.leaklab.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leaklab.i18n.Messages;
import org.leaklab.io.FileProblem;
import org.leaklab.io.FileProblemException;

/** Every kind of file problem in words, in both languages: the folder and what to do, never an exception. */
class FileProblemsTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Path FILE = Path.of("/home/teacher/.local/share/leaklab/results.json");
    private static final Instant AT = Instant.parse("2024-03-05T09:15:00Z");

    @Test
    void aReadOnlyFolderNamesTheFolderAndWhatToDoInBothLanguages() {
        // What Java throws for a read-only folder: the temporary file's path and the class name.
        FileProblem problem = FileProblems.of(new AccessDeniedException(
                "/home/teacher/.local/share/leaklab/.results.json-8841.tmp"), FILE);
        String en = FileProblems.describe(FileProblems.Subject.RESULTS, problem, BERLIN).in(Locale.ENGLISH);
        assertEquals("Class results not saved: LeakLab cannot write to /home/teacher/.local/share/leaklab. They are "
                + "kept while LeakLab is open: save them elsewhere (File \u203a Class history) or ask your administrator.", en);
        String de = FileProblems.describe(FileProblems.Subject.RESULTS, problem, BERLIN).in(Locale.GERMAN);
        assertTrue(de.startsWith("Unterrichtsergebnisse nicht gespeichert: LeakLab kann nicht in "
                + "/home/teacher/.local/share/leaklab schreiben."), de);
        String export = FileProblems.describe(FileProblems.Subject.EXPORT, FileProblem.writeFailure(
                Path.of("/mnt/share/lesson.csv"), new AccessDeniedException("/mnt/share/.lesson.csv-1.tmp"), AT), BERLIN)
                .in(Locale.ENGLISH);
        assertEquals("LeakLab cannot write to /mnt/share: choose another folder or ask your administrator.", export);
    }

    @Test
    void aRestoredFileSaysFromWhenInTheLanguagesOwnFormat() {
        FileProblem restored = new FileProblem(FileProblem.Kind.RESTORED, FILE, AT,
                Optional.of(FILE.resolveSibling("results.json.damaged-20240305-101500")),
                Optional.of(Instant.parse("2024-03-04T13:30:00Z")));
        assertTrue(FileProblems.describe(FileProblems.Subject.RESULTS, restored, BERLIN).in(Locale.ENGLISH)
                .startsWith("The class results file was damaged. LeakLab restored the copy saved on Mar 4, 2024, 2:30"));
        assertEquals("Die Datei mit den Unterrichtsergebnissen war beschädigt. LeakLab hat die Kopie vom "
                + "04.03.2024, 14:30 wiederhergestellt; die beschädigte Datei liegt unter "
                + "results.json.damaged-20240305-101500.",
                FileProblems.describe(FileProblems.Subject.RESULTS, restored, BERLIN).in(Locale.GERMAN));
        assertTrue(FileProblems.describe(FileProblems.Subject.SETTINGS, restored, BERLIN).in(Locale.ENGLISH)
                .startsWith("Your settings file was damaged. LeakLab restored the settings saved on Mar 4, 2024"));
    }

    @Test
    void everyKindHasWordsForEverySubjectInBothLanguagesWithoutJavaInThem() {
        for (Locale locale : Messages.SUPPORTED) {
            for (FileProblems.Subject subject : FileProblems.Subject.values()) {
                for (FileProblem.Kind kind : FileProblem.Kind.values()) {
                    for (boolean kept : new boolean[] {true, false}) {
                        FileProblem problem = new FileProblem(kind, FILE, AT,
                                kept ? Optional.of(FILE.resolveSibling("results.json.damaged-1")) : Optional.empty(),
                                kind == FileProblem.Kind.RESTORED ? Optional.of(AT) : Optional.empty());
                        String text = FileProblems.describe(subject,
                                problem, BERLIN).in(locale);
                        assertFalse(text.isBlank());
                        assertFalse(text.contains("{"), text);
                        assertFalse(text.contains("Exception"), text);
                        assertFalse(text.contains(".tmp"), text);
                        assertTrue(text.contains("leaklab") || text.contains("damaged"), "names the folder or file: " + text);
                    }
                }
            }
        }
    }

    @Test
    void anUnderstoodFailureKeepsItsProblem() {
        FileProblem problem = FileProblem.of(FileProblem.Kind.DISK_FULL, FILE, AT);
        assertEquals(problem, FileProblems.of(new FileProblemException(problem, null), Path.of("other")));
        assertEquals(FileProblem.Kind.WRITE_FAILED,
                FileProblems.of(new java.util.concurrent.RejectedExecutionException("shut down"), FILE).kind());
    }

    @Test
    void aBadgeHasAFewWords() {
        assertEquals("Results not saved",
                FileProblems.headline(FileProblem.of(FileProblem.Kind.NOT_WRITABLE, FILE, AT)).in(Locale.ENGLISH));
        assertEquals("Ergebnisse nicht gespeichert",
                FileProblems.headline(FileProblem.of(FileProblem.Kind.DISK_FULL, FILE, AT)).in(Locale.GERMAN));
    }
}
