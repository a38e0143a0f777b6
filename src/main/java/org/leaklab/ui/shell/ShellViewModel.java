package org.leaklab.ui.shell;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Parent;
import org.leaklab.settings.Theme;
import org.leaklab.ui.common.Appearance;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.Navigator;
import org.leaklab.ui.common.StatusMessages;
import org.leaklab.ui.common.ZoomKey;

/** State and actions of the main window around the pages: menus, header, status line. */
public final class ShellViewModel {
    /** The places the shell's menus lead to, provided by the app's wiring. */
    public interface Routes {
        void showAbout();

        void showShortcuts();

        /** Help &gt; Teacher's guide: the guide in the current language, printable. */
        void showTeacherGuide();

        /** File &gt; Open case pack: choose a pack file and load it. */
        void openCasePack();

        void quit();

        /** The what-if explorer of the current (or built-in) case. */
        void showExplorer();

        /** The saved class sessions. */
        void showHistory();

        /** Presenter mode for the current (or built-in) case, full screen. */
        void startPresenter();

        /** View &gt; Lesson plan: which scenarios the current (or built-in) case plays. */
        void showLessonPlan();
    }

    private final Navigator navigator;
    private final Localization localization;
    private final Appearance appearance;
    private final StatusMessages status;
    private final Routes routes;

    public ShellViewModel(Navigator navigator, Localization localization, Appearance appearance,
                          StatusMessages status, Routes routes) {
        this.navigator = Objects.requireNonNull(navigator);
        this.localization = Objects.requireNonNull(localization);
        this.appearance = Objects.requireNonNull(appearance);
        this.status = Objects.requireNonNull(status);
        this.routes = Objects.requireNonNull(routes);
    }

    public ReadOnlyObjectProperty<Parent> contentProperty() {
        return navigator.contentProperty();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return navigator.canGoBackProperty();
    }

    public ReadOnlyStringProperty statusMessageProperty() {
        return status.messageProperty();
    }

    public ReadOnlyBooleanProperty statusWarningProperty() {
        return status.warningProperty();
    }

    /**
     * True at the largest text sizes ({@link Appearance#LARGE_TEXT_FROM}), where the header shows the
     * app's name without its tagline and a smaller logo, to leave the page the room.
     */
    public javafx.beans.binding.BooleanBinding compactHeader() {
        return Bindings.createBooleanBinding(appearance::isLargeText, appearance.scaleProperty());
    }

    /** "Text size 150 %", following the scale. */
    public StringBinding zoomText() {
        return Bindings.createStringBinding(
                () -> localization.get("status.zoom", Math.round(appearance.getScale() * 100)),
                appearance.scaleProperty());
    }

    public Locale getLocale() {
        return localization.getLocale();
    }

    public Theme getTheme() {
        return appearance.getTheme();
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return appearance.themeProperty();
    }

    public void back() {
        navigator.back();
    }

    public void home() {
        navigator.home();
    }

    /** One of the zoom keys or buttons: larger, smaller, 100 %. */
    public void zoom(ZoomKey key) {
        key.applyTo(appearance);
    }

    /** The languages of the View menu. */
    public List<Locale> languages() {
        return localization.languages();
    }

    /** The language's own name, for its menu item. */
    public String languageName(Locale locale) {
        return localization.languageName(locale);
    }

    public void selectLanguage(Locale locale) {
        localization.setLocale(locale);
    }

    public void selectTheme(Theme theme) {
        appearance.setTheme(theme);
    }

    public void showAbout() {
        routes.showAbout();
    }

    public void showShortcuts() {
        routes.showShortcuts();
    }

    public void showTeacherGuide() {
        routes.showTeacherGuide();
    }

    public void openCasePack() {
        routes.openCasePack();
    }

    public void quit() {
        routes.quit();
    }

    public void showExplorer() {
        routes.showExplorer();
    }

    public void showHistory() {
        routes.showHistory();
    }

    public void startPresenter() {
        routes.startPresenter();
    }

    public void showLessonPlan() {
        routes.showLessonPlan();
    }
}
