package org.leaklab.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leaklab.content.PackFixtures.at;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import com.google.gson.JsonObject;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The built-in packs conform to assets/schema/case-pack.schema.json, and the schema catches what it should. */
class CasePackSchemaTest {
    private static final Path SCHEMA = Path.of("assets", "schema", "case-pack.schema.json");
    private static SchemaRegistry registry;
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        schema = registry.getSchema(Files.readString(SCHEMA), InputFormat.JSON);
    }

    private static List<Error> validate(String json) {
        return schema.validate(json, InputFormat.JSON);
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() throws IOException {
        Schema meta = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertEquals(List.of(), meta.validate(Files.readString(SCHEMA), InputFormat.JSON));
    }

    @Test
    void everyBuiltInPackConformsToTheSchema() throws IOException {
        for (String file : CaseLibrary.builtInFileNames()) {
            assertEquals(List.of(), validate(Files.readString(Path.of("assets", "cases", file))), file);
        }
    }

    @Test
    void theTestFixtureConformsToo() {
        assertEquals(List.of(), validate(PackFixtures.minimalText()));
    }

    @Test
    void theSchemaRejectsStructuralMistakes() {
        List<Consumer<JsonObject>> mistakes = List.of(
                p -> at(p, "title").remove("de"),
                p -> at(p, "items", 0, "scores", "gain").addProperty("score", 7),
                p -> at(p, "scenarios", 0).addProperty("type", "quiz"),
                p -> at(p, "scenarios", 1).addProperty("low", -5),
                p -> at(p, "perspectives", 0, "weights").addProperty("gain", -1),
                p -> at(p, "items", 0).addProperty("id", "Item One"),
                p -> p.addProperty("formatVersion", 2),
                p -> at(p, "scenarios", 2, "options", 0).addProperty("credit", 3),
                p -> at(p, "items", 1).addProperty("colour", "red"));
        for (Consumer<JsonObject> mistake : mistakes) {
            JsonObject pack = PackFixtures.minimal();
            mistake.accept(pack);
            assertFalse(validate(pack.toString()).isEmpty(), pack::toString);
        }
    }

    @Test
    void theShippedPackPointsEditorsAtTheSchema() throws IOException {
        assertTrue(Files.readString(Path.of("assets", "cases", "amazon-2018.json"))
                .contains("\"$schema\": \"../schema/case-pack.schema.json\""));
    }
}
