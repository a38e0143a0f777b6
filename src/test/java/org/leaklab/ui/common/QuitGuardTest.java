package org.leaklab.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The one quit path asks only while some work could not be saved, and never loses what the user keeps. */
class QuitGuardTest {
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final QuitGuard guard = new QuitGuard(dialogs, new Localization(Locale.ENGLISH));
    private final List<String> calls = new ArrayList<>();

    /** Work that is saved unless told otherwise. */
    private final class Work implements QuitGuard.UnsavedWork {
        final String name;
        String loss;
        boolean elsewhereWorks = true;

        Work(String name) {
            this.name = name;
        }

        @Override
        public void saveNow() {
            calls.add(name + " saveNow");
        }

        @Override
        public Optional<String> whatWouldBeLost() {
            return Optional.ofNullable(loss);
        }

        @Override
        public boolean saveElsewhere() {
            calls.add(name + " elsewhere");
            return elsewhereWorks;
        }
    }

    @Test
    void everythingSavedQuitsWithoutAQuestionAfterTheLastSave() {
        guard.add(new Work("progress"));
        guard.add(new Work("class"));
        assertTrue(guard.mayQuit());
        assertEquals(List.of("progress saveNow", "class saveNow"), calls);
        assertTrue(dialogs.shown.isEmpty());
    }

    @Test
    void unsavedWorkIsNamedInOneQuestionAndCancelKeepsTheAppOpen() {
        Work progress = new Work("progress");
        progress.loss = "Your answers to \u201cAmazon\u201d could not be saved.";
        Work results = new Work("class");
        results.loss = "The class session could not be saved.";
        guard.add(progress);
        guard.add(results);
        dialogs.chooseAnswer = OptionalInt.of(2);
        assertFalse(guard.mayQuit());
        assertEquals(1, dialogs.shown.size(), "one question for all of it");
        RecordingDialogs.Shown question = dialogs.shown.get(0);
        assertEquals("Quit LeakLab?", question.title());
        assertTrue(question.message().contains("\u2022 Your answers to \u201cAmazon\u201d could not be saved."), question.message());
        assertTrue(question.message().contains("\u2022 The class session could not be saved."), question.message());
        dialogs.chooseAnswer = OptionalInt.empty();
        assertFalse(guard.mayQuit(), "closing the question is no answer: stay");
    }

    @Test
    void quitWithoutSavingQuitsAndSaveElsewhereQuitsOnlyIfItWorked() {
        Work progress = new Work("progress");
        progress.loss = "lost";
        Work saved = new Work("saved");
        guard.add(progress);
        guard.add(saved);
        dialogs.chooseAnswer = OptionalInt.of(1);
        assertTrue(guard.mayQuit());
        assertFalse(calls.contains("progress elsewhere"));

        calls.clear();
        dialogs.chooseAnswer = OptionalInt.of(0);
        progress.elsewhereWorks = false;
        assertFalse(guard.mayQuit(), "cancelled or failed: stay, nothing is lost");
        assertTrue(calls.contains("progress elsewhere"));
        assertFalse(calls.contains("saved elsewhere"), "only the unsaved work is offered");
        progress.elsewhereWorks = true;
        assertTrue(guard.mayQuit());
    }
}
