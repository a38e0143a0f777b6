package org.leaklab.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Plain and weighted Kendall tau and the Spearman footrule. */
class RankDistanceTest {
    private static final List<String> REF = List.of("a", "b", "c", "d", "e");

    static List<List<String>> permutations(List<String> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<String>> result = new ArrayList<>();
        for (String first : items) {
            List<String> rest = new ArrayList<>(items);
            rest.remove(first);
            for (List<String> tail : permutations(rest)) {
                List<String> p = new ArrayList<>();
                p.add(first);
                p.addAll(tail);
                result.add(p);
            }
        }
        return result;
    }

    private static List<String> reversed(List<String> list) {
        List<String> r = new ArrayList<>(list);
        Collections.reverse(r);
        return r;
    }

    private static List<String> swapped(List<String> list, int i) {
        List<String> r = new ArrayList<>(list);
        Collections.swap(r, i, i + 1);
        return r;
    }

    @Test
    void kendallCountsDiscordantPairs() {
        assertEquals(0, KendallTauDistance.discordantPairs(REF, REF));
        assertEquals(10, KendallTauDistance.discordantPairs(REF, reversed(REF)));
        assertEquals(1, KendallTauDistance.discordantPairs(REF, swapped(REF, 2)));
        assertEquals(0.1, KendallTauDistance.normalized(REF, swapped(REF, 0)), 1e-12);
        assertEquals(0, KendallTauDistance.normalized(List.of("a"), List.of("a")));
    }

