package org.leaklab.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Case;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.ViewLoader;
import org.leaklab.ui.testing.ViewHarness;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The explorer on screen: keyboard sliders, the animated re-order, reset and the explanation. */
@ExtendWith(ApplicationExtension.class)
class ExplorerUiTest {
    private static final Case AMAZON = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);

    private ExplorerViewModel viewModel;

    @Start
    void start(Stage stage) {
        Localization localization = new Localization(Locale.ENGLISH);
        viewModel = new ExplorerViewModel(AMAZON, localization);
        ViewHarness.show(stage, new ViewLoader(localization)
                .load(ExplorerView.class, () -> new ExplorerView(viewModel)).root(), 1280, 900);
    }

    @Test
    void arrowKeysOnASliderReorderTheRowsAndTheyGlideIntoPlace(FxRobot robot) throws Exception {
        List<String> before = rowIds(robot);
        assertEquals(viewOrder(), before);
        Slider harm = robot.lookup("#weight-harm").queryAs(Slider.class);
        robot.interact(harm::requestFocus);
        for (int i = 0; i < 20; i++) {
            robot.type(KeyCode.RIGHT);
        }
        assertEquals(1.0, harm.getValue(), 1e-9, "twenty steps of 0.05");
        List<String> after = rowIds(robot);
        assertNotEquals(before, after, "a heavy harm weight re-orders the seller's ranking");
        assertEquals(viewOrder(), after, "the rows show the view model's order");
        assertEquals("Weights changed", robot.lookup("#weightsChanged").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#weightsChanged").query().isVisible());
        // Every row ends where the layout puts it once the animation is over.
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> rows(robot).stream().allMatch(n -> n.getTranslateY() == 0));
        assertTrue(robot.lookup(".rank-movement.up").tryQuery().isPresent(), "risers are marked");
    }

    @Test
    void aRowThatMovesStartsFromItsOldPlace(FxRobot robot) {
        String firstBefore = rowIds(robot).get(0);
        Node firstRow = robot.lookup("#rank-" + firstBefore).query();
        double oldY = firstRow.getLayoutY();
        double[] shiftAtStart = new double[1];
        robot.interact(() -> {
            for (ExplorerViewModel.WeightSetting setting : viewModel.getWeights()) {
                setting.weightProperty().set(setting.attribute().id().equals("harm") ? 1.0 : 0.0);
            }
            // Read in the same pulse as the change: no animation frame has run yet, whatever the load.
            shiftAtStart[0] = firstRow.getTranslateY();
        });
        assertEquals(viewOrder(), rowIds(robot));
        assertNotEquals(firstBefore, rowIds(robot).get(0), "the top item changed");
        double distance = oldY - firstRow.getLayoutY();
        assertTrue(distance < 0, "the old top row's new place is lower");
        assertEquals(distance, shiftAtStart[0], 0.5, "the row starts drawn at its old place");
        WaitForAsyncUtils.waitForFxEvents();
        assertDoesNotThrow(() -> WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> Math.abs(firstRow.getTranslateY()) < 0.5), "and glides to its new place");
    }

    @Test
    void resetBringsBackTheCasesRanking(FxRobot robot) {
        List<String> before = rowIds(robot);
        assertTrue(robot.lookup("#resetWeights").queryAs(Button.class).isDisabled(), "nothing to reset yet");
        robot.interact(() -> viewModel.getWeights().get(0).weightProperty().set(0));
        // Below the sliders of all seven attributes: scrolled into sight first, as a user would.
        robot.interact(() -> robot.lookup("#explorerPage").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        robot.clickOn("#resetWeights");
        assertEquals(before, rowIds(robot));
        assertTrue(robot.lookup("#resetWeights").queryAs(Button.class).isDisabled());
    }

    @Test
    void choosingAnItemOrAPerspectiveChangesTheExplanation(FxRobot robot) {
        String name = AMAZON.item("card-data").orElseThrow().name().in(Locale.ENGLISH);
        robot.clickOn("#rank-card-data");
        Label title = robot.lookup("#explanationTitle").queryAs(Label.class);
        assertTrue(title.getText().contains(name), title.getText());
        VBox lines = robot.lookup("#explanation").queryAs(VBox.class);
        assertTrue(((Label) lines.getChildren().get(0)).getText().startsWith("\u201c" + name + "\u201d, "));

        robot.clickOn("#perspective-customer");
        assertEquals(AMAZON.perspective("customer").orElseThrow().description().in(Locale.ENGLISH),
                robot.lookup("#perspectiveDescription").queryAs(Label.class).getText());
        assertEquals(0.6, robot.lookup("#weight-harm").queryAs(Slider.class).getValue(), 1e-9);
        assertTrue(title.getText().contains("the person the data is about"), title.getText());
    }

    @Test
    void rowsAreReachableAndChosenWithTheKeyboard(FxRobot robot) {
        String second = rowIds(robot).get(1);
        robot.interact(() -> robot.lookup("#rank-" + second).query().requestFocus());
        robot.type(KeyCode.SPACE);
        assertEquals(second, viewModel.selectedItemProperty().get());
        assertTrue(robot.lookup("#rank-" + second).query().getStyleClass().contains("selected"));
    }

    private List<String> viewOrder() {
        return viewModel.getRanking().stream().map(r -> r.item().id()).toList();
    }

    private static List<Node> rows(FxRobot robot) {
        return robot.lookup("#rankingList").queryAs(VBox.class).getChildrenUnmodifiable();
    }

    private static List<String> rowIds(FxRobot robot) {
        return rows(robot).stream().map(n -> n.getId().substring("rank-".length())).toList();
    }
}
