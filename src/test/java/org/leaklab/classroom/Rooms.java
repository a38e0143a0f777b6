package org.leaklab.classroom;

import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Case;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.EstimateScenario;
import org.leaklab.model.RankingScenario;
import org.leaklab.model.Scenario;
import org.leaklab.scoring.ScenarioScorer;

/** Rooms over the shipped Amazon case, with a clock the test moves. */
public final class Rooms {
    public static final Case AMAZON = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);
    public static final ScenarioScorer SCORER = new ScenarioScorer(AMAZON);

    /** Nanoseconds of the fake clock. */
    public final AtomicLong now = new AtomicLong(1_000_000_000L);
    public final ClassRoom room;

    public Rooms(RoomSettings settings) {
        room = new ClassRoom(AMAZON, SCORER, settings, new SecureRandom(), now::get);
    }

    public Rooms() {
        this(RoomSettings.defaults());
    }

    public static Rooms withTeams(String... teams) {
        return new Rooms(RoomSettings.defaults().withTeams(List.of(teams)));
    }

    public static <T extends Scenario> T first(Class<T> kind) {
        return AMAZON.scenarios().stream().filter(kind::isInstance).map(kind::cast).findFirst().orElseThrow();
    }

    public static RankingScenario ranking() {
        return first(RankingScenario.class);
    }

    public static EstimateScenario estimate() {
        return first(EstimateScenario.class);
    }

    public static ChoiceScenario singleChoice() {
        return AMAZON.scenarios().stream().filter(ChoiceScenario.class::isInstance).map(ChoiceScenario.class::cast)
                .filter(c -> !c.multiple()).findFirst().orElseThrow();
    }

    public static ChoiceScenario multipleChoice() {
        return AMAZON.scenarios().stream().filter(ChoiceScenario.class::isInstance).map(ChoiceScenario.class::cast)
                .filter(ChoiceScenario::multiple).findFirst().orElseThrow();
    }

    public static DecisionScenario story() {
        return first(DecisionScenario.class);
    }

    public int seq() {
        return room.status().question().orElseThrow().seq();
    }

    public String join() {
        return room.join().token();
    }
}
