package org.leaklab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leaklab.app.ExpectedPlay.AMAZON;
import static org.leaklab.app.ExpectedPlay.moved;
import static org.leaklab.app.PageChecks.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.model.RankingAnswer;
import org.leaklab.model.Scenario;
import org.leaklab.settings.AppDirectories;
import org.leaklab.settings.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 4, point 8, in the real app: switching the language in the middle of the case re-renders
 * everything, case content included, and keeps answers, drafts and the step; projector scale and
 * high contrast keep Back, Check and Next inside a 1280x720 window on every step, and clickable.
 * ({@link NothingClippedUiTest} checks that no text is cut short.)
 */
@ExtendWith(ApplicationExtension.class)
class PlayThroughLanguageAndLayoutUiTest {
    /** Texts that read the same in both languages: numbers and the app's name. */
    /** Texts the same in both languages: figures, the name, source marks ("[3]"), "Details" (German too). */
    private static final Pattern LANGUAGE_NEUTRAL = Pattern.compile("[\\d.,%$ ]*|LeakLab|\\[\\d+\\]|Details");

    @TempDir
    Path config;

    /** Texts the two bundles spell alike ("Details" is German too), so showing them is no slip. */
    private static Set<String> sameInBothLanguages() throws java.io.IOException {
        java.util.Properties english = new java.util.Properties();
        java.util.Properties german = new java.util.Properties();
        try (var en = PlayThroughLanguageAndLayoutUiTest.class.getResourceAsStream("/org/leaklab/i18n/messages.properties");
             var de = PlayThroughLanguageAndLayoutUiTest.class.getResourceAsStream("/org/leaklab/i18n/messages_de.properties")) {
            english.load(new java.io.InputStreamReader(en, java.nio.charset.StandardCharsets.UTF_8));
            german.load(new java.io.InputStreamReader(de, java.nio.charset.StandardCharsets.UTF_8));
        }
        Set<String> same = new java.util.HashSet<>();
        english.forEach((key, text) -> {
            if (text.equals(german.get(key))) {
                same.add((String) text);
            }
        });
        return same;
    }

