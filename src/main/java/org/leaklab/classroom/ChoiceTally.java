package org.leaklab.classroom;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leaklab.model.ChoiceAnswer;
import org.leaklab.model.ChoiceOption;
import org.leaklab.model.ChoiceScenario;

/**
 * The class's choices: per option how many devices chose it and their share of all devices that
 * answered (shares of a multiple-answer question add up to more than 1).
 *
 * @param answered devices that answered
 * @param options  one line per option, in the question's order
 */
public record ChoiceTally(int answered, List<OptionShare> options) implements Tally {
    /** One option's count and share. */
    public record OptionShare(String optionId, int count, double share) {
    }

    public ChoiceTally {
        options = List.copyOf(options);
    }

    /** The tally of {@code answers}. */
    public static ChoiceTally of(ChoiceScenario scenario, Collection<ChoiceAnswer> answers) {
        Map<String, Integer> counts = counts(scenario, answers);
        int answered = answers.size();
        List<OptionShare> shares = counts.entrySet().stream()
                .map(e -> new OptionShare(e.getKey(), e.getValue(), answered == 0 ? 0 : (double) e.getValue() / answered))
                .toList();
        return new ChoiceTally(answered, shares);
    }

    /** Option id to how many of {@code answers} chose it, in the question's order. */
    static Map<String, Integer> counts(ChoiceScenario scenario, Collection<ChoiceAnswer> answers) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ChoiceOption option : scenario.options()) {
            counts.put(option.id(), 0);
        }
        for (ChoiceAnswer answer : answers) {
            for (String id : answer.optionIds()) {
                counts.computeIfPresent(id, (k, v) -> v + 1);
            }
        }
        return counts;
    }
}
