package org.leaklab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.ui.classnet.NetworkAccess;

/** The command-line options that run without a window. */
class LauncherTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Launcher.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void noArgumentsStartTheWindow() {
        assertEquals(-1, run());
        assertEquals(-1, run("--presenter"));
    }

    @Test
    void validateReportsEachFile(@TempDir Path dir) throws IOException {
        Path good = Path.of("assets/cases/amazon-2018.json");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"id\": ");
        assertEquals(0, run("--validate", good.toString()));
        assertEquals(good + ": valid", out().strip());
        out.reset();
        assertEquals(1, run("--validate", good.toString(), bad.toString()));
        List<String> lines = out().lines().toList();
        assertEquals(good + ": valid", lines.get(0));
        assertTrue(lines.get(1).startsWith(bad + ": $"), lines.get(1));
        assertFalse(out().contains("Exception"), "no stack traces");
    }

    @Test
    void validateWithoutFilesIsAUsageError() {
        assertEquals(2, run("--validate"));
        assertTrue(out().startsWith("usage:"));
    }

    @Test
    void unknownOptionsAreUsageErrors() {
        assertEquals(2, run("--frobnicate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option --frobnicate"));
    }

    @Test
    void helpAndVersion() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("--validate FILE..."));
        out.reset();
        assertEquals(0, run("--version"));
        assertEquals("LeakLab 0.1.0", out().strip());
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void classAddressStartsThePresenterOnItsNetwork() {
        assertEquals(-1, run("--presenter", "--class-address", "127.0.0.1"));
        assertEquals(-1, run("--class-address", "192.168.1.23:8200", "--presenter"));
        assertEquals("", out() + err(), "nothing printed before the window opens");
        LaunchOptions options = LaunchOptions.parse(List.of("--presenter", "--class-address", "127.0.0.1"));
        assertTrue(options.presenter());
        ClassAddress address = options.classAddress().orElseThrow();
        assertEquals("127.0.0.1", address.address().getHostAddress());
        assertEquals(NetworkAccess.PREFERRED_PORTS, address.port(), "the preferred port, or the next nine");
        assertTrue(LaunchOptions.parse(List.of("--presenter")).classAddress().isEmpty());
    }

    @Test
    void classAddressesAreLiteralsWithAnOptionalPort() {
        assertEquals(new ClassAddress(InetAddress.ofLiteral("192.168.1.23"), 8200), ClassAddress.parse("192.168.1.23:8200"));
        assertEquals(new ClassAddress(InetAddress.ofLiteral("fd00::23"), NetworkAccess.PREFERRED_PORTS),
                ClassAddress.parse("fd00::23"));
        assertEquals(new ClassAddress(InetAddress.ofLiteral("fd00::23"), 8123), ClassAddress.parse("[fd00::23]:8123"));
        assertEquals(new ClassAddress(InetAddress.ofLiteral("::1"), NetworkAccess.PREFERRED_PORTS),
                ClassAddress.parse("[::1]"));
    }

    @Test
    void wrongClassAddressesAreUsageErrorsThatSayWhy() {
        assertUsageError("leaklab: --class-address needs an address", "--presenter", "--class-address");
        assertUsageError("leaklab: --class-address needs an address", "--class-address", "--presenter");
        assertUsageError("leaklab: --class-address works with --presenter", "--class-address", "127.0.0.1");
        assertUsageError("leaklab: not an IP address: classroom.local", "--presenter", "--class-address",
                "classroom.local");
        assertUsageError("leaklab: the class network listens on one address, not on all: 0.0.0.0", "--presenter",
                "--class-address", "0.0.0.0");
        assertUsageError("leaklab: not a port from 1 to 65535: 127.0.0.1:99999", "--presenter", "--class-address",
                "127.0.0.1:99999");
        assertUsageError("leaklab: not a port from 1 to 65535: 127.0.0.1:", "--presenter", "--class-address",
                "127.0.0.1:");
        assertUsageError("leaklab: only an IPv6 address goes in brackets: [127.0.0.1]:80", "--presenter",
                "--class-address", "[127.0.0.1]:80");
        assertUsageError("leaklab: --class-address is given twice", "--presenter", "--class-address", "127.0.0.1",
                "--class-address", "::1");
    }

    private void assertUsageError(String firstLine, String... args) {
        out.reset();
        err.reset();
        assertEquals(2, run(args), String.join(" ", args));
        assertEquals(firstLine, err().lines().findFirst().orElse(""), String.join(" ", args));
        assertTrue(err().contains("--class-address ADDRESS"), "with the usage");
        assertEquals("", out());
    }
}
