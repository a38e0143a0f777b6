package org.leaklab.ui.about;

import java.util.List;
import java.util.Objects;

/**
 * What the About dialog shows: version, license, and the sources of the case packs.
 *
 * @param version the app's version
 * @param sources each source as "name: address", as the case packs name them
 */
public record AboutViewModel(String version, List<String> sources) {
    public AboutViewModel {
        Objects.requireNonNull(version);
        sources = List.copyOf(sources);
    }
}
