package org.leaklab.model;

import java.util.Objects;

/**
 * Something the case teaches, in one short title and a few sentences.
 *
 * @param id    stable id that decision end states refer to
 * @param title the lesson in a few words
 * @param text  the lesson explained
 */
public record Lesson(String id, LocalizedText title, LocalizedText text) {
    public Lesson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }
}
