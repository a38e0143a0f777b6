package org.leaklab.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.leaklab.model.RankingScenario;

/**
 * The order in which a ranking's cards first appear: shuffled, so that the start says nothing about
 * the answer (the pack's order may be close to the reference order), yet the same for the same
 * play-through, so it survives Back, Next and a language switch.
 * <p>
 * Every permutation of the items is equally likely: a draw picks permutation number
 * {@code draw mod n!}, so the draws {@code 0 .. n!-1} give each permutation exactly once, and a
 * ranking checked without moving a card scores, on average, what a random order scores. The draw of
 * a scenario mixes the play-through's seed with the scenario's id, so the rankings of one
 * play-through are shuffled independently of each other.
 */
public final class StartingOrder {
    /** Beyond this many items n! no longer fits a long; such orders are shuffled by a seeded Random. */
    private static final int MAX_NUMBERED = 20;

    private StartingOrder() {
    }

    /** The starting order of {@code scenario}'s items for the play-through or class game with {@code seed}. */
    public static List<String> of(RankingScenario scenario, long seed) {
        return permutation(scenario.itemIds(), draw(seed, scenario.id()));
    }

    /**
     * Permutation number {@code floorMod(draw, n!)} of {@code items} in lexicographic order of
     * positions (number 0 is {@code items} itself).
     */
    public static List<String> permutation(List<String> items, long draw) {
        int n = items.size();
        if (n > MAX_NUMBERED) {
            List<String> shuffled = new ArrayList<>(items);
            java.util.Collections.shuffle(shuffled, new Random(draw));
            return List.copyOf(shuffled);
        }
        long rest = Math.floorMod(draw, factorial(n));
        List<String> left = new ArrayList<>(items);
        List<String> order = new ArrayList<>(n);
        for (int i = n - 1; i >= 0; i--) {
            long block = factorial(i);
            order.add(left.remove((int) (rest / block)));
            rest %= block;
        }
        return List.copyOf(order);
    }

    /** {@code n!} for {@code 0 <= n <= 20}. */
    public static long factorial(int n) {
        if (n < 0 || n > MAX_NUMBERED) {
            throw new IllegalArgumentException("n! for n = " + n);
        }
        long result = 1;
        for (int i = 2; i <= n; i++) {
            result *= i;
        }
        return result;
    }

    /** The draw of one scenario: the seed and the id mixed (SplitMix64's finaliser), so nearby seeds differ widely. */
    static long draw(long seed, String scenarioId) {
        long z = seed ^ seedOf(scenarioId) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A seed from a text such as a class session's id: the same text always gives the same seed. */
    public static long seedOf(String text) {
        long h = 1125899906842597L;
        for (int i = 0; i < text.length(); i++) {
            h = 31 * h + text.charAt(i);
        }
        return h;
    }
}
