package org.leaklab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A link that cannot open is reported, not swallowed as JavaFX's HostServices does. */
class SystemBrowserTest {
    private final List<String> failed = new ArrayList<>();
    private final List<String> handedOn = new ArrayList<>();

    private SystemBrowser browser(String... command) {
        SystemBrowser browser = new SystemBrowser(List.of(command), handedOn::add);
        browser.onFailure(failed::add);
        return browser;
    }

    @Test
    void anOpenerThatFailsIsReportedWithTheAddress() {
        // "false" ends with 1, as xdg-open ends with 3 or 4 when no browser can start.
        assertFalse(browser("false").run("https://www.theverge.com"));
        assertEquals(List.of("https://www.theverge.com"), failed);
    }

    @Test
    void aMissingOpenerIsReportedToo() {
        assertFalse(browser("/nonexistent/xdg-open").run("https://example.org"));
        assertEquals(List.of("https://example.org"), failed);
    }

    @Test
    void anOpenerThatWorksIsNotReported() {
        assertTrue(browser("true").run("https://example.org"));
        assertEquals(List.of(), failed);
    }

    @Test
    void withoutACommandTheAddressGoesToTheFallback() {
        browser().open("https://example.org");
        assertEquals(List.of("https://example.org"), handedOn);
    }
}
