package org.leaklab.ui.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.leaklab.session.PlayProgress;
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
        vm.zoom(org.leaklab.ui.common.ZoomKey.IN);
        assertEquals("115 %", vm.scaleText().get());
        vm.zoom(org.leaklab.ui.common.ZoomKey.RESET);
        assertEquals("100 %", vm.scaleText().get());
    }

    @Test
    void openingACaseGoesToTheRoute() {
        StartViewModel vm = new StartViewModel(localization, appearance, List::of, direct, direct, opened::add);
        vm.open(listing("a"));
        assertEquals("a", opened.get(0).id());
    }

    /** Records what the case cards ask for. */
    private final List<String> actions = new ArrayList<>();
    private final StartViewModel.CaseActions recordingActions = new StartViewModel.CaseActions() {
        @Override
        public void open(CaseListing listing) {
            actions.add("open " + listing.id());
        }

        @Override
        public void startAgain(CaseListing listing) {
            actions.add("startAgain " + listing.id());
        }

        @Override
        public void remove(CaseListing listing) {
            actions.add("remove " + listing.id());
        }
    };

    private static PlayProgress progress(String caseId, int answered) {
        java.util.Map<String, org.leaklab.model.Answer> answers = new java.util.LinkedHashMap<>();
        for (int i = 0; i < answered; i++) {
            answers.put("s" + i, new org.leaklab.model.EstimateAnswer(10));
        }
        return new PlayProgress(caseId, java.time.Instant.EPOCH, answered + 1, answers, java.util.Map.of());
    }

    @Test
    void aCaseInProgressSaysHowFarItGotAndStartAgainAsksFirst() {
        ObservableMap<String, PlayProgress> progress = FXCollections.observableHashMap();
        org.leaklab.ui.common.RecordingDialogs dialogs = new org.leaklab.ui.common.RecordingDialogs();
        StartViewModel vm = new StartViewModel(localization, appearance, List::of, direct, direct, recordingActions,
                progress, dialogs);
        CaseListing a = listing("a");
        assertTrue(vm.progressOf(a).isEmpty());
        vm.startAgain(a);
        assertEquals(List.of("open a"), actions, "nothing to lose: it simply opens");
        assertTrue(dialogs.shown.isEmpty());

        progress.put("a", progress("a", 3));
        assertEquals("In progress: 3 of 8 scenarios answered", vm.progressText(a));
        dialogs.confirmAnswer = false;
        vm.startAgain(a);
        assertEquals(List.of("open a"), actions, "cancelled: the play-through stays");
        assertEquals("Start \u201cCase a\u201d again?", dialogs.shown.get(0).title());
        assertEquals("All 3 answers and their scores in this case will be cleared.", dialogs.shown.get(0).message());
        dialogs.confirmAnswer = true;
        vm.startAgain(a);
        assertEquals(List.of("open a", "startAgain a"), actions);
        vm.open(a);
        assertEquals("open a", actions.get(2), "the card itself continues");
    }

    @Test
    void onlyAPackOpenedFromAFileCanBeRemovedFromTheList() {
        StartViewModel vm = new StartViewModel(localization, appearance, List::of, direct, direct, recordingActions,
                FXCollections.observableHashMap(), null);
        CaseListing builtIn = listing("a");
        CaseListing own = new CaseListing("own", l -> "Own", l -> "mine", 2, l -> "from own.json", true);
        vm.showCases(List.of(builtIn));
        vm.addListing(own);
        vm.remove(builtIn);
        assertEquals(List.of("a", "own"), vm.getCases().stream().map(CaseListing::id).toList());
        vm.remove(own);
        assertEquals(List.of("a"), vm.getCases().stream().map(CaseListing::id).toList());
        assertEquals(List.of("remove own"), actions);
        vm.showCases(List.of(builtIn));
        assertEquals(List.of("a"), vm.getCases().stream().map(CaseListing::id).toList(), "not back after a new read");
    }
}
