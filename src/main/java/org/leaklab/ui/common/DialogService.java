package org.leaklab.ui.common;

import javafx.scene.Parent;

/** Every dialog goes through here: one owner, one modality, one look, and a seam for tests. */
public interface DialogService {
    /** Tells the user that something went wrong and what; the app carries on. */
    void showError(String title, String message);

    /** Shows a short piece of information. */
    void showInformation(String title, String message);

    /** Shows a view (loaded by the {@link ViewLoader}) in a dialog with a Close button. */
    void showView(String title, Parent content);
}
