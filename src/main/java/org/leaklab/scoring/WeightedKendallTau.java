package org.leaklab.scoring;

import java.util.ArrayList;
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
        return compare(reference, answer, scored).distance();
    }

    /**
     * The distance and the pairs behind it, for explaining a score: which pairs the answer puts the
     * wrong way round and which were left unscored, each in reference order.
     *
     * @param scored called with two reference items, the higher-placed first
     * @throws IllegalArgumentException if the answer is not an order of exactly the reference items
     */
    public static <T> Comparison compare(List<T> reference, List<? extends T> answer,
                                         BiPredicate<? super T, ? super T> scored) {
        int[] positions = RankPositions.answerPositions(reference, answer);
        double discordantWeight = 0;
        double total = 0;
        List<Pair> discordant = new ArrayList<>();
        List<Pair> unscored = new ArrayList<>();
        for (int i = 0; i < positions.length; i++) {
            for (int j = i + 1; j < positions.length; j++) {
                if (!scored.test(reference.get(i), reference.get(j))) {
                    unscored.add(new Pair(i, j));
                    continue;
                }
                double weight = pairWeight(i, j);
                total += weight;
                if (positions[i] > positions[j]) {
                    discordantWeight += weight;
                    discordant.add(new Pair(i, j));
                }
            }
        }
        return new Comparison(total == 0 ? 0 : discordantWeight / total, total, List.copyOf(discordant),
                List.copyOf(unscored));
    }

    /** Two reference places, {@code higher} above {@code lower}. */
    public record Pair(int higher, int lower) {
        /** The pair's weight, {@link #pairWeight}. */
        public double weight() {
            return pairWeight(higher, lower);
        }
    }

    /**
     * One answer compared with the reference.
     *
     * @param distance    the normalised distance, 0 to 1
     * @param totalWeight the weight of all scored pairs
     * @param discordant  the scored pairs the answer puts the wrong way round
     * @param unscored    the pairs {@code scored} left out
     */
    public record Comparison(double distance, double totalWeight, List<Pair> discordant, List<Pair> unscored) {
        /** The part of the whole distance that {@code pair} makes up (0 if no pair is scored). */
        public double share(Pair pair) {
            return totalWeight == 0 ? 0 : pair.weight() / totalWeight;
        }
    }
}
