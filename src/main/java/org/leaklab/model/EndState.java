package org.leaklab.model;

import java.util.Objects;

/**
 * How a decision story ends.
 *
 * @param id       stable id, unique within the scenario
 * @param title    the ending in a few words
 * @param text     what happened in the end
 * @param score    what this ending is worth, 0 to 100
 * @param lessonId the {@link Lesson#id()} this ending teaches
 */
public record EndState(String id, LocalizedText title, LocalizedText text, int score, String lessonId) {
    public EndState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lessonId, "lessonId");
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score " + score + " outside 0..100");
        }
    }
}
