package org.leaklab.model;

import java.util.List;
import java.util.Objects;

/**
 * One dated step of the case.
 *
 * @param date      {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, as precise as the sources allow
 * @param text      what happened
 * @param sourceIds the sources that report it
 */
public record TimelineEvent(String date, LocalizedText text, List<String> sourceIds) {
    public TimelineEvent {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        sourceIds = List.copyOf(sourceIds);
    }
}
