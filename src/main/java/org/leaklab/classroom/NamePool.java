package org.leaklab.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The words anonymous names are made of, in English and German. German adjectives agree with the
 * animal's gender without an article ("Ruhiger Otter", "Ruhige Eule", "Ruhiges Lama"), so an
 * adjective is kept as its stem and an animal with its gender. Only friendly words: any adjective
 * goes with any animal. 36 adjectives times 36 animals make 1,296 names.
 */
public final class NamePool {
    /** German grammatical gender of an animal's name, which decides the adjective's ending. */
    public enum Gender {
        MASCULINE("er"), FEMININE("e"), NEUTER("es");

        private final String ending;

        Gender(String ending) {
            this.ending = ending;
        }
    }

    /** An adjective: English, and the German stem that takes the ending. */
    public record Adjective(String en, String deStem) {
    }

    /** An animal: English, German and the German gender. */
    public record Animal(String en, String de, Gender gender) {
    }

    public static final List<Adjective> ADJECTIVES = List.of(
            new Adjective("Brave", "Mutig"), new Adjective("Calm", "Ruhig"), new Adjective("Clever", "Klug"),
            new Adjective("Cosy", "Gemütlich"), new Adjective("Curious", "Neugierig"), new Adjective("Eager", "Eifrig"),
            new Adjective("Friendly", "Freundlich"), new Adjective("Gentle", "Sanft"), new Adjective("Happy", "Fröhlich"),
            new Adjective("Jolly", "Lustig"), new Adjective("Kind", "Nett"), new Adjective("Lively", "Munter"),
            new Adjective("Lucky", "Glücklich"), new Adjective("Bright", "Hell"), new Adjective("Mighty", "Stark"),
            new Adjective("Nimble", "Flink"), new Adjective("Patient", "Geduldig"), new Adjective("Polite", "Höflich"),
            new Adjective("Proud", "Stolz"), new Adjective("Quick", "Schnell"), new Adjective("Quiet", "Leis"),
            new Adjective("Sunny", "Sonnig"), new Adjective("Swift", "Rasch"), new Adjective("Tidy", "Ordentlich"),
            new Adjective("Wise", "Weis"), new Adjective("Witty", "Witzig"), new Adjective("Bold", "Kühn"),
            new Adjective("Cheerful", "Heiter"), new Adjective("Daring", "Wagemutig"), new Adjective("Keen", "Wach"),
            new Adjective("Sleepy", "Schläfrig"), new Adjective("Fluffy", "Flauschig"), new Adjective("Golden", "Golden"),
            new Adjective("Silver", "Silbern"), new Adjective("Spotted", "Gepunktet"), new Adjective("Striped", "Gestreift"));

    public static final List<Animal> ANIMALS = List.of(
            new Animal("Fox", "Fuchs", Gender.MASCULINE), new Animal("Badger", "Dachs", Gender.MASCULINE),
            new Animal("Otter", "Otter", Gender.MASCULINE), new Animal("Hedgehog", "Igel", Gender.MASCULINE),
            new Animal("Beaver", "Biber", Gender.MASCULINE), new Animal("Lynx", "Luchs", Gender.MASCULINE),
            new Animal("Panda", "Panda", Gender.MASCULINE), new Animal("Penguin", "Pinguin", Gender.MASCULINE),
            new Animal("Koala", "Koala", Gender.MASCULINE), new Animal("Dolphin", "Delfin", Gender.MASCULINE),
            new Animal("Eagle", "Adler", Gender.MASCULINE), new Animal("Hare", "Hase", Gender.MASCULINE),
            new Animal("Moose", "Elch", Gender.MASCULINE), new Animal("Whale", "Wal", Gender.MASCULINE),
            new Animal("Crane", "Kranich", Gender.MASCULINE), new Animal("Parrot", "Papagei", Gender.MASCULINE),
            new Animal("Owl", "Eule", Gender.FEMININE), new Animal("Seal", "Robbe", Gender.FEMININE),
            new Animal("Duck", "Ente", Gender.FEMININE), new Animal("Goose", "Gans", Gender.FEMININE),
            new Animal("Cat", "Katze", Gender.FEMININE), new Animal("Mouse", "Maus", Gender.FEMININE),
            new Animal("Gull", "Möwe", Gender.FEMININE), new Animal("Turtle", "Schildkröte", Gender.FEMININE),
            new Animal("Giraffe", "Giraffe", Gender.FEMININE), new Animal("Titmouse", "Meise", Gender.FEMININE),
            new Animal("Swallow", "Schwalbe", Gender.FEMININE), new Animal("Lizard", "Eidechse", Gender.FEMININE),
            new Animal("Zebra", "Zebra", Gender.NEUTER), new Animal("Kangaroo", "Känguru", Gender.NEUTER),
            new Animal("Pony", "Pony", Gender.NEUTER), new Animal("Llama", "Lama", Gender.NEUTER),
            new Animal("Sloth", "Faultier", Gender.NEUTER), new Animal("Squirrel", "Eichhörnchen", Gender.NEUTER),
            new Animal("Meerkat", "Erdmännchen", Gender.NEUTER), new Animal("Rhino", "Nashorn", Gender.NEUTER));

    private NamePool() {
    }

    /** How many different names there are. */
    public static int size() {
        return ADJECTIVES.size() * ANIMALS.size();
    }

    /** {@code name} in German for a German locale, else in English. */
    static String render(AnonymousName name, Locale locale) {
        Adjective adjective = ADJECTIVES.get(name.adjective());
        Animal animal = ANIMALS.get(name.animal());
        if (locale != null && "de".equals(locale.getLanguage())) {
            return adjective.deStem() + animal.gender().ending + " " + animal.de();
        }
        return adjective.en() + " " + animal.en();
    }

    /**
     * A random name that is not in {@code taken}: tries at random first, then walks the pool from a
     * random start, so a nearly full room still finds the last free name.
     *
     * @return empty only when every name is taken
     */
    public static Optional<AnonymousName> draw(Random random, Set<AnonymousName> taken) {
        for (int attempt = 0; attempt < 32; attempt++) {
            AnonymousName name = new AnonymousName(random.nextInt(ADJECTIVES.size()), random.nextInt(ANIMALS.size()));
            if (!taken.contains(name)) {
                return Optional.of(name);
            }
        }
        int start = random.nextInt(size());
        for (int i = 0; i < size(); i++) {
            int at = (start + i) % size();
            AnonymousName name = new AnonymousName(at / ANIMALS.size(), at % ANIMALS.size());
            if (!taken.contains(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** Every name, for tests. */
    static List<AnonymousName> all() {
        List<AnonymousName> names = new ArrayList<>(size());
        for (int a = 0; a < ADJECTIVES.size(); a++) {
            for (int b = 0; b < ANIMALS.size(); b++) {
                names.add(new AnonymousName(a, b));
            }
        }
        return names;
    }
}
