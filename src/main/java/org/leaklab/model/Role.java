package org.leaklab.model;

import java.util.List;
import java.util.Objects;

/**
 * Someone who acted in the case or was affected by it (employees, brokers, sellers ...).
 *
 * @param id          stable id
 * @param name        short name
 * @param description what they did or what happened to them, no stronger than the sources say
 * @param sourceIds   the sources the description rests on
 */
public record Role(String id, LocalizedText name, LocalizedText description, List<String> sourceIds) {
    public Role {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        sourceIds = List.copyOf(sourceIds);
    }

    /** A role that cites no source. */
    public Role(String id, LocalizedText name, LocalizedText description) {
        this(id, name, description, List.of());
    }
}
