package org.leaklab.scoring;

import java.util.List;

/**
 * The plain Kendall tau distance: the number of pairs two orders of the same items put the other
 * way round. 0 for the same order, {@code n(n-1)/2} for the reversed one.
 */
public final class KendallTauDistance {
    private KendallTauDistance() {
    }

    /** The number of discordant pairs between {@code reference} and {@code answer}. */
    public static int discordantPairs(List<?> reference, List<?> answer) {
        int[] positions = RankPositions.answerPositions(reference, answer);
        int discordant = 0;
        for (int i = 0; i < positions.length; i++) {
            for (int j = i + 1; j < positions.length; j++) {
                if (positions[i] > positions[j]) {
                    discordant++;
                }
            }
        }
        return discordant;
    }

    /** The number of pairs among {@code n} items. */
    public static int pairs(int n) {
        return n * (n - 1) / 2;
    }

    /** The distance normalised to 0 (same order) .. 1 (reversed); 0 for fewer than two items. */
    public static double normalized(List<?> reference, List<?> answer) {
        int pairs = pairs(reference.size());
        return pairs == 0 ? 0 : (double) discordantPairs(reference, answer) / pairs;
    }
}
