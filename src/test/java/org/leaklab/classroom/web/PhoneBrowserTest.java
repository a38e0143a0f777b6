package org.leaklab.classroom.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.leaklab.classroom.ChoiceTally;
import org.leaklab.classroom.ClassRoom;
import org.leaklab.classroom.EstimateTally;
import org.leaklab.classroom.RankingTally;
import org.leaklab.classroom.Rooms;
import org.leaklab.classroom.StoryTally;
import org.leaklab.classroom.Views;
import org.leaklab.model.ChoiceAnswer;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.model.RankingAnswer;
import org.leaklab.model.RankingScenario;
import org.leaklab.ui.estimate.PriceRulesTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A lesson on a phone, in headless Chromium at 390 x 844: join from the QR address, answer every
 * kind, reload and keep name and answer, go offline and back, see the own score after the reveal,
 * read "what LeakLab knows about you" and be forgotten. What the projector counts is what the
 * phone sent. Screenshots of each kind go to target/screenshots/phone-*.png.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PhoneBrowserTest {
    private static Rooms rooms;
    private static ClassRoom room;
    private static ClassServer server;
    private static ChromeDriver phone;
    private static WebDriverWait wait;
    private static final Path SHOTS = Path.of("target/screenshots");

    @BeforeAll
    static void start() throws Exception {
        Phones.assumeBrowser();
        rooms = new Rooms();
        room = rooms.room;
        server = ClassServer.start(room, InetAddress.getLoopbackAddress(), 0, Locale.ENGLISH);
        phone = Phones.open();
        wait = new WebDriverWait(phone, Duration.ofSeconds(20));
        // The page redraws parts of itself; an element found a moment ago may be gone: look again.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (phone != null) {
            phone.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private static void waitForQuestion(String kind, String phase) {
        wait.until(d -> !d.findElements(By.cssSelector("#question[data-kind='" + kind + "'][data-phase='" + phase + "']")).isEmpty());
    }

    private static void shot(String name) throws Exception {
        ((JavascriptExecutor) phone).executeScript("document.activeElement.blur(); window.scrollTo(0, 0); document.getElementById('privacy').scrollTop = 0;");
        Files.write(SHOTS.resolve("phone-" + name + ".png"), phone.getScreenshotAs(OutputType.BYTES));
    }

    private static String token() {
        return (String) ((JavascriptExecutor) phone).executeScript(
                "return localStorage.getItem('leaklab.token.' + arguments[0]);", room.code());
    }

    @Test
    @Order(1)
    void joinsFromTheQrAddressWithOneTap() throws Exception {
        phone.get(server.joinUrl().toString());
        assertEquals(Phones.WIDTH, ((Number) ((JavascriptExecutor) phone).executeScript("return window.innerWidth")).intValue());
        WebElement code = find("#code");
        assertEquals(room.code(), code.getAttribute("value"), "the code comes from the address");
        shot("join-en");
        find("#join").click();
        String name = find("#my-name").getText();
        assertEquals(1, room.status().devices());
        assertEquals("You are " + room.devices().get(0).name().in(Locale.ENGLISH), name);
        assertTrue(find("#waiting").isDisplayed());
    }

    @Test
    @Order(2)
    void ranksByTappingAndSends() throws Exception {
        RankingScenario ranking = Rooms.ranking();
        room.open(ranking);
        waitForQuestion("ranking", "open");
        List<String> items = ranking.itemIds();
        find("#down-" + items.get(0)).click();
        find("#down-" + items.get(0)).click();
        find("#up-" + items.get(items.size() - 1)).click();
        List<String> shown = new ArrayList<>();
        for (WebElement li : phone.findElements(By.cssSelector("#ranking li"))) {
            shown.add(li.getAttribute("data-id"));
        }
        assertEquals(items.get(0), shown.get(2));
        assertTrue(find("#announce").getAttribute("textContent").contains("moved to place"));
        shot("ranking-en");
        find("#send").click();
        wait.until(d -> room.status().question().orElseThrow().answered() == 1);
        assertEquals(Optional.of(new RankingAnswer(shown)), room.view(token()).question().orElseThrow().answer());
        RankingTally tally = (RankingTally) room.status().question().orElseThrow().tally();
        assertEquals(1, tally.placeCounts().get(items.get(0)).get(2), "the projector counts what the phone sent");
        find("#send-state.sent");
    }

    @Test
    @Order(3)
    void aReloadKeepsTheNameAndTheAnswer() {
        String name = find("#my-name").getText();
        List<String> before = new ArrayList<>();
        phone.findElements(By.cssSelector("#ranking li")).forEach(li -> before.add(li.getAttribute("data-id")));
        phone.navigate().refresh();
        waitForQuestion("ranking", "open");
        assertEquals(name, find("#my-name").getText());
        List<String> after = new ArrayList<>();
        phone.findElements(By.cssSelector("#ranking li")).forEach(li -> after.add(li.getAttribute("data-id")));
        assertEquals(before, after);
        find("#send-state.sent");
        assertEquals(1, room.status().devices(), "no second device");
    }

    @Test
    @Order(4)
    void rankingWorksByKeyboardFocusOnTheButtons() {
        RankingScenario ranking = Rooms.ranking();
        String last = ranking.itemIds().get(ranking.itemIds().size() - 1);
        WebElement up = find("#up-" + phone.findElements(By.cssSelector("#ranking li")).getLast().getAttribute("data-id"));
        up.sendKeys(Keys.ENTER);
        // The moved card's button keeps the focus, so Enter can be pressed again.
        String focused = (String) ((JavascriptExecutor) phone).executeScript("return document.activeElement.id");
        assertTrue(focused.startsWith("up-"), focused);
        assertFalse(find("#send-state").getText().isEmpty());
        assertTrue(last.length() > 0);
    }

    @Test
    @Order(5)
    void estimatesWithTheAppsPriceFormats() throws Exception {
        room.open(Rooms.estimate());
        waitForQuestion("estimate", "open");
        WebElement field = find("#price");
        field.sendKeys("abc");
        assertTrue(find("#price-error").getText().contains("is not a price"));
        field.clear();
        field.sendKeys("20000");
        assertTrue(find("#price-error").getText().contains("beyond the scale"));
        field.clear();
        field.sendKeys("$1,500");
        assertEquals("Your guess: $1,500", find("#guess").getText());
        assertEquals("$1,500", find("#slider").getAttribute("aria-valuetext"));
        shot("estimate-en");
        find("#send").click();
        wait.until(d -> room.status().question().orElseThrow().answered() == 1);
        assertEquals(Optional.of(new EstimateAnswer(1500)), room.view(token()).question().orElseThrow().answer());
        find("#slider").sendKeys(Keys.END);
        assertEquals("Your guess: $10,000", find("#guess").getText());
        find("#slider").sendKeys(Keys.PAGE_DOWN);
        assertEquals("Your guess: $1,000", find("#guess").getText());
        find("#slider").sendKeys(Keys.ARROW_UP);
        assertEquals("Your guess: $1,500", find("#guess").getText(), "round prices as in the app");
        EstimateTally tally = (EstimateTally) room.status().question().orElseThrow().tally();
        assertEquals(1500, tally.median().orElseThrow());
    }

    @Test
    @Order(6)
    void goesOfflineAndBackAndTheAnswerArrives() {
        phone.setNetworkConditions(offline(true));
        try {
            WebElement field = find("#price");
            field.clear();
            field.sendKeys("300");
            find("#send").click();
            wait.until(d -> find("#status").getText().startsWith("Offline"));
        } finally {
            phone.setNetworkConditions(offline(false));
        }
        ((JavascriptExecutor) phone).executeScript("window.dispatchEvent(new Event('online'))");
        wait.until(d -> room.view(token()).question().orElseThrow().answer().equals(Optional.of(new EstimateAnswer(300))));
    }

    private static ChromiumNetworkConditions offline(boolean offline) {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(offline);
        return conditions;
    }

    @Test
    @Order(7)
    void afterTheRevealThePhoneShowsItsOwnScoreAndWhy() throws Exception {
        room.reveal();
        WebElement score = find("#score");
        int expected = Rooms.SCORER.score(Rooms.estimate(), new EstimateAnswer(300)).rounded();
        assertEquals(expected + " of 100", score.getText());
        assertFalse(phone.findElements(By.cssSelector("#result li")).isEmpty());
        shot("estimate-result-en");
    }

    @Test
    @Order(8)
    void answersSingleAndMultipleChoice() throws Exception {
        ChoiceScenario single = Rooms.singleChoice();
        room.open(single);
        waitForQuestion("choice", "open");
        find("label[for='opt-" + single.options().get(1).id() + "']").click();
        find("#send").click();
        wait.until(d -> room.status().question().orElseThrow().answered() == 1);
        assertEquals(Optional.of(ChoiceAnswer.of(single.options().get(1).id())), room.view(token()).question().orElseThrow().answer());

        ChoiceScenario multiple = Rooms.multipleChoice();
        room.open(multiple);
        waitForQuestion("choice", "open");
        String a = multiple.options().get(0).id();
        String c = multiple.options().get(2).id();
        find("label[for='opt-" + a + "']").click();
        find("label[for='opt-" + c + "']").click();
        shot("choice-en");
        find("#send").click();
        wait.until(d -> room.status().question().orElseThrow().answered() == 1);
        assertEquals(Optional.of(new ChoiceAnswer(Set.of(a, c))), room.view(token()).question().orElseThrow().answer());
        ChoiceTally tally = (ChoiceTally) room.status().question().orElseThrow().tally();
        assertEquals(1, tally.options().get(0).count());
        assertEquals(0, tally.options().get(1).count());
        room.close();
        wait.until(d -> !d.findElements(By.cssSelector("#closed")).isEmpty());
        assertFalse(find("#opt-" + a).isEnabled(), "a closed question cannot be changed");
    }

    @Test
    @Order(9)
    void votesOnTheStory() throws Exception {
        DecisionScenario story = Rooms.story();
        room.open(story);
        waitForQuestion("story", "open");
        String option = story.start().options().get(1).id();
        find("#vote-" + option).click();
        wait.until(d -> room.status().question().orElseThrow().answered() == 1);
        StoryTally tally = (StoryTally) room.status().question().orElseThrow().tally();
        assertEquals(1, tally.groups().get(0).votes().get(option));
        assertEquals("true", find("#vote-" + option).getAttribute("aria-pressed"));
        shot("story-en");
        room.reveal();
        assertTrue(find("#decided").getText().contains(story.start().options().get(1).consequence().in(Locale.ENGLISH)));
    }

    @Test
    @Order(10)
    void switchesToGermanWithTheTextsFromTheBundles() throws Exception {
        room.open(Rooms.ranking());
        waitForQuestion("ranking", "open");
        find("#lang-de").click();
        wait.until(d -> find("#my-name").getText().startsWith("Du bist "));
        assertEquals(room.devices().get(0).name().in(Locale.GERMAN), find("#my-name").getText().substring("Du bist ".length()));
        assertEquals(Rooms.ranking().title().in(Locale.GERMAN), find("#q-title").getText());
        shot("ranking-de");
        room.open(Rooms.estimate());
        waitForQuestion("estimate", "open"); // opened again: the earlier answer is kept
        assertEquals("Deine Schätzung: 300 $", find("#guess").getText());
        shot("estimate-de");
        phone.navigate().refresh();
        wait.until(d -> find("#my-name").getText().startsWith("Du bist "));
        find("#lang-en").click();
        wait.until(d -> find("#my-name").getText().startsWith("You are "));
    }

    @Test
    @Order(11)
    void thePriceRulesPortReadsAndWritesLikeTheApp() {
        JsonObject cases = PriceRulesTest.cases();
        JavascriptExecutor js = phone;
        for (JsonElement element : cases.getAsJsonArray("read")) {
            JsonObject c = element.getAsJsonObject();
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> read = (java.util.Map<String, Object>) js.executeScript(
                    "return LeakLabPrice.read(arguments[0], arguments[1]);", c.get("text").getAsString(), c.get("lang").getAsString());
            String what = c.toString() + " -> " + read;
            if (c.has("price")) {
                assertEquals("price", read.get("kind"), what);
                assertEquals(c.get("price").getAsDouble(), ((Number) read.get("dollars")).doubleValue(), 1e-9, what);
            } else {
                assertEquals(c.has("nan") ? "nan" : "empty", read.get("kind"), what);
            }
        }
        for (JsonElement element : cases.getAsJsonArray("plain")) {
            JsonObject c = element.getAsJsonObject();
            for (String lang : List.of("en", "de")) {
                assertEquals(c.get(lang).getAsString(), js.executeScript("return LeakLabPrice.plain(arguments[0], arguments[1]);",
                        c.get("dollars").getAsDouble(), lang), lang + " " + c);
            }
        }
    }

    @Test
    @Order(12)
    void showsWhatLeakLabKnowsAndForgets() throws Exception {
        find("#privacy-open").click();
        WebElement sheet = find("#privacy");
        assertTrue(find("#known-name").getText().contains(room.devices().get(0).name().in(Locale.ENGLISH)));
        Views.DeviceReport report = room.report(token());
        assertEquals(report.answers().size(), phone.findElements(By.cssSelector("#known-answers li")).size());
        shot("privacy-en");
        assertTrue(sheet.getText().contains("Not kept"));
        find("#forget").click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        find("#forgotten");
        assertEquals(0, room.status().devices());
        assertEquals(new Views.RoomReport(0, 0), room.report());
        assertEquals(null, token(), "the phone forgot its key too");
    }
}
