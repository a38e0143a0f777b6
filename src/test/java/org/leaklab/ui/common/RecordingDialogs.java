package org.leaklab.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Parent;

/** A dialog service for tests: records what would be shown and answers file choosers as told. */
public final class RecordingDialogs implements DialogService {
    /** One dialog that would have been shown. */
    public record Shown(String kind, String title, String message) {
    }

    public final List<Shown> shown = new ArrayList<>();
    public final List<Parent> views = new ArrayList<>();
    /** What the next file chooser returns; empty means the user cancels. */
    public Optional<Path> nextFile = Optional.empty();
    /** The last chooser's suggested file name. */
    public String suggestedName;
    /** What the next confirmation returns. */
    public boolean confirmAnswer;
    /** What the next two-way question returns. */
    public Choice askAnswer = Choice.CANCEL;

    @Override
    public void showError(String title, String message) {
        shown.add(new Shown("error", title, message));
    }

    @Override
    public void showInformation(String title, String message) {
        shown.add(new Shown("information", title, message));
    }

    @Override
    public void showView(String title, Parent content) {
        shown.add(new Shown("view", title, ""));
        views.add(content);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String extensionDescription,
                                         String pattern) {
        this.suggestedName = suggestedName;
        return nextFile;
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String extensionDescription, String pattern) {
        return nextFile;
    }

    @Override
    public boolean confirm(String title, String message, String actionLabel) {
        shown.add(new Shown("confirm", title, message));
        return confirmAnswer;
    }

    @Override
    public Choice ask(String title, String message, String firstAction, String secondAction) {
        shown.add(new Shown("ask", title, message));
        return askAnswer;
    }
}
