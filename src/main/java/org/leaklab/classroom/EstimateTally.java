package org.leaklab.classroom;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;
import org.leaklab.model.EstimateScenario;

/**
 * The class's price guesses on the app's log scale: a histogram of half-decade bins from
 * {@link EstimateScenario#MIN_GUESS} to {@link EstimateScenario#MAX_GUESS} ($1, $3.16, $10 ...
 * $10,000) and the median.
 *
 * @param bins   the bins from the lowest up; every guess falls in exactly one
 * @param median the median guess; between two middle guesses their geometric mean (the middle on
 *               the log scale); empty when nobody answered
 */
public record EstimateTally(List<Bin> bins, OptionalDouble median) implements Tally {
    /** Bins per decade of the histogram. */
    public static final int BINS_PER_DECADE = 2;

    /** One bar: guesses from {@code from} (inclusive) to {@code to} (exclusive, inclusive for the top bin). */
    public record Bin(double from, double to, int count) {
    }

    public EstimateTally {
        bins = List.copyOf(bins);
    }

    /** The tally of {@code guesses} in dollars, each already checked to lie on the scale. */
    public static EstimateTally of(Collection<Double> guesses) {
        double decades = Math.log10(EstimateScenario.MAX_GUESS / EstimateScenario.MIN_GUESS);
        int count = (int) Math.round(decades * BINS_PER_DECADE);
        int[] counts = new int[count];
        for (double guess : guesses) {
            counts[binIndex(guess, count)]++;
        }
        List<Bin> bins = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            bins.add(new Bin(edge(i), edge(i + 1), counts[i]));
        }
        return new EstimateTally(bins, median(guesses));
    }

    static int binIndex(double guess, int count) {
        double position = Math.log10(guess / EstimateScenario.MIN_GUESS) * BINS_PER_DECADE;
        // A guess a hair below an edge (3.1622776 for 10^0.5) belongs below it; rounding noise must not move it up.
        int index = (int) Math.floor(position + 1e-9);
        return Math.max(0, Math.min(count - 1, index));
    }

    private static double edge(int i) {
        return EstimateScenario.MIN_GUESS * Math.pow(10, (double) i / BINS_PER_DECADE);
    }

    /** The median on the log scale: the middle guess, or the geometric mean of the two middle ones. */
    public static OptionalDouble median(Collection<Double> guesses) {
        if (guesses.isEmpty()) {
            return OptionalDouble.empty();
        }
        double[] sorted = guesses.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return OptionalDouble.of(sorted.length % 2 == 1 ? sorted[mid] : Math.sqrt(sorted[mid - 1] * sorted[mid]));
    }

    @Override
    public int answered() {
        return bins.stream().mapToInt(Bin::count).sum();
    }
}
