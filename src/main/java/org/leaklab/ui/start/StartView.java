package org.leaklab.ui.start;

import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;
import org.leaklab.settings.Theme;
import org.leaklab.ui.common.Styles;

/** Controller of Start.fxml. */
public final class StartView {
    private final StartViewModel viewModel;
    private final ChangeListener<Theme> themeFollower = (obs, old, now) -> selectTheme(now);

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

    private final ListChangeListener<CaseListing> casesFollower = change -> renderCases();

    public StartView(StartViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        emptyLabel.visibleProperty().bind(viewModel.emptyProperty());
        emptyLabel.managedProperty().bind(emptyLabel.visibleProperty());
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());
        loadingIndicator.managedProperty().bind(loadingIndicator.visibleProperty());
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
            VBox text = new VBox(title, summary, details);
            text.getStyleClass().add("case-text");
            Button card = new Button();
            card.setGraphic(text);
            card.setMaxWidth(Double.MAX_VALUE);
            card.getStyleClass().add(Styles.CASE_CELL);
            card.setId("case-" + listing.id());
            card.setOnAction(event -> viewModel.open(listing));
            caseList.getChildren().add(index++, card);
        }
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
