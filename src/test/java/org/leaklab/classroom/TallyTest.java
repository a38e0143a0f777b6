package org.leaklab.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.leaklab.model.ChoiceAnswer;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.model.RankingAnswer;
import org.leaklab.model.RankingScenario;
import org.leaklab.scoring.BordaConsensus;
import org.junit.jupiter.api.Test;

/** The aggregates of each kind, and the answers made from a group's answers. */
class TallyTest {
    private final RankingScenario ranking = Rooms.ranking();

    private RankingAnswer order(int... indexes) {
        List<String> items = ranking.itemIds();
        List<String> ids = new java.util.ArrayList<>();
        for (int i : indexes) {
            ids.add(items.get(i));
        }
        for (String item : items) {
            if (!ids.contains(item)) {
                ids.add(item);
            }
        }
        return new RankingAnswer(ids);
    }

    @Test
    void rankingTallyIsTheBordaConsensusWithPlacesPerItem() {
        List<RankingAnswer> answers = List.of(order(0, 1, 2), order(0, 2, 1), order(1, 0, 2));
        RankingTally tally = RankingTally.of(ranking, answers);
        assertEquals(BordaConsensus.of(ranking, answers), tally.consensus());
        String first = ranking.itemIds().get(0);
        assertEquals(2, tally.placeCounts().get(first).get(0));
        assertEquals(1, tally.placeCounts().get(first).get(1));
        assertEquals((1 + 1 + 2) / 3.0, tally.meanPlace().get(first), 1e-9);
        assertEquals(first, tally.consensus().order().get(0));
        assertEquals(3, tally.answered());
        int n = ranking.itemIds().size();
        tally.placeCounts().values().forEach(row -> assertEquals(n, row.size()));
        for (int place = 0; place < n; place++) {
            int p = place;
            assertEquals(3, tally.placeCounts().values().stream().mapToInt(row -> row.get(p)).sum());
        }
    }

    @Test
    void estimateBinsAreHalfDecadesFromOneToTenThousand() {
        EstimateTally tally = EstimateTally.of(List.of(1.0, 3.16, 3.17, 10.0, 9999.0, 10_000.0));
        assertEquals(8, tally.bins().size());
        assertEquals(1, tally.bins().get(0).from(), 1e-9);
        assertEquals(10_000, tally.bins().get(7).to(), 1e-9);
        assertEquals(List.of(2, 1, 1, 0, 0, 0, 0, 2), tally.bins().stream().map(EstimateTally.Bin::count).toList());
        assertEquals(Math.sqrt(3.17 * 10), tally.median().orElseThrow(), 1e-9);
        assertEquals(Math.sqrt(10), tally.bins().get(1).from(), 1e-9);
        assertTrue(EstimateTally.of(List.of()).median().isEmpty());
        assertEquals(50, EstimateTally.of(List.of(50.0, 5.0, 5000.0)).median().orElseThrow());
    }

    @Test
    void choiceSharesArePerDeviceThatAnswered() {
        ChoiceScenario multiple = Rooms.multipleChoice();
        String a = multiple.options().get(0).id();
        String b = multiple.options().get(1).id();
        ChoiceTally tally = ChoiceTally.of(multiple, List.of(new ChoiceAnswer(java.util.Set.of(a, b)), ChoiceAnswer.of(a)));
        assertEquals(2, tally.answered());
        assertEquals(new ChoiceTally.OptionShare(a, 2, 1.0), tally.options().get(0));
        assertEquals(new ChoiceTally.OptionShare(b, 1, 0.5), tally.options().get(1));
        assertEquals(multiple.options().size(), tally.options().size());
    }

    @Test
    void majorityAndTie() {
        var counts = new java.util.LinkedHashMap<String, Integer>();
        counts.put("x", 2);
        counts.put("y", 3);
        assertEquals(Optional.of("y"), Majority.of(counts).winner());
        counts.put("x", 3);
        assertEquals(List.of("x", "y"), Majority.of(counts).tied());
        counts.put("x", 0);
        counts.put("y", 0);
        assertTrue(Majority.of(counts).isTie(), "no votes is a tie of all options");
    }

    @Test
    void groupAnswers() {
        assertEquals(new RankingAnswer(BordaConsensus.of(ranking, List.of(order(2), order(2), order(1))).order()),
                GroupAnswer.of(ranking, List.of(order(2), order(2), order(1))).orElseThrow().answer());
        assertEquals(new EstimateAnswer(Math.sqrt(10 * 1000)),
                GroupAnswer.of(Rooms.estimate(), List.of(new EstimateAnswer(10), new EstimateAnswer(1000))).orElseThrow().answer());
        ChoiceScenario multiple = Rooms.multipleChoice();
        String a = multiple.options().get(0).id();
        String b = multiple.options().get(1).id();
        String c = multiple.options().get(2).id();
        GroupAnswer more = GroupAnswer.of(multiple, List.of(new ChoiceAnswer(java.util.Set.of(a, b)),
                new ChoiceAnswer(java.util.Set.of(a, c)), ChoiceAnswer.of(a))).orElseThrow();
        assertEquals(ChoiceAnswer.of(a), more.answer(), "only options more than half chose");
        GroupAnswer none = GroupAnswer.of(multiple, List.of(ChoiceAnswer.of(b), ChoiceAnswer.of(c))).orElseThrow();
        assertEquals(ChoiceAnswer.of(b), none.answer(), "no option has a majority: the most chosen, first listed");
        assertTrue(none.tied());
        ChoiceScenario single = Rooms.singleChoice();
        String s1 = single.options().get(1).id();
        String s2 = single.options().get(2).id();
        GroupAnswer tie = GroupAnswer.of(single, List.of(ChoiceAnswer.of(s2), ChoiceAnswer.of(s1))).orElseThrow();
        assertEquals(ChoiceAnswer.of(s1), tie.answer());
        assertTrue(tie.tied());
        assertTrue(GroupAnswer.of(single, List.of()).isEmpty());
    }
}