    private final List<String> links = new ArrayList<>();
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = MainWindow.open(stage, new AppDirectories(config, config.resolve("data")), links::add);
        resize(1280, 720);
    }

    /** Resizes the window, kept on the (headless 1920x1080) screen so that it can be painted whole. */
    private void resize(double width, double height) {
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(width);
        stage.setHeight(height);
    }

    private void openCase(FxRobot robot) throws Exception {
        PageChecks.waitForCaseList(robot);
        click(robot, "#case-amazon-2018");
        assertTrue(robot.lookup("#briefingPage").tryQuery().isPresent(), "the case is open");
    }

    private static void click(FxRobot robot, String query) {
        CaseWalk.click(robot, query);
    }

    @Test
    void aLanguageSwitchMidCaseRendersEverythingAgainAndKeepsAnswersDraftsAndStep(FxRobot robot) throws Exception {
        ExpectedPlay expected = new ExpectedPlay();
        openCase(robot);
        click(robot, "#nextButton");
        // The question about addresses is skipped; the seller ranking checked as it comes, the person's after one move.
        click(robot, "#nextButton");
        List<String> seller = PageChecks.rankingOrder(robot);
        click(robot, "#checkButton");
        int sellerScore = expected.check(expected.scenario(2), new RankingAnswer(seller));
        assertEquals(sellerScore, PageChecks.shownScore(robot));
        click(robot, "#nextButton");
        List<String> customer = moved(PageChecks.rankingOrder(robot), "card-data", -3);
        click(robot, "#moveUp-card-data");
        click(robot, "#moveUp-card-data");
        click(robot, "#moveUp-card-data");
        click(robot, "#checkButton");
        int customerScore = expected.check(expected.scenario(3), new RankingAnswer(customer));
        assertEquals(customerScore, PageChecks.shownScore(robot));
        click(robot, "#nextButton");
        // The platform ranking half arranged, skipped; a price typed into the first estimate and left unchecked.
        List<String> platform = moved(PageChecks.rankingOrder(robot), "review-deletion", -2);
        click(robot, "#moveUp-review-deletion");
        click(robot, "#moveUp-review-deletion");
        click(robot, "#nextButton");
        assertEquals("Scenario 5 of 12", text(robot, "#progressLabel"));
        click(robot, "#priceField");
        robot.write("1,500");
        click(robot, "#playBack");
        assertEquals(platform, PageChecks.rankingOrder(robot), "the skipped ranking kept its order");
        platform = moved(platform, "reviewer-emails", -1);
        click(robot, "#moveUp-reviewer-emails");
        assertEquals(platform, PageChecks.rankingOrder(robot));
        Set<String> englishTexts = shownTexts(stage.getScene().getRoot());

        // Switch with the View menu, as a teacher would.
        robot.clickOn("_View");
        robot.clickOn(shownText(robot, "Language"));
        // Sideways into the submenu first, else the mouse crosses "Theme" and opens that instead.
        robot.clickOn(shownText(robot, "Deutsch"), Motion.HORIZONTAL_FIRST);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Locale.GERMAN, window.localization().getLocale());
        assertEquals("Szenario 4 von 12", text(robot, "#progressLabel"), "still on the same step");
        Scenario third = expected.scenario(4);
        assertEquals(third.title().in(Locale.GERMAN), text(robot, "#rankingTitle"), "case content in German");
        assertEquals(third.prompt().in(Locale.GERMAN), text(robot, "#rankingPrompt"));
        assertEquals(platform, PageChecks.rankingOrder(robot), "the half-arranged order is kept");
        for (String item : platform) {
            String german = AMAZON.item(item).orElseThrow().name().in(Locale.GERMAN);
            assertTrue(robot.from(robot.lookup("#rankingCard-" + item).queryAs(Node.class)).lookup(german)
                    .tryQuery().isPresent(), "card " + item + " reads " + german);
        }
        assertEquals("Antwort prüfen", text(robot, "#checkButton"));
        assertEquals("LeakLab – " + AMAZON.title().in(Locale.GERMAN), stage.getTitle());
        Set<String> stillEnglish = shownTexts(stage.getScene().getRoot());
        stillEnglish.retainAll(englishTexts);
        stillEnglish.removeIf(textShown -> LANGUAGE_NEUTRAL.matcher(textShown).matches());
        stillEnglish.removeAll(sameInBothLanguages());
        assertEquals(Set.of(), stillEnglish, "nothing on the page is left in English");
        assertTrue(robot.lookup("#playPage").query().getScene().getFocusOwner() != null);

        // The draft of the estimate is there, written the German way; the checked answers keep their scores.
        click(robot, "#nextButton");
        assertEquals("Szenario 5 von 12", text(robot, "#progressLabel"));
        assertEquals("1.500", robot.lookup("#priceField").queryAs(TextField.class).getText());
        assertEquals("Deine Schätzung: 1.500 $", text(robot, "#guessText"));
        assertFalse(robot.lookup("#checkButton").query().isDisabled());
        click(robot, "#playBack");
        click(robot, "#playBack");
        assertEquals("Szenario 3 von 12", text(robot, "#progressLabel"));
        assertEquals(customerScore, PageChecks.shownScore(robot));
        assertEquals(expected.scenario(3).title().in(Locale.GERMAN), text(robot, "#rankingFeedbackTitle"));
        click(robot, "#playBack");
        assertEquals(sellerScore, PageChecks.shownScore(robot));

        // Checking in German scores the same answers.
        click(robot, "#nextButton");
        click(robot, "#nextButton");
        click(robot, "#checkButton");
        assertEquals(expected.check(third, new RankingAnswer(platform)), PageChecks.shownScore(robot));
        click(robot, "#nextButton");
        click(robot, "#checkButton");
        assertEquals(expected.check(expected.scenario(5), new EstimateAnswer(1500)), PageChecks.shownScore(robot));
    }

    @Test
    void projectorScaleAndHighContrastKeepCheckAndNextInTheWindow(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.appearance().setScale(1.75);
            window.appearance().setTheme(Theme.HIGH_CONTRAST);
        });
        openCase(robot);
        assertEquals(1280, stage.getScene().getWidth(), 0.5);
        assertEquals(720, stage.getScene().getHeight(), 0.5);
        assertTrue(stage.getScene().getRoot().getStyle().contains("26.25px"), "text at 175 %");
        assertTrue(stage.getScene().getStylesheets().get(1).endsWith("/high-contrast.css"));
        Map<String, Integer> stepsSeen = new LinkedHashMap<>();
        // Answers are given directly; Check and Next are clicked with the mouse on every step.
        new CaseWalk(robot, true).walk((page, kind) -> {
            for (String action : List.of("#playBack", "#checkButton", "#nextButton")) {
                Node button = robot.lookup(action).query();
                if (button.isVisible()) {
                    PageChecks.assertInsideWindow(button);
                }
            }
            stepsSeen.merge(kind, 1, Integer::sum);
        });
        // Every kind of page was seen, and Check and Next were clicked at 1280x720 on each.
        assertEquals(Map.of("briefing", 1, "question", 12, "feedback", 12, "summary", 1), stepsSeen);
    }

    /** The showing node (in the window or an open menu) that reads {@code text}. */
    private static Node shownText(FxRobot robot, String text) {
        return robot.lookup((Labeled labeled) -> text.equals(labeled.getText().replace("_", ""))
                && PageChecks.isShowing(labeled)).query();
    }

    /** The texts of every showing Labeled on the page. */
    private static Set<String> shownTexts(Parent root) {
        Set<String> texts = new TreeSet<>();
        collectTexts(root, texts);
        return texts;
    }

    private static void collectTexts(Node node, Set<String> texts) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof org.leaklab.ui.common.SourceMarks marks) {
            // The lead is shown word by word so that it wraps; it is read as the sentence it is.
            texts.add(marks.getChildrenUnmodifiable().stream()
                    .filter(child -> child.getStyleClass().contains("source-marks-lead"))
                    .map(child -> ((Labeled) child).getText()).collect(java.util.stream.Collectors.joining(" ")));
            marks.getChildrenUnmodifiable().stream()
                    .filter(child -> !child.getStyleClass().contains("source-marks-lead"))
                    .forEach(child -> collectTexts(child, texts));
            return;
        }
        if (node instanceof Labeled labeled && !labeled.getText().isBlank()) {
            texts.add(labeled.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectTexts(child, texts));
        }
    }
}
