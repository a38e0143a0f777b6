package org.leaklab.classroom.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.leaklab.classroom.ClassRoom;
import org.leaklab.classroom.RoomSettings;
import org.leaklab.classroom.Rooms;
import org.leaklab.model.RankingScenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP contract: every rejection with its status code, and the headers on every response. */
class ClassServerTest {
    private Rooms rooms;
    private ClassRoom room;
    private ClassServer server;
    private RawHttp http;
    private int nextAddress = 10;

    @BeforeEach
    void start() throws Exception {
        rooms = new Rooms(new RoomSettings(30, List.of("Red", "Blue")));
        room = rooms.room;
        server = ClassServer.start(room, InetAddress.getLoopbackAddress(), 0, Locale.ENGLISH);
        http = new RawHttp(server.address());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String path(String action) {
        return "/s/" + room.code() + "/" + action;
    }

    /** A client from an address of its own, so the per-address limits of one test do not meet another's. */
    private RawHttp fresh() throws Exception {
        return new RawHttp(server.address()).from("127.0.0." + nextAddress++);
    }

    private String join(RawHttp client) throws Exception {
        RawHttp.Response response = client.post(path("join"), null, "{}");
        assertEquals(201, response.status(), response.body());
        return JsonParser.parseString(response.body()).getAsJsonObject().get("token").getAsString();
    }

    private static void assertSecureHeaders(RawHttp.Response response) {
        assertEquals(Responses.CSP, response.header("Content-Security-Policy"));
        assertFalse(response.header("Content-Security-Policy").contains("unsafe-inline"));
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        assertEquals("no-store", response.header("Cache-Control"));
        assertEquals("no-referrer", response.header("Referrer-Policy"));
        assertTrue(response.headers().keySet().stream().noneMatch(h -> h.startsWith("access-control-")), response.headers().toString());
        assertNull(response.header("Set-Cookie"));
    }

    @Test
    void thePageAndItsScriptsComeFromTheAppWithStrictHeaders() throws Exception {
        RawHttp.Response page = http.get("/", null);
        assertEquals(200, page.status());
        assertEquals("text/html; charset=utf-8", page.header("Content-Type"));
        assertSecureHeaders(page);
        assertFalse(page.body().matches("(?s).*<script>.*"), "no inline script");
        assertFalse(page.body().contains("http://") || page.body().contains("https://"), "nothing from elsewhere");
        for (String asset : List.of("/phone.js", "/price.js", "/phone.css")) {
            RawHttp.Response response = http.get(asset, null);
            assertEquals(200, response.status(), asset);
            assertSecureHeaders(response);
            assertFalse(response.body().contains("innerHTML"), asset + " sets markup");
        }
        RawHttp.Response texts = http.get("/texts?lang=de", null);
        assertEquals(200, texts.status());
        JsonObject json = JsonParser.parseString(texts.body()).getAsJsonObject();
        assertEquals("de", json.get("lang").getAsString());
        assertEquals("Der Klasse beitreten", json.getAsJsonObject("texts").get("classroom.phone.join").getAsString());
    }

    @Test
    void aRankingQuestionSaysWhatItRanksInThePerspectivesWords() throws Exception {
        RawHttp client = fresh();
        String token = join(client);
        room.open(Rooms.AMAZON.scenario("rank-customer").orElseThrow());
        JsonObject question = JsonParser.parseString(client.get(path("state") + "?lang=en", token).body())
                .getAsJsonObject().getAsJsonObject("question");
        assertEquals("most harmful first", question.get("order").getAsString(), "never 'most valuable' for harm");
        assertEquals("Most harmful", question.get("top").getAsString());
        assertEquals("Least harmful", question.get("bottom").getAsString());
        JsonObject texts = JsonParser.parseString(http.get("/texts?lang=en", null).body()).getAsJsonObject()
                .getAsJsonObject("texts");
        assertFalse(texts.get("classroom.phone.ranking.hint").getAsString().contains("valuable"));
    }

    @Test
    void aForeignHostHeaderIsRefused() throws Exception {
        assertEquals(400, http.host("evil.example:" + server.address().getPort()).get("/", null).status());
        assertEquals(400, new RawHttp(server.address()).host(null).get("/", null).status());
        assertEquals(400, new RawHttp(server.address()).host("localhost:" + server.address().getPort()).get("/", null).status());
    }

    @Test
    void aWrongCodeOrRouteIsNotFoundAndThereIsNoAdminRoute() throws Exception {
        assertEquals(404, http.post("/s/ZZZZZZ/join", null, "{}").status());
        assertEquals(404, http.post("/s/abc/join", null, "{}").status());
        assertEquals(404, http.get("/admin", null).status());
        for (String action : List.of("open", "close", "reveal", "lock", "remove", "devices", "status")) {
            assertEquals(404, http.post(path(action), null, "{}").status(), action);
        }
    }

    @Test
    void joiningGivesATokenInTheBodyNeverACookie() throws Exception {
        RawHttp.Response response = fresh().post(path("join"), null, "{}");
        assertEquals(201, response.status());
        assertSecureHeaders(response);
        JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
        assertEquals(22, body.get("token").getAsString().length());
        assertTrue(body.getAsJsonObject("state").getAsJsonObject("me").get("name").getAsString().contains(" "));
    }

    @Test
    void requestsWithoutAKnownTokenAreForbidden() throws Exception {
        assertEquals(403, http.get(path("state"), null).status());
        assertEquals(403, http.get(path("state"), "AAAAAAAAAAAAAAAAAAAAAA").status());
        assertEquals(403, http.get(path("state"), "not a token").status());
        assertEquals(403, http.post(path("answer"), null, "{\"seq\":1,\"estimate\":5}").status());
        assertEquals(403, http.post(path("forget"), null, "{}").status());
    }

    @Test
    void bodiesAreSmallJsonAndMethodsFixed() throws Exception {
        String token = join(fresh());
        String big = "{\"seq\":1,\"ranking\":[\"" + "x".repeat(ClassServer.MAX_BODY) + "\"]}";
        assertEquals(413, http.post(path("answer"), token, big).status());
        assertEquals(415, http.send("POST", path("answer"), token, "text/plain", "{}").status());
        assertEquals(415, http.send("POST", path("join"), null, "application/x-www-form-urlencoded", "a=b").status());
        assertEquals(400, http.post(path("answer"), token, "{not json").status());
        assertEquals(400, http.post(path("answer"), token, "[1,2]").status());
        assertEquals(405, http.get(path("answer"), token).status());
        assertEquals(405, http.send("OPTIONS", path("answer"), null, null, null).status());
        assertEquals(405, http.send("DELETE", "/", null, null, null).status());
        assertEquals(405, http.post(path("state"), token, "{}").status());
    }

    @Test
    void answersAreValidatedAndOnlyForTheOpenQuestion() throws Exception {
        String token = join(fresh());
        assertEquals(409, http.post(path("answer"), token, "{\"seq\":1,\"estimate\":5}").status(), "nothing open");
        RankingScenario ranking = Rooms.ranking();
        room.open(ranking);
        int seq = rooms.seq();
        List<String> items = ranking.itemIds();
        String dup = "[\"" + items.get(0) + "\",\"" + items.get(0) + "\"" + items.subList(2, items.size()).stream()
                .map(i -> ",\"" + i + "\"").reduce("", String::concat) + "]";
        assertEquals(400, http.post(path("answer"), token, "{\"seq\":" + seq + ",\"ranking\":" + dup + "}").status());
        assertEquals(400, http.post(path("answer"), token, "{\"seq\":" + seq + ",\"estimate\":5}").status(), "wrong kind");
        assertEquals(400, http.post(path("answer"), token, "{\"seq\":" + seq + "}").status(), "no answer");
        assertEquals(400, http.post(path("answer"), token, "{\"seq\":\"x\",\"ranking\":[]}").status());
        String good = "{\"seq\":" + seq + ",\"ranking\":" + new com.google.gson.Gson().toJson(items) + "}";
        assertEquals(409, http.post(path("answer"), token, good.replace("\"seq\":" + seq, "\"seq\":" + (seq + 7))).status());
        RawHttp.Response ok = http.post(path("answer"), token, good);
        assertEquals(200, ok.status(), ok.body());
        assertEquals(1, room.status().question().orElseThrow().answered());
        room.close();
        assertEquals(409, http.post(path("answer"), token, good).status(), "closed");

        room.open(Rooms.estimate());
        int estimate = rooms.seq();
        http = fresh(); // answers are limited per address; this test sends more than a burst
        assertEquals(400, http.post(path("answer"), token, "{\"seq\":" + estimate + ",\"estimate\":0.5}").status());
        assertEquals(400, http.post(path("answer"), token, "{\"seq\":" + estimate + ",\"estimate\":\"12\"}").status());
        assertEquals(400, http.post(path("answer"), token, "{\"seq\":" + estimate + ",\"estimate\":1e400}").status());
        assertEquals(200, http.post(path("answer"), token, "{\"seq\":" + estimate + ",\"estimate\":1e4}").status());
    }

    @Test
    void lockedAndFullRoomsAreRefused() throws Exception {
        room.lock(true);
        assertEquals(423, fresh().post(path("join"), null, "{}").status());
        room.lock(false);
        for (int i = 0; i < 30; i++) {
            join(fresh());
        }
        assertEquals(503, fresh().post(path("join"), null, "{}").status());
    }

    @Test
    void joinsAndAnswersAreRateLimitedPerAddress() throws Exception {
        RawHttp one = fresh();
        for (int i = 0; i < 5; i++) {
            join(one);
        }
        RawHttp.Response flood = one.post(path("join"), null, "{}");
        assertEquals(429, flood.status());
        assertNotNull(flood.header("Retry-After"));
        join(fresh()); // another address is not affected

        RawHttp answering = fresh();
        String token = join(answering);
        room.open(Rooms.estimate());
        int seq = rooms.seq();
        int refused = 0;
        for (int i = 0; i < 14; i++) {
            int status = answering.post(path("answer"), token, "{\"seq\":" + seq + ",\"estimate\":" + (10 + i) + "}").status();
            refused += status == 429 ? 1 : 0;
        }
        assertTrue(refused >= 1, "a burst of 14 answers from one address gets 429");
    }

    @Test
    void teamsNamesAndForgetting() throws Exception {
        RawHttp client = fresh();
        String token = join(client);
        RawHttp.Response team = client.post(path("team"), token, "{\"team\":1}");
        assertEquals(200, team.status());
        assertEquals(1, JsonParser.parseString(team.body()).getAsJsonObject().getAsJsonObject("me").get("team").getAsInt());
        assertEquals(400, client.post(path("team"), token, "{\"team\":5}").status());
        assertEquals(200, client.post(path("name"), token, "{}").status());
        assertEquals(200, client.post(path("name"), token, "{}").status());
        assertEquals(409, client.post(path("name"), token, "{}").status());
        RawHttp.Response me = client.get(path("me"), token);
        assertEquals(200, me.status());
        assertEquals("Blue", JsonParser.parseString(me.body()).getAsJsonObject().get("team").getAsString());
        assertEquals(200, client.post(path("forget"), token, "{}").status());
        assertEquals(403, client.get(path("state"), token).status());
        assertEquals(0, room.status().devices());
    }

    @Test
    void eventsCarryTheLifecycleVersionAndNoToken() throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(server.address(), 5000);
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path("events") + " HTTP/1.1\r\nHost: " + server.typedAddress() + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertTrue(in.readLine().startsWith("HTTP/1.1 200"));
            String line;
            boolean eventStream = false;
            while (!(line = in.readLine()).isEmpty()) {
                eventStream |= line.toLowerCase(Locale.ROOT).startsWith("content-type: text/event-stream");
                assertFalse(line.toLowerCase(Locale.ROOT).startsWith("access-control"));
            }
            assertTrue(eventStream);
            long before = room.lifecycleVersion();
            assertEquals("data: " + before, nextData(in));
            room.open(Rooms.estimate());
            assertEquals("data: " + room.lifecycleVersion(), nextData(in));
            assertEquals(1, server.openStreams());
        }
    }

    private static String nextData(BufferedReader in) throws Exception {
        String line;
        while ((line = in.readLine()) != null) {
            if (line.contains("data: ")) {
                return line.substring(line.indexOf("data: "));
            }
        }
        return null;
    }

    @Test
    void aPortInUseIsAClearProblemNotACrash() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            ClassServer.StartException problem = assertThrows(ClassServer.StartException.class,
                    () -> ClassServer.start(room, InetAddress.getLoopbackAddress(), taken.getLocalPort(), Locale.ENGLISH));
            assertEquals(ClassServer.StartException.Reason.PORT_IN_USE, problem.reason());
        }
        ClassServer.StartException elsewhere = assertThrows(ClassServer.StartException.class,
                () -> ClassServer.start(room, InetAddress.getByName("192.0.2.77"), 0, Locale.ENGLISH));
        assertEquals(ClassServer.StartException.Reason.ADDRESS_UNAVAILABLE, elsewhere.reason());
        assertThrows(IllegalArgumentException.class,
                () -> ClassServer.start(room, InetAddress.getByName("0.0.0.0"), 0, Locale.ENGLISH));
    }

    @Test
    void theJoinUrlCarriesTheCodeAfterTheHash() {
        String url = server.joinUrl().toString();
        assertEquals("http://127.0.0.1:" + server.address().getPort() + "/#" + room.code(), url);
    }

    @Test
    void closingEndsEverythingAndErasesTheRoom() throws Exception {
        join(fresh());
        server.close();
        assertEquals(0, room.status().devices());
        assertThrows(java.io.IOException.class, () -> new RawHttp(server.address()).get("/", null));
    }
}
