package org.leaklab.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Parent;

/** Every dialog goes through here: one owner, one modality, one look, and a seam for tests. */
public interface DialogService {
    /** Tells the user that something went wrong and what; the app carries on. */
    void showError(String title, String message);

    /** Shows a short piece of information. */
    void showInformation(String title, String message);

    /** Shows a view (loaded by the {@link ViewLoader}) in a dialog with a Close button. */
    void showView(String title, Parent content);

    /**
     * Asks where to save a file.
     *
     * @param title                the dialog's title
     * @param suggestedName        the file name offered
     * @param extensionDescription what the files are, e.g. "CSV table"
     * @param pattern              the file filter, e.g. {@code *.csv}
     * @return the chosen file, or empty if the user cancelled
     */
    Optional<Path> chooseSaveFile(String title, String suggestedName, String extensionDescription, String pattern);

    /**
     * Asks the user to confirm an action that cannot be undone.
     *
     * @param title       the question, short
     * @param message     what will happen
     * @param actionLabel the label of the confirming button, naming the action ("Delete")
     * @return true if the user confirmed
     */
    boolean confirm(String title, String message, String actionLabel);

    /** The answer to {@link #ask}: one of its two actions, or neither. */
    enum Choice {
        FIRST, SECOND, CANCEL
    }

    /**
     * Asks the user to choose one of two actions, or to cancel (the default button, so Enter
     * never picks an action by accident).
     *
     * @param title        the question, short
     * @param message      what is at stake
     * @param firstAction  the label of the first action, the one recommended ("Save elsewhere…")
     * @param secondAction the label of the second action ("Quit anyway")
     * @return what the user chose
     */
    default Choice ask(String title, String message, String firstAction, String secondAction) {
        // A service that cannot offer two actions offers the first one only.
        return confirm(title, message, firstAction) ? Choice.FIRST : Choice.CANCEL;
    }

    /**
     * Asks which file to open.
     *
     * @param extensionDescription what the files are, e.g. "Case packs"
     * @param pattern              the file pattern, e.g. {@code *.json}
     * @return the chosen file, or empty if the user cancelled
     */
    Optional<Path> chooseOpenFile(String title, String extensionDescription, String pattern);
}
