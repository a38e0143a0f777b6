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
        assertTrue(vm.perspectiveDescription().startsWith("A seller who wants to beat competitors"));
        assertEquals("What is it worth to the seller?", vm.title());
        localization.setLocale(Locale.GERMAN);
        assertEquals("Ordne für den kaufenden Marketplace-Händler: das Wertvollste für den Händler zuerst", vm.perspectiveHeading());
    }

    @Test
    void marksItemsThatWereNotPartOfTheCase() {
        assertFalse(vm.partOfCase("card-data"));
        assertTrue(vm.partOfCase("reviewer-emails"));
        assertEquals("Not part of the case", vm.notPartOfCaseTag());
        assertEquals("How many units competing products sell, and to whom.", vm.itemCard("sales-stats"));
    }

    @Test
    void grabMoveAndDropAnnounceEveryStep() {
        order.grab("sales-stats");
        assertEquals("sales-stats", order.getGrabbed());
        assertTrue(order.getAnnouncement().startsWith("“Internal sales statistics” grabbed, place 1 of 6."),
                order.getAnnouncement());

        assertTrue(order.moveGrabbed(1));
        assertEquals("“Internal sales statistics” moved to place 2 of 6.", order.getAnnouncement());
        assertTrue(order.moveGrabbed(1));
        assertEquals("“Internal sales statistics” moved to place 3 of 6.", order.getAnnouncement());
        assertEquals(scenarioOrderWith(0, 2), vm.currentAnswer().itemIds());
        assertFalse(vm.hasDraft(), "still held: nothing is decided until it is dropped");

        assertTrue(order.drop());
        assertNull(order.getGrabbed());
        assertEquals("“Internal sales statistics” dropped at place 3 of 6.", order.getAnnouncement());
        assertTrue(vm.hasDraft());
        assertEquals(scenarioOrderWith(0, 2), vm.currentAnswer().itemIds());
    }

    @Test
    void cancelPutsTheItemBackWhereItWasGrabbed() {
        order.grab("review-deletion");
        order.moveGrabbed(-1);
        order.moveGrabbed(-1);
        order.moveGrabbedToTop();
        assertEquals(1, order.placeOf("review-deletion"));
        assertTrue(order.cancel());
        assertEquals(SELLER.itemIds(), vm.currentAnswer().itemIds());
        assertEquals("Move cancelled: “Deletion of negative reviews” is back at place 4 of 6.", order.getAnnouncement());
        assertNull(order.getGrabbed());
        assertFalse(vm.hasDraft(), "a cancelled move changes nothing");
        assertFalse(order.cancel(), "nothing to cancel any more");
        assertFalse(order.drop(), "nothing to drop");
    }

    @Test
    void staysAtTheTopAndBottomAndSaysSo() {
        order.grab("sales-stats");
        assertFalse(order.moveGrabbed(-1));
        assertEquals(SELLER.itemIds(), vm.currentAnswer().itemIds());
        assertEquals("“Internal sales statistics” is already at the top, place 1 of 6.", order.getAnnouncement());
        assertFalse(order.moveGrabbedToTop());

        assertTrue(order.moveGrabbedToBottom());
        assertEquals(6, order.placeOf("sales-stats"));
        assertFalse(order.moveGrabbed(1));
        assertEquals("“Internal sales statistics” is already at the bottom, place 6 of 6.", order.getAnnouncement());
        assertFalse(order.moveGrabbed(3), "several places past the end do not move it either");
        assertEquals(6, order.placeOf("sales-stats"));
        order.drop();
        assertTrue(vm.hasDraft());
    }

    @Test
    void droppingAtTheOldPlaceIsNoChange() {
        order.grab("keyword-stats");
        order.moveGrabbed(1);
        order.moveGrabbed(-1);
        order.drop();
        assertEquals(SELLER.itemIds(), vm.currentAnswer().itemIds());
        assertFalse(vm.hasDraft());
    }

    @Test
    void grabbingAnotherItemDropsTheFirst() {
        order.grab("card-data");
        order.moveGrabbed(-1);
        order.grab("sales-stats");
        assertEquals("sales-stats", order.getGrabbed());
        assertEquals(5, order.placeOf("card-data"));
        assertTrue(vm.hasDraft(), "the first item was put down at its new place");
    }

    @Test
    void buttonsMoveOnePlaceAndStopAtTheEnds() {
        assertTrue(order.move("keyword-stats", -1));
        assertEquals("“Search-keyword statistics” moved to place 1 of 6.", order.getAnnouncement());
        assertEquals(scenarioOrderWith(1, 0), vm.currentAnswer().itemIds());
        assertTrue(vm.hasDraft());
        assertFalse(order.move("keyword-stats", -1));
        assertFalse(order.move("card-data", 1));
        assertEquals(scenarioOrderWith(1, 0), vm.currentAnswer().itemIds());
    }

    @Test
    void dragAndDropMovesStraightToAPlace() {
        assertTrue(order.moveTo("card-data", 0));
        assertEquals("card-data", vm.currentAnswer().itemIds().get(0));
        assertEquals("“Payment-card data (not part of this case)” dropped at place 1 of 6.", order.getAnnouncement());
        assertTrue(order.moveTo("card-data", 99), "past the end means the end");
        assertEquals(6, order.placeOf("card-data"));
        assertFalse(order.moveTo("card-data", 5));
        assertTrue(vm.hasDraft());
    }

    @Test
    void draggingAHeldItemPutsItDownFirst() {
        order.grab("sales-stats");
        order.moveTo("sales-stats", 3);
        assertNull(order.getGrabbed());
        assertEquals(4, order.placeOf("sales-stats"));
    }

    @Test
    void announcementsFollowTheLanguage() {
        order.grab("reviewer-emails");
        order.moveGrabbed(1);
        assertEquals("“E-mail addresses of customers and reviewers” moved to place 4 of 6.", order.getAnnouncement());
        localization.setLocale(Locale.GERMAN);
        assertEquals("„E-Mail-Adressen von Kunden und Rezensenten“ auf Platz 4 von 6 verschoben.",
                order.getAnnouncement());
        assertTrue(order.cardText("reviewer-emails").startsWith("„E-Mail-Adressen von Kunden und Rezensenten“, Platz 4 von 6."));
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
