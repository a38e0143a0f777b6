package org.leaklab.ui.testing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.scene.Parent;
import org.leaklab.ui.common.DialogService;

/** A dialog service whose answers a test scripts in advance and whose questions it records. */
public final class ScriptedDialogs implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> confirmations = new ArrayList<>();
    public final List<String> suggestedNames = new ArrayList<>();
    public final Deque<Optional<Path>> saveAnswers = new ArrayDeque<>();
    public final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    public final List<String> questions = new ArrayList<>();
    public final Deque<Choice> askAnswers = new ArrayDeque<>();

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInformation(String title, String message) {
    }

    @Override
    public void showView(String title, Parent content) {
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String extensionDescription,
                                         String pattern) {
        suggestedNames.add(suggestedName);
        return saveAnswers.isEmpty() ? Optional.empty() : saveAnswers.pop();
    }

    @Override
    public boolean confirm(String title, String message, String actionLabel) {
        confirmations.add(title + " " + message);
        return !confirmAnswers.isEmpty() && confirmAnswers.pop();
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String extensionDescription, String pattern) {
        return Optional.empty();
    }

    @Override
    public Choice ask(String title, String message, String firstAction, String secondAction) {
        questions.add(title + " " + message);
        return askAnswers.isEmpty() ? Choice.CANCEL : askAnswers.pop();
    }
}
