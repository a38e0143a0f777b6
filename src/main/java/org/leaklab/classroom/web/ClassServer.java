package org.leaklab.classroom.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.leaklab.classroom.ClassRoom;
import org.leaklab.classroom.RefusedException;
import org.leaklab.classroom.Secrets;
import org.leaklab.classroom.Submission;
import org.leaklab.i18n.Messages;

/**
 * The class network's web server: the JDK's own {@code jdk.httpserver} on a virtual-thread
 * executor (a held event stream costs no platform thread), bound to the one address the teacher
 * chose. It serves the phone page and a small JSON API over one {@link ClassRoom}; the teacher acts
 * only through the room in the app, never over HTTP.
 *
 * <h2>Routes</h2>
 * <pre>
 * GET  /                      the phone page (and /phone.css, /phone.js, /price.js)
 * GET  /texts?lang=de         the page's texts from the bundles
 * POST /s/CODE/join           a new device: {"token", "state"}
 * GET  /s/CODE/state?lang=de  what the phone shows                     (token)
 * GET  /s/CODE/events         Server-Sent Events: the lifecycle version, a ping every 10 s
 * POST /s/CODE/answer         {"seq":3,"ranking":[..]} | "estimate":12.5 | "choice":[..] | "vote":".."  (token)
 * POST /s/CODE/name           draw another name                        (token)
 * POST /s/CODE/team           {"team":1}, -1 for none                  (token)
 * GET  /s/CODE/me?lang=de     "what LeakLab knows about you"           (token)
 * POST /s/CODE/forget         forget me                                (token)
 * </pre>
 * The token travels in the {@value #TOKEN_HEADER} header, never in a cookie (so there is no CSRF)
 * and never in a URL. The event stream needs none: it carries nothing but a version number.
 *
 * <h2>Rules</h2>
 * The Host header must name the bound address and port (DNS rebinding); every response carries a
 * strict Content-Security-Policy without inline script, {@code nosniff}, {@code no-store},
 * {@code no-referrer} and no CORS header; request bodies over {@value #MAX_BODY} bytes get 413,
 * POSTs without {@code application/json} 415; requests, joins and answers are rate-limited per
 * address (429 with Retry-After); slow requests are cut after 10 s and event streams end after
 * five minutes (the page reconnects), so dead phones free their connection. Nothing about a device
 * (address, user agent, token) is logged or written anywhere; the limiters keep addresses in memory
 * for their own use only.
 */
public final class ClassServer implements AutoCloseable {
    /** The header that carries a device's token. */
    public static final String TOKEN_HEADER = "X-LeakLab-Token";
    /** Largest request body accepted, in bytes: an answer is a few hundred. */
    public static final int MAX_BODY = 2048;
    /** The port tried first, and the next few, before any free port. */
    public static final int PREFERRED_PORT = 8123;
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static final String PAGE_ROOT = "/org/leaklab/classroom/web/phone/";
    private static final Map<String, String> ASSETS = Map.of(
            "/", "index.html", "/phone.css", "phone.css", "/phone.js", "phone.js", "/price.js", "price.js");
    private static final long HEARTBEAT_MILLIS = 10_000;
    private static final long STREAM_LIFETIME_MILLIS = 5 * 60_000;
    private static final int STREAMS_PER_ADDRESS = 4;

    static {
        // Read once by the JDK server when it first starts; set here unless the launcher set them.
        setDefault("sun.net.httpserver.maxReqTime", "10");       // seconds to send a request: slowloris
        setDefault("sun.net.httpserver.maxReqHeaderSize", "8192");
        setDefault("sun.net.httpserver.maxReqHeaders", "60");
        setDefault("sun.net.httpserver.idleInterval", "30");     // idle keep-alive connections closed
        setDefault("jdk.httpserver.maxConnections", "600");
        // maxRspTime stays unlimited: event streams are long responses by design.
    }

    /**
     * The JDK server's own logger writes connections with the phone's address at its finer levels
     * (and may name it in warnings). Silenced while a class server runs, whatever the logging
     * configuration says, so no device's address can reach a log; held here so it is not collected.
     */
    private static final java.util.logging.Logger JDK_SERVER_LOG = java.util.logging.Logger.getLogger("com.sun.net.httpserver");

