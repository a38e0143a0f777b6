package org.leaklab.ui.shell;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import org.leaklab.settings.Theme;
import org.leaklab.ui.common.Styles;

/** Controller of Shell.fxml: binds the window frame to its view model and forwards menu actions. */
public final class ShellView {
    private final ShellViewModel viewModel;
    private final Image logo;
    private final ChangeListener<Parent> contentListener = (obs, old, now) -> showContent(now);

    @FXML
    private StackPane content;
    @FXML
    private ImageView logoView;
    @FXML
    private Label headerTitle;
    @FXML
    private Button backButton;
    @FXML
    private MenuItem backItem;
    @FXML
    private Label statusMessage;
    @FXML
    private Label zoomLabel;
    @FXML
    private RadioMenuItem englishItem;
    @FXML
    private RadioMenuItem germanItem;
    @FXML
    private RadioMenuItem lightItem;
    @FXML
    private RadioMenuItem darkItem;
    @FXML
    private RadioMenuItem highContrastItem;

    public ShellView(ShellViewModel viewModel, Image logo) {
        this.viewModel = viewModel;
        this.logo = logo;
    }

    @FXML
    private void initialize() {
        logoView.setImage(logo);
        // The logo grows with the projector scale: as tall as the two header lines.
        logoView.fitHeightProperty().bind(Bindings.createDoubleBinding(
                () -> headerTitle.getFont().getSize() * 1.9, headerTitle.fontProperty()));
        backButton.visibleProperty().bind(viewModel.canGoBackProperty());
        backItem.disableProperty().bind(viewModel.canGoBackProperty().not());
        statusMessage.textProperty().bind(viewModel.statusMessageProperty());
        viewModel.statusWarningProperty().addListener((obs, old, warn) -> markWarning(warn));
        markWarning(viewModel.statusWarningProperty().get());
        zoomLabel.textProperty().bind(viewModel.zoomText());
        englishItem.setSelected(Locale.ENGLISH.equals(viewModel.getLocale()));
        germanItem.setSelected(Locale.GERMAN.equals(viewModel.getLocale()));
        lightItem.setSelected(viewModel.getTheme() == Theme.LIGHT);
        darkItem.setSelected(viewModel.getTheme() == Theme.DARK);
        highContrastItem.setSelected(viewModel.getTheme() == Theme.HIGH_CONTRAST);
        viewModel.contentProperty().addListener(contentListener);
        showContent(viewModel.contentProperty().get());
    }

    /** Detaches from the view model before a new shell (e.g. in another language) replaces this one. */
    public void dispose() {
        viewModel.contentProperty().removeListener(contentListener);
        zoomLabel.textProperty().unbind();
        content.getChildren().clear();
    }

    private void showContent(Parent page) {
        if (page == null) {
            content.getChildren().clear();
        } else {
            content.getChildren().setAll(page);
        }
    }

    private void markWarning(boolean warn) {
        statusMessage.getStyleClass().remove(Styles.STATUS_WARNING);
        if (warn) {
            statusMessage.getStyleClass().add(Styles.STATUS_WARNING);
        }
    }

    @FXML
    private void back() {
        viewModel.back();
    }

    @FXML
    private void home() {
        viewModel.home();
    }

    @FXML
    private void zoomIn() {
        viewModel.zoomIn();
    }

    @FXML
    private void zoomOut() {
        viewModel.zoomOut();
    }

    @FXML
    private void resetZoom() {
        viewModel.resetZoom();
    }

    @FXML
    private void english() {
        viewModel.selectLanguage(Locale.ENGLISH);
    }

    @FXML
    private void german() {
        viewModel.selectLanguage(Locale.GERMAN);
    }

    @FXML
    private void light() {
        viewModel.selectTheme(Theme.LIGHT);
    }

    @FXML
    private void dark() {
        viewModel.selectTheme(Theme.DARK);
    }

    @FXML
    private void highContrast() {
        viewModel.selectTheme(Theme.HIGH_CONTRAST);
    }

    @FXML
    private void about() {
        viewModel.showAbout();
    }

    @FXML
    private void shortcuts() {
        viewModel.showShortcuts();
    }

    @FXML
    private void openCasePack() {
        viewModel.openCasePack();
    }

    @FXML
    private void quit() {
        viewModel.quit();
    }

    @FXML
    private void explorer() {
        viewModel.showExplorer();
    }

    @FXML
    private void history() {
        viewModel.showHistory();
    }

    @FXML
    private void presenter() {
        viewModel.startPresenter();
    }
}
