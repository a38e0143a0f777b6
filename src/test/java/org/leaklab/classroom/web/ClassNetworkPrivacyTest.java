package org.leaklab.classroom.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.leaklab.classroom.ClassRoom;
import org.leaklab.classroom.GroupAnswer;
import org.leaklab.classroom.RoomSettings;
import org.leaklab.classroom.Rooms;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.EstimateScenario;
import org.leaklab.model.RankingScenario;
import org.leaklab.model.Scenario;
import org.leaklab.session.ClassSession;
import org.leaklab.session.ResultsStore;
import org.leaklab.session.SessionCsv;
import org.leaklab.settings.AppDirectories;
import org.junit.jupiter.api.Test;

/**
 * Privacy, proven: a whole class session is played over HTTP, the teams' results are saved and
 * exported as the presenter does, and then neither the devices' address, nor their user agent,
 * nor any token is found in the data folder, the configuration folder (preferences), the exports
 * or anything logged (every logger at its finest level, and standard output and error).
 */
class ClassNetworkPrivacyTest {
    /** The phones' addresses: 127.0.0.71 to 127.0.0.76, one each (joins are limited per address). */
    private static final String DEVICE_ADDRESS = "127.0.0.7";
    private static final String USER_AGENT = "PrivacyProbe/9.9 (LeakLab test phone)";

