package org.leaklab.session;

import java.time.Instant;
import java.util.List;
import org.leaklab.model.ChoiceAnswer;
import org.leaklab.model.DecisionAnswer;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.model.RankingAnswer;

/** Sessions for tests, with one answer of every kind. */
final class ClassSessions {
    private ClassSessions() {
    }

    static ClassSession allKinds(String id) {
        return new ClassSession(id, Instant.parse("2024-03-05T09:15:00Z"), "amazon-2018", List.of("Foxes", "Owls"),
                List.of(
                        new ClassSession.Round("rank-seller", List.of(
                                new ClassSession.TeamAnswer("Foxes", new RankingAnswer(
                                        List.of("sales-stats", "keyword-stats", "reviewer-emails")), 87.5),
                                new ClassSession.TeamAnswer("Owls", new RankingAnswer(
                                        List.of("reviewer-emails", "sales-stats", "keyword-stats")), 40))),
                        new ClassSession.Round("estimate-sales-stats", List.of(
                                new ClassSession.TeamAnswer("Foxes", new EstimateAnswer(250.75), 100),
                                new ClassSession.TeamAnswer("Owls", new EstimateAnswer(5), 12.25))),
                        new ClassSession.Round("choice-measures", List.of(
                                new ClassSession.TeamAnswer("Owls", new ChoiceAnswer(java.util.Set.of("b", "a")), 50))),
                        new ClassSession.Round("decision-employee", List.of(
                                new ClassSession.TeamAnswer("Foxes", new DecisionAnswer(List.of("refuse", "report")), 100)))));
    }
}
