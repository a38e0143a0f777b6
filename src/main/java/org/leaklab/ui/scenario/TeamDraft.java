package org.leaklab.ui.scenario;

import java.util.function.Supplier;
import org.leaklab.model.Answer;

/**
 * What the teacher is entering for one team in one scenario, before it is confirmed. Each kind
 * makes its own (see {@link ScenarioKind#teamDraft}); the presenter keeps the message.
 */
public interface TeamDraft {
    /** True while the draft takes the arrow keys itself (a ranking's card held); the presenter's keys wait. */
    default boolean holdsArrowKeys() {
        return false;
    }

    /** The draft read as an answer, or why it is none yet. */
    sealed interface Reading permits Answered, Missing {
    }

    /** The draft is an answer. */
    record Answered(Answer answer) implements Reading {
    }

    /** What is missing, in the current language (asked again when the language changes). */
    record Missing(Supplier<String> message) implements Reading {
    }

    /** The draft as an answer, or what is missing. */
    Reading read();

    /** Shows a recorded answer in the draft again, e.g. after an undo or when coming back to a scenario. */
    void show(Answer answer);

    /** Calls {@code edited} whenever the teacher changes the draft. */
    void onEdit(Runnable edited);
}
