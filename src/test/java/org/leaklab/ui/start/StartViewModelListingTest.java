package org.leaklab.ui.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leaklab.settings.Theme;
import org.leaklab.ui.common.Appearance;
import org.leaklab.ui.common.Localization;

/** Cases opened from files join the start page's list. */
class StartViewModelListingTest {
    private final Localization localization = new Localization(Locale.ENGLISH);
    private final Appearance appearance = new Appearance(Theme.LIGHT, 1.0);
    private final List<Runnable> queued = new ArrayList<>();

    private static CaseListing listing(String id, String title) {
        return new CaseListing(id, l -> title, l -> "summary", 3, l -> "from file");
    }

    private StartViewModel start(List<CaseListing> builtIn) {
        return new StartViewModel(localization, appearance, () -> builtIn, queued::add, Runnable::run, l -> { });
    }

    @Test
    void anOpenedCaseIsAppended() {
        StartViewModel start = start(List.of(listing("amazon-2018", "Amazon")));
        start.loadCases();
        queued.remove(0).run();
        assertEquals(Optional.empty(), start.addListing(listing("own", "Own")));
        assertEquals(List.of("amazon-2018", "own"), start.getCases().stream().map(CaseListing::id).toList());
    }

    @Test
    void anOpenedCaseWithAListedIdReplacesItInPlace() {
        StartViewModel start = start(List.of(listing("amazon-2018", "Amazon"), listing("b", "B")));
        start.loadCases();
        queued.remove(0).run();
        Optional<CaseListing> replaced = start.addListing(listing("amazon-2018", "Amazon, revised"));
        assertEquals("Amazon", replaced.orElseThrow().title().in(Locale.ENGLISH));
        assertEquals(2, start.getCases().size());
        assertEquals("Amazon, revised", start.title(start.getCases().get(0)));
    }

    @Test
    void anOpenedCaseSurvivesTheBuiltInListArrivingLater() {
        StartViewModel start = start(List.of(listing("amazon-2018", "Amazon")));
        start.loadCases();
        start.addListing(listing("own", "Own"));
        queued.remove(0).run();
        assertEquals(List.of("amazon-2018", "own"), start.getCases().stream().map(CaseListing::id).toList());
        assertTrue(start.emptyProperty().not().get());
    }
}
