package org.leaklab.ui.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leaklab.settings.Theme;
import org.leaklab.ui.common.Appearance;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.ViewLoader;
import org.leaklab.ui.testing.ViewHarness;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The start page while its case list is read and once it is there. */
@ExtendWith(ApplicationExtension.class)
class StartViewUiTest {
    /** Background work held back until the test lets it run. */
    private final List<Runnable> heldBack = new ArrayList<>();
    private StartViewModel viewModel;
    private Localization localization;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        localization = new Localization(Locale.ENGLISH);
        Appearance appearance = new Appearance(Theme.LIGHT, 1.0);
        CaseListing listing = new CaseListing("a-case", locale -> "A case", locale -> "What happened.", 3,
                locale -> "built in");
        viewModel = new StartViewModel(localization, appearance, () -> List.of(listing), heldBack::add,
                Runnable::run, chosen -> { });
        viewModel.loadCases();
        ViewHarness.show(stage, new ViewLoader(localization)
                .load(StartView.class, () -> new StartView(viewModel)).root(), 1280, 800);
    }

    @Test
    void theLoadingIndicatorIsInThePageOnlyWhileTheCasesAreRead(FxRobot robot) {
        VBox caseList = robot.lookup(".case-list").queryAs(VBox.class);
        assertTrue(indicatorIn(caseList), "shown while reading");
        assertTrue(robot.lookup("#case-a-case").tryQuery().isEmpty());

        robot.interact(() -> heldBack.forEach(Runnable::run));
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(indicatorIn(caseList), "gone once the list is read");
        assertTrue(robot.lookup("#case-a-case").tryQuery().isPresent());
        assertFalse(robot.lookup("#emptyCases").query().isVisible());
        assertEquals("case-a-case", caseList.getChildren().get(0).getId(), "the case comes first");

        // Rendered again (as after a language switch) with the list already read: no indicator.
        robot.interact(() -> {
            Parent again = new ViewLoader(localization).load(StartView.class, () -> new StartView(viewModel)).root();
            stage.getScene().setRoot(again);
        });
        WaitForAsyncUtils.waitForFxEvents();
        VBox listAgain = robot.lookup(".case-list").queryAs(VBox.class);
        assertTrue(listAgain != caseList, "a new page");
        assertFalse(indicatorIn(listAgain));
        assertEquals("case-a-case", listAgain.getChildren().get(0).getId());
    }

    @Test
    void languageAndColourButtonsFollowTheViewModelBothWays(FxRobot robot) {
        ToggleButton english = robot.lookup("#language-en").queryAs(ToggleButton.class);
        ToggleButton german = robot.lookup("#language-de").queryAs(ToggleButton.class);
        assertEquals("English", english.getText());
        assertEquals("Deutsch", german.getText(), "each language in its own words");
        assertTrue(english.isSelected());

        robot.clickOn(german);
        assertEquals(Locale.GERMAN, viewModel.languageProperty().get());
        assertEquals(Locale.GERMAN, localization.getLocale());
        robot.clickOn(german);
        assertTrue(german.isSelected(), "clicking the chosen language again keeps it chosen");
        assertFalse(english.isSelected());

        robot.interact(() -> viewModel.themeProperty().set(Theme.HIGH_CONTRAST));
        assertTrue(robot.lookup("#theme-high_contrast").queryAs(ToggleButton.class).isSelected(),
                "a theme chosen elsewhere (the View menu) shows here");
        assertFalse(robot.lookup("#theme-light").queryAs(ToggleButton.class).isSelected());
        robot.clickOn("#theme-dark");
        assertEquals(Theme.DARK, viewModel.themeProperty().get());
    }

    private static boolean indicatorIn(VBox caseList) {
        for (Node child : caseList.getChildren()) {
            if (child instanceof ProgressIndicator) {
                return true;
            }
        }
        return false;
    }
}
