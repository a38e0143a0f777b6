package org.leaklab.scoring;

import java.util.List;

/**
 * Spearman's footrule: how many places, added up over all items, an answer puts items away from
 * their reference places ("places off"). Easy to explain to younger players.
 */
public final class SpearmanFootrule {
    private SpearmanFootrule() {
    }

    /** The sum over items of |answer place − reference place|. */
    public static int placesOff(List<?> reference, List<?> answer) {
        int[] positions = RankPositions.answerPositions(reference, answer);
        int total = 0;
        for (int i = 0; i < positions.length; i++) {
            total += Math.abs(positions[i] - i);
        }
        return total;
    }

    /** The largest possible footrule for {@code n} items, reached by the reversed order: ⌊n²/2⌋. */
    public static int maximum(int n) {
        return n * n / 2;
    }
}
