package org.leaklab.ui.ranking;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.leaklab.ui.common.Localization;

/**
 * An order of items that someone rearranges, first place at the top. It follows the keyboard
 * pattern of H5P "Sort the Paragraphs": {@link #grab} an item, move it up and down, then
 * {@link #drop} it or {@link #cancel} to put it back; every step is announced in words for screen
 * readers and for a visible status line. Items also move one place at a time ({@link #move}, the
 * card buttons) or straight to a place ({@link #moveTo}, drag and drop).
 * <p>
 * Pure state without controls, so view models own it, tests need no stage, and a view can be
 * created again from it at any time (after a language switch). {@link RankingBoard} shows it.
 */
public final class RankingOrder {
    /** What the last announcement said, kept as data so that it follows a language switch. */
    public enum Event { GRABBED, MOVED, DROPPED, CANCELLED, AT_TOP, AT_BOTTOM }

    /**
     * One announcement: what happened to which item, and where it is now.
     *
     * @param event  what happened
     * @param itemId the item
     * @param place  its place afterwards, 1 at the top
     */
    public record Announcement(Event event, String itemId, int place) {
    }

    private final ObservableList<String> order;
    private final ObservableList<String> readOnlyOrder;
    private final ReadOnlyObjectWrapper<String> grabbed = new ReadOnlyObjectWrapper<>(this, "grabbed");
    private final ReadOnlyObjectWrapper<Announcement> lastAnnouncement =
            new ReadOnlyObjectWrapper<>(this, "lastAnnouncement");
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(this, "changed");
    private final StringBinding announcement;
    private final Function<String, String> itemName;
    private final Localization localization;
    private int placeBeforeGrab = -1;

    /**
     * @param initialOrder the items, each once, first place first
     * @param itemName     an item's name in the current language, for announcements
     * @param localization the language of the announcements
     */
    public RankingOrder(List<String> initialOrder, Function<String, String> itemName, Localization localization) {
        if (new HashSet<>(initialOrder).size() != initialOrder.size() || initialOrder.isEmpty()) {
            throw new IllegalArgumentException("an order needs distinct items: " + initialOrder);
        }
        this.order = FXCollections.observableArrayList(initialOrder);
        this.readOnlyOrder = FXCollections.unmodifiableObservableList(order);
        this.itemName = Objects.requireNonNull(itemName);
        this.localization = Objects.requireNonNull(localization);
        // Bindings listen weakly, so a long-lived Localization does not keep this order alive.
        this.announcement = Bindings.createStringBinding(() -> render(lastAnnouncement.get()),
                lastAnnouncement, localization.localeProperty());
    }

    /** The items in their current order, first place first; change it through the methods here. */
    public ObservableList<String> getOrder() {
        return readOnlyOrder;
    }

    /** A copy of the current order. */
    public List<String> snapshot() {
        return List.copyOf(order);
    }

    public int size() {
        return order.size();
    }

    /** The place of {@code itemId}, 1 at the top. */
    public int placeOf(String itemId) {
        int index = order.indexOf(itemId);
        if (index < 0) {
            throw new IllegalArgumentException("no item " + itemId);
        }
        return index + 1;
    }

    /** The item picked up by keyboard, or null. */
    public ReadOnlyObjectProperty<String> grabbedProperty() {
        return grabbed.getReadOnlyProperty();
    }

    public String getGrabbed() {
        return grabbed.get();
    }

    public boolean isGrabbed(String itemId) {
        return itemId.equals(grabbed.get());
    }

    /** The last thing that happened, as data (null before the first move). */
    public ReadOnlyObjectProperty<Announcement> lastAnnouncementProperty() {
        return lastAnnouncement.getReadOnlyProperty();
    }

    /** The last announcement in words, in the current language; empty before the first move. */
    public ObservableStringValue announcementProperty() {
        return announcement;
    }

    public String getAnnouncement() {
        return announcement.get();
    }

    /** True once someone changed the order (a cancelled move does not count). */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    public boolean isChanged() {
        return changed.get();
    }

    /** Picks up {@code itemId} to move it by keyboard; an item picked up before is dropped first. */
    public void grab(String itemId) {
        placeOf(itemId);
        if (grabbed.get() != null && !isGrabbed(itemId)) {
            drop();
        }
        placeBeforeGrab = placeOf(itemId);
        grabbed.set(itemId);
        announce(Event.GRABBED, itemId);
    }

