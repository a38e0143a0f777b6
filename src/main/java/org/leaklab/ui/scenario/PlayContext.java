package org.leaklab.ui.scenario;

import java.util.Objects;
import org.leaklab.session.PlayThrough;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.SourceLinks;

/**
 * What a kind's play pages need: the play-through (its case, its scorer, what is checked) and
 * the case's sources.
 */
public record PlayContext(PlayThrough play, Localization localization, SourceLinks sourceLinks) {
    public PlayContext {
        Objects.requireNonNull(play);
        Objects.requireNonNull(localization);
        Objects.requireNonNull(sourceLinks);
    }
}
