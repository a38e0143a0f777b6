package org.leaklab.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.leaklab.model.Answer;
import org.leaklab.model.Case;
import org.leaklab.model.RankingScenario;
import org.leaklab.model.Scenario;
import org.leaklab.scoring.ScenarioScorer;
import org.leaklab.scoring.ScoreResult;

/**
 * One way through a case: the answers given so far, drafts not yet checked, and their scores.
 * Going back and forth never loses an answer; a checked answer keeps its score.
 */
public final class PlayThrough {
    private final Case caseData;
    private final ScenarioScorer scorer;
    private final Map<String, Answer> drafts = new LinkedHashMap<>();
    private final Map<String, Answer> answers = new LinkedHashMap<>();
    private final Map<String, ScoreResult> results = new LinkedHashMap<>();
    private final long seed;

    public PlayThrough(Case caseData) {
        this(new ScenarioScorer(caseData));
    }

    /** A play-through whose rankings start in an order of their own (a random seed). */
    public PlayThrough(ScenarioScorer scorer) {
        this(scorer, new java.util.SplittableRandom().nextLong());
    }

    /**
     * @param seed decides the order each ranking starts in ({@link StartingOrder}); the same seed,
     *             the same orders
     */
    public PlayThrough(ScenarioScorer scorer, long seed) {
        this.scorer = Objects.requireNonNull(scorer);
        this.caseData = scorer.caseData();
        this.seed = seed;
    }

    public Case caseData() {
        return caseData;
    }

    public ScenarioScorer scorer() {
        return scorer;
    }

    public List<Scenario> scenarios() {
        return caseData.scenarios();
    }

    /** The seed of the rankings' starting orders, to keep with the play-through. */
    public long seed() {
        return seed;
    }

    /** The order {@code ranking}'s cards start in: shuffled, the same every time for this play-through. */
    public List<String> startingOrder(RankingScenario ranking) {
        return StartingOrder.of(ranking, seed);
    }

    /** Keeps an unfinished answer, so that Back and Next do not lose it. */
    public void saveDraft(String scenarioId, Answer draft) {
        requireScenario(scenarioId);
        if (!answers.containsKey(scenarioId)) {
            drafts.put(scenarioId, Objects.requireNonNull(draft));
        }
    }

    /** The checked answer, or else the draft, if any. */
    public Optional<Answer> answerOrDraft(String scenarioId) {
        return Optional.ofNullable(answers.getOrDefault(scenarioId, drafts.get(scenarioId)));
    }

    /**
     * Checks {@code answer}: scores it and keeps answer and score. Checking again replaces
     * neither; the first checked answer counts, as in a class.
     *
     * @throws IllegalArgumentException if the scenario is not part of the case
     */
    public ScoreResult submit(String scenarioId, Answer answer) {
        Scenario scenario = requireScenario(scenarioId);
        ScoreResult existing = results.get(scenarioId);
        if (existing != null) {
            return existing;
        }
        ScoreResult result = scorer.score(scenario, answer);
        answers.put(scenarioId, answer);
        results.put(scenarioId, result);
        drafts.remove(scenarioId);
        return result;
    }

    public Optional<Answer> answer(String scenarioId) {
        return Optional.ofNullable(answers.get(scenarioId));
    }

    public Optional<ScoreResult> result(String scenarioId) {
        return Optional.ofNullable(results.get(scenarioId));
    }

    public boolean isChecked(String scenarioId) {
        return results.containsKey(scenarioId);
    }

    /** How many scenarios have a checked answer. */
    public int checkedCount() {
        return results.size();
    }

    /** The mean score over all scenarios of the case, unanswered ones counting 0, rounded. */
    public int totalScore() {
        if (scenarios().isEmpty()) {
            return 0;
        }
        double sum = results.values().stream().mapToDouble(ScoreResult::score).sum();
        return (int) Math.round(sum / scenarios().size());
    }

    /** What to keep of this play-through between starts, taken at {@code savedAt} on step {@code step}. */
    public PlayProgress progress(int step, Instant savedAt) {
        return new PlayProgress(caseData.id(), savedAt, step, answers, drafts, java.util.OptionalLong.of(seed));
    }

    /**
     * A play-through restored from {@code saved}: its answers are checked again (so their scores
     * follow the case as it is now) and its drafts kept. An answer or draft that no longer fits
     * the case (a scenario removed or changed since) is left out and named in {@link Restored#dropped()}.
     *
     * @throws IllegalArgumentException if {@code saved} belongs to another case
     */
    public static Restored restore(ScenarioScorer scorer, PlayProgress saved) {
        // The saved seed, so that a ranking not yet answered starts in the order it showed before.
        PlayThrough play = saved.seed().isPresent() ? new PlayThrough(scorer, saved.seed().getAsLong())
                : new PlayThrough(scorer);
        if (!play.caseData.id().equals(saved.caseId())) {
            throw new IllegalArgumentException("progress of case " + saved.caseId() + " does not belong to case "
                    + play.caseData.id());
        }
        List<String> dropped = new ArrayList<>();
        saved.answers().forEach((scenarioId, answer) -> {
            try {
                play.submit(scenarioId, answer);
            } catch (IllegalArgumentException e) {
                dropped.add(scenarioId);
            }
        });
        saved.drafts().forEach((scenarioId, draft) -> {
            boolean fits = play.caseData.scenario(scenarioId).map(scenario -> {
                try {
                    scorer.score(scenario, draft);
                    return true;
                } catch (IllegalArgumentException e) {
                    return false;
                }
            }).orElse(false);
            if (fits) {
                play.saveDraft(scenarioId, draft);
            } else {
                dropped.add(scenarioId);
            }
        });
        return new Restored(play, List.copyOf(dropped));
    }

    /**
     * A restored play-through.
     *
     * @param play    the play-through
     * @param dropped ids of saved scenarios whose answer or draft no longer fits the case
     */
    public record Restored(PlayThrough play, List<String> dropped) {
    }

    private Scenario requireScenario(String scenarioId) {
        return caseData.scenario(scenarioId).orElseThrow(
                () -> new IllegalArgumentException("case " + caseData.id() + " has no scenario " + scenarioId));
    }
}
