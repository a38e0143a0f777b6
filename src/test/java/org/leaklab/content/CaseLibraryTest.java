package org.leaklab.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The index of built-in packs matches the packs in assets/cases, and they all load. */
class CaseLibraryTest {
    private static final Path CASES = Path.of("assets", "cases");

    @Test
    void indexListsExactlyTheJsonFilesInAssetsCases() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.list(CASES)) {
            onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
        assertEquals(onDisk, CaseLibrary.builtInFileNames().stream().sorted().toList(),
                "assets/cases/index.txt must name every pack in assets/cases, and nothing else");
        assertEquals(CaseLibrary.builtInFileNames().stream().distinct().count(), CaseLibrary.builtInFileNames().size());
    }

    @Test
    void everyBuiltInPackLoadsWithoutProblems() {
        CaseLibrary library = CaseLibrary.builtIn();
        assertEquals(CaseLibrary.builtInFileNames().size(), library.cases().size());
        library.results().forEach(r -> assertEquals(List.of(), r.problems(), r.file()));
        assertTrue(library.find(CaseLibrary.AMAZON_2018).isPresent());
        assertTrue(library.find("nope").isEmpty());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> library.require("nope"));
        assertTrue(e.getMessage().startsWith("no valid built-in case nope"));
    }

    @Test
    void builtInPacksAreReadFromTheModuleResourcePath() {
        assertTrue(CaseLibrary.class.getResource("/org/leaklab/assets/cases/amazon-2018.json") != null);
        assertEquals("/org/leaklab/assets/cases/amazon-2018.json", CaseLibrary.builtIn().results().get(0).file());
    }
}
