package org.leaklab.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.leaklab.content.CasePackLoader;
import org.leaklab.model.Case;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.EstimateScenario;
import org.leaklab.model.RankingScenario;

/**
 * The minimal test case: items i1..i4 score gain 5/4/3/1 and harm 1/2/3/5. For "buyer" (gain × 1)
 * the reference order is i1, i2, i3, i4; for "victim" (harm × 0.8 + gain × 0.2) it is reversed.
 */
final class Fixtures {
    private Fixtures() {
    }

    static Case minimal() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/org/leaklab/content/minimal-pack.json")) {
            return new CasePackLoader().load("minimal-pack.json", in).caseData().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RankingScenario ranking(Case c) {
        return (RankingScenario) c.scenario("rank").orElseThrow();
    }

    static EstimateScenario estimate(Case c) {
        return (EstimateScenario) c.scenario("guess").orElseThrow();
    }

    static DecisionScenario decision(Case c) {
        return (DecisionScenario) c.scenario("story").orElseThrow();
    }
}
