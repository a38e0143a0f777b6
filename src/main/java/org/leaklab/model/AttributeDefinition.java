package org.leaklab.model;

import java.util.Objects;

/**
 * One scored property of a data item, for example "gain for the buyer" or "harm to individuals".
 * Items score every attribute from {@link AttributeScore#MIN} to {@link AttributeScore#MAX}.
 *
 * @param id          stable id that items and perspectives refer to
 * @param name        short name for cards and explanations
 * @param description what a low and a high score mean
 */
public record AttributeDefinition(String id, LocalizedText name, LocalizedText description) {
    public AttributeDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }
}
