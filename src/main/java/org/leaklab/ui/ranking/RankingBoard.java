package org.leaklab.ui.ranking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.leaklab.ui.common.Resources;

/**
 * A reorderable list of cards that shows a {@link RankingOrder}: drag and drop with a drop line
 * where the card will land, the keyboard pattern of H5P "Sort the Paragraphs" (Space grabs the
 * focused card, Up and Down move it, Home and End send it to either end, Space or Enter drops,
 * Escape cancels), and small up and down buttons on every card. All state lives in the order,
 * so the board can be thrown away and built again from it at any time.
 * <p>
 * Used by the ranking view, and reusable wherever someone enters an order of items: give it an
 * order and a function that makes the inside of a card for an item id.
 */
public final class RankingBoard extends StackPane {
    /** Style class of the board. */
    public static final String BOARD = "ranking-board";
    /** Style class of each card. */
    public static final String CARD = "ranking-card";
    /** Style class of the line that shows where a dragged card will land. */
    public static final String DROP_INDICATOR = "drop-indicator";

    private static final PseudoClass GRABBED = PseudoClass.getPseudoClass("grabbed");
    private static final PseudoClass DRAGGING = PseudoClass.getPseudoClass("dragging");
    /** How far (in pixels) the mouse must move with the button down before a press becomes a drag. */
    private static final double DRAG_THRESHOLD = 6;

    private final RankingOrder order;
    private final Function<String, Node> cardContent;
    private final VBox cardList = new VBox();
    private final Region dropIndicator = new Region();
    private final Map<String, Card> cards = new HashMap<>();

    private final ListChangeListener<String> orderFollower = change -> renderOrder();
    private final ChangeListener<String> grabFollower = (obs, old, now) -> renderGrab(old, now);
    private final ChangeListener<String> announcementFollower = (obs, old, now) -> renderAccessibleTexts();

    private Drag drag;

    /**
     * @param order       the order shown and changed
     * @param cardContent makes the inside of the card for an item id (name, description, icon ...)
     */
    public RankingBoard(RankingOrder order, Function<String, Node> cardContent) {
        this.order = Objects.requireNonNull(order);
        this.cardContent = Objects.requireNonNull(cardContent);
        getStyleClass().add(BOARD);
        getStylesheets().add(Resources.requireExternal(RankingBoard.class, "RankingBoard.css"));
        cardList.getStyleClass().add("ranking-card-list");
        dropIndicator.getStyleClass().add(DROP_INDICATOR);
        dropIndicator.setManaged(false);
        dropIndicator.setVisible(false);
        dropIndicator.setMouseTransparent(true);
        getChildren().addAll(cardList, dropIndicator);
        // The order outlives this board (it is rendered again after a language switch): listen weakly.
        order.getOrder().addListener(new WeakListChangeListener<>(orderFollower));
        order.grabbedProperty().addListener(new WeakChangeListener<>(grabFollower));
        order.announcementProperty().addListener(new WeakChangeListener<>(announcementFollower));
        renderOrder();
        renderGrab(null, order.getGrabbed());
    }

    /** The order this board shows. */
    public RankingOrder order() {
        return order;
    }

    /** The cards, top to bottom. */
    public List<Node> cardNodes() {
        return List.copyOf(cardList.getChildren());
    }

    /** Moves keyboard focus to the card of {@code itemId}. */
    public void focus(String itemId) {
        card(itemId).root.requestFocus();
    }

    private Card card(String itemId) {
        return cards.computeIfAbsent(itemId, Card::new);
    }

    private void renderOrder() {
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        List<Node> inOrder = order.getOrder().stream().map(id -> (Node) card(id).root).toList();
        if (!cardList.getChildren().equals(inOrder)) {
            cardList.getChildren().setAll(inOrder);
        }
        renderAccessibleTexts();
        // Moving a card re-inserts its node; give focus back so the keyboard user keeps holding it.
        if (focused != null && inOrder.contains(focused) && !focused.isFocused()) {
            focused.requestFocus();
        }
        String grabbed = order.getGrabbed();
        if (grabbed != null) {
            scrollIntoView(card(grabbed).root);
        }
    }

    private void renderGrab(String old, String now) {
        if (old != null && cards.containsKey(old)) {
            cards.get(old).root.pseudoClassStateChanged(GRABBED, false);
        }
        if (now != null) {
            card(now).root.pseudoClassStateChanged(GRABBED, true);
        }
        renderAccessibleTexts();
    }

    private void renderAccessibleTexts() {
        int size = order.size();
        for (String id : order.getOrder()) {
            Card card = card(id);
            int place = order.placeOf(id);
            card.place.setText(Integer.toString(place));
            // A screen reader reads the focused card's text again when it changes: that is the announcement.
            boolean speaks = order.isGrabbed(id) || isLastAnnounced(id);
            card.root.setAccessibleText(speaks && !order.getAnnouncement().isEmpty()
                    ? order.getAnnouncement() + " " + order.cardText(id) : order.cardText(id));
            card.up.setDisable(place == 1);
            card.down.setDisable(place == size);
            card.up.setAccessibleText(order.moveUpText(id));
            card.down.setAccessibleText(order.moveDownText(id));
            card.upTip.setText(order.moveUpText(id));
            card.downTip.setText(order.moveDownText(id));
        }
    }

