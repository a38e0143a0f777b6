package org.leaklab.model;

import java.util.Objects;

/**
 * Someone who acted in the case or was affected by it (employees, brokers, sellers ...).
 *
 * @param id          stable id
 * @param name        short name
 * @param description what they did or what happened to them
 */
public record Role(String id, LocalizedText name, LocalizedText description) {
    public Role {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }
}
