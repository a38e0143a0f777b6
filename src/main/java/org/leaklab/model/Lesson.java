package org.leaklab.model;

import java.util.List;
import java.util.Objects;

/**
 * Something the case teaches, in one short title and a few sentences.
 *
 * @param id        stable id that decision end states refer to
 * @param title     the lesson in a few words
 * @param text      the lesson explained
 * @param sourceIds the sources of the facts the lesson mentions
 */
public record Lesson(String id, LocalizedText title, LocalizedText text, List<String> sourceIds) {
    public Lesson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        sourceIds = List.copyOf(sourceIds);
    }

    /** A lesson that cites no source. */
    public Lesson(String id, LocalizedText title, LocalizedText text) {
        this(id, title, text, List.of());
    }
}
