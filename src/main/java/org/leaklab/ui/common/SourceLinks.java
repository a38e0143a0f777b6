package org.leaklab.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.leaklab.model.Source;

/**
 * The sources of a case as numbered links, and opening one in the system browser with a note in
 * the status line. Shared by the pages that credit sources: the list on the briefing and the
 * summary, and the numbered marks ({@link SourceMarks}) beside what cites them.
 */
public final class SourceLinks {
    private final List<Source> sources;
    private final Localization localization;
    private final StatusMessages status;
    private final Consumer<String> browser;

    /**
     * @param browser opens a web address outside the app; may throw if no browser can be started
     */
    public SourceLinks(List<Source> sources, Localization localization, StatusMessages status,
                       Consumer<String> browser) {
        this.sources = List.copyOf(sources);
        this.localization = Objects.requireNonNull(localization);
        this.status = Objects.requireNonNull(status);
        this.browser = Objects.requireNonNull(browser);
    }

    /** Every source, numbered from 1, dates in the current language. */
    public List<SourceLink> links() {
        Locale locale = localization.getLocale();
        List<SourceLink> links = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            String address = source.address().strip();
            links.add(new SourceLink(source.id(), i + 1, source.name(), displayed(address), browsable(address),
                    source.date().map(date -> CaseDates.format(date, locale))));
        }
        return links;
    }

    /** "[2] [3]" for the sources with these ids, in the list's order; unknown ids are left out. */
    public String citation(List<String> sourceIds) {
        return cited(sourceIds).stream().map(link -> "[" + link.number() + "]").collect(Collectors.joining(" "));
    }

    /**
     * The sources with these ids, numbered as in the whole list and in its order ("[4] [9] [10]",
     * as a reader expects marks), each once; unknown ids are left out.
     */
    public List<SourceLink> cited(List<String> sourceIds) {
        return links().stream().filter(link -> sourceIds.contains(link.id())).toList();
    }

    /** Opens {@code link} in the browser; a browser that cannot be started is reported, not thrown. */
    public void open(SourceLink link) {
        Optional<String> url = link.url();
        if (url.isEmpty()) {
            return;
        }
        try {
            browser.accept(url.get());
            status.info(localization.get("sources.opening", url.get()));
        } catch (RuntimeException e) {
            status.warn(localization.get("sources.openFailed", url.get()));
        }
    }

    private static String displayed(String address) {
        return address.replaceFirst("^(?i)https?://", "");
    }

    /** Packs name sites without a scheme ("seattletimes.com"); a browser needs one. */
    private static Optional<String> browsable(String address) {
        if (address.isEmpty()) {
            return Optional.empty();
        }
        if (address.matches("(?i)^https?://.*")) {
            return Optional.of(address);
        }
        if (address.contains(" ") || !address.contains(".")) {
            return Optional.empty(); // not a web address: shown as text, never handed to the browser
        }
        return Optional.of("https://" + address);
    }
}