    @Test
    void aWholeSessionLeavesNoAddressUserAgentOrTokenAnywhere() throws Exception {
        AppDirectories directories = AppDirectories.forPlatform();
        Path data = directories.data();
        Path config = directories.config();
        Files.createDirectories(data);
        Files.createDirectories(config);

        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        PrintStream tee = new PrintStream(captured, true, StandardCharsets.UTF_8);
        List<String> logged = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getLevel() + " " + record.getLoggerName() + " " + record.getMessage() + " " + java.util.Arrays.toString(record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        Level rootLevel = root.getLevel();
        Logger http = Logger.getLogger("com.sun.net.httpserver");
        Level httpLevel = http.getLevel();
        root.addHandler(handler);
        root.setLevel(Level.ALL);
        http.setLevel(Level.ALL);
        handler.setLevel(Level.ALL);
        List<String> tokens = new ArrayList<>();
        try {
            System.setOut(tee);
            System.setErr(tee);
            tokens.addAll(playAndSave(data));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            root.removeHandler(handler);
            root.setLevel(rootLevel);
            http.setLevel(httpLevel);
        }
        assertEquals(6, tokens.size());

        List<String> secrets = new ArrayList<>(tokens);
        for (int i = 1; i <= 6; i++) {
            secrets.add(DEVICE_ADDRESS + i);
        }
        secrets.add(USER_AGENT);
        secrets.add("PrivacyProbe");
        List<String> places = new ArrayList<>();
        for (Path folder : List.of(data, config)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                    for (String secret : secrets) {
                        if (text.contains(secret)) {
                            places.add(file + " holds " + secret);
                        }
                    }
                }
            }
        }
        String output = captured.toString(StandardCharsets.UTF_8) + String.join("\n", logged);
        for (String secret : secrets) {
            if (output.contains(secret)) {
                places.add("the log output holds " + secret + ": " + logged.stream().filter(l -> l.contains(secret)).findFirst().orElse(""));
            }
        }
        assertEquals(List.of(), places);
        assertTrue(Files.exists(data.resolve(ResultsStore.FILE_NAME)), "the session was saved, so the scan saw it");
    }

    /** Six phones play all twelve scenarios; the teams' answers are saved and exported. Returns the tokens. */
    private static List<String> playAndSave(Path data) throws Exception {
        Rooms rooms = new Rooms(new RoomSettings(40, List.of("Red", "Blue")));
        ClassRoom room = rooms.room;
        ClassServer server = ClassServer.start(room, InetAddress.getLoopbackAddress(), 0, Locale.ENGLISH);
        List<String> tokens = new ArrayList<>();
        List<ClassSession.Round> rounds = new ArrayList<>();
        try {
            List<RawHttp> phones = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                phones.add(new RawHttp(server.address()).from(DEVICE_ADDRESS + i).userAgent(USER_AGENT).patient());
            }
            String base = "/s/" + room.code() + "/";
            for (int i = 0; i < 6; i++) {
                RawHttp phone = phones.get(i);
                RawHttp.Response joined = phone.post(base + "join", null, "{}");
                assertEquals(201, joined.status(), joined.body());
                String token = JsonParser.parseString(joined.body()).getAsJsonObject().get("token").getAsString();
                tokens.add(token);
                assertEquals(200, phone.post(base + "team", token, "{\"team\":" + (i % 2) + "}").status());
                phone.post(base + "name", token, "{}");
            }
            Gson gson = new Gson();
            for (Scenario scenario : Rooms.AMAZON.scenarios()) {
                room.open(scenario);
                int steps = scenario instanceof DecisionScenario ? 8 : 1;
                for (int step = 0; step < steps; step++) {
                    int seq = room.status().question().orElseThrow().seq();
                    for (String token : tokens) {
                        RawHttp phone = phones.get(tokens.indexOf(token));
                        JsonObject answer = new JsonObject();
                        answer.addProperty("seq", seq);
                        switch (scenario) {
                            case RankingScenario ranking -> answer.add("ranking", gson.toJsonTree(ranking.itemIds()));
                            case EstimateScenario estimate -> answer.addProperty("estimate", 20 + tokens.indexOf(token) * 100);
                            case ChoiceScenario choice -> answer.add("choice", gson.toJsonTree(List.of(choice.options().get(0).id())));
                            case DecisionScenario story -> {
                                JsonObject state = JsonParser.parseString(phone.get(base + "state", token).body()).getAsJsonObject();
                                String option = state.getAsJsonObject("question").getAsJsonObject("story")
                                        .getAsJsonObject("node").getAsJsonArray("options").get(0).getAsJsonObject().get("id").getAsString();
                                answer.addProperty("vote", option);
                            }
                        }
                        RawHttp.Response sent = phone.post(base + "answer", token, answer.toString());
                        assertEquals(200, sent.status(), sent.body());
                    }
                    room.reveal();
                    if (!(scenario instanceof DecisionScenario) || room.status().question().orElseThrow().finished()) {
                        break;
                    }
                    room.nextStep();
                }
                for (String token : tokens) {
                    RawHttp phone = phones.get(tokens.indexOf(token));
                    assertEquals(200, phone.get(base + "state", token).status());
                    assertEquals(200, phone.get(base + "me", token).status());
                }
                List<ClassSession.TeamAnswer> answers = new ArrayList<>();
                for (Map.Entry<String, GroupAnswer> entry : room.groupAnswers(scenario).entrySet()) {
                    if (entry.getKey() != null) {
                        answers.add(new ClassSession.TeamAnswer(entry.getKey(), entry.getValue().answer(),
                                Rooms.SCORER.score(scenario, entry.getValue().answer()).score()));
                    }
                }
                rounds.add(new ClassSession.Round(scenario.id(), answers));
            }
            assertEquals(200, phones.get(0).post(base + "forget", tokens.get(0), "{}").status());
        } finally {
            server.close();
        }
        ClassSession session = new ClassSession(java.util.UUID.randomUUID().toString(), Instant.now(), Rooms.AMAZON.id(),
                List.of("Red", "Blue"), rounds);
        assertFalse(session.rounds().stream().allMatch(r -> r.answers().isEmpty()));
        new ResultsStore(data).save(session);
        Files.write(data.resolve("privacy-test-export.csv"),
                SessionCsv.bytes(session, java.util.Optional.of(Rooms.AMAZON), Locale.ENGLISH, ZoneId.of("UTC")));
        return tokens;
    }

    @Test
    void savingAndExportingNeverTouchTheNetwork() throws IOException {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.leaklab");
        noClasses().that().resideInAnyPackage("org.leaklab.session..", "org.leaklab.settings..", "org.leaklab.io..",
                        "org.leaklab.classroom")
                .should().dependOnClassesThat().resideInAnyPackage("com.sun.net.httpserver..", "java.net..",
                        "org.leaklab.classroom.web..")
                .check(classes);
    }
}