    @Test
    void footruleIsPlacesOffAndMaximalWhenReversed() {
        assertEquals(0, SpearmanFootrule.placesOff(REF, REF));
        assertEquals(2, SpearmanFootrule.placesOff(REF, swapped(REF, 3)));
        for (int n = 1; n <= 8; n++) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                items.add("x" + i);
            }
            assertEquals(SpearmanFootrule.maximum(n), SpearmanFootrule.placesOff(items, reversed(items)), "n=" + n);
            for (List<String> p : n <= 6 ? permutations(items) : List.<List<String>>of()) {
                assertTrue(SpearmanFootrule.placesOff(items, p) <= SpearmanFootrule.maximum(n));
            }
        }
    }

    @Test
    void weightedTauIsZeroForTheSameOrderAndOneForTheReversed() {
        assertEquals(0, WeightedKendallTau.distance(REF, REF));
        assertEquals(1, WeightedKendallTau.distance(REF, reversed(REF)), 1e-12);
    }

    @Test
    void weightedTauMatchesTheHyperbolicFormula() {
        List<String> ref = List.of("a", "b", "c");
        double ab = 1 + 1.0 / 2;
        double ac = 1 + 1.0 / 3;
        double bc = 1.0 / 2 + 1.0 / 3;
        assertEquals(ab / (ab + ac + bc), WeightedKendallTau.distance(ref, List.of("b", "a", "c")), 1e-12);
        assertEquals(bc / (ab + ac + bc), WeightedKendallTau.distance(ref, List.of("a", "c", "b")), 1e-12);
    }

    @Test
    void mistakesNearTheTopCostMore() {
        double top = WeightedKendallTau.distance(REF, swapped(REF, 0));
        double middle = WeightedKendallTau.distance(REF, swapped(REF, 2));
        double bottom = WeightedKendallTau.distance(REF, swapped(REF, 3));
        assertTrue(top > middle && middle > bottom, top + " > " + middle + " > " + bottom);
        // The plain Kendall distance cannot tell them apart.
        assertEquals(KendallTauDistance.discordantPairs(REF, swapped(REF, 0)),
                KendallTauDistance.discordantPairs(REF, swapped(REF, 3)));
    }

    @Test
    void unscoredPairsAreLeftOut() {
        assertEquals(0, WeightedKendallTau.distance(REF, reversed(REF), (x, y) -> false));
        double onlyAb = WeightedKendallTau.distance(REF, swapped(REF, 0), (x, y) -> x.equals("a") && y.equals("b"));
        assertEquals(1, onlyAb, 1e-12);
    }

    /** Exhaustively over all 120 orders of five: correcting any wrongly ordered neighbours lowers every distance. */
    @Test
    void fixingAnInvertedNeighbourPairNeverRaisesAnyDistance() {
        for (List<String> p : permutations(REF)) {
            for (int i = 0; i + 1 < p.size(); i++) {
                if (REF.indexOf(p.get(i)) > REF.indexOf(p.get(i + 1))) {
                    List<String> fixed = swapped(p, i);
                    assertTrue(WeightedKendallTau.distance(REF, fixed) < WeightedKendallTau.distance(REF, p), p + " at " + i);
                    assertEquals(KendallTauDistance.discordantPairs(REF, p) - 1, KendallTauDistance.discordantPairs(REF, fixed));
                    assertTrue(SpearmanFootrule.placesOff(REF, fixed) <= SpearmanFootrule.placesOff(REF, p));
                }
            }
        }
    }

    /** Moving one misplaced item back towards its place, the others in reference order, lowers the distance step by step. */
    @Test
    void movingADisplacedItemBackNeverRaisesTheDistance() {
        for (String item : REF) {
            for (int to = 0; to < REF.size(); to++) {
                List<String> p = new ArrayList<>(REF);
                p.remove(item);
                p.add(to, item);
                int home = REF.indexOf(item);
                double previous = WeightedKendallTau.distance(REF, p);
                while (p.indexOf(item) != home) {
                    int at = p.indexOf(item);
                    Collections.swap(p, at, at < home ? at + 1 : at - 1);
                    double now = WeightedKendallTau.distance(REF, p);
                    assertTrue(now < previous, p.toString());
                    previous = now;
                }
                assertEquals(0, previous, 1e-12);
            }
        }
    }

    /**
     * Taken literally, "moving any item one step towards its reference place" can raise a
     * Kendall-type distance when it passes an item that belongs above it: from c, a, b, moving b
     * towards place 2 gives c, b, a. The footrule never rises under such a move, which is why the
     * tests above state monotonicity for Kendall tau as "fixing a wrongly ordered pair".
     */
    @Test
    void literalMoveTowardsTheReferencePlace() {
        List<String> ref = List.of("a", "b", "c");
        List<String> before = List.of("c", "a", "b");
        List<String> after = List.of("c", "b", "a");
        assertTrue(KendallTauDistance.discordantPairs(ref, after) > KendallTauDistance.discordantPairs(ref, before));
        for (List<String> p : permutations(REF)) {
            for (int at = 0; at < p.size(); at++) {
                int home = REF.indexOf(p.get(at));
                if (home != at) {
                    List<String> moved = swapped(p, home < at ? at - 1 : at);
                    assertTrue(SpearmanFootrule.placesOff(REF, moved) <= SpearmanFootrule.placesOff(REF, p), p + " " + at);
                }
            }
        }
    }

    @Test
    void answersThatAreNoOrderOfTheReferenceItemsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> KendallTauDistance.discordantPairs(REF, List.of("a", "b")));
        assertThrows(IllegalArgumentException.class,
                () -> WeightedKendallTau.distance(REF, List.of("a", "a", "c", "d", "e")));
        assertThrows(IllegalArgumentException.class, () -> SpearmanFootrule.placesOff(REF, List.of("a", "b", "c", "d", "z")));
    }

    @Test
    void theComparisonNamesTheWrongPairsAndTheUnscoredOnesAndTheirSharesMakeTheDistance() {
        List<String> ref = List.of("a", "b", "c", "d");
        // c above b (wrong), d above a (wrong); the pair a-b is left unscored.
        WeightedKendallTau.Comparison comparison = WeightedKendallTau.compare(ref, List.of("c", "d", "a", "b"),
                (x, y) -> !(x.equals("a") && y.equals("b")));
        assertEquals(List.of(new WeightedKendallTau.Pair(0, 1)), comparison.unscored());
        assertEquals(List.of(new WeightedKendallTau.Pair(0, 2), new WeightedKendallTau.Pair(0, 3),
                new WeightedKendallTau.Pair(1, 2), new WeightedKendallTau.Pair(1, 3)), comparison.discordant());
        double shares = comparison.discordant().stream().mapToDouble(comparison::share).sum();
        assertEquals(comparison.distance(), shares, 1e-12);
        assertEquals(WeightedKendallTau.distance(ref, List.of("c", "d", "a", "b"),
                (x, y) -> !(x.equals("a") && y.equals("b"))), comparison.distance(), 1e-12);
    }
}
