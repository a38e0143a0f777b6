package org.leaklab.classroom;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.leaklab.classroom.Views.QuestionView;
import org.leaklab.model.Answer;
import org.leaklab.model.Case;
import org.leaklab.model.RankingAnswer;
import org.leaklab.model.RankingScenario;
import org.leaklab.scoring.BordaConsensus;

/**
 * A ranking in the class network: an exact order of the scenario's items, tallied per item and
 * place, a group's answer is the Borda consensus of its members' orders.
 */
record RankingRules(RankingScenario scenario) implements AnsweredRules {
    /** A ranking must list every item of the scenario exactly once and nothing else. */
    @Override
    public RankingAnswer check(Submission submission) {
        List<String> ids = Submission.as(Submission.Ranking.class, submission).itemIds();
        if (ids.size() != scenario.itemIds().size()
                || !new HashSet<>(ids).equals(new HashSet<>(scenario.itemIds()))) {
            throw new RefusedException(Refusal.NOT_A_PERMUTATION);
        }
        return new RankingAnswer(ids);
    }

    @Override
    public RankingTally tally(List<Answer> answers) {
        return RankingTally.of(scenario, orders(answers));
    }

    /** The Borda consensus; tied when two items got the same points. */
    @Override
    public GroupAnswer group(List<Answer> answers) {
        List<RankingAnswer> orders = orders(answers);
        BordaConsensus consensus = BordaConsensus.of(scenario, orders);
        boolean tied = consensus.points().values().stream().distinct().count() < consensus.points().size();
        return new GroupAnswer(new RankingAnswer(consensus.order()), orders.size(), tied);
    }

    @Override
    public void describe(QuestionView view, Case caseData, Locale locale, PhoneFields fields) {
        fields.text("kind", "ranking");
        fields.text("perspective", caseData.perspective(scenario.perspectiveId())
                .map(p -> p.name().in(locale)).orElse(scenario.perspectiveId()));
        // What the ranking ranks, in the perspective's own words ("most harmful first"), as in the app.
        caseData.perspective(scenario.perspectiveId()).ifPresent(p -> fields
                .text("order", p.labels().order().in(locale))
                .text("top", p.labels().top().in(locale))
                .text("bottom", p.labels().bottom().in(locale)));
        PhoneFields.Entries items = fields.entries("items");
        for (String id : scenario.itemIds()) {
            items.add().text("id", id)
                    .text("name", caseData.item(id).map(i -> i.name().in(locale)).orElse(id))
                    .text("card", caseData.item(id).map(i -> i.card().in(locale)).orElse(""));
        }
        view.answer().ifPresent(a -> fields.entry("answer").texts("ranking", ((RankingAnswer) a).itemIds()));
    }

    private static List<RankingAnswer> orders(List<Answer> answers) {
        return answers.stream().map(RankingAnswer.class::cast).toList();
    }
}
