package org.leaklab.ui.ranking;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.leaklab.ui.common.Resources;

/**
 * A small vector icon for each data item, drawn from a CSS shape ({@code ItemIcons.css}) so it
 * follows the theme's colours and the projector scale. Items of the built-in case have their own
 * glyph; items of user-made packs get one from words in their id, or a generic data sheet.
 */
public final class ItemIcons {
    /** The glyphs there are; each is a style class with a shape in {@code ItemIcons.css}. */
    public enum Glyph {
        ENVELOPE("glyph-envelope"),
        BAR_CHART("glyph-bar-chart"),
        MAGNIFIER("glyph-magnifier"),
        TRASH("glyph-trash"),
        UNLOCKED("glyph-unlocked"),
        CREDIT_CARD("glyph-credit-card"),
        ID_CARD("glyph-id-card"),
        PERSON("glyph-person"),
        DATA_SHEET("glyph-data-sheet");

        private final String styleClass;

        Glyph(String styleClass) {
            this.styleClass = styleClass;
        }

        /** The style class that draws this glyph. */
        public String styleClass() {
            return styleClass;
        }
    }

    /** Style class of the round tile behind a glyph. */
    public static final String TILE = "item-icon";
    /** Style class of the glyph itself. */
    public static final String GLYPH = "item-glyph";

    private static final Map<String, Glyph> BY_ID = Map.of(
            "sales-stats", Glyph.BAR_CHART,
            "keyword-stats", Glyph.MAGNIFIER,
            "reviewer-emails", Glyph.ENVELOPE,
            "review-deletion", Glyph.TRASH,
            "account-reinstatement", Glyph.UNLOCKED,
            "card-data", Glyph.CREDIT_CARD,
            "identity-documents", Glyph.ID_CARD,
            "basic-profile", Glyph.PERSON);

    /** Words in an unknown id and the glyph they suggest, tried in this order. */
    private static final List<Map.Entry<String, Glyph>> BY_WORD = List.of(
            Map.entry("mail", Glyph.ENVELOPE),
            Map.entry("contact", Glyph.ENVELOPE),
            Map.entry("keyword", Glyph.MAGNIFIER),
            Map.entry("search", Glyph.MAGNIFIER),
            Map.entry("stat", Glyph.BAR_CHART),
            Map.entry("sales", Glyph.BAR_CHART),
            Map.entry("metric", Glyph.BAR_CHART),
            Map.entry("delet", Glyph.TRASH),
            Map.entry("remov", Glyph.TRASH),
            Map.entry("unblock", Glyph.UNLOCKED),
            Map.entry("reinstat", Glyph.UNLOCKED),
            Map.entry("account", Glyph.UNLOCKED),
            Map.entry("password", Glyph.UNLOCKED),
            Map.entry("login", Glyph.UNLOCKED),
            Map.entry("identity", Glyph.ID_CARD),
            Map.entry("id-card", Glyph.ID_CARD),
            Map.entry("passport", Glyph.ID_CARD),
            Map.entry("document", Glyph.ID_CARD),
            Map.entry("card", Glyph.CREDIT_CARD),
            Map.entry("payment", Glyph.CREDIT_CARD),
            Map.entry("bank", Glyph.CREDIT_CARD),
            Map.entry("profile", Glyph.PERSON),
            Map.entry("person", Glyph.PERSON));

    private ItemIcons() {
    }

    /** The glyph for an item: its own for the built-in case, else by the words of its id, else a data sheet. */
    public static Glyph glyphFor(String itemId) {
        Glyph known = BY_ID.get(itemId);
        if (known != null) {
            return known;
        }
        String id = itemId.toLowerCase(Locale.ROOT);
        return BY_WORD.stream().filter(e -> id.contains(e.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse(Glyph.DATA_SHEET);
    }

    /** A new icon node for {@code itemId}: a round tile with the glyph; decorative, so hidden from screen readers. */
    public static Region create(String itemId) {
        Region glyph = new Region();
        glyph.getStyleClass().addAll(GLYPH, glyphFor(itemId).styleClass());
        StackPane tile = new StackPane(glyph);
        tile.getStyleClass().add(TILE);
        tile.getStylesheets().add(Resources.requireExternal(ItemIcons.class, "ItemIcons.css"));
        tile.setFocusTraversable(false);
        tile.setMouseTransparent(true);
        return tile;
    }
}
