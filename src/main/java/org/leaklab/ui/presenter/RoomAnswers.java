package org.leaklab.ui.presenter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.leaklab.classroom.ChoiceTally;
import org.leaklab.classroom.EstimateTally;
import org.leaklab.classroom.Phase;
import org.leaklab.classroom.RankingTally;
import org.leaklab.classroom.StoryTally;
import org.leaklab.classroom.Views.QuestionStatus;
import org.leaklab.classroom.Views.RoomStatus;
import org.leaklab.model.Case;
import org.leaklab.model.ChoiceOption;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.model.DecisionNode;
import org.leaklab.model.DecisionOption;
import org.leaklab.model.DecisionScenario;
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
                   Optional<ClassConsensus> consensus, List<StoryGroup> story) {
    RoomAnswers {
        bars = List.copyOf(bars);
        notes = List.copyOf(notes);
        story = List.copyOf(story);
    }

    RoomAnswers(String title, String caption, List<Bar> bars, List<String> notes, Optional<ClassConsensus> consensus) {
        this(title, caption, bars, notes, consensus, List.of());
    }

    /**
     * A decision story's step for one group (the class, or a team) as the devices vote on it.
     *
     * @param group   "The class" or the team's name
     * @param node    the decision it votes on, or the ending it reached
     * @param options its options, numbered as the teacher's keys break a tie; after the step's
     *                count each with its votes, the one chosen marked
     * @param outcome after the count: what the way the majority chose leads to, or the tie to break
     */
    record StoryGroup(String group, String node, List<Bar> options, Optional<String> outcome) {
        StoryGroup {
            options = List.copyOf(options);
        }
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

    /** Whether {@code scenario} is the room's question. */
    static boolean asks(RoomStatus status, Scenario scenario) {
        return question(status, scenario).isPresent();
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
                    Optional.of(new RoomAnswers(title, caption, List.of(), places(tally, caseData, localization),
                            Optional.of(ClassConsensus.of(ranking, tally.consensus(), caseData, scorer, localization))));
            default -> Optional.empty();
        };
    }

    /**
     * While the devices vote on {@code story} step by step: each group's decision and, once the
     * step is counted, its votes ({@code beforeCount}: the step's tally just before it was counted)
     * and what the majority (or the teacher) chose. {@code teams}: the room's team names.
     */
    static Optional<RoomAnswers> story(RoomStatus status, Optional<StoryTally> beforeCount, DecisionScenario story,
                                       List<String> teams, Localization localization) {
        Optional<QuestionStatus> question = question(status, story).filter(q -> q.tally() instanceof StoryTally);
        if (question.isEmpty()) {
            return Optional.empty();
        }
        Locale locale = localization.getLocale();
        StoryTally tally = (StoryTally) question.get().tally();
        // Once counted, each group has moved on: its votes are those of the step as it was counted.
        boolean counted = question.get().phase() != Phase.OPEN && beforeCount.filter(t -> t.step() == tally.step()).isPresent();
        StoryTally shown = counted ? beforeCount.get() : tally;
        List<StoryGroup> groups = new ArrayList<>();
        for (StoryTally.GroupStep line : shown.groups()) {
            String group = line.group().team() >= 0 && line.group().team() < teams.size()
                    ? teams.get(line.group().team()) : localization.get("presenter.room.story.class");
            Optional<DecisionNode> node = story.node(line.nodeId());
            if (node.isEmpty()) {
                String ending = story.endState(line.nodeId()).map(e -> e.title().in(locale)).orElse(line.nodeId());
                groups.add(new StoryGroup(group, localization.get("presenter.room.story.ended", ending), List.of(),
                        Optional.empty()));
                continue;
            }
            Optional<StoryTally.GroupStep> now = tally.groups().stream().filter(g -> g.group().equals(line.group())).findFirst();
            String chosen = counted && now.isPresent() && now.get().path().size() >= shown.step()
                    ? now.get().path().get(shown.step() - 1) : null;
            int most = Math.max(1, line.votes().values().stream().mapToInt(Integer::intValue).max().orElse(0));
            List<Bar> options = new ArrayList<>();
            List<DecisionOption> branches = node.get().options();
            for (int i = 0; i < branches.size(); i++) {
                DecisionOption option = branches.get(i);
                int votes = line.votes().getOrDefault(option.id(), 0);
                options.add(new Bar(localization.get("presenter.room.story.option", i + 1, option.text().in(locale)),
                        counted ? (double) votes / most : 0, counted ? localization.get("presenter.room.count", votes) : "",
                        option.id().equals(chosen)));
            }
            // What the chosen way leads to, as the phones show it.
            Optional<String> outcome = branches.stream().filter(o -> o.id().equals(chosen)).findFirst()
                    .map(o -> o.consequence().in(locale)).filter(text -> !text.isBlank());
            if (counted && now.isPresent() && now.get().ended()) {
                String ending = story.endState(now.get().nodeId()).map(e -> e.title().in(locale)).orElse(now.get().nodeId());
                String reached = localization.get("presenter.room.story.ended", ending);
                outcome = Optional.of(outcome.map(text -> text + " " + reached).orElse(reached));
            }
            if (counted && question.get().ties().contains(line.group()) && now.isPresent()) {
                List<String> numbers = new ArrayList<>();
                for (int i = 0; i < branches.size(); i++) {
                    if (now.get().majority().tied().contains(branches.get(i).id())) {
                        numbers.add(Integer.toString(i + 1));
                    }
                }
                outcome = Optional.of(localization.get("presenter.room.story.tie", String.join(", ", numbers)));
            }
            groups.add(new StoryGroup(group, node.get().text().in(locale), options, outcome));
        }
        String caption = question.get().finished() && !counted ? localization.get("presenter.room.story.done")
                : localization.get("presenter.room.story.caption", shown.step(), shown.answered(),
                Math.max(shown.answered(), status.devices()));
        return Optional.of(new RoomAnswers(localization.get("presenter.room.story.title"), caption, List.of(), List.of(),
                Optional.empty(), groups));
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
    private static List<String> places(RankingTally tally, Case caseData, Localization localization) {
        Locale locale = localization.getLocale();
        List<String> lines = new ArrayList<>();
        List<String> order = tally.consensus().order();
        for (int rank = 0; rank < order.size(); rank++) {
            String id = order.get(rank);
            List<Integer> counts = tally.placeCounts().getOrDefault(id, List.of());
            if (counts.isEmpty()) {
                continue;
            }
            int place = 0;
            for (int i = 1; i < counts.size(); i++) {
                if (counts.get(i) > counts.get(place)) {
                    place = i;
                }
            }
            String name = caseData.item(id).map(item -> item.name().in(locale)).orElse(id);
            lines.add(localization.get("presenter.room.place", rank + 1, name, place + 1, counts.get(place),
                    tally.consensus().ballots()));
        }
        return lines;
    }
}
