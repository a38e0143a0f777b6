package org.leaklab.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A single- or multiple-answer question with partial credit and feedback for every option.
 *
 * @param id       stable id
 * @param title    short title
 * @param prompt   the question
 * @param multiple whether several options may be chosen
 * @param options   at least two options
 * @param sourceIds the sources the question and its feedback rest on
 */
public record ChoiceScenario(String id, LocalizedText title, LocalizedText prompt, boolean multiple,
                             List<ChoiceOption> options, List<String> sourceIds) implements Scenario {
    public ChoiceScenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(prompt, "prompt");
        options = List.copyOf(options);
        sourceIds = List.copyOf(sourceIds);
        if (options.size() < 2) {
            throw new IllegalArgumentException("a choice needs at least two options");
        }
    }

    /** A question that cites no source. */
    public ChoiceScenario(String id, LocalizedText title, LocalizedText prompt, boolean multiple,
                          List<ChoiceOption> options) {
        this(id, title, prompt, multiple, options, List.of());
    }

    /** The option with {@code optionId}. */
    public Optional<ChoiceOption> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }
}
