package org.leaklab.classroom.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.leaklab.classroom.ClassRoom;
import org.leaklab.classroom.RefusedException;
import org.leaklab.classroom.Secrets;
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
 * <p>
 * This class starts and stops the server and is the gate of every request (Host, rate limit); the
 * page's files and texts are {@link PhonePage}'s, the room's routes {@link PhoneApi}'s, reading a
 * request {@link PhoneRequests}', the headers and JSON answers {@link Responses}', the live updates
 * {@link EventStreams}'.
 */
public final class ClassServer implements AutoCloseable {
    /** The header that carries a device's token. */
    public static final String TOKEN_HEADER = "X-LeakLab-Token";
    /** Largest request body accepted, in bytes: an answer is a few hundred. */
    public static final int MAX_BODY = 2048;
    /** The port tried first, and the next few, before any free port. */
    public static final int PREFERRED_PORT = 8123;

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
    private final PhonePage page = new PhonePage();
    private final EventStreams events;
    private final PhoneApi api;
    private final RateLimiter requests = new RateLimiter(60, 20, 4096, System::nanoTime);

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
        private final int port;

        StartException(Reason reason, int port, String message, Throwable cause) {
            super(message, cause);
            this.reason = reason;
            this.port = port;
        }

        public Reason reason() {
            return reason;
        }

        /** The port asked for first (0: any free port). */
        public int port() {
            return port;
        }
    }

    private ClassServer(ClassRoom room, HttpServer server, ExecutorService executor, InetSocketAddress bound,
                        Locale defaultLanguage) {
        this.room = room;
        this.server = server;
        this.executor = executor;
        this.defaultLanguage = Messages.supportedLocale(defaultLanguage);
        this.hostForUrls = UrlHost.of(bound.getAddress()) + ":" + bound.getPort();
        // Browsers send an IPv6 host compressed, as the join address writes it; a tool may write it in full.
        String written = bound.getAddress() instanceof java.net.Inet6Address
                ? "[" + stripScope(bound.getAddress().getHostAddress()) + "]:" + bound.getPort() : hostForUrls;
        this.allowedHosts = Set.copyOf(List.of(hostForUrls.toLowerCase(Locale.ROOT), written.toLowerCase(Locale.ROOT)));
        this.events = new EventStreams(room);
        this.api = new PhoneApi(room, events, this.defaultLanguage);
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
                    throw new StartException(StartException.Reason.ADDRESS_UNAVAILABLE, ports.get(0),
                            "The address " + address.getHostAddress() + " is not one of this computer's: " + e.getMessage(), e);
                }
                continue;
            } catch (IOException e) {
                throw new StartException(StartException.Reason.ADDRESS_UNAVAILABLE, ports.get(0),
                        "Cannot listen on " + address.getHostAddress() + ": " + e.getMessage(), e);
            }
            ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
            server.setExecutor(executor);
            ClassServer classServer = new ClassServer(room, server, executor, server.getAddress(), defaultLanguage);
            server.createContext("/", classServer::handle);
            server.start();
            return classServer;
        }
        throw new StartException(StartException.Reason.PORT_IN_USE, ports.get(0),
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

    /** The address without the room code, for typing: {@code 192.168.1.23:8123}, {@code [fd00::23]:8123}. */
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
        return events.open();
    }

    /**
     * Stops listening, ends every event stream, forgets the rate limiters' addresses and erases the
     * room: what the class sent is gone when the class network closes.
     */
    @Override
    public void close() {
        events.stop();
        server.stop(0);
        executor.shutdownNow();
        requests.clear();
        api.forget();
        events.forget();
        room.erase();
    }

    // ---- requests --------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) {
        try (exchange) {
            respond(exchange);
        } catch (Rejected rejected) {
            try {
                Responses.error(exchange, rejected.status, rejected.code);
            } catch (IOException ignored) {
                // the connection is gone
            }
        } catch (IOException | UncheckedIOException e) {
            // The phone went away mid-request: nothing to tell anyone, and nothing about it is kept.
        } catch (RuntimeException e) {
            try {
                Responses.error(exchange, 500, "server-error");
            } catch (IOException ignored) {
                // the connection is gone as well
            }
        }
    }

    /** The gate every request passes: the Host header, the rate limit, then the page, its texts or the room's routes. */
    private void respond(HttpExchange exchange) throws IOException {
        Responses.secureHeaders(exchange.getResponseHeaders());
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null || !allowedHosts.contains(host.toLowerCase(Locale.ROOT))) {
            Responses.error(exchange, 400, "bad-host");
            return;
        }
        InetAddress from = exchange.getRemoteAddress().getAddress();
        if (!requests.allow(from)) {
            Responses.tooMany(exchange, requests, from);
            return;
        }
        String path = exchange.getRequestURI().getRawPath();
        if (page.serves(path)) {
            page.send(exchange, path);
            return;
        }
        if (path.equals("/texts")) {
            PhoneRequests.requireMethod(exchange, "GET");
            Responses.json(exchange, 200, PhonePage.texts(PhoneRequests.language(exchange, defaultLanguage)));
            return;
        }
        String[] parts = path.split("/", -1);
        if (parts.length != 4 || !parts[0].isEmpty() || !parts[1].equals("s")) {
            Responses.error(exchange, 404, "not-found");
            return;
        }
        if (!Secrets.looksLikeRoomCode(parts[2]) || !java.security.MessageDigest.isEqual(
                parts[2].getBytes(StandardCharsets.US_ASCII), room.code().getBytes(StandardCharsets.US_ASCII))) {
            Responses.error(exchange, 404, "wrong-code");
            return;
        }
        try {
            api.route(exchange, parts[3], from);
        } catch (Rejected rejected) {
            Responses.error(exchange, rejected.status, rejected.code);
        } catch (RefusedException refused) {
            Responses.refused(exchange, refused);
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
