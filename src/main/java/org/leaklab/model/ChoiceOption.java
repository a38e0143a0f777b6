package org.leaklab.model;

import java.util.Objects;

/**
 * One answer option of a {@link ChoiceScenario}.
 *
 * @param id       stable id, unique within the scenario
 * @param text     the option
 * @param credit   what choosing it earns: 1 for a fully right option, between 0 and 1 for a partly
 *                 right one, negative (down to -1) for a wrong one in a multiple-answer question
 * @param feedback why it is right or wrong, shown after answering
 */
public record ChoiceOption(String id, LocalizedText text, double credit, LocalizedText feedback) {
    public ChoiceOption {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(feedback, "feedback");
        if (!(credit >= -1 && credit <= 1)) {
            throw new IllegalArgumentException("credit " + credit + " outside -1..1");
        }
    }
}
