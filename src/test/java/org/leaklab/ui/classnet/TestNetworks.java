package org.leaklab.ui.classnet;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.leaklab.classroom.ClassRoom;
import org.leaklab.classroom.web.AddressChooser;
import org.leaklab.classroom.web.ClassServer;
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Case;
import org.leaklab.scoring.ScenarioScorer;

/**
 * The real class network on addresses the test chooses: this computer's loopback address, and
 * {@link #NOT_OURS} (TEST-NET-1, never a computer's own), which cannot be bound. Without a port
 * asked for, any free port, so tests running side by side never meet on 8123.
 */
public final class TestNetworks implements NetworkAccess {
    public static final Case AMAZON = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);
    public static final InetAddress LOOPBACK = InetAddress.ofLiteral("127.0.0.1");
    public static final InetAddress NOT_OURS = InetAddress.ofLiteral("192.0.2.1");

    private final RoomServers real = new RoomServers(new ScenarioScorer(AMAZON), List::of);
    private final List<AddressChooser.Candidate> addresses;

    private TestNetworks(List<AddressChooser.Candidate> addresses) {
        this.addresses = addresses;
    }

    /** The loopback address only: the network opens without a chooser. */
    public static TestNetworks loopbackOnly() {
        return new TestNetworks(List.of(candidate(LOOPBACK, AddressChooser.Reach.LOOPBACK)));
    }

    /** The loopback address and one that is not this computer's: the chooser comes first. */
    public static TestNetworks loopbackAndNotOurs() {
        return new TestNetworks(List.of(candidate(LOOPBACK, AddressChooser.Reach.LOOPBACK),
                candidate(NOT_OURS, AddressChooser.Reach.OTHER_IPV4)));
    }

    private static AddressChooser.Candidate candidate(InetAddress address, AddressChooser.Reach reach) {
        return new AddressChooser.Candidate(address, "lo", "loopback", reach);
    }

    @Override
    public List<AddressChooser.Candidate> addresses() {
        return addresses;
    }

    @Override
    public ClassRoom newRoom() {
        return real.newRoom();
    }

    @Override
    public ClassServer serve(ClassRoom room, InetAddress address, int port, Locale language)
            throws ClassServer.StartException {
        return real.serve(room, address, port == PREFERRED_PORTS ? 0 : port, language);
    }

    /** A phone joins the room behind {@code joinUrl} over HTTP, as the phone page does; the status code. */
    public static int join(URI joinUrl) throws IOException, InterruptedException {
        URI route = URI.create("http://" + joinUrl.getRawAuthority() + "/s/" + joinUrl.getFragment() + "/join");
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            HttpRequest request = HttpRequest.newBuilder(route).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    /** Whether anything accepts a connection on {@code address}'s port now. */
    public static boolean listening(java.net.InetSocketAddress address) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(address, 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Waits up to 5 s for {@code condition}. */
    public static boolean within5s(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return condition.getAsBoolean();
    }
}
