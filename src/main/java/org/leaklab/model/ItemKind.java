package org.leaklab.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * What sort of thing a {@link DataItem} is. A perspective that values harm to a person ranks only
 * {@link #PERSONAL_DATA}: a deleted review or a reinstated account is a service bought, not data
 * about the person, and aggregated sales figures describe products rather than people.
 */
public enum ItemKind {
    /** Data about one identifiable person: an address, a card, a health condition. */
    PERSONAL_DATA("personal-data"),
    /** Data about products, sales or the market, not about one person. */
    BUSINESS_DATA("business-data"),
    /** Something done for a fee, such as deleting a review or lifting a ban. */
    SERVICE("service");

    private final String id;

    ItemKind(String id) {
        this.id = id;
    }

    /** The id used in case packs ({@code personal-data}, {@code business-data}, {@code service}). */
    public String id() {
        return id;
    }

    /** The kind with {@code id}, if there is one. */
    public static Optional<ItemKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
