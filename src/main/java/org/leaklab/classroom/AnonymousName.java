package org.leaklab.classroom;

import java.util.Locale;
import org.leaklab.i18n.Localizable;

/**
 * A device's name in the room: an adjective and an animal drawn by the server, never typed by a
 * student, so a name can carry neither personal data nor markup. Kept as two indexes into the
 * {@link NamePool} and rendered in whichever language the viewer uses ("Calm Otter", "Ruhiger Otter").
 *
 * @param adjective index into {@link NamePool#ADJECTIVES}
 * @param animal    index into {@link NamePool#ANIMALS}
 */
public record AnonymousName(int adjective, int animal) implements Localizable {
    public AnonymousName {
        if (adjective < 0 || adjective >= NamePool.ADJECTIVES.size() || animal < 0 || animal >= NamePool.ANIMALS.size()) {
            throw new IllegalArgumentException("no such name: " + adjective + "/" + animal);
        }
    }

    @Override
    public String in(Locale locale) {
        return NamePool.render(this, locale);
    }

    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }
}
