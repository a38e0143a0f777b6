package org.leaklab.ui.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Case;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.model.RankingAnswer;
import org.leaklab.session.ClassSession;
import org.leaklab.session.ResultsStore;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.StatusMessages;
import org.leaklab.ui.common.ViewLoader;
import org.leaklab.ui.play.PlayServices;
import org.leaklab.ui.testing.ScriptedDialogs;
import org.leaklab.ui.testing.ViewHarness;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The session summary the history exports as PNG, in English and German, into target/screenshots/. */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
class SummaryScreenshotTest {
    private static final Case AMAZON = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);
    private static final Path OUT = Path.of("target", "screenshots").toAbsolutePath();

    @TempDir
    Path data;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Localization localization = new Localization(Locale.ENGLISH);
    private HistoryViewModel history;

    @Start
    void start(Stage stage) throws IOException {
        ResultsStore store = new ResultsStore(data);
        store.save(new ClassSession("a", Instant.parse("2024-03-05T09:15:00Z"), AMAZON.id(),
                List.of("Füchse", "Eulen", "Team Kraken", "Die Adler aus der 7b"), List.of(
                new ClassSession.Round("rank-platform", List.of(
                        new ClassSession.TeamAnswer("Füchse", new RankingAnswer(List.of("reviewer-emails",
                                "sales-stats", "keyword-stats", "review-deletion", "account-reinstatement")), 78),
                        new ClassSession.TeamAnswer("Eulen", new RankingAnswer(List.of("sales-stats",
                                "reviewer-emails", "keyword-stats", "review-deletion", "account-reinstatement")), 64),
                        new ClassSession.TeamAnswer("Team Kraken", new RankingAnswer(List.of("sales-stats",
                                "keyword-stats", "reviewer-emails", "account-reinstatement", "review-deletion")), 78))),
                new ClassSession.Round("estimate-review-deletion", List.of(
                        new ClassSession.TeamAnswer("Füchse", new EstimateAnswer(250), 93),
                        new ClassSession.TeamAnswer("Eulen", new EstimateAnswer(3000), 40),
                        new ClassSession.TeamAnswer("Die Adler aus der 7b", new EstimateAnswer(300), 100),
                        new ClassSession.TeamAnswer("Team Kraken", new EstimateAnswer(300), 100))))));
        history = new HistoryViewModel(store, id -> Optional.of(AMAZON).filter(c -> c.id().equals(id)), localization,
                new PlayServices(dialogs, new StatusMessages(), a -> { }, Runnable::run, Runnable::run),
                ZoneId.of("Europe/Berlin"));
        ViewHarness.show(stage, new ViewLoader(localization)
                .load(HistoryView.class, () -> new HistoryView(history)).root(), 1280, 720);
        history.load();
    }

    @Test
    void summary(FxRobot robot) throws Exception {
        Files.createDirectories(OUT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> history.selectedProperty().get() != null);
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
            robot.interact(() -> localization.setLocale(locale));
            Path target = OUT.resolve("history-summary-" + locale.getLanguage() + ".png");
            Files.deleteIfExists(target);
            dialogs.saveAnswers.push(Optional.of(target));
            robot.clickOn("#exportPng");
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(target));
        }
    }
}
