package org.leaklab.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Answer;
import org.leaklab.model.Case;
import org.leaklab.model.ChoiceAnswer;
import org.leaklab.model.ChoiceOption;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.model.DecisionAnswer;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.model.EstimateScenario;
import org.leaklab.model.RankingAnswer;
import org.leaklab.model.RankingScenario;
import org.leaklab.model.Scenario;
import org.leaklab.scoring.ScenarioScorer;
import org.leaklab.scoring.ScoreResult;

/**
 * How long scoring one answer takes, per scenario kind of the shipped Amazon pack: warm-up, then
 * many timed calls, printed as mean and percentiles in microseconds. A plain program, not a test,
 * so a busy CI machine cannot make the build flaky. Run it with {@code bench/scoring.sh}.
 * <p>
 * "score" is {@link ScenarioScorer#score}; "score+render" also renders every explanation in
 * English and German, which is what a results view does.
 */
public final class ScoringBenchmark {
    private ScoringBenchmark() {
    }

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int warmup = Math.max(10_000, iterations / 2);
        Case amazon = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);
        ScenarioScorer scorer = new ScenarioScorer(amazon);
        Random random = new Random(2018);

        Map<String, List<Scenario>> byKind = new LinkedHashMap<>();
        for (Scenario s : amazon.scenarios()) {
            byKind.computeIfAbsent(s.getClass().getSimpleName(), k -> new ArrayList<>()).add(s);
        }
        System.out.printf(Locale.ROOT, "LeakLab scoring benchmark: %d warm-up + %d timed calls per kind, Java %s, %d cores%n",
                warmup, iterations, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-18s %-13s %9s %9s %9s %9s %9s%n", "scenario kind", "what", "mean", "p50", "p90", "p99", "max");
        double sink = 0;
        for (Map.Entry<String, List<Scenario>> kind : byKind.entrySet()) {
            List<Scenario> scenarios = kind.getValue();
            List<Answer> answers = new ArrayList<>();
            List<Scenario> askedOf = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                Scenario s = scenarios.get(i % scenarios.size());
                askedOf.add(s);
                answers.add(randomAnswer(s, scorer, random));
            }
            for (boolean render : new boolean[] {false, true}) {
                for (int i = 0; i < warmup; i++) {
                    sink += run(scorer, askedOf.get(i & 63), answers.get(i & 63), render);
                }
                long[] nanos = new long[iterations];
                for (int i = 0; i < iterations; i++) {
                    long start = System.nanoTime();
                    sink += run(scorer, askedOf.get(i & 63), answers.get(i & 63), render);
                    nanos[i] = System.nanoTime() - start;
                }
                print(kind.getKey(), render ? "score+render" : "score", nanos);
            }
        }
        System.out.printf(Locale.ROOT, "(checksum %.1f)%n", sink);
    }

    private static double run(ScenarioScorer scorer, Scenario scenario, Answer answer, boolean render) {
        ScoreResult result = scorer.score(scenario, answer);
        double sum = result.score();
        if (render) {
            sum += result.render(Locale.ENGLISH).size() + result.render(Locale.GERMAN).get(0).length();
        }
        return sum;
    }

    private static Answer randomAnswer(Scenario s, ScenarioScorer scorer, Random random) {
        if (s instanceof RankingScenario r) {
            List<String> order = new ArrayList<>(r.itemIds());
            Collections.shuffle(order, random);
            return new RankingAnswer(order);
        }
        if (s instanceof EstimateScenario e) {
            return new EstimateAnswer(Math.pow(10, random.nextDouble() * 6 - 1));
        }
        if (s instanceof ChoiceScenario c) {
            List<String> ids = c.options().stream().map(ChoiceOption::id).toList();
            if (!c.multiple()) {
                return ChoiceAnswer.of(ids.get(random.nextInt(ids.size())));
            }
            List<String> chosen = new ArrayList<>();
            ids.forEach(id -> {
                if (random.nextBoolean()) {
                    chosen.add(id);
                }
            });
            return new ChoiceAnswer(Set.copyOf(chosen));
        }
        DecisionScenario d = (DecisionScenario) s;
        List<String> path = new ArrayList<>();
        String at = d.startNodeId();
        while (d.node(at).isPresent()) {
            var options = d.node(at).get().options();
            var option = options.get(random.nextInt(options.size()));
            path.add(option.id());
            at = option.next();
        }
        return new DecisionAnswer(path);
    }

    private static void print(String kind, String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1000.0;
        System.out.printf(Locale.ROOT, "%-18s %-13s %8.2fµs %8.2fµs %8.2fµs %8.2fµs %8.1fµs%n", kind, what, mean,
                percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99), sorted[sorted.length - 1] / 1000.0);
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1000.0;
    }
}
