package org.leaklab.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;

/** Dialogs owned by the main window, window-modal, styled like the rest of the app. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;
    private final Appearance appearance;
    private final Localization localization;
    /** The folder of the last chosen file, so the next chooser starts there. */
    private Path lastFolder;

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

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String extensionDescription,
                                         String pattern) {
        FileChooser chooser = chooser(title, extensionDescription, pattern);
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String extensionDescription, String pattern) {
        FileChooser chooser = chooser(title, extensionDescription, pattern);
        return remember(chooser.showOpenDialog(owner.get()));
    }

    private FileChooser chooser(String title, String extensionDescription, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extensionDescription, pattern));
        if (lastFolder != null && Files.isDirectory(lastFolder)) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        return chooser;
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        Path path = chosen.toPath();
        lastFolder = path.toAbsolutePath().getParent();
        return Optional.of(path);
    }

    @Override
    public boolean confirm(String title, String message, String actionLabel) {
        ButtonType action = new ButtonType(actionLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(localization.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", action, cancel);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        alert.getDialogPane().setContent(text);
        // Cancel is the default: Enter on a destructive question must not destroy anything.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(action)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        prepare(alert);
        return alert.showAndWait().filter(action::equals).isPresent();
    }

    @Override
    public Choice ask(String title, String message, String firstAction, String secondAction) {
        ButtonType first = new ButtonType(firstAction, ButtonBar.ButtonData.YES);
        ButtonType second = new ButtonType(secondAction, ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(localization.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", first, second, cancel);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        alert.getDialogPane().setContent(text);
        for (ButtonType action : java.util.List.of(first, second)) {
            ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(action)).setDefaultButton(false);
        }
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        // The recommended action first, on every platform: "Save elsewhere… | Quit anyway | Cancel".
        if (alert.getDialogPane().lookup(".button-bar") instanceof ButtonBar bar) {
            bar.setButtonOrder("+YNC");
        }
        prepare(alert);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.filter(first::equals).isPresent()) {
            return Choice.FIRST;
        }
        return answer.filter(second::equals).isPresent() ? Choice.SECOND : Choice.CANCEL;
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