    private final ClassRoom room;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Set<String> allowedHosts;
    private final String hostForUrls;
    private final Locale defaultLanguage;
    private final Map<String, byte[]> assets = new ConcurrentHashMap<>();
    private final RateLimiter requests = new RateLimiter(60, 20, 4096, System::nanoTime);
    private final RateLimiter joins = new RateLimiter(5, 5 / 60.0, 4096, System::nanoTime);
    private final RateLimiter answers = new RateLimiter(10, 2, 4096, System::nanoTime);
    private final Map<InetAddress, AtomicInteger> streams = new ConcurrentHashMap<>();
    private final AtomicInteger openStreams = new AtomicInteger();
    private final Object signal = new Object();
    private final Runnable lifecycleListener = this::lifecycleChanged;
    private volatile boolean stopped;

    /** Why the server could not start, for a clear message in the presenter. */
    public static final class StartException extends IOException {
        private static final long serialVersionUID = 1L;

        /** What went wrong. */
        public enum Reason {
            /** Another program uses the port. */
            PORT_IN_USE,
            /** The address is not (or no longer) this computer's. */
            ADDRESS_UNAVAILABLE
        }

        private final Reason reason;

        StartException(Reason reason, String message, Throwable cause) {
            super(message, cause);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    private ClassServer(ClassRoom room, HttpServer server, ExecutorService executor, InetSocketAddress bound,
                        Locale defaultLanguage) {
        this.room = room;
        this.server = server;
        this.executor = executor;
        this.defaultLanguage = Messages.supportedLocale(defaultLanguage);
        String host = bound.getAddress() instanceof java.net.Inet6Address
                ? "[" + stripScope(bound.getAddress().getHostAddress()) + "]" : bound.getAddress().getHostAddress();
        this.hostForUrls = host + ":" + bound.getPort();
        this.allowedHosts = Set.of(hostForUrls.toLowerCase(Locale.ROOT));
        for (String asset : ASSETS.values()) {
            assets.put(asset, readAsset(asset));
        }
    }

    /**
     * Starts serving {@code room} on {@code address} only (never on all interfaces), on port
     * {@value #PREFERRED_PORT} or, when that is taken, one of the next nine, else any free port: a
     * stable port is easier to type from the projector.
     *
     * @param defaultLanguage the language phones start in (the teacher's)
     * @throws StartException if no port is free or the address is not this computer's
     */
    public static ClassServer start(ClassRoom room, InetAddress address, Locale defaultLanguage) throws StartException {
        List<Integer> ports = new ArrayList<>();
        for (int p = PREFERRED_PORT; p < PREFERRED_PORT + 10; p++) {
            ports.add(p);
        }
        ports.add(0);
        return start(room, address, ports, defaultLanguage);
    }

    /**
     * Starts serving {@code room} on {@code address} and {@code port} only (0: any free port).
     *
     * @throws StartException if the port is taken or the address is not this computer's
     */
    public static ClassServer start(ClassRoom room, InetAddress address, int port, Locale defaultLanguage)
            throws StartException {
        return start(room, address, List.of(port), defaultLanguage);
    }

    private static ClassServer start(ClassRoom room, InetAddress address, List<Integer> ports, Locale defaultLanguage)
            throws StartException {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(address, "address");
        if (address.isAnyLocalAddress()) {
            throw new IllegalArgumentException("the class network binds to one address, never to all");
        }
        JDK_SERVER_LOG.setLevel(java.util.logging.Level.OFF);
        IOException last = null;
        for (int p : ports) {
            HttpServer server;
            try {
                server = HttpServer.create(new InetSocketAddress(address, p), 256);
            } catch (BindException e) {
                last = e;
                if (isAddressProblem(e)) {
                    throw new StartException(StartException.Reason.ADDRESS_UNAVAILABLE,
                            "The address " + address.getHostAddress() + " is not one of this computer's: " + e.getMessage(), e);
                }
                continue;
            } catch (IOException e) {
                throw new StartException(StartException.Reason.ADDRESS_UNAVAILABLE,
                        "Cannot listen on " + address.getHostAddress() + ": " + e.getMessage(), e);
            }
            ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
            server.setExecutor(executor);
            ClassServer classServer = new ClassServer(room, server, executor, server.getAddress(), defaultLanguage);
            server.createContext("/", classServer::handle);
            room.onLifecycle(classServer.lifecycleListener);
            server.start();
            return classServer;
        }
        throw new StartException(StartException.Reason.PORT_IN_USE,
                "Port " + ports.get(0) + " on " + address.getHostAddress() + " is in use by another program", last);
    }

    private static boolean isAddressProblem(BindException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("assign") || message.contains("not available") || message.contains("invalid");
    }

    /** The address phones open: {@code http://192.168.1.23:8123/#K7QX2M} (the code after #, so it never travels). */
    public URI joinUrl() {
        return URI.create("http://" + hostForUrls + "/#" + room.code());
    }

    /** The address without the room code, for typing: {@code 192.168.1.23:8123}. */
    public String typedAddress() {
        return hostForUrls;
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    public ClassRoom room() {
        return room;
    }

    /** Event streams open now. */
    public int openStreams() {
        return openStreams.get();
    }

    /**
     * Stops listening, ends every event stream, forgets the rate limiters' addresses and erases the
     * room: what the class sent is gone when the class network closes.
     */
    @Override
    public void close() {
        stopped = true;
        room.removeListener(lifecycleListener);
        synchronized (signal) {
            signal.notifyAll();
        }
        server.stop(0);
        executor.shutdownNow();
        requests.clear();
        joins.clear();
        answers.clear();
        streams.clear();
        room.erase();
    }

    private void lifecycleChanged() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    // ---- requests --------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) {
        try (exchange) {
            respond(exchange);
        } catch (Rejected rejected) {
            try {
                error(exchange, rejected.status, rejected.code);
            } catch (IOException ignored) {
                // the connection is gone
            }
        } catch (IOException | UncheckedIOException e) {
            // The phone went away mid-request: nothing to tell anyone, and nothing about it is kept.
        } catch (RuntimeException e) {
            try {
                error(exchange, 500, "server-error");
            } catch (IOException ignored) {
                // the connection is gone as well
            }
        }
    }

    private void respond(HttpExchange exchange) throws IOException {
        secureHeaders(exchange.getResponseHeaders());
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null || !allowedHosts.contains(host.toLowerCase(Locale.ROOT))) {
            error(exchange, 400, "bad-host");
            return;
        }
        InetAddress from = exchange.getRemoteAddress().getAddress();
        if (!requests.allow(from)) {
            tooMany(exchange, requests, from);
            return;
        }
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        if (ASSETS.containsKey(path)) {
            if (!method.equals("GET") && !method.equals("HEAD")) {
                error(exchange, 405, "method-not-allowed");
                return;
            }
            asset(exchange, ASSETS.get(path));
            return;
        }
        if (path.equals("/texts")) {
            requireMethod(exchange, "GET");
            JsonObject texts = new JsonObject();
            Locale locale = language(exchange);
            texts.addProperty("lang", locale.getLanguage());
            JsonObject strings = new JsonObject();
            PhoneTexts.in(locale).forEach(strings::addProperty);
            texts.add("texts", strings);
            json(exchange, 200, texts);
            return;
        }
        String[] parts = path.split("/", -1);
        if (parts.length != 4 || !parts[0].isEmpty() || !parts[1].equals("s")) {
            error(exchange, 404, "not-found");
            return;
        }
        if (!Secrets.looksLikeRoomCode(parts[2]) || !java.security.MessageDigest.isEqual(
                parts[2].getBytes(StandardCharsets.US_ASCII), room.code().getBytes(StandardCharsets.US_ASCII))) {
            error(exchange, 404, "wrong-code");
            return;
        }
        try {
            route(exchange, parts[3], method, from);
        } catch (Rejected rejected) {
            error(exchange, rejected.status, rejected.code);
        } catch (RefusedException refused) {
            error(exchange, status(refused), refused.refusal().code());
        }
    }