    private boolean isLastAnnounced(String itemId) {
        RankingOrder.Announcement last = order.lastAnnouncementProperty().get();
        return last != null && last.itemId().equals(itemId);
    }

    private void onKey(String itemId, KeyEvent event) {
        boolean holding = order.isGrabbed(itemId);
        switch (event.getCode()) {
            case SPACE -> {
                if (holding) {
                    order.drop();
                } else {
                    order.grab(itemId);
                }
            }
            case ENTER -> {
                if (!holding) {
                    return;
                }
                order.drop();
            }
            case ESCAPE -> {
                if (!holding) {
                    return;
                }
                order.cancel();
            }
            case UP, KP_UP -> {
                if (holding) {
                    order.moveGrabbed(-1);
                } else {
                    focusNeighbour(itemId, -1);
                }
            }
            case DOWN, KP_DOWN -> {
                if (holding) {
                    order.moveGrabbed(1);
                } else {
                    focusNeighbour(itemId, 1);
                }
            }
            case HOME -> {
                if (!holding) {
                    return;
                }
                order.moveGrabbedToTop();
            }
            case END -> {
                if (!holding) {
                    return;
                }
                order.moveGrabbedToBottom();
            }
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void focusNeighbour(String itemId, int delta) {
        int index = order.placeOf(itemId) - 1 + delta;
        if (index >= 0 && index < order.size()) {
            Node next = card(order.getOrder().get(index)).root;
            next.requestFocus();
            scrollIntoView(next);
        }
    }

    /** Keeps a card in sight inside the scroll pane around the board, if there is one. */
    private void scrollIntoView(Node node) {
        ScrollPane scroll = enclosingScrollPane();
        if (scroll == null || scroll.getContent() == null) {
            return;
        }
        // After the move has been laid out, not before: the card's position is only known then.
        Platform.runLater(() -> {
            Node content = scroll.getContent();
            double contentHeight = content.getLayoutBounds().getHeight();
            double viewportHeight = scroll.getViewportBounds().getHeight();
            if (contentHeight <= viewportHeight || node.getScene() == null) {
                return;
            }
            Bounds bounds = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
            double top = scroll.getVvalue() * (contentHeight - viewportHeight);
            double margin = node.getLayoutBounds().getHeight() / 2;
            double newTop = top;
            if (bounds.getMinY() - margin < top) {
                newTop = bounds.getMinY() - margin;
            } else if (bounds.getMaxY() + margin > top + viewportHeight) {
                newTop = bounds.getMaxY() + margin - viewportHeight;
            }
            scroll.setVvalue(Math.max(0, Math.min(1, newTop / (contentHeight - viewportHeight))));
        });
    }

    private ScrollPane enclosingScrollPane() {
        for (Parent parent = getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        return null;
    }

    // ---- drag and drop, with the mouse held down (no system drag board: works the same everywhere) ----

    /** A drag in progress: which card, where the mouse went down, where the card would land. */
    private static final class Drag {
        final String itemId;
        final double pressSceneY;
        boolean started;
        int target;

        Drag(String itemId, double pressSceneY) {
            this.itemId = itemId;
            this.pressSceneY = pressSceneY;
        }
    }

    private void onPressed(String itemId, MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || isOnButton(event)) {
            return;
        }
        card(itemId).root.requestFocus();
        drag = new Drag(itemId, event.getSceneY());
        // Else an enclosing scroll pane takes the focus for itself on the same press.
        event.consume();
    }

    private void onDragged(String itemId, MouseEvent event) {
        if (drag == null || !drag.itemId.equals(itemId)) {
            return;
        }
        Node node = card(itemId).root;
        double dy = event.getSceneY() - drag.pressSceneY;
        if (!drag.started && Math.abs(dy) < DRAG_THRESHOLD) {
            return;
        }
        if (!drag.started) {
            drag.started = true;
            order.drop();
            node.pseudoClassStateChanged(DRAGGING, true);
            node.setViewOrder(-1);
        }
        node.setTranslateY(dy);
        double pointerY = cardList.sceneToLocal(new Point2D(event.getSceneX(), event.getSceneY())).getY();
        drag.target = targetIndex(itemId, pointerY);
        showIndicator(itemId, drag.target);
        autoScroll(event);
        event.consume();
    }

    private void onReleased(String itemId, MouseEvent event) {
        if (drag == null || !drag.itemId.equals(itemId)) {
            return;
        }
        Drag done = drag;
        drag = null;
        if (!done.started) {
            return;
        }
        Node node = card(itemId).root;
        node.setTranslateY(0);
        node.setViewOrder(0);
        node.pseudoClassStateChanged(DRAGGING, false);
        dropIndicator.setVisible(false);
        order.moveTo(itemId, done.target);
        node.requestFocus();
        event.consume();
    }

    /** Where the dragged card lands: among the other cards, before the first whose middle is below the pointer. */
    private int targetIndex(String draggedId, double pointerY) {
        int index = 0;
        for (String id : order.getOrder()) {
            if (id.equals(draggedId)) {
                continue;
            }
            Region other = card(id).root;
            if (other.getLayoutY() + other.getHeight() / 2 < pointerY) {
                index++;
            }
        }
        return index;
    }

    /** Draws the drop line in the gap where the card would land. */
    private void showIndicator(String draggedId, int target) {
        List<Region> others = order.getOrder().stream().filter(id -> !id.equals(draggedId))
                .map(id -> (Region) card(id).root).toList();
        if (others.isEmpty()) {
            return;
        }
        double gap = cardList.getSpacing();
        double y = target == 0 ? others.get(0).getLayoutY() - gap / 2
                : others.get(target - 1).getLayoutY() + others.get(target - 1).getHeight() + gap / 2;
        double height = Math.max(4, dropIndicator.prefHeight(-1));
        dropIndicator.resizeRelocate(cardList.getLayoutX(), cardList.getLayoutY() + y - height / 2,
                cardList.getWidth(), height);
        dropIndicator.setVisible(true);
        dropIndicator.toFront();
    }

    private void autoScroll(MouseEvent event) {
        ScrollPane scroll = enclosingScrollPane();
        if (scroll == null) {
            return;
        }
        Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        double edge = viewport.getHeight() / 8;
        double step = 0.03;
        if (event.getSceneY() < viewport.getMinY() + edge) {
            scroll.setVvalue(Math.max(0, scroll.getVvalue() - step));
        } else if (event.getSceneY() > viewport.getMaxY() - edge) {
            scroll.setVvalue(Math.min(1, scroll.getVvalue() + step));
        }
    }

    private static boolean isOnButton(MouseEvent event) {
        for (Object target = event.getTarget(); target instanceof Node node; target = node.getParent()) {
            if (node instanceof ButtonBase) {
                return true;
            }
        }
        return false;
    }

    // ---- one card ----

    /** The frame around a card's content: place number, grip, content, move buttons. */
    private final class Card {
        final HBox root = new HBox();
        final Label place = new Label();
        final Button up = new Button();
        final Button down = new Button();
        final Tooltip upTip = new Tooltip();
        final Tooltip downTip = new Tooltip();

        Card(String itemId) {
            root.getStyleClass().add(CARD);
            root.setId("rankingCard-" + itemId);
            root.setUserData(itemId);
            root.setFocusTraversable(true);
            place.getStyleClass().add("ranking-place");
            place.setMinWidth(Region.USE_PREF_SIZE);
            Region grip = new Region();
            grip.getStyleClass().add("ranking-grip");
            Node content = cardContent.apply(itemId);
            HBox.setHgrow(content, Priority.ALWAYS);
            up.setGraphic(arrow("ranking-arrow-up"));
            down.setGraphic(arrow("ranking-arrow-down"));
            up.setId("moveUp-" + itemId);
            down.setId("moveDown-" + itemId);
            for (Button button : List.of(up, down)) {
                button.getStyleClass().add("ranking-move");
                // Keyboard users move with Space and the arrows; the buttons are for the mouse.
                button.setFocusTraversable(false);
            }
            up.setTooltip(upTip);
            down.setTooltip(downTip);
            up.setOnAction(event -> order.move(itemId, -1));
            down.setOnAction(event -> order.move(itemId, 1));
            HBox buttons = new HBox(up, down);
            buttons.getStyleClass().add("ranking-move-buttons");
            buttons.setMinWidth(Region.USE_PREF_SIZE);
            root.getChildren().addAll(place, grip, content, buttons);
            root.addEventHandler(KeyEvent.KEY_PRESSED, event -> onKey(itemId, event));
            root.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> onPressed(itemId, event));
            root.addEventHandler(MouseEvent.MOUSE_DRAGGED, event -> onDragged(itemId, event));
            root.addEventHandler(MouseEvent.MOUSE_RELEASED, event -> onReleased(itemId, event));
            root.focusedProperty().addListener((obs, was, now) -> {
                if (!now && order.isGrabbed(itemId)) {
                    // Re-inserting a moved card can drop focus for a moment; only a real leave puts it down.
                    Platform.runLater(() -> {
                        if (!root.isFocused() && order.isGrabbed(itemId)) {
                            order.drop();
                        }
                    });
                }
            });
        }

        private Region arrow(String styleClass) {
            Region arrow = new Region();
            arrow.getStyleClass().addAll("ranking-arrow", styleClass);
            return arrow;
        }
    }
}
