package org.leaklab.classroom;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.leaklab.classroom.Views.QuestionView;
import org.leaklab.model.Answer;
import org.leaklab.model.Case;
import org.leaklab.model.ChoiceAnswer;
import org.leaklab.model.ChoiceOption;
import org.leaklab.model.ChoiceScenario;

/**
 * A single or multiple choice in the class network: existing option ids, tallied as the share per
 * option; a group's answer is its members' majority.
 */
record ChoiceRules(ChoiceScenario scenario) implements AnsweredRules {
    /** Existing option ids, each once; exactly one for a single choice, one to all for a multiple one. */
    @Override
    public ChoiceAnswer check(Submission submission) {
        List<String> ids = Submission.as(Submission.Choice.class, submission).optionIds();
        Set<String> known = new HashSet<>();
        scenario.options().stream().map(ChoiceOption::id).forEach(known::add);
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!known.contains(id) || !seen.add(id)) {
                throw new RefusedException(Refusal.UNKNOWN_OPTION);
            }
        }
        int max = scenario.multiple() ? scenario.options().size() : 1;
        if (ids.isEmpty() || ids.size() > max) {
            throw new RefusedException(Refusal.WRONG_NUMBER_OF_OPTIONS);
        }
        return new ChoiceAnswer(seen);
    }

    @Override
    public ChoiceTally tally(List<Answer> answers) {
        return ChoiceTally.of(scenario, choices(answers));
    }

    /**
     * Single choice: the option most members chose. Multiple choice: every option more than half of
     * the members chose; if none is, the most chosen one, so a group never answers nothing.
     */
    @Override
    public GroupAnswer group(List<Answer> answers) {
        List<ChoiceAnswer> choices = choices(answers);
        Map<String, Integer> counts = ChoiceTally.counts(scenario, choices);
        if (scenario.multiple()) {
            List<String> chosen = new ArrayList<>();
            counts.forEach((id, votes) -> {
                if (votes * 2 > choices.size()) {
                    chosen.add(id);
                }
            });
            if (!chosen.isEmpty()) {
                return new GroupAnswer(new ChoiceAnswer(new HashSet<>(chosen)), choices.size(), false);
            }
        }
        Majority majority = Majority.of(counts);
        String pick = majority.winner().orElseGet(() -> majority.tied().get(0));
        return new GroupAnswer(ChoiceAnswer.of(pick), choices.size(), majority.isTie());
    }

    @Override
    public void describe(QuestionView view, Case caseData, Locale locale, PhoneFields fields) {
        fields.text("kind", "choice").flag("multiple", scenario.multiple());
        PhoneFields.Entries options = fields.entries("options");
        for (ChoiceOption option : scenario.options()) {
            options.add().text("id", option.id()).text("text", option.text().in(locale));
        }
        view.answer().ifPresent(a -> fields.entry("answer")
                .texts("choice", ((ChoiceAnswer) a).optionIds().stream().sorted().toList()));
    }

    private static List<ChoiceAnswer> choices(List<Answer> answers) {
        return answers.stream().map(ChoiceAnswer.class::cast).toList();
    }
}
