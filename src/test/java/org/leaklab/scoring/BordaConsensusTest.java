package org.leaklab.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.leaklab.model.Case;
import org.leaklab.model.RankingAnswer;
import org.leaklab.model.RankingScenario;

class BordaConsensusTest {
    private final Case c = Fixtures.minimal();
    private final RankingScenario scenario = Fixtures.ranking(c);

    private static RankingAnswer order(String... ids) {
        return new RankingAnswer(List.of(ids));
    }

    @Test
    void pointsFollowBordaCount() {
        BordaConsensus consensus = BordaConsensus.of(scenario, List.of(
                order("i1", "i2", "i3", "i4"), order("i2", "i1", "i3", "i4"), order("i2", "i3", "i1", "i4")));
        assertEquals(Map.of("i1", 3 + 2 + 1, "i2", 2 + 3 + 3, "i3", 1 + 1 + 2, "i4", 0), consensus.points());
        assertEquals(List.of("i2", "i1", "i3", "i4"), consensus.order());
        assertEquals(3, consensus.ballots());
        assertEquals(0, consensus.rejected());
    }

    @Test
    void incompleteOrForeignRankingsAreSetAside() {
        BordaConsensus consensus = BordaConsensus.of(scenario, List.of(order("i4", "i3", "i2", "i1"),
                order("i1", "i2"), order("i1", "i2", "i3", "x"), order("i1", "i1", "i2", "i3")));
        assertEquals(1, consensus.ballots());
        assertEquals(3, consensus.rejected());
        assertEquals(List.of("i4", "i3", "i2", "i1"), consensus.order());
    }

    @Test
    void tiesKeepTheScenarioOrder() {
        BordaConsensus consensus = BordaConsensus.of(scenario, List.of(order("i4", "i3", "i2", "i1"), order("i1", "i2", "i3", "i4")));
        assertEquals(List.of("i1", "i2", "i3", "i4"), consensus.order());
        assertEquals(List.of("i1", "i2", "i3", "i4"), BordaConsensus.of(scenario, List.of()).order());
    }

    @Test
    void theConsensusIsScoredAgainstTheReference() {
        RankingScorer scorer = new RankingScorer(ValueModel.of(c, "buyer"));
        List<RankingAnswer> ballots = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ballots.add(i % 4 == 0 ? order("i2", "i1", "i4", "i3") : order("i1", "i2", "i3", "i4"));
        }
        ScoreResult result = BordaConsensus.of(scenario, ballots).score(scorer, scenario);
        assertEquals(100, result.score(), 1e-9, "the majority order wins");
        assertEquals("Class consensus from 20 rankings: each gives an item more points the higher it stands, and the points are added up (Borda count).", result.render(Locale.ENGLISH).get(0));
        ScoreResult split = BordaConsensus.of(scenario, List.of(order("i2", "i1", "i3", "i4"), order("i1", "i2")))
                .score(scorer, scenario);
        assertEquals(scorer.score(scenario, order("i2", "i1", "i3", "i4")).score(), split.score(), 1e-9);
        assertEquals("Klassenkonsens aus 1 Rangfolge: Jede gibt einem Posten umso mehr Punkte, je weiter oben er steht, und die Punkte werden addiert (Borda-Z\u00e4hlung); 1 unvollst\u00e4ndige Rangfolge wurde beiseitegelegt.",
                split.render(Locale.GERMAN).get(0));
    }
}
