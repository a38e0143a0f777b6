package org.leaklab.app;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.settings.AppDirectories;
import org.leaklab.ui.common.PngWriter;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the projector with the class network at 1920x1080 into target/screenshots/: the open
 * panel with its QR code and the devices, the count on a question, and what the class answered
 * after the reveal of a choice, a ranking and an estimate, and while it votes on a story. 27
 * phones answer over HTTP from their own loopback addresses, as in a lesson.
 */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
class ClassNetworkScreenshotTest {
    private static final Path OUT = Path.of("target", "screenshots");
    private static final int PHONES = 27;

    @TempDir
    Path config;

    private MainWindow window;
    private final List<Phone> phones = new ArrayList<>();

    @Start
    void start(Stage stage) {
        window = MainWindow.open(stage, new AppDirectories(config, config.resolve("data")), address -> { });
    }

    @AfterEach
    void close(FxRobot robot) {
        phones.forEach(phone -> phone.client().close());
        robot.interact(() -> window.presenterStage().ifPresent(Stage::close));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theProjectorWithTheClassNetwork(FxRobot robot) throws Exception {
        Stage presenter = PresenterOpening.open(robot, window);
        robot.interact(() -> {
            presenter.setWidth(1920);
            presenter.setHeight(1080);
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        robot.interact(() -> window.startPresenterWithNetwork(Optional.of(ClassAddress.parse("127.0.0.1")),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> out.toString(StandardCharsets.UTF_8).contains("CLASS_URL="));
        URI url = URI.create(out.toString(StandardCharsets.UTF_8).strip().substring("CLASS_URL=".length()));
        for (int i = 0; i < PHONES; i++) {
            phones.add(Phone.join(url, i));
        }
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS); // the panel redraws at most four times a second
        shoot(presenter, "classnet-open-en");
        robot.type(KeyCode.ESCAPE);

        robot.type(KeyCode.RIGHT); // scenario 1, a choice
        answerAll();
        shoot(presenter, "classnet-choice-count-en");
        robot.type(KeyCode.R);
        shoot(presenter, "classnet-choice-revealed-en");
        robot.type(KeyCode.RIGHT); // scenario 2, a ranking
        answerAll();
        robot.type(KeyCode.R);
        shoot(presenter, "classnet-ranking-revealed-en");
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT); // scenario 5, an estimate
        answerAll();
        robot.type(KeyCode.R);
        shoot(presenter, "classnet-estimate-revealed-en");
        for (int i = 0; i < 6; i++) {
            robot.type(KeyCode.RIGHT); // scenario 11, a decision story
        }
        answerAll();
        shoot(presenter, "classnet-story-votes-en");
        robot.type(KeyCode.R);
        shoot(presenter, "classnet-story-counted-en");
    }

    /** Every phone answers the open question (a story: votes at its step), some alike, some not. */
    private void answerAll() throws Exception {
        Random random = new Random(13);
        for (Phone phone : phones) {
            phone.answer(random);
        }
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
    }

    private static void shoot(Stage target, String name) throws Exception {
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<WritableImage> image = new AtomicReference<>();
        javafx.application.Platform.runLater(() -> image.set(target.getScene().getRoot().snapshot(null, null)));
        WaitForAsyncUtils.waitForFxEvents();
        PngWriter.write(image.get(), OUT.resolve(String.format(Locale.ROOT, "%s-%dx%d.png", name,
                (int) target.getScene().getWidth(), (int) target.getScene().getHeight())));
    }

    /** One phone over HTTP, from its own loopback address (the room limits joins per address). */
    private record Phone(HttpClient client, URI base, String token) {
        static Phone join(URI joinUrl, int index) throws Exception {
            HttpClient client = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.3." + (index + 2)))
                    .connectTimeout(Duration.ofSeconds(5)).build();
            URI base = URI.create("http://" + joinUrl.getRawAuthority() + "/s/" + joinUrl.getFragment() + "/");
            JsonObject joined = send(client, base.resolve("join"), null, "{}");
            return new Phone(client, base, joined.get("token").getAsString());
        }

        void answer(Random random) throws Exception {
            JsonObject state = send(client, base.resolve("state"), token, null);
            JsonObject question = state.getAsJsonObject("question");
            JsonObject answer = new JsonObject();
            answer.addProperty("seq", question.get("seq").getAsInt());
            switch (question.get("kind").getAsString()) {
                case "choice" -> {
                    com.google.gson.JsonArray ids = new com.google.gson.JsonArray();
                    var options = question.getAsJsonArray("options");
                    ids.add(options.get(Math.min(options.size() - 1, (int) Math.floor(Math.abs(random.nextGaussian()) * 1.3)))
                            .getAsJsonObject().get("id"));
                    answer.add("choice", ids);
                }
                case "ranking" -> {
                    List<String> items = new ArrayList<>();
                    question.getAsJsonArray("items").forEach(item -> items.add(item.getAsJsonObject().get("id").getAsString()));
                    java.util.Collections.sort(items);
                    if (random.nextInt(3) == 0) {
                        java.util.Collections.shuffle(items, random);
                    }
                    com.google.gson.JsonArray order = new com.google.gson.JsonArray();
                    items.forEach(order::add);
                    answer.add("ranking", order);
                }
                case "estimate" -> answer.addProperty("estimate", Math.round(Math.pow(10, 2.3 + random.nextGaussian() * 0.6)));
                case "story" -> {
                    var options = question.getAsJsonObject("story").getAsJsonObject("node").getAsJsonArray("options");
                    answer.addProperty("vote", options.get(random.nextInt(4) == 0 ? options.size() - 1 : 0)
                            .getAsJsonObject().get("id").getAsString());
                }
                default -> throw new IllegalStateException(question.toString());
            }
            send(client, base.resolve("answer"), token, answer.toString());
        }

        private static JsonObject send(HttpClient client, URI route, String token, String body) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(route).timeout(Duration.ofSeconds(10));
            if (token != null) {
                request.header("X-LeakLab-Token", token);
            }
            if (body == null) {
                request.GET();
            } else {
                request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(route + ": " + response.statusCode() + " " + response.body());
            }
            return JsonParser.parseString(response.body()).getAsJsonObject();
        }
    }
}
