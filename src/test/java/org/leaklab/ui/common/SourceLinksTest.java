package org.leaklab.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leaklab.model.Source;

/** Numbered sources, browsable addresses, localized dates, and a browser that fails politely. */
class SourceLinksTest {
    private final Localization localization = new Localization(Locale.ENGLISH);
    private final StatusMessages status = new StatusMessages();
    private final List<String> opened = new ArrayList<>();

    private final List<Source> sources = List.of(
            new Source("site", "A site", "example.org/path/", Optional.of("2018-09-16")),
            new Source("full", "Full address", "http://example.com/x", Optional.of("2020-09")),
            new Source("none", "Print only", "", Optional.empty()),
            new Source("text", "Described place", "the city library", Optional.of("2013")));

    @Test
    void numbersSourcesAndMakesAddressesBrowsable() {
        List<SourceLink> links = new SourceLinks(sources, localization, status, opened::add).links();
        assertEquals(List.of(1, 2, 3, 4), links.stream().map(SourceLink::number).toList());
        assertEquals(Optional.of("https://example.org/path/"), links.get(0).url());
        assertEquals("example.org/path/", links.get(0).address());
        assertEquals(Optional.of("http://example.com/x"), links.get(1).url(), "a given scheme is kept");
        assertEquals("example.com/x", links.get(1).address());
        assertEquals(Optional.empty(), links.get(2).url(), "no address, no link");
        assertEquals(Optional.empty(), links.get(3).url(), "a description is not a web address");
        assertEquals(Optional.of("September 16, 2018"), links.get(0).date());
        assertEquals(Optional.of("September 2020"), links.get(1).date());
        assertEquals(Optional.empty(), links.get(2).date());
    }

    @Test
    void datesFollowTheLanguage() {
        localization.setLocale(Locale.GERMAN);
        List<SourceLink> links = new SourceLinks(sources, localization, status, opened::add).links();
        assertEquals(Optional.of("16. September 2018"), links.get(0).date());
        assertEquals("Mai 2018", CaseDates.format("2018-05", Locale.GERMAN));
        assertEquals("2013", CaseDates.format("2013", Locale.GERMAN));
        assertEquals("2018-13", CaseDates.format("2018-13", Locale.GERMAN), "an impossible month is shown as written");
    }

    @Test
    void citesByNumberInTheListsOrderSkippingUnknownIds() {
        SourceLinks links = new SourceLinks(sources, localization, status, opened::add);
        assertEquals("[1] [2]", links.citation(List.of("full", "site", "missing")), "in the list's order, as a reader expects");
        assertEquals("", links.citation(List.of()));
    }

    @Test
    void opensInTheBrowserAndSaysSo() {
        SourceLinks links = new SourceLinks(sources, localization, status, opened::add);
        links.open(links.links().get(0));
        assertEquals(List.of("https://example.org/path/"), opened);
        assertEquals("Opening https://example.org/path/ in your web browser.", status.messageProperty().get());
        links.open(links.links().get(2));
        assertEquals(1, opened.size(), "a source without address opens nothing");
    }

    @Test
    void aBrowserThatCannotStartIsReportedWithTheAddress() {
        SourceLinks links = new SourceLinks(sources, localization, status, url -> {
            throw new UnsupportedOperationException("no desktop");
        });
        links.open(links.links().get(1));
        assertTrue(status.warningProperty().get());
        assertEquals("No web browser could be started. The address is http://example.com/x",
                status.messageProperty().get());
    }
}
