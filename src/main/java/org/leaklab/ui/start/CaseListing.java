package org.leaklab.ui.start;

import java.util.Objects;
import org.leaklab.i18n.Localizable;

/**
 * One case pack as the start view lists it.
 *
 * @param id            the pack's id
 * @param title         its title in every language it has
 * @param summary       one or two sentences about it
 * @param scenarioCount how many scenarios it has
 * @param origin        where it came from: built in, or the file it was opened from
 * @param fromFile      true for a pack the user opened from a file: it can be removed from the list
 */
public record CaseListing(String id, Localizable title, Localizable summary, int scenarioCount,
                          Localizable origin, boolean fromFile) {
    public CaseListing {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(summary);
        Objects.requireNonNull(origin);
    }

    /** A built-in case. */
    public CaseListing(String id, Localizable title, Localizable summary, int scenarioCount, Localizable origin) {
        this(id, title, summary, scenarioCount, origin, false);
    }
}
