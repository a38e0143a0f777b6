package org.leaklab.ui.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leaklab.classroom.web.Phones;
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Case;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.model.EstimateScenario;
import org.leaklab.model.RankingScenario;
import org.leaklab.model.Scenario;
import org.leaklab.scoring.ScenarioScorer;
import org.leaklab.settings.Theme;
import org.leaklab.ui.classnet.ClassNetworkViewModel;
import org.leaklab.ui.classnet.RoomServers;
import org.leaklab.ui.common.Appearance;
import org.leaklab.ui.common.BackgroundWork;
import org.leaklab.ui.common.Localization;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two phones in headless Chromium answer while the presenter moves through the slides: what the
 * projector counts and shows after each reveal is what the phones sent, and each phone shows the
 * score the app's scorer gives its answer.
 */
class ProjectorPhonesBrowserTest {
    private static final Case AMAZON = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);
    private static final ScenarioScorer SCORER = new ScenarioScorer(AMAZON);
    private static final Localization ENGLISH = new Localization(Locale.ENGLISH);

    private static ClassNetworkViewModel network;
    private static PresenterViewModel presenter;
    private static final List<ChromeDriver> phones = new ArrayList<>();

    @BeforeAll
    static void start() {
        Phones.assumeBrowser();
        network = new ClassNetworkViewModel(new RoomServers(SCORER, List::of),
                new BackgroundWork(Runnable::run, Runnable::run), ENGLISH);
        TeamGame noTeams = new TeamGame(AMAZON, SCORER, ENGLISH,
                new org.leaklab.session.ResultsStore(java.nio.file.Path.of("target", "unused-results")),
                new org.leaklab.ui.play.PlayServices(new org.leaklab.ui.testing.ScriptedDialogs(),
                        new org.leaklab.ui.common.StatusMessages(), a -> { }, r -> { }, Runnable::run),
                "s", java.time.Instant.now());
        presenter = new PresenterViewModel(AMAZON, SCORER, ENGLISH, new Appearance(Theme.LIGHT, PresenterDefaults.SCALE),
                () -> { }, noTeams, network);
        network.openOn(InetAddress.getLoopbackAddress(), 0);
        for (int i = 0; i < 2; i++) {
            ChromeDriver phone = Phones.open();
            phones.add(phone);
            phone.get(network.joinUrlProperty().get().toString());
            find(phone, "#join").click();
            find(phone, "#my-name");
        }
    }

    @AfterAll
    static void stop() {
        phones.forEach(ChromeDriver::quit);
        if (network != null) {
            network.close();
        }
    }

    @Test
    void whatTheProjectorCountsAndShowsIsWhatThePhonesSent() {
        // A single choice: one phone each for the first two options.
        ChoiceScenario choice = (ChoiceScenario) goTo(s -> s instanceof ChoiceScenario c && !c.multiple());
        assertEquals(Optional.of("No device has answered yet (2 in the room)"),
                until(presenter::roomAnsweredText, "the count before any answer"));
        for (int i = 0; i < 2; i++) {
            ChromeDriver phone = phones.get(i);
            waitForQuestion(phone, "choice", "open");
            find(phone, "label[for='opt-" + choice.options().get(i).id() + "']").click();
            find(phone, "#send").click();
            if (i == 0) {
                untilCount("1 of 2 devices answered");
            }
        }
        untilCount("2 of 2 devices answered");
        presenter.toggleReveal();
        RoomAnswers shares = until(presenter::roomAnswers, "the choice's shares").orElseThrow();
        assertEquals("50% (1)", shares.bars().get(0).value());
        assertEquals("50% (1)", shares.bars().get(1).value());
        for (int i = 2; i < shares.bars().size(); i++) {
            assertEquals("0% (0)", shares.bars().get(i).value(), "nobody chose option " + i);
        }

        // A ranking: the one phone sends the order as shown, the other moves its first card down once.
        RankingScenario ranking = (RankingScenario) goTo(RankingScenario.class::isInstance);
        List<List<String>> sent = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ChromeDriver phone = phones.get(i);
            waitForQuestion(phone, "ranking", "open");
            List<String> shown = order(phone);
            if (i == 1) {
                find(phone, "#down-" + shown.get(0)).click();
                shown = order(phone);
            }
            sent.add(shown);
            find(phone, "#send").click();
        }
        untilCount("2 of 2 devices answered");
        presenter.toggleReveal();
        RoomAnswers rankings = until(presenter::roomAnswers, "the consensus").orElseThrow();
        assertEquals(ranking.itemIds().size(), rankings.notes().size());
        String last = sent.get(0).get(sent.get(0).size() - 1);
        String lastName = AMAZON.item(last).orElseThrow().name().in(Locale.ENGLISH);
        assertEquals(ranking.itemIds().size() + ". " + lastName + ": most often in place " + ranking.itemIds().size()
                + " (2 of 2)", rankings.notes().get(rankings.notes().size() - 1), "both put it last");
        assertTrue(rankings.consensus().isPresent());

        // An estimate typed in the app's formats: the projector's median is theirs on the log scale.
        EstimateScenario estimate = (EstimateScenario) goTo(EstimateScenario.class::isInstance);
        String[] typed = {"$100", "400"};
        for (int i = 0; i < 2; i++) {
            ChromeDriver phone = phones.get(i);
            waitForQuestion(phone, "estimate", "open");
            WebElement field = find(phone, "#price");
            field.clear();
            field.sendKeys(typed[i]);
            find(phone, "#send").click();
        }
        untilCount("2 of 2 devices answered");
        presenter.toggleReveal();
        RoomAnswers guesses = until(presenter::roomAnswers, "the histogram").orElseThrow();
        assertEquals("Median of the class: $200", guesses.notes().get(0));
        assertEquals(2, guesses.bars().stream().mapToInt(bar -> Integer.parseInt(bar.value())).sum());
        // Each phone shows its own score, the app's scorer's.
        int expected = SCORER.score(estimate, new EstimateAnswer(100)).rounded();
        assertEquals(expected + " of 100", find(phones.get(0), "#score").getText());

        // A story's first decision: the phones vote for two different ways, R counts, the teacher breaks the tie.
        org.leaklab.model.DecisionScenario story = (org.leaklab.model.DecisionScenario)
                goTo(org.leaklab.model.DecisionScenario.class::isInstance);
        List<org.leaklab.model.DecisionOption> ways = story.start().options();
        for (int i = 0; i < 2; i++) {
            waitForQuestion(phones.get(i), "story", "open");
            find(phones.get(i), "#vote-" + ways.get(i).id()).click();
        }
        until(() -> presenter.roomAnswers().filter(a -> a.caption().startsWith("Decision 1: 2 of 2 devices voted")),
                "the two votes");
        presenter.toggleReveal();
        RoomAnswers counted = until(() -> presenter.roomAnswers()
                .filter(a -> a.story().get(0).outcome().isPresent()), "the tie").orElseThrow();
        assertEquals("1", counted.story().get(0).options().get(0).value(), "one vote each, as the phones sent");
        assertEquals("1", counted.story().get(0).options().get(1).value());
        assertTrue(presenter.breakTie(2));
        for (ChromeDriver phone : phones) {
            waitOn(phone).until(d -> !d.findElements(By.cssSelector("#decided")).isEmpty()
                    && d.findElement(By.cssSelector("#decided")).getText().contains(ways.get(1).consequence().in(Locale.ENGLISH)));
        }
    }

    private static List<String> order(ChromeDriver phone) {
        List<String> ids = new ArrayList<>();
        for (WebElement li : phone.findElements(By.cssSelector("#ranking li"))) {
            ids.add(li.getAttribute("data-id"));
        }
        return ids;
    }

    private static Scenario goTo(java.util.function.Predicate<Scenario> wanted) {
        do {
            presenter.next();
        } while (presenter.scenario().filter(wanted).isEmpty() && !presenter.isEnd());
        return presenter.scenario().orElseThrow();
    }

    private static WebElement find(ChromeDriver phone, String css) {
        return waitOn(phone).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private static void waitForQuestion(ChromeDriver phone, String kind, String phase) {
        waitOn(phone).until(d -> !d.findElements(
                By.cssSelector("#question[data-kind='" + kind + "'][data-phase='" + phase + "']")).isEmpty());
    }

    private static WebDriverWait waitOn(ChromeDriver phone) {
        WebDriverWait wait = new WebDriverWait(phone, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /** Waits until the projector's count says {@code expected} (it never may say anything else on the way but fewer). */
    private static void untilCount(String expected) {
        until(() -> presenter.roomAnsweredText().filter(expected::equals), "\"" + expected + "\"");
    }

    /** The projector redraws on the updates' own thread, at most four times a second: wait for it. */
    private static <T> Optional<T> until(Supplier<Optional<T>> shown, String what) {
        return waitOn(phones.get(0)).withMessage("the projector never showed " + what)
                .until(d -> shown.get().isPresent() ? shown.get() : null);
    }
}
