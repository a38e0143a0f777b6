package org.leaklab.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A publication the case content relies on, credited by name and address.
 *
 * @param id      stable id that items, events and scenarios refer to
 * @param name    publisher and title
 * @param address web address as far as it is known (a site, or a full path)
 * @param date    publication date {@code YYYY[-MM[-DD]]}, if known
 */
public record Source(String id, String name, String address, Optional<String> date) {
    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(date, "date");
    }
}
