package org.leaklab.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The name pool: enough names, distinct in both languages, German endings that agree, a full room handled. */
class NamePoolTest {
    @Test
    void thereAreAtLeastAThousandDistinctNamesInEachLanguage() {
        assertTrue(NamePool.size() >= 1000, "only " + NamePool.size());
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
            Set<String> names = new HashSet<>();
            NamePool.all().forEach(n -> names.add(n.in(locale)));
            assertEquals(NamePool.size(), names.size(), "names that read the same in " + locale);
        }
    }

    @Test
    void germanAdjectivesAgreeWithTheAnimal() {
        int calm = NamePool.ADJECTIVES.indexOf(new NamePool.Adjective("Calm", "Ruhig"));
        assertEquals("Ruhiger Fuchs", new AnonymousName(calm, index("Fox")).in(Locale.GERMAN));
        assertEquals("Ruhige Eule", new AnonymousName(calm, index("Owl")).in(Locale.GERMAN));
        assertEquals("Ruhiges Lama", new AnonymousName(calm, index("Llama")).in(Locale.GERMAN));
        assertEquals("Calm Llama", new AnonymousName(calm, index("Llama")).in(Locale.ENGLISH));
    }

    @Test
    void namesAreLettersAndSpacesOnly() {
        for (AnonymousName name : NamePool.all()) {
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
                String text = name.in(locale);
                assertTrue(text.chars().allMatch(c -> Character.isLetter(c) || c == ' '), text);
            }
        }
    }

    @Test
    void aNearlyFullRoomStillFindsTheLastFreeNameAndAFullOneNone() {
        Set<AnonymousName> taken = new HashSet<>(NamePool.all());
        AnonymousName last = new AnonymousName(3, 7);
        taken.remove(last);
        assertEquals(last, NamePool.draw(new Random(1), taken).orElseThrow());
        taken.add(last);
        assertTrue(NamePool.draw(new Random(1), taken).isEmpty());
    }

    private static int index(String animal) {
        for (int i = 0; i < NamePool.ANIMALS.size(); i++) {
            if (NamePool.ANIMALS.get(i).en().equals(animal)) {
                return i;
            }
        }
        throw new IllegalArgumentException(animal);
    }
}
