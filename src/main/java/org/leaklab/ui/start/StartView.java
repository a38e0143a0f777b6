package org.leaklab.ui.start;

import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.AccessibleRole;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;
import org.leaklab.settings.Theme;
import org.leaklab.ui.common.Focus;
import org.leaklab.ui.common.Styles;

/** Controller of Start.fxml. */
public final class StartView {
    private final StartViewModel viewModel;
    private final ChangeListener<Theme> themeFollower = (obs, old, now) -> selectTheme(now);

    @FXML
    private ScrollPane page;
    @FXML
    private VBox caseList;
    @FXML
    private Label emptyLabel;
    @FXML
    private ProgressIndicator loadingIndicator;
    @FXML
    private ComboBox<Locale> languageBox;
    @FXML
    private SegmentedButton themeButtons;
    @FXML
    private Label scaleLabel;
    @FXML
    private ResourceBundle resources;

    /** Set once the user presses a key or the mouse on this page: from then on the focus is theirs. */
    private boolean userActed;
    private final ListChangeListener<CaseListing> casesFollower = change -> {
        boolean firstArrival = caseList.getChildren().stream()
                .noneMatch(node -> node.getStyleClass().contains(Styles.CASE_CELL));
        renderCases();
        if (firstArrival && !userActed) {
            focusFirstCase();
        }
    };
    private final ChangeListener<Boolean> loadingFollower = (obs, old, loading) -> showLoading(loading);

    public StartView(StartViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        // The cases are read in the background and usually arrive after the window took its first
        // focus (the language box, by default): the first case is what a student opens, so it takes
        // the focus when it arrives, unless the user has already started doing something.
        page.addEventFilter(KeyEvent.KEY_PRESSED, event -> userActed = true);
        page.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> userActed = true);
        emptyLabel.visibleProperty().bind(viewModel.emptyProperty());
        emptyLabel.managedProperty().bind(emptyLabel.visibleProperty());
        // The spinning indicator is in the page only while the cases are read: its animated
        // skin is built in the first CSS pass of whatever is in the page, even when invisible,
        // and the list is usually read before the page is first shown.
        showLoading(viewModel.loadingProperty().get());
        viewModel.loadingProperty().addListener(new WeakChangeListener<>(loadingFollower));
        viewModel.getCases().addListener(new WeakListChangeListener<>(casesFollower));
        renderCases();

        languageBox.getItems().setAll(viewModel.getLanguages());
        languageBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale locale) {
                return locale == null ? "" : viewModel.languageName(locale);
            }

            @Override
            public Locale fromString(String text) {
                return null;
            }
        });
        languageBox.valueProperty().bindBidirectional(viewModel.languageProperty());

        for (Theme theme : viewModel.getThemes()) {
            ToggleButton button = new ToggleButton(viewModel.themeName(theme));
            button.setUserData(theme);
            button.setId("theme-" + theme.name().toLowerCase(Locale.ROOT));
            button.setSelected(theme == viewModel.themeProperty().get());
            button.setMinWidth(Region.USE_PREF_SIZE);
            themeButtons.getButtons().add(button);
        }
        // The theme can also change from the View menu: keep the buttons in step. The listener is
        // weak because the view model outlives this view when the page is rendered again.
        viewModel.themeProperty().addListener(new WeakChangeListener<>(themeFollower));
        themeButtons.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one theme is always chosen
            } else {
                viewModel.themeProperty().set((Theme) now.getUserData());
            }
        });
        scaleLabel.textProperty().bind(viewModel.scaleText());
    }

    private void showLoading(boolean loading) {
        boolean shown = caseList.getChildren().contains(loadingIndicator);
        if (loading && !shown) {
            caseList.getChildren().add(caseList.getChildren().indexOf(emptyLabel), loadingIndicator);
        } else if (!loading && shown) {
            caseList.getChildren().remove(loadingIndicator);
        }
    }

    private void selectTheme(Theme theme) {
        // Selecting one button of the group deselects the others without passing through "none".
        themeButtons.getButtons().stream().filter(button -> button.getUserData() == theme)
                .forEach(button -> button.setSelected(true));
    }

    private void renderCases() {
        caseList.getChildren().removeIf(node -> node.getStyleClass().contains(Styles.CASE_CELL));
        int index = 0;
        for (CaseListing listing : viewModel.getCases()) {
            Label title = new Label(viewModel.title(listing));
            title.getStyleClass().add(Styles.CASE_TITLE);
            Label summary = new Label(viewModel.summary(listing));
            summary.getStyleClass().add(Styles.CASE_SUMMARY);
            summary.setWrapText(true);
            Label details = new Label(viewModel.details(listing));
            details.getStyleClass().add("case-details");
            Label start = new Label(resources.getString("start.case.open"));
            start.getStyleClass().add("case-open");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox footer = new HBox(details, gap, start);
            footer.getStyleClass().add("case-footer");
            // A pane, not a Button with a graphic: wrapped text then gets its real height.
            VBox card = new VBox(title, summary, footer);
            card.getStyleClass().addAll(Styles.CASE_CELL, "case-text");
            card.setId("case-" + listing.id());
            card.setFocusTraversable(true);
            card.setAccessibleRole(AccessibleRole.BUTTON);
            card.setAccessibleText(title.getText() + ". " + details.getText());
            card.setOnMouseClicked(event -> viewModel.open(listing));
            card.setOnKeyPressed(event -> {
                if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                    event.consume();
                    viewModel.open(listing);
                }
            });
            caseList.getChildren().add(index++, card);
        }
    }

    private void focusFirstCase() {
        caseList.getChildren().stream()
                .filter(node -> node.getStyleClass().contains(Styles.CASE_CELL))
                .findFirst()
                .ifPresent(Focus::requestWhenShown);
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
}
