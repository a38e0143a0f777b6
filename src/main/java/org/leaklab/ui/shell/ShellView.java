package org.leaklab.ui.shell;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import org.leaklab.ui.common.Styles;

/** Controller of Shell.fxml: binds the window frame (menu bar, header, content, status line) to its view model. */
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
    private Label headerTagline;
    @FXML
    private Button backButton;
    @FXML
    private Label statusMessage;
    @FXML
    private Label zoomLabel;
    @FXML
    private Menu fileMenu;
    @FXML
    private Menu viewMenu;
    @FXML
    private Menu helpMenu;

    public ShellView(ShellViewModel viewModel, Image logo) {
        this.viewModel = viewModel;
        this.logo = logo;
    }

    @FXML
    private void initialize() {
        logoView.setImage(logo);
        // The logo grows with the projector scale: as tall as the two header lines.
        javafx.beans.binding.BooleanBinding compact = viewModel.compactHeader();
        logoView.fitHeightProperty().bind(Bindings.createDoubleBinding(
                () -> headerTitle.getFont().getSize() * (compact.get() ? 1.3 : 1.9), headerTitle.fontProperty(), compact));
        headerTagline.visibleProperty().bind(compact.not());
        headerTagline.managedProperty().bind(headerTagline.visibleProperty());
        backButton.visibleProperty().bind(viewModel.canGoBackProperty());
        statusMessage.textProperty().bind(viewModel.statusMessageProperty());
        viewModel.statusWarningProperty().addListener((obs, old, warn) -> markWarning(warn));
        markWarning(viewModel.statusWarningProperty().get());
        zoomLabel.textProperty().bind(viewModel.zoomText());
        viewModel.contentProperty().addListener(contentListener);
        showContent(viewModel.contentProperty().get());
    }

    /** True once the menus have their items. */
    public boolean hasMenuItems() {
        return !fileMenu.getItems().isEmpty();
    }

    /**
     * Gives the File, View and Help menus their items, from ShellMenus.fxml: the menu bar of the
     * first frame shows only the menus' titles, the items come right after it. The menu bar
     * registers the items' shortcuts as they arrive.
     */
    public void fillMenus(ShellMenusView menus) {
        List<List<MenuItem>> items = menus.items();
        List<Menu> targets = List.of(fileMenu, viewMenu, helpMenu);
        for (int i = 0; i < targets.size(); i++) {
            List<MenuItem> moved = List.copyOf(items.get(i));
            items.get(i).clear(); // an item belongs to one menu at a time
            targets.get(i).getItems().setAll(moved);
        }
    }

    /** Detaches from the view model before a new shell (e.g. in another language) replaces this one. */
    public void dispose() {
        viewModel.contentProperty().removeListener(contentListener);
        zoomLabel.textProperty().unbind();
        headerTagline.visibleProperty().unbind();
        logoView.fitHeightProperty().unbind();
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
}
