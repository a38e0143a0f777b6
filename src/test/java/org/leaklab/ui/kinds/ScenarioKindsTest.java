package org.leaklab.ui.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Scenario;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.scenario.ScenarioKind;
import org.junit.jupiter.api.Test;

/** The registry gives every scenario its own kind, from that kind's package. */
class ScenarioKindsTest {
    /** The scenarios of every built-in case: each kind of scenario is played in one of them. */
    private static Stream<Scenario> builtInScenarios() {
        return CaseLibrary.builtIn().cases().stream().flatMap(caseData -> caseData.scenarios().stream());
    }

    @Test
    void everyKindOfScenarioHasAKindOfItsOwn() {
        Map<Class<?>, Class<?>> kindOf = new HashMap<>();
        builtInScenarios().forEach(scenario -> {
            ScenarioKind<?> kind = ScenarioKinds.of(scenario);
            assertSame(scenario, kind.scenario(), "the kind is for the scenario asked about");
            kindOf.merge(scenario.getClass(), kind.getClass(), (was, now) -> {
                assertSame(was, now, "one kind for every " + scenario.getClass().getSimpleName());
                return was;
            });
        });
        Set<Class<?>> family = Set.of(Scenario.class.getPermittedSubclasses());
        assertEquals(family, kindOf.keySet(), "the built-in cases play every kind of scenario");
        for (Map.Entry<Class<?>, Class<?>> entry : kindOf.entrySet()) {
            // RankingScenario -> org.leaklab.ui.ranking.RankingKind, and so on.
            String name = entry.getKey().getSimpleName().replace("Scenario", "");
            assertEquals("org.leaklab.ui." + name.toLowerCase(Locale.ROOT) + "." + name + "Kind",
                    entry.getValue().getName());
        }
        assertEquals(family.size(), Set.copyOf(kindOf.values()).size(), "no two kinds of scenario share a kind");
    }

    @Test
    void everyKindHasANameOfItsOwn() {
        Set<String> keys = builtInScenarios().map(scenario -> ScenarioKinds.of(scenario).nameKey())
                .collect(Collectors.toSet());
        assertEquals(Scenario.class.getPermittedSubclasses().length, keys.size());
        var bundle = new Localization(Locale.ENGLISH).bundle();
        for (String key : keys) {
            assertTrue(bundle.containsKey(key), key);
        }
    }
}
