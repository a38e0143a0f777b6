package org.leaklab.ui.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Case;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.model.RankingAnswer;
import org.leaklab.model.RankingScenario;
import org.leaklab.session.PlayThrough;
import org.leaklab.ui.common.Localization;

/** Arranging the Amazon case's seller ranking without a stage: grab, move, drop, cancel, buttons, drag, drafts. */
class RankingViewModelTest {
    private static final Case AMAZON = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);
    private static final RankingScenario SELLER = (RankingScenario) AMAZON.scenario("rank-seller").orElseThrow();

    private final Localization localization = new Localization(Locale.ENGLISH);
    /** Every estimate counts as answered: the cards show every price. */
    private final ItemFacts facts = new ItemFacts(AMAZON, new org.leaklab.ui.common.SourceLinks(AMAZON.sources(),
            localization, new org.leaklab.ui.common.StatusMessages(), url -> { }), localization, id -> true);
    private final RankingViewModel vm = new RankingViewModel(AMAZON, SELLER, Optional.empty(), SELLER.itemIds(),
            facts, localization);
    private final RankingOrder order = vm.order();

    /** The pack's order of the seller ranking, whatever it is: the tests name items by place. */
    private static final String FIRST = SELLER.itemIds().get(0);
    private static final String SECOND = SELLER.itemIds().get(1);
    private static final String FOURTH = SELLER.itemIds().get(3);
    private static final String LAST = SELLER.itemIds().get(5);

    private static String name(String itemId) {
        return AMAZON.item(itemId).orElseThrow().name().in(Locale.ENGLISH);
    }

    private static String germanName(String itemId) {
        return AMAZON.item(itemId).orElseThrow().name().in(Locale.GERMAN);
    }

    private static List<String> scenarioOrderWith(int from, int to) {
        List<String> ids = new ArrayList<>(SELLER.itemIds());
        ids.add(to, ids.remove(from));
        return ids;
    }

    @Test
    void startsInTheGivenOrderReadyToCheckButWithoutADraft() {
        assertEquals(SELLER.itemIds(), vm.currentAnswer().itemIds());
        assertTrue(vm.readyProperty().get(), "any order is an answer");
        assertFalse(vm.hasDraft(), "an untouched ranking is no draft");
        assertNull(order.getGrabbed());
        assertEquals("", order.getAnnouncement());
        assertEquals(6, order.size());
    }

    @Test
    void saysWhichPerspectiveItRanksFor() {
        assertEquals("Rank for the buying Marketplace seller: most valuable to the seller first", vm.perspectiveHeading());
        assertTrue(vm.perspectiveDescription().startsWith("A seller whose own account is in good standing"));
        assertEquals("What is it worth to the seller?", vm.title());
        localization.setLocale(Locale.GERMAN);
        assertEquals("Ordne für den kaufenden Marketplace-Händler: das für den Händler Wertvollste zuerst", vm.perspectiveHeading());
    }

    @Test
    void marksItemsThatWereNotPartOfTheCase() {
        assertFalse(vm.partOfCase("bulk-emails"));
        assertTrue(vm.partOfCase("reviewer-emails"));
        assertEquals("Not part of the case", vm.notPartOfCaseTag());
        assertEquals("How many units competing products sell, and what customers buy.", vm.itemCard("sales-stats"));
    }

    @Test
    void grabMoveAndDropAnnounceEveryStep() {
        order.grab(FIRST);
        assertEquals(FIRST, order.getGrabbed());
        assertTrue(order.getAnnouncement().startsWith("“" + name(FIRST) + "” grabbed, place 1 of 6."),
                order.getAnnouncement());

        assertTrue(order.moveGrabbed(1));
        assertEquals("“" + name(FIRST) + "” moved to place 2 of 6.", order.getAnnouncement());
        assertTrue(order.moveGrabbed(1));
        assertEquals("“" + name(FIRST) + "” moved to place 3 of 6.", order.getAnnouncement());
        assertEquals(scenarioOrderWith(0, 2), vm.currentAnswer().itemIds());
        assertFalse(vm.hasDraft(), "still held: nothing is decided until it is dropped");

        assertTrue(order.drop());
        assertNull(order.getGrabbed());
        assertEquals("“" + name(FIRST) + "” dropped at place 3 of 6.", order.getAnnouncement());
        assertTrue(vm.hasDraft());
        assertEquals(scenarioOrderWith(0, 2), vm.currentAnswer().itemIds());
    }

    @Test
    void cancelPutsTheItemBackWhereItWasGrabbed() {
        order.grab(FOURTH);
        order.moveGrabbed(-1);
        order.moveGrabbed(-1);
        order.moveGrabbedToTop();
        assertEquals(1, order.placeOf(FOURTH));
        assertTrue(order.cancel());
        assertEquals(SELLER.itemIds(), vm.currentAnswer().itemIds());
        assertEquals("Move cancelled: “" + name(FOURTH) + "” is back at place 4 of 6.", order.getAnnouncement());
        assertNull(order.getGrabbed());
        assertFalse(vm.hasDraft(), "a cancelled move changes nothing");
        assertFalse(order.cancel(), "nothing to cancel any more");
        assertFalse(order.drop(), "nothing to drop");
    }

    @Test
    void staysAtTheTopAndBottomAndSaysSo() {
        order.grab(FIRST);
        assertFalse(order.moveGrabbed(-1));
        assertEquals(SELLER.itemIds(), vm.currentAnswer().itemIds());
        assertEquals("“" + name(FIRST) + "” is already at the top, place 1 of 6.", order.getAnnouncement());
        assertFalse(order.moveGrabbedToTop());

        assertTrue(order.moveGrabbedToBottom());
        assertEquals(6, order.placeOf(FIRST));
        assertFalse(order.moveGrabbed(1));
        assertEquals("“" + name(FIRST) + "” is already at the bottom, place 6 of 6.", order.getAnnouncement());
        assertFalse(order.moveGrabbed(3), "several places past the end do not move it either");
        assertEquals(6, order.placeOf(FIRST));
        order.drop();
        assertTrue(vm.hasDraft());
    }

    @Test
    void droppingAtTheOldPlaceIsNoChange() {
        order.grab(SECOND);
        order.moveGrabbed(1);
        order.moveGrabbed(-1);
        order.drop();
        assertEquals(SELLER.itemIds(), vm.currentAnswer().itemIds());
        assertFalse(vm.hasDraft());
    }

    @Test
    void grabbingAnotherItemDropsTheFirst() {
        order.grab(LAST);
        order.moveGrabbed(-1);
        order.grab(FIRST);
        assertEquals(FIRST, order.getGrabbed());
        assertEquals(5, order.placeOf(LAST));
        assertTrue(vm.hasDraft(), "the first item was put down at its new place");
    }

    @Test
    void buttonsMoveOnePlaceAndStopAtTheEnds() {
        assertTrue(order.move(SECOND, -1));
        assertEquals("“" + name(SECOND) + "” moved to place 1 of 6.", order.getAnnouncement());
        assertEquals(scenarioOrderWith(1, 0), vm.currentAnswer().itemIds());
        assertTrue(vm.hasDraft());
        assertFalse(order.move(SECOND, -1));
        assertFalse(order.move(LAST, 1));
        assertEquals(scenarioOrderWith(1, 0), vm.currentAnswer().itemIds());
    }

    @Test
    void dragAndDropMovesStraightToAPlace() {
        assertTrue(order.moveTo(LAST, 0));
        assertEquals(LAST, vm.currentAnswer().itemIds().get(0));
        assertEquals("“" + name(LAST) + "” dropped at place 1 of 6.", order.getAnnouncement());
        assertTrue(order.moveTo(LAST, 99), "past the end means the end");
        assertEquals(6, order.placeOf(LAST));
        assertFalse(order.moveTo(LAST, 5));
        assertTrue(vm.hasDraft());
    }

    @Test
    void draggingAHeldItemPutsItDownFirst() {
        order.grab(FIRST);
        order.moveTo(FIRST, 3);
        assertNull(order.getGrabbed());
        assertEquals(4, order.placeOf(FIRST));
    }

    @Test
    void announcementsFollowTheLanguage() {
        order.grab(SECOND);
        order.moveGrabbed(1);
        assertEquals("“" + name(SECOND) + "” moved to place 3 of 6.", order.getAnnouncement());
        localization.setLocale(Locale.GERMAN);
        assertEquals("„" + germanName(SECOND) + "“ auf Platz 3 von 6 verschoben.", order.getAnnouncement());
        assertTrue(order.cardText(SECOND).startsWith("„" + germanName(SECOND) + "“, Platz 3 von 6."));
    }

    @Test
    void startsFromASavedDraftWhichIsAlreadyADraft() {
        List<String> saved = new ArrayList<>(SELLER.itemIds());
        java.util.Collections.reverse(saved);
        RankingViewModel again = new RankingViewModel(AMAZON, SELLER, Optional.of(new RankingAnswer(saved)),
                SELLER.itemIds(), facts, localization);
        assertEquals(saved, again.currentAnswer().itemIds());
        assertTrue(again.hasDraft());
    }

    @Test
    void startsInThePlayThroughsShuffledOrderAndRejectsAStartThatIsNoOrderOfTheItems() {
        PlayThrough play = new PlayThrough(new org.leaklab.scoring.ScenarioScorer(AMAZON), 42);
        List<String> start = play.startingOrder(SELLER);
        RankingViewModel shuffled = new RankingViewModel(AMAZON, SELLER, Optional.empty(), start, facts, localization);
        assertEquals(start, shuffled.currentAnswer().itemIds());
        assertFalse(shuffled.hasDraft(), "a shuffled start is no draft: it comes back the same from the seed");
        assertThrows(IllegalArgumentException.class, () -> new RankingViewModel(AMAZON, SELLER, Optional.empty(),
                start.subList(1, start.size()), facts, localization));
    }

    @Test
    void ignoresASavedAnswerThatDoesNotFit() {
        RankingViewModel wrongItems = new RankingViewModel(AMAZON, SELLER,
                Optional.of(new RankingAnswer(List.of("sales-stats", "keyword-stats", "reviewer-emails"))),
                SELLER.itemIds(), facts, localization);
        assertEquals(SELLER.itemIds(), wrongItems.currentAnswer().itemIds());
        assertFalse(wrongItems.hasDraft());
        RankingViewModel wrongKind = new RankingViewModel(AMAZON, SELLER, Optional.of(new EstimateAnswer(300)),
                SELLER.itemIds(), facts, localization);
        assertEquals(SELLER.itemIds(), wrongKind.currentAnswer().itemIds());
    }

    @Test
    void theArrangedOrderIsScoredLikeAnyOther() {
        PlayThrough play = new PlayThrough(AMAZON);
        RankingAnswer reference = (RankingAnswer) play.scorer().referenceAnswer(SELLER);
        // Arrange the reference order by keyboard moves only.
        for (int place = 0; place < reference.itemIds().size(); place++) {
            order.grab(reference.itemIds().get(place));
            while (order.placeOf(reference.itemIds().get(place)) - 1 > place) {
                order.moveGrabbed(-1);
            }
            order.drop();
        }
        assertEquals(reference, vm.currentAnswer());
        assertEquals(100, play.submit(SELLER.id(), vm.currentAnswer()).rounded());
    }

    @Test
    void rejectsUnknownItemsAndMovesWithoutAGrab() {
        assertThrows(IllegalArgumentException.class, () -> order.grab("no-such-item"));
        assertThrows(IllegalStateException.class, () -> order.moveGrabbed(1));
        assertThrows(IllegalArgumentException.class, () -> new RankingOrder(List.of("a", "a"), id -> id, localization));
    }
}
