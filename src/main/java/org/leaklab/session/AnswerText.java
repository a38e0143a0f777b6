package org.leaklab.session;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.leaklab.i18n.Messages;
import org.leaklab.model.Answer;
import org.leaklab.model.Case;
import org.leaklab.model.ChoiceAnswer;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.model.DecisionAnswer;
import org.leaklab.model.DecisionNode;
import org.leaklab.model.DecisionOption;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.model.RankingAnswer;
import org.leaklab.model.Scenario;

/**
 * An answer in one line of text, for the history, the CSV export and the presenter: item and
 * option names in the requested language where the case is known, their ids otherwise (a session
 * of a case pack that is no longer installed still reads).
 */
public final class AnswerText {
    private AnswerText() {
    }

    /** {@code answer} to {@code scenario} of {@code caseData}, both optional, in {@code locale}. */
    public static String describe(Answer answer, Optional<Case> caseData, Optional<Scenario> scenario, Locale locale) {
        Locale language = Messages.supportedLocale(locale);
        return switch (answer) {
            case RankingAnswer ranking -> ranking.itemIds().stream()
                    .map(id -> caseData.flatMap(c -> c.item(id)).map(i -> i.name().in(language)).orElse(id))
                    .collect(Collectors.joining(" > "));
            case EstimateAnswer estimate -> {
                NumberFormat number = NumberFormat.getNumberInstance(language);
                number.setMaximumFractionDigits(2);
                yield "$" + number.format(estimate.value());
            }
            case ChoiceAnswer choice -> {
                Optional<ChoiceScenario> question = scenario.filter(ChoiceScenario.class::isInstance)
                        .map(ChoiceScenario.class::cast);
                // Options in the order the question lists them, so equal choices read the same.
                List<String> ids = question.map(q -> q.options().stream().map(o -> o.id())
                        .filter(choice.optionIds()::contains).toList())
                        .filter(known -> known.size() == choice.optionIds().size())
                        .orElseGet(() -> choice.optionIds().stream().sorted().toList());
                yield ids.stream()
                        .map(id -> question.flatMap(q -> q.option(id)).map(o -> o.text().in(language)).orElse(id))
                        .collect(Collectors.joining("; "));
            }
            case DecisionAnswer path -> {
                Optional<DecisionScenario> story = scenario.filter(DecisionScenario.class::isInstance)
                        .map(DecisionScenario.class::cast);
                yield path.optionIds().stream()
                        .map(id -> story.flatMap(s -> decisionOption(s, id)).map(o -> o.text().in(language)).orElse(id))
                        .collect(Collectors.joining(" \u2192 "));
            }
        };
    }

    private static Optional<DecisionOption> decisionOption(DecisionScenario story, String optionId) {
        for (DecisionNode node : story.nodes()) {
            for (DecisionOption option : node.options()) {
                if (option.id().equals(optionId)) {
                    return Optional.of(option);
                }
            }
        }
        return Optional.empty();
    }
}
