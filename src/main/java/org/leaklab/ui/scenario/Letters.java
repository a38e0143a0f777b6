package org.leaklab.ui.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.leaklab.model.LocalizedText;

/** The letters options go by on the projector, the toggles and the answers in words: A, B, C ... */
public final class Letters {
    private Letters() {
    }

    /** The letter of the option at {@code index} (0 is "A"). */
    public static String of(int index) {
        return String.valueOf((char) ('A' + index));
    }

    /** "A  text", "B  text", ... in {@code locale}. */
    public static List<String> lettered(List<LocalizedText> texts, Locale locale) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            lines.add(of(i) + "  " + texts.get(i).in(locale));
        }
        return lines;
    }
}