    private void route(HttpExchange exchange, String action, String method, InetAddress from) throws IOException {
        switch (action) {
            case "join" -> {
                requireMethod(exchange, "POST");
                readBody(exchange);
                if (!joins.allow(from)) {
                    tooMany(exchange, joins, from);
                    return;
                }
                ClassRoom.Joined joined = room.join();
                JsonObject body = new JsonObject();
                body.addProperty("token", joined.token());
                body.add("state", PhoneJson.state(joined.view(), room.caseData(), room.code(), language(exchange)));
                json(exchange, 201, body);
            }
            case "events" -> {
                requireMethod(exchange, "GET");
                events(exchange, from);
            }
            case "state" -> {
                requireMethod(exchange, "GET");
                String token = token(exchange);
                json(exchange, 200, PhoneJson.state(room.view(token), room.caseData(), room.code(), language(exchange)));
            }
            case "me" -> {
                requireMethod(exchange, "GET");
                String token = token(exchange);
                json(exchange, 200, PhoneJson.report(room.report(token), room.caseData(), language(exchange)));
            }
            case "answer" -> {
                requireMethod(exchange, "POST");
                String token = token(exchange);
                JsonObject body = readBody(exchange);
                if (!answers.allow(from)) {
                    tooMany(exchange, answers, from);
                    return;
                }
                room.submit(token, integer(body, "seq"), submission(body));
                json(exchange, 200, PhoneJson.state(room.view(token), room.caseData(), room.code(), language(exchange)));
            }
            case "name" -> {
                requireMethod(exchange, "POST");
                String token = token(exchange);
                readBody(exchange);
                room.reroll(token);
                json(exchange, 200, PhoneJson.state(room.view(token), room.caseData(), room.code(), language(exchange)));
            }
            case "team" -> {
                requireMethod(exchange, "POST");
                String token = token(exchange);
                JsonObject body = readBody(exchange);
                room.chooseTeam(token, integer(body, "team"));
                json(exchange, 200, PhoneJson.state(room.view(token), room.caseData(), room.code(), language(exchange)));
            }
            case "forget" -> {
                requireMethod(exchange, "POST");
                String token = token(exchange);
                readBody(exchange);
                room.forget(token);
                JsonObject body = new JsonObject();
                body.addProperty("forgotten", true);
                json(exchange, 200, body);
            }
            default -> error(exchange, 404, "not-found");
        }
    }

