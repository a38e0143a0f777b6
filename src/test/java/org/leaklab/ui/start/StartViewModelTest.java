package org.leaklab.ui.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.leaklab.settings.Theme;
import org.leaklab.ui.common.Appearance;
import org.leaklab.ui.common.Localization;
import org.junit.jupiter.api.Test;

/** The start page's logic, without a stage: the executors run tasks when the test says so. */
class StartViewModelTest {
    private final Localization localization = new Localization(Locale.ENGLISH);
    private final Appearance appearance = new Appearance(Theme.LIGHT, 1.0);
    private final List<Runnable> queued = new ArrayList<>();
    private final Executor queue = queued::add;
    private final Executor direct = Runnable::run;
    private final List<CaseListing> opened = new ArrayList<>();

    private static CaseListing listing(String id) {
        return new CaseListing(id, l -> l.equals(Locale.GERMAN) ? "Fall " + id : "Case " + id,
                l -> "summary", 8, l -> "built in");
    }

    @Test
    void casesArriveFromTheBackgroundAndTheEmptyStateFollows() {
        StartViewModel vm = new StartViewModel(localization, appearance, () -> List.of(listing("a")), queue, direct, opened::add);
        vm.loadCases();
        assertTrue(vm.loadingProperty().get());
        assertFalse(vm.emptyProperty().get(), "no empty state while loading");
        queued.remove(0).run();
        assertFalse(vm.loadingProperty().get());
        assertEquals(1, vm.getCases().size());
        assertFalse(vm.emptyProperty().get());
        assertEquals("Case a", vm.title(vm.getCases().get(0)));
    }

    @Test
    void casesReadAlreadyAreListedAtOnceWithoutASpinner() {
        StartViewModel vm = new StartViewModel(localization, appearance, () -> {
            throw new AssertionError("the catalog is not read again");
        }, queue, direct, opened::add);
        assertFalse(vm.isListed());
        vm.showCases(List.of(listing("a"), listing("b")));
        assertTrue(vm.isListed());
        assertFalse(vm.loadingProperty().get(), "never loading: the list is there");
        assertEquals(List.of("a", "b"), vm.getCases().stream().map(CaseListing::id).toList());
        assertTrue(queued.isEmpty(), "nothing left for the background");
    }

    @Test
    void theFirstCaseTakesTheFocusOnlyTheFirstTimeTheListIsShown() {
        StartViewModel vm = new StartViewModel(localization, appearance, List::of, direct, direct, opened::add);
        assertFalse(vm.claimFirstCaseFocus(), "nothing to focus before the list");
        vm.showCases(List.of(listing("a")));
        assertTrue(vm.claimFirstCaseFocus());
        assertFalse(vm.claimFirstCaseFocus(), "a page rendered again leaves the focus to the user");
    }

    @Test
    void anEmptyListIsListedToo() {
        StartViewModel vm = new StartViewModel(localization, appearance, List::of, direct, direct, opened::add);
        vm.showCases(List.of());
        assertTrue(vm.isListed());
        assertTrue(vm.emptyProperty().get());
        assertFalse(vm.claimFirstCaseFocus());
    }

    @Test
    void noPacksGiveAnHonestEmptyState() {
        StartViewModel vm = new StartViewModel(localization, appearance, List::of, direct, direct, opened::add);
        vm.loadCases();
        assertTrue(vm.emptyProperty().get());
        assertNull(vm.loadFailureProperty().get());
    }

    @Test
    void aFailingCatalogIsReportedNotThrown() {
        StartViewModel vm = new StartViewModel(localization, appearance, () -> {
            throw new IllegalStateException("disk on fire");
        }, direct, direct, opened::add);
        vm.loadCases();
        assertEquals("disk on fire", vm.loadFailureProperty().get().getMessage());
        assertFalse(vm.loadingProperty().get());
    }

    @Test
    void languageAndThemeChoicesReachTheServicesAndBack() {
        StartViewModel vm = new StartViewModel(localization, appearance, List::of, direct, direct, opened::add);
        vm.languageProperty().set(Locale.GERMAN);
        assertEquals(Locale.GERMAN, localization.getLocale());
        assertEquals("Fall x", vm.title(listing("x")));
        assertEquals("9 Szenarien · eingebaut", localization.get("start.case.details", 9, "eingebaut"));
        vm.themeProperty().set(Theme.DARK);
        assertEquals(Theme.DARK, appearance.getTheme());
        appearance.setTheme(Theme.HIGH_CONTRAST);
        assertEquals(Theme.HIGH_CONTRAST, vm.themeProperty().get(), "a change from the menu shows here too");
        localization.setLocale(Locale.ENGLISH);
        assertEquals(Locale.ENGLISH, vm.languageProperty().get());
    }

    @Test
    void scaleTextFollowsTheZoom() {
        StartViewModel vm = new StartViewModel(localization, appearance, List::of, direct, direct, opened::add);
        assertEquals("100 %", vm.scaleText().get());
        vm.zoomIn();
        assertEquals("115 %", vm.scaleText().get());
        vm.resetZoom();
        assertEquals("100 %", vm.scaleText().get());
    }

    @Test
    void openingACaseGoesToTheRoute() {
        StartViewModel vm = new StartViewModel(localization, appearance, List::of, direct, direct, opened::add);
        vm.open(listing("a"));
        assertEquals("a", opened.get(0).id());
    }
}
