package org.leaklab.ui.common;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.stage.Modality;
import javafx.stage.Window;

/** Dialogs owned by the main window, window-modal, styled like the rest of the app. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;
    private final Appearance appearance;
    private final Localization localization;

    public FxDialogService(Supplier<Window> owner, Appearance appearance, Localization localization) {
        this.owner = Objects.requireNonNull(owner);
        this.appearance = Objects.requireNonNull(appearance);
        this.localization = Objects.requireNonNull(localization);
    }

    @Override
    public void showError(String title, String message) {
        showAlert(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showInformation(String title, String message) {
        showAlert(Alert.AlertType.INFORMATION, title, message);
    }

    @Override
    public void showView(String title, Parent content) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(closeButton());
        prepare(dialog);
        dialog.showAndWait();
    }

    private void showAlert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, "", closeButton());
        alert.setTitle(title);
        alert.setHeaderText(title);
        // A label that wraps, so long paths and JSON paths are never cut off.
        Label text = new Label(message);
        text.setWrapText(true);
        alert.getDialogPane().setContent(text);
        prepare(alert);
        alert.showAndWait();
    }

    private ButtonType closeButton() {
        return new ButtonType(localization.get("dialog.close"), ButtonType.CLOSE.getButtonData());
    }

    private void prepare(Dialog<?> dialog) {
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setResizable(true);
        dialog.getDialogPane().getStyleClass().add(Styles.DIALOG);
        appearance.applyTo(dialog.getDialogPane().getScene());
    }
}