    /**
     * Moves the grabbed item {@code delta} places (negative is up). At the top or bottom it stays
     * and that is announced.
     *
     * @return whether it moved
     */
    public boolean moveGrabbed(int delta) {
        String item = requireGrabbed();
        return shift(item, placeOf(item) - 1 + delta, Event.MOVED);
    }

    /** Moves the grabbed item to the top (Home). */
    public boolean moveGrabbedToTop() {
        String item = requireGrabbed();
        return shift(item, 0, Event.MOVED);
    }

    /** Moves the grabbed item to the bottom (End). */
    public boolean moveGrabbedToBottom() {
        String item = requireGrabbed();
        return shift(item, order.size() - 1, Event.MOVED);
    }

    /**
     * Puts the grabbed item down where it is now.
     *
     * @return false if nothing was grabbed
     */
    public boolean drop() {
        String item = grabbed.get();
        if (item == null) {
            return false;
        }
        if (placeOf(item) != placeBeforeGrab) {
            changed.set(true);
        }
        grabbed.set(null);
        placeBeforeGrab = -1;
        announce(Event.DROPPED, item);
        return true;
    }

    /**
     * Puts the grabbed item back where it was when it was grabbed.
     *
     * @return false if nothing was grabbed
     */
    public boolean cancel() {
        String item = grabbed.get();
        if (item == null) {
            return false;
        }
        order.remove(item);
        order.add(placeBeforeGrab - 1, item);
        grabbed.set(null);
        placeBeforeGrab = -1;
        announce(Event.CANCELLED, item);
        return true;
    }

    /**
     * Moves {@code itemId} {@code delta} places (the card's up and down buttons). An item held by
     * keyboard is put down first.
     *
     * @return whether it moved
     */
    public boolean move(String itemId, int delta) {
        placeOf(itemId);
        drop();
        boolean moved = shift(itemId, placeOf(itemId) - 1 + delta, Event.MOVED);
        if (moved) {
            changed.set(true);
        }
        return moved;
    }

    /**
     * Moves {@code itemId} to {@code index} (0 at the top), as drag and drop does; an index past
     * either end means that end. An item held by keyboard is put down first.
     *
     * @return whether its place changed
     */
    public boolean moveTo(String itemId, int index) {
        placeOf(itemId);
        drop();
        int target = Math.max(0, Math.min(order.size() - 1, index));
        boolean moved = target != order.indexOf(itemId);
        if (moved) {
            order.remove(itemId);
            order.add(target, itemId);
            changed.set(true);
        }
        announce(Event.DROPPED, itemId);
        return moved;
    }

    /** What a screen reader says for a card at rest: name, place, and how to move it. */
    public String cardText(String itemId) {
        return localization.get("ranking.board.card", itemName.apply(itemId), placeOf(itemId), order.size());
    }

    /** The accessible name of a card's up button. */
    public String moveUpText(String itemId) {
        return localization.get("ranking.board.moveUp", itemName.apply(itemId));
    }

    /** The accessible name of a card's down button. */
    public String moveDownText(String itemId) {
        return localization.get("ranking.board.moveDown", itemName.apply(itemId));
    }

    private boolean shift(String item, int targetIndex, Event event) {
        if (targetIndex < 0) {
            announce(Event.AT_TOP, item);
            return false;
        }
        if (targetIndex >= order.size()) {
            announce(Event.AT_BOTTOM, item);
            return false;
        }
        int from = order.indexOf(item);
        if (from == targetIndex) {
            announce(targetIndex == 0 ? Event.AT_TOP : Event.AT_BOTTOM, item);
            return false;
        }
        order.remove(from);
        order.add(targetIndex, item);
        announce(event, item);
        return true;
    }

    private String requireGrabbed() {
        String item = grabbed.get();
        if (item == null) {
            throw new IllegalStateException("no item is grabbed");
        }
        return item;
    }

    private void announce(Event event, String itemId) {
        lastAnnouncement.set(new Announcement(event, itemId, placeOf(itemId)));
    }

    private String render(Announcement said) {
        if (said == null) {
            return "";
        }
        String name = itemName.apply(said.itemId());
        int total = order.size();
        return switch (said.event()) {
            case GRABBED -> localization.get("ranking.board.grabbed", name, said.place(), total);
            case MOVED -> localization.get("ranking.board.moved", name, said.place(), total);
            case DROPPED -> localization.get("ranking.board.dropped", name, said.place(), total);
            case CANCELLED -> localization.get("ranking.board.cancelled", name, said.place(), total);
            case AT_TOP -> localization.get("ranking.board.atTop", name, said.place(), total);
            case AT_BOTTOM -> localization.get("ranking.board.atBottom", name, said.place(), total);
        };
    }
}
