package org.leaklab.ui.shell;

import java.util.List;
import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.leaklab.settings.Theme;
import org.leaklab.ui.common.ZoomKey;
import javafx.event.ActionEvent;

/**
 * Controller of ShellMenus.fxml: the items of the shell's File, View and Help menus. It binds
 * them to the shell's view model and forwards their actions; {@link ShellView#fillMenus} moves
 * them into the menu bar.
 */
public final class ShellMenusView {
    private final ShellViewModel viewModel;
    /** Keep the radio items in step when the theme changes elsewhere (the start page's buttons). */
    private final ChangeListener<Theme> themeFollower = (obs, old, now) -> showTheme(now);

    @FXML
    private Menu file;
    @FXML
    private Menu view;
    @FXML
    private Menu help;
    @FXML
    private MenuItem backItem;
    @FXML
    private Menu languageMenu;
    @FXML
    private ToggleGroup languageGroup;
    @FXML
    private MenuItem zoomInItem;
    @FXML
    private MenuItem zoomOutItem;
    @FXML
    private MenuItem resetZoomItem;
    @FXML
    private RadioMenuItem lightItem;
    @FXML
    private RadioMenuItem darkItem;
    @FXML
    private RadioMenuItem highContrastItem;

    public ShellMenusView(ShellViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        backItem.disableProperty().bind(viewModel.canGoBackProperty().not());
        // The shell, menus included, is built again in the new language when it changes.
        for (Locale language : viewModel.languages()) {
            RadioMenuItem item = new RadioMenuItem(viewModel.languageName(language));
            item.setId(language.getLanguage() + "LanguageItem");
            item.setToggleGroup(languageGroup);
            item.setSelected(language.equals(viewModel.getLocale()));
            item.setOnAction(event -> viewModel.selectLanguage(language));
            languageMenu.getItems().add(item);
        }
        zoomInItem.setAccelerator(ZoomKey.IN.accelerator());
        zoomOutItem.setAccelerator(ZoomKey.OUT.accelerator());
        resetZoomItem.setAccelerator(ZoomKey.RESET.accelerator());
        showTheme(viewModel.getTheme());
        viewModel.themeProperty().addListener(new WeakChangeListener<>(themeFollower));
    }

    /** The items of the File, View and Help menus, in this order. */
    List<List<MenuItem>> items() {
        return List.of(file.getItems(), view.getItems(), help.getItems());
    }

    private void showTheme(Theme theme) {
        lightItem.setSelected(theme == Theme.LIGHT);
        darkItem.setSelected(theme == Theme.DARK);
        highContrastItem.setSelected(theme == Theme.HIGH_CONTRAST);
    }

    @FXML
    private void back() {
        viewModel.back();
    }

    @FXML
    private void home() {
        viewModel.home();
    }

    /** The View menu's zoom items; each names its {@link ZoomKey} in its user data. */
    @FXML
    private void zoom(ActionEvent event) {
        viewModel.zoom(ZoomKey.of(((MenuItem) event.getSource()).getUserData()));
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
    private void guide() {
        viewModel.showTeacherGuide();
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

    @FXML
    private void lessonPlan() {
        viewModel.showLessonPlan();
    }
}