    /** Server-Sent Events: the room's lifecycle version whenever it changes, a comment line as heartbeat. */
    private void events(HttpExchange exchange, InetAddress from) throws IOException {
        AtomicInteger mine = streams.computeIfAbsent(from, a -> new AtomicInteger());
        if (mine.incrementAndGet() > STREAMS_PER_ADDRESS
                || openStreams.incrementAndGet() > room.settings().maxDevices() + 16) {
            mine.decrementAndGet();
            openStreams.updateAndGet(n -> Math.max(0, n - 1));
            error(exchange, 429, "too-many-streams");
            return;
        }
        try {
            Headers headers = exchange.getResponseHeaders();
            headers.set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            long seen = room.lifecycleVersion();
            write(out, "retry: 3000\ndata: " + seen + "\n\n");
            long endAt = System.currentTimeMillis() + STREAM_LIFETIME_MILLIS;
            while (!stopped && System.currentTimeMillis() < endAt) {
                long now;
                synchronized (signal) {
                    now = room.lifecycleVersion();
                    if (now == seen && !stopped) {
                        signal.wait(HEARTBEAT_MILLIS);
                        now = room.lifecycleVersion();
                    }
                }
                if (now != seen) {
                    seen = now;
                    write(out, "data: " + now + "\n\n");
                } else {
                    write(out, ": ping\n\n");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            openStreams.decrementAndGet();
            if (mine.decrementAndGet() <= 0) {
                streams.remove(from, mine);
            }
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    // ---- pieces ----------------------------------------------------------------------------------

    /** A request the server refuses before the room sees it. */
    private static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final String code;

        Rejected(int status, String code) {
            super(code, null, false, false);
            this.status = status;
            this.code = code;
        }
    }

    private static void requireMethod(HttpExchange exchange, String method) {
        if (!exchange.getRequestMethod().equals(method)) {
            exchange.getResponseHeaders().set("Allow", method);
            throw new Rejected(405, "method-not-allowed");
        }
    }

    private static String token(HttpExchange exchange) {
        String token = exchange.getRequestHeaders().getFirst(TOKEN_HEADER);
        if (!Secrets.looksLikeToken(token)) {
            throw new Rejected(403, "unknown-device");
        }
        return token;
    }

    /** The body as a JSON object (an empty body reads as {}), at most {@value #MAX_BODY} bytes. */
    private static JsonObject readBody(HttpExchange exchange) throws IOException {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > MAX_BODY) {
                    throw new Rejected(413, "too-large");
                }
            } catch (NumberFormatException e) {
                throw new Rejected(400, "bad-length");
            }
        }
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new Rejected(415, "json-only");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream in = exchange.getRequestBody()) {
            byte[] buffer = new byte[512];
            int read;
            while ((read = in.read(buffer)) > 0) {
                bytes.write(buffer, 0, read);
                if (bytes.size() > MAX_BODY) {
                    throw new Rejected(413, "too-large");
                }
            }
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return new JsonObject();
        }
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = JsonParser.parseReader(reader);
            if (!element.isJsonObject()) {
                throw new Rejected(400, "bad-json");
            }
            return element.getAsJsonObject();
        } catch (RuntimeException e) {
            if (e instanceof Rejected rejected) {
                throw rejected;
            }
            throw new Rejected(400, "bad-json");
        }
    }

    private static int integer(JsonObject body, String name) {
        JsonElement value = body.get(name);
        if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            throw new Rejected(400, "bad-request");
        }
        double number = value.getAsDouble();
        if (number != Math.rint(number) || Math.abs(number) > Integer.MAX_VALUE) {
            throw new Rejected(400, "bad-request");
        }
        return (int) number;
    }

    /** The answer in the body: exactly one of ranking, estimate, choice, vote. */
    private static Submission submission(JsonObject body) {
        List<Submission> found = new ArrayList<>();
        if (body.has("ranking")) {
            found.add(new Submission.Ranking(strings(body.get("ranking"))));
        }
        if (body.has("estimate")) {
            JsonElement value = body.get("estimate");
            if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
                throw new Rejected(400, "not-a-number");
            }
            found.add(new Submission.Estimate(value.getAsDouble()));
        }
        if (body.has("choice")) {
            found.add(new Submission.Choice(strings(body.get("choice"))));
        }
        if (body.has("vote")) {
            JsonElement value = body.get("vote");
            if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
                throw new Rejected(400, "bad-request");
            }
            found.add(new Submission.Vote(value.getAsString()));
        }
        if (found.size() != 1) {
            throw new Rejected(400, "bad-request");
        }
        return found.get(0);
    }

    private static List<String> strings(JsonElement element) {
        if (!element.isJsonArray() || element.getAsJsonArray().size() > 64) {
            throw new Rejected(400, "bad-request");
        }
        List<String> values = new ArrayList<>();
        for (JsonElement item : (JsonArray) element) {
            if (!item.isJsonPrimitive() || !item.getAsJsonPrimitive().isString()) {
                throw new Rejected(400, "bad-request");
            }
            values.add(item.getAsString());
        }
        return values;
    }

    private Locale language(HttpExchange exchange) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.equals("lang=de")) {
                    return Locale.GERMAN;
                }
                if (pair.equals("lang=en")) {
                    return Locale.ENGLISH;
                }
            }
        }
        return defaultLanguage;
    }

    private static int status(RefusedException refused) {
        return switch (refused.refusal().kind()) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case CONFLICT -> 409;
            case LOCKED -> 423;
            case FULL -> 503;
        };
    }

    static void secureHeaders(Headers headers) {
        headers.set("Content-Security-Policy", CSP);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Cache-Control", "no-store");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Cross-Origin-Resource-Policy", "same-origin");
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
    }

    private void asset(HttpExchange exchange, String name) throws IOException {
        byte[] bytes = assets.get(name);
        String type = name.endsWith(".html") ? "text/html; charset=utf-8"
                : name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
        exchange.getResponseHeaders().set("Content-Type", type);
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void json(HttpExchange exchange, int status, JsonObject body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void error(HttpExchange exchange, int status, String code) throws IOException {
        JsonObject body = new JsonObject();
        body.addProperty("error", code);
        json(exchange, status, body);
    }

    private static void tooMany(HttpExchange exchange, RateLimiter limiter, InetAddress from) throws IOException {
        exchange.getResponseHeaders().set("Retry-After", String.valueOf(limiter.retryAfterSeconds(from)));
        error(exchange, 429, "too-many");
    }

    private static byte[] readAsset(String name) {
        try (InputStream in = ClassServer.class.getResourceAsStream(PAGE_ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + PAGE_ROOT + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + PAGE_ROOT + name, e);
        }
    }

    private static String stripScope(String address) {
        int scope = address.indexOf('%');
        return scope < 0 ? address : address.substring(0, scope);
    }

    private static void setDefault(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
