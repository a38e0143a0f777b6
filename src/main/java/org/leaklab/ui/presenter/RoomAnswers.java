package org.leaklab.ui.presenter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.leaklab.classroom.ChoiceTally;
import org.leaklab.classroom.EstimateTally;
import org.leaklab.classroom.Phase;
import org.leaklab.classroom.RankingTally;
import org.leaklab.classroom.Views.QuestionStatus;
import org.leaklab.classroom.Views.RoomStatus;
import org.leaklab.model.Case;
import org.leaklab.model.ChoiceOption;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.model.EstimateScenario;
import org.leaklab.model.RankingScenario;
import org.leaklab.model.Scenario;
import org.leaklab.scoring.ScenarioScorer;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.estimate.DollarAmounts;
import org.leaklab.ui.scenario.Letters;

/**
 * What the class's devices answered, for the projector: while the question is open how many have
 * answered ("23 of 27 devices answered"), and after the reveal the class's answers beside the
 * reference: a ranking's Borda consensus with where the class put each item, an estimate's
 * histogram on the log scale with its median, a choice's share per option.
 *
 * @param title     "The class's answers"
 * @param caption   how many devices the distribution counts
 * @param bars      the bars, top to bottom (a choice's options, an estimate's price bins)
 * @param notes     lines under the bars (an estimate's median), or a ranking's consensus order with the
 *                  place the most devices gave each item
 * @param consensus for a ranking, the devices' consensus in words and scored
 */
record RoomAnswers(String title, String caption, List<Bar> bars, List<String> notes,
                   Optional<ClassConsensus> consensus) {
    RoomAnswers {
        bars = List.copyOf(bars);
        notes = List.copyOf(notes);
    }

    /**
     * One bar.
     *
     * @param label  what it counts ("A", "$100 to $300")
     * @param share  its length, 0 to 1, on one scale for all bars
     * @param value  the figure at its end ("45 % (12)")
     * @param marked whether it holds the reference (the right option, the reported figure)
     */
    record Bar(String label, double share, String value, boolean marked) {
    }

    /** "23 of 27 devices answered" while {@code scenario} is the room's question; else empty. */
    static Optional<String> answered(RoomStatus status, Scenario scenario, Localization localization) {
        return question(status, scenario)
                .map(question -> localization.get("presenter.room.answered", question.answered(),
                        Math.max(question.answered(), status.devices())));
    }

    /** The class's answers to {@code scenario} once it is revealed in the room and somebody answered. */
    static Optional<RoomAnswers> of(RoomStatus status, Scenario scenario, Case caseData, ScenarioScorer scorer,
                                    Localization localization) {
        Optional<QuestionStatus> question = question(status, scenario)
                .filter(q -> q.phase() == Phase.REVEALED && q.answered() > 0);
        if (question.isEmpty()) {
            return Optional.empty();
        }
        String title = localization.get("presenter.room.title");
        String caption = localization.get("presenter.room.caption", question.get().answered());
        return switch (question.get().tally()) {
            case ChoiceTally tally when scenario instanceof ChoiceScenario choice ->
                    Optional.of(new RoomAnswers(title, caption, choiceBars(choice, tally, localization),
                            List.of(localization.get("presenter.room.marked.choice")), Optional.empty()));
            case EstimateTally tally when scenario instanceof EstimateScenario estimate ->
                    Optional.of(new RoomAnswers(title, caption, estimateBars(estimate, tally, localization),
                            median(tally, localization), Optional.empty()));
            case RankingTally tally when scenario instanceof RankingScenario ranking ->
                    Optional.of(new RoomAnswers(title, caption, List.of(), places(ranking, tally, caseData, localization),
                            Optional.of(ClassConsensus.of(ranking, tally.consensus(), caseData, scorer, localization))));
            default -> Optional.empty(); // a story's votes are shown step by step, not as one distribution
        };
    }

    private static Optional<QuestionStatus> question(RoomStatus status, Scenario scenario) {
        return status == null ? Optional.empty()
                : status.question().filter(q -> q.scenario().id().equals(scenario.id()));
    }

    private static List<Bar> choiceBars(ChoiceScenario choice, ChoiceTally tally, Localization localization) {
        List<Bar> bars = new ArrayList<>();
        for (ChoiceTally.OptionShare share : tally.options()) {
            int index = indexOf(choice, share.optionId());
            boolean right = index >= 0 && choice.options().get(index).credit() >= 1;
            bars.add(new Bar(index >= 0 ? Letters.of(index) : share.optionId(), share.share(),
                    localization.get("presenter.room.share", share.share(), share.count()), right));
        }
        return bars;
    }

    private static int indexOf(ChoiceScenario choice, String optionId) {
        List<ChoiceOption> options = choice.options();
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).id().equals(optionId)) {
                return i;
            }
        }
        return -1;
    }

    /** The price bins from the first to the last that holds a guess or the reported figure. */
    private static List<Bar> estimateBars(EstimateScenario estimate, EstimateTally tally, Localization localization) {
        List<EstimateTally.Bin> bins = tally.bins();
        int first = bins.size();
        int last = -1;
        int most = 1;
        for (int i = 0; i < bins.size(); i++) {
            EstimateTally.Bin bin = bins.get(i);
            if (bin.count() > 0 || holdsReference(bin, estimate)) {
                first = Math.min(first, i);
                last = Math.max(last, i);
            }
            most = Math.max(most, bin.count());
        }
        Locale locale = localization.getLocale();
        List<Bar> bars = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            EstimateTally.Bin bin = bins.get(i);
            bars.add(new Bar(localization.get("presenter.answer.range", DollarAmounts.plain(edge(bin.from()), locale),
                    DollarAmounts.plain(edge(bin.to()), locale)), (double) bin.count() / most,
                    localization.get("presenter.room.count", bin.count()), holdsReference(bin, estimate)));
        }
        return bars;
    }

    /** A half-decade's edge as people say it: 3.16 is "3", 316 is "300". */
    static double edge(double dollars) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(dollars) + 1e-9));
        return Math.round(dollars / magnitude) * magnitude;
    }

    private static boolean holdsReference(EstimateTally.Bin bin, EstimateScenario estimate) {
        return bin.from() <= estimate.high() && estimate.low() < bin.to();
    }

    /** The class's median, and what the dark bars mean. */
    private static List<String> median(EstimateTally tally, Localization localization) {
        List<String> notes = new ArrayList<>();
        tally.median().ifPresent(median -> notes.add(localization.get("presenter.room.median",
                DollarAmounts.plain(median, localization.getLocale()))));
        notes.add(localization.get("presenter.room.marked.estimate"));
        return notes;
    }

    /** The consensus order, with the place the most devices gave each item: "1. Item: most often in place 2 (11 of 27)". */
    private static List<String> places(RankingScenario ranking, RankingTally tally, Case caseData,
                                       Localization localization) {
        Locale locale = localization.getLocale();
        List<String> lines = new ArrayList<>();
        List<String> order = tally.consensus().order();
        for (int rank = 0; rank < order.size(); rank++) {
            String id = order.get(rank);
            List<Integer> counts = tally.placeCounts().getOrDefault(id, List.of());
            int place = 0;
            for (int i = 1; i < counts.size(); i++) {
                if (counts.get(i) > counts.get(place)) {
                    place = i;
                }
            }
            if (counts.isEmpty()) {
                continue;
            }
            String name = caseData.item(id).map(item -> item.name().in(locale)).orElse(id);
            lines.add(localization.get("presenter.room.place", rank + 1, name, place + 1, counts.get(place),
                    tally.consensus().ballots()));
        }
        return lines;
    }
}
