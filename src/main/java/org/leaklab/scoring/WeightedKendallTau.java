package org.leaklab.scoring;

import java.util.List;
import java.util.function.BiPredicate;

/**
 * A position-weighted Kendall tau distance in the spirit of Vigna (2015), "A weighted correlation
 * index for rankings with ties": every pair of items has the weight {@code w(i) + w(j)}, where
 * {@code i} and {@code j} are the pair's places in the reference order and {@code w(r) = 1/(r+1)}
 * is the hyperbolic weight. The distance is the weight of the pairs the answer puts the wrong way
 * round, divided by the weight of all scored pairs: 0 for the reference order, 1 for the reversed
 * one. Swapping the top two items costs more than swapping the bottom two, so mistakes about the
 * most valuable items count most. Weights depend on reference places only, so correcting one
 * wrongly ordered pair always lowers the distance by exactly that pair's weight.
 */
public final class WeightedKendallTau {
    private WeightedKendallTau() {
    }

    /** Hyperbolic weight of the reference place {@code rank} (0 = top). */
    public static double positionWeight(int rank) {
        return 1.0 / (rank + 1);
    }

    /** Weight of the pair at reference places {@code i} and {@code j}. */
    public static double pairWeight(int i, int j) {
        return positionWeight(i) + positionWeight(j);
    }

    /** The normalised distance, every pair scored. */
    public static <T> double distance(List<T> reference, List<? extends T> answer) {
        return distance(reference, answer, (a, b) -> true);
    }

    /**
     * The normalised distance, scoring only the pairs for which {@code scored} holds (for example
     * leaving out items the value model values equally). 0 if no pair is scored.
     *
     * @param scored called with two reference items, the higher-placed first
     */
    public static <T> double distance(List<T> reference, List<? extends T> answer, BiPredicate<? super T, ? super T> scored) {
        int[] positions = RankPositions.answerPositions(reference, answer);
        double discordant = 0;
        double total = 0;
        for (int i = 0; i < positions.length; i++) {
            for (int j = i + 1; j < positions.length; j++) {
                if (!scored.test(reference.get(i), reference.get(j))) {
                    continue;
                }
                double weight = pairWeight(i, j);
                total += weight;
                if (positions[i] > positions[j]) {
                    discordant += weight;
                }
            }
        }
        return total == 0 ? 0 : discordant / total;
    }
}
