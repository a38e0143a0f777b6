package org.leaklab.ui.start;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.collections.WeakMapChangeListener;
import javafx.event.Event;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
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
import org.controlsfx.control.SegmentedButton;
import org.leaklab.ui.common.Focus;
import org.leaklab.ui.common.Styles;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import org.leaklab.ui.common.ZoomKey;

/** Controller of Start.fxml. */
public final class StartView {
    private final StartViewModel viewModel;
    /** Listeners on the view model's properties, held here so that their weak wrappers live as long as this view. */
    private final List<ChangeListener<?>> followers = new ArrayList<>();

    @FXML
    private ScrollPane page;
    @FXML
    private VBox caseList;
    @FXML
    private Label emptyLabel;
    @FXML
    private ProgressIndicator loadingIndicator;
    @FXML
    private SegmentedButton languageButtons;
    @FXML
    private SegmentedButton themeButtons;
    @FXML
    private Label scaleLabel;
    @FXML
    private ResourceBundle resources;

    /** Set once the user presses a key or the mouse on this page: from then on the focus is theirs. */
    private boolean userActed;
    private final ListChangeListener<CaseListing> casesFollower = change -> {
        renderCases();
        focusFirstCaseOnce();
    };
    private final ChangeListener<Boolean> loadingFollower = (obs, old, loading) -> showLoading(loading);
    private final MapChangeListener<String, org.leaklab.session.PlayProgress> progressFollower = change -> renderCases();

    public StartView(StartViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        // The first case is what a student opens, so it takes the focus when the list is first
        // shown (with the page, or later when the packs are still being read), unless the user
        // has already started doing something.
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
        viewModel.progressProperty().addListener(new WeakMapChangeListener<>(progressFollower));
        renderCases();
        focusFirstCaseOnce();

        // Two languages and three themes: each a row of toggle buttons, all choices in sight and
        // one click away (a drop-down would hide two of five words and cost a click more).
        fillChoices(languageButtons, viewModel.getLanguages(), viewModel::languageName,
                locale -> "language-" + locale.getLanguage(), viewModel.languageProperty());
        fillChoices(themeButtons, viewModel.getThemes(), viewModel::themeName,
                theme -> "theme-" + theme.name().toLowerCase(Locale.ROOT), viewModel.themeProperty());
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

    /**
     * One toggle button per value in {@code buttons}, kept in step with {@code property} both
     * ways; one value is always chosen.
     */
    private <T> void fillChoices(SegmentedButton buttons, List<T> values, Function<T, String> name,
                                 Function<T, String> id, Property<T> property) {
        for (T value : values) {
            ToggleButton button = new ToggleButton(name.apply(value));
            button.setUserData(value);
            button.setId(id.apply(value));
            button.setSelected(value.equals(property.getValue()));
            button.setMinWidth(Region.USE_PREF_SIZE);
            buttons.getButtons().add(button);
        }
        // The value can also change elsewhere (the View menu): the buttons follow. The listener
        // is weak because the view model outlives this view when the page is rendered again;
        // the view keeps it alive as long as the view itself.
        ChangeListener<T> follower = (obs, old, now) -> buttons.getButtons().stream()
                .filter(button -> button.getUserData().equals(now))
                .forEach(button -> button.setSelected(true)); // deselects the others without passing through none
        followers.add(follower);
        property.addListener(new WeakChangeListener<>(follower));
        buttons.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                @SuppressWarnings("unchecked")
                T chosen = (T) now.getUserData();
                property.setValue(chosen);
            }
        });
    }

    private void renderCases() {
        // A card rendered again keeps the keyboard focus where it was (on the card or one of its buttons).
        String focusedId = page.getScene() != null && page.getScene().getFocusOwner() != null
                ? page.getScene().getFocusOwner().getId() : null;
        caseList.getChildren().removeIf(node -> node.getStyleClass().contains(Styles.CASE_CELL));
        int index = 0;
        for (CaseListing listing : viewModel.getCases()) {
            caseList.getChildren().add(index++, card(listing));
        }
        if (focusedId != null) {
            Focus.findById(caseList, focusedId)
                    .filter(again -> again.getScene() != null && !again.isFocused())
                    .ifPresent(javafx.scene.Node::requestFocus);
        }
    }

    /**
     * A case as a card: the whole card opens it (or continues it, if it is in progress); Start
     * again and Remove from the list are buttons of their own inside it.
     */
    private VBox card(CaseListing listing) {
        boolean inProgress = viewModel.progressOf(listing).isPresent();
        Label title = new Label(viewModel.title(listing));
        title.getStyleClass().add(Styles.CASE_TITLE);
        title.setWrapText(true);
        Label summary = new Label(viewModel.summary(listing));
        summary.getStyleClass().add(Styles.CASE_SUMMARY);
        summary.setWrapText(true);
        Label details = new Label(viewModel.details(listing));
        details.getStyleClass().add("case-details");
        details.setWrapText(true);
        Label start = new Label(resources.getString(inProgress ? "start.case.continue" : "start.case.open"));
        start.getStyleClass().add("case-open");
        start.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox footer = new HBox(details, gap, start);
        footer.getStyleClass().add("case-footer");
        // A pane, not a Button with a graphic: wrapped text then gets its real height.
        VBox card = new VBox(title, summary);
        String accessible = title.getText() + ". " + details.getText();
        if (inProgress) {
            Label progress = new Label(viewModel.progressText(listing));
            progress.getStyleClass().add("case-progress");
            progress.setWrapText(true);
            progress.setId("progress-" + listing.id());
            card.getChildren().add(progress);
            accessible += ". " + progress.getText();
        }
        card.getChildren().add(footer);
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane();
        buttons.getStyleClass().add("case-buttons");
        if (inProgress) {
            buttons.getChildren().add(cardButton("start.case.startAgain", "startAgain-" + listing.id(),
                    () -> viewModel.startAgain(listing)));
        }
        if (listing.fromFile()) {
            buttons.getChildren().add(cardButton("start.case.remove", "remove-" + listing.id(),
                    () -> viewModel.remove(listing)));
        }
        if (!buttons.getChildren().isEmpty()) {
            card.getChildren().add(buttons);
        }
        card.getStyleClass().addAll(Styles.CASE_CELL, "case-text");
        card.setId("case-" + listing.id());
        card.setFocusTraversable(true);
        card.setAccessibleRole(AccessibleRole.BUTTON);
        card.setAccessibleText(accessible);
        card.setOnMouseClicked(event -> viewModel.open(listing));
        card.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                event.consume();
                viewModel.open(listing);
            }
        });
        return card;
    }

    /** A button inside a card: its clicks and keys stay with it and never open the card too. */
    private Button cardButton(String textKey, String id, Runnable action) {
        Button button = new Button(resources.getString(textKey));
        button.setId(id);
        button.getStyleClass().add("case-button");
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        button.addEventHandler(MouseEvent.MOUSE_CLICKED, Event::consume);
        button.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                button.fire();
                event.consume();
            } else if (event.getCode() == KeyCode.SPACE) {
                event.consume();
            }
        });
        return button;
    }

    private void focusFirstCaseOnce() {
        if (userActed || !viewModel.claimFirstCaseFocus()) {
            return;
        }
        caseList.getChildren().stream()
                .filter(node -> node.getStyleClass().contains(Styles.CASE_CELL))
                .findFirst()
                .ifPresent(Focus::requestWhenShown);
    }

    /** The text size buttons; each names its {@link ZoomKey} in its user data. */
    @FXML
    private void zoom(ActionEvent event) {
        viewModel.zoom(ZoomKey.of(((Node) event.getSource()).getUserData()));
    }
}
