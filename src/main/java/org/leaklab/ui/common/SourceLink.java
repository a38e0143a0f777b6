package org.leaklab.ui.common;

import java.util.Objects;
import java.util.Optional;

/**
 * One source of a case as a reader sees it: numbered, so timeline entries can cite it as [2].
 *
 * @param id      the source's id in the case pack
 * @param number  1-based position in the case's source list
 * @param name    publisher and title
 * @param address the address as the pack gives it (no scheme), empty if none is known
 * @param url     what the browser opens (with {@code https://} added when the pack gives none), if any
 * @param date    the publication date in the current language, if known
 */
public record SourceLink(String id, int number, String name, String address, Optional<String> url,
                         Optional<String> date) {
    public SourceLink {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(address);
        Objects.requireNonNull(url);
        Objects.requireNonNull(date);
    }
}
