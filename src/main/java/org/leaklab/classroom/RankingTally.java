package org.leaklab.classroom;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leaklab.model.RankingAnswer;
import org.leaklab.model.RankingScenario;
import org.leaklab.scoring.BordaConsensus;

/**
 * The class's rankings: their Borda consensus (the app's own {@link BordaConsensus}) and, per item,
 * how many devices put it at each place and its mean place.
 *
 * @param consensus   the Borda consensus of every valid ranking
 * @param placeCounts per item (in the scenario's order): devices that put it at place 1, 2, ...
 * @param meanPlace   per item: its average place, 1 being the top; 0 when nobody answered
 */
public record RankingTally(BordaConsensus consensus, Map<String, List<Integer>> placeCounts,
                           Map<String, Double> meanPlace) implements Tally {
    public RankingTally {
        placeCounts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(placeCounts));
        meanPlace = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(meanPlace));
    }

    /** The tally of {@code rankings}, which the room has already checked to be orders of the items. */
    public static RankingTally of(RankingScenario scenario, Collection<RankingAnswer> rankings) {
        List<String> items = scenario.itemIds();
        int n = items.size();
        Map<String, int[]> counts = new LinkedHashMap<>();
        items.forEach(item -> counts.put(item, new int[n]));
        for (RankingAnswer ranking : rankings) {
            List<String> order = ranking.itemIds();
            for (int place = 0; place < order.size(); place++) {
                int[] row = counts.get(order.get(place));
                if (row != null && order.size() == n) {
                    row[place]++;
                }
            }
        }
        Map<String, List<Integer>> places = new LinkedHashMap<>();
        Map<String, Double> mean = new LinkedHashMap<>();
        counts.forEach((item, row) -> {
            places.put(item, java.util.Arrays.stream(row).boxed().toList());
            int total = 0;
            long weighted = 0;
            for (int place = 0; place < n; place++) {
                total += row[place];
                weighted += (long) row[place] * (place + 1);
            }
            mean.put(item, total == 0 ? 0 : (double) weighted / total);
        });
        return new RankingTally(BordaConsensus.of(scenario, rankings), places, mean);
    }

    @Override
    public int answered() {
        return consensus.ballots();
    }
}
