package org.leaklab.ui.explorer;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.leaklab.model.AttributeDefinition;
import org.leaklab.model.Case;
import org.leaklab.model.DataItem;
import org.leaklab.model.Perspective;
import org.leaklab.scoring.Explanation;
import org.leaklab.scoring.ValueModel;
import org.leaklab.ui.common.Localization;

/**
 * The what-if explorer: a teacher moves a perspective's attribute weights and watches the value
 * model's reference ranking of the case's items re-order, with the explanation of one item
 * following along. Weights changed per perspective are kept until reset, so switching the
 * perspective back and forth (or the language) loses nothing.
 */
public final class ExplorerViewModel {
    /** Weights step by this much with the arrow keys. */
    public static final double WEIGHT_STEP = 0.05;

    /**
     * One item's line in the ranking.
     *
     * @param item           the item
     * @param place          1 for the most valuable with the current weights
     * @param referencePlace its place with the case's own weights
     * @param value          its value with the current weights
     */
    public record RankedItem(DataItem item, int place, int referencePlace, double value) {
        /** How many places it rose (positive) or fell (negative) against the case's weights. */
        public int movement() {
            return referencePlace - place;
        }
    }

    /** One slider: an attribute of the case and the weight the current perspective gives it. */
    public final class WeightSetting {
        private final AttributeDefinition attribute;
        private final DoubleProperty weight;

        private WeightSetting(AttributeDefinition attribute, double initial) {
            this.attribute = attribute;
            this.weight = new SimpleDoubleProperty(this, "weight", initial);
            weight.addListener((obs, old, now) -> changeWeight(this, now.doubleValue()));
        }

        public AttributeDefinition attribute() {
            return attribute;
        }

        public String name() {
            return attribute.name().in(localization.getLocale());
        }

        public String description() {
            return attribute.description().in(localization.getLocale());
        }

        /** The weight, bound both ways to the slider; the model rejects nothing in 0..{@link #maximumWeight()}. */
        public DoubleProperty weightProperty() {
            return weight;
        }

        /** The weight as a number in the current language ("0,25"). */
        public String weightText() {
            return number(weight.get(), 2);
        }
    }

    private final Case caseData;
    private final Localization localization;
    private final double maximumWeight;
    private final Map<String, Map<String, Double>> changedWeights = new HashMap<>();
    private final ObjectProperty<Perspective> perspective = new SimpleObjectProperty<>(this, "perspective");
    private final ObservableList<WeightSetting> weights = FXCollections.observableArrayList();
    private final ObservableList<RankedItem> ranking = FXCollections.observableArrayList();
    // One read-only view each: a wrapper made per call would be collected with the listeners on it.
    private final ObservableList<WeightSetting> readOnlyWeights = FXCollections.unmodifiableObservableList(weights);
    private final ObservableList<RankedItem> readOnlyRanking = FXCollections.unmodifiableObservableList(ranking);
    private final ReadOnlyObjectWrapper<ValueModel> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ReadOnlyObjectWrapper<String> selectedItem = new ReadOnlyObjectWrapper<>(this, "selectedItem");
    private boolean followTop = true;
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(this, "changed");
    private boolean rebuilding;

    /**
     * @param caseData     the case whose perspectives and items are explored
     * @param localization the current language of every text
     */
    public ExplorerViewModel(Case caseData, Localization localization) {
        this.caseData = Objects.requireNonNull(caseData);
        this.localization = Objects.requireNonNull(localization);
        if (caseData.perspectives().isEmpty()) {
            throw new IllegalArgumentException("case " + caseData.id() + " has no perspective to explore");
        }
        // Packs weigh attributes from 0 to 1; a pack that uses larger weights gets a longer slider.
        this.maximumWeight = Math.max(1.0, caseData.perspectives().stream()
                .flatMap(p -> p.weights().values().stream()).mapToDouble(Double::doubleValue).max().orElse(1.0));
        perspective.addListener((obs, old, now) -> {
            if (now == null) {
                perspective.set(old);
            } else {
                rebuild();
            }
        });
        perspective.set(caseData.perspectives().get(0));
    }

    public Case caseData() {
        return caseData;
    }

    /** The case's title in the current language. */
    public String caseTitle() {
        return caseData.title().in(localization.getLocale());
    }

    public List<Perspective> perspectives() {
        return caseData.perspectives();
    }

    /** The perspective being explored; choosing another shows its weights (changed ones kept). */
    public ObjectProperty<Perspective> perspectiveProperty() {
        return perspective;
    }

    public String perspectiveName(Perspective value) {
        return value.name().in(localization.getLocale());
    }

    public String perspectiveDescription() {
        return perspective.get().description().in(localization.getLocale());
    }

    /** One setting per attribute of the case, in the case's order. */
    public ObservableList<WeightSetting> getWeights() {
        return readOnlyWeights;
    }

    /** The largest weight a slider offers. */
    public double maximumWeight() {
        return maximumWeight;
    }

    /** Every item of the case in reference order for the current weights, most valuable first. */
    public ObservableList<RankedItem> getRanking() {
        return readOnlyRanking;
    }

    /** The value model with the current weights; replaced on every change. */
    public ReadOnlyObjectProperty<ValueModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    /** The item whose explanation is shown: the most valuable one until the teacher picks another. */
    public ReadOnlyObjectProperty<String> selectedItemProperty() {
        return selectedItem.getReadOnlyProperty();
    }

    /** Shows the explanation of {@code itemId}, which then stays selected as the ranking moves. */
    public void selectItem(String itemId) {
        if (caseData.item(itemId).isEmpty()) {
            throw new IllegalArgumentException("no item " + itemId);
        }
        followTop = false;
        selectedItem.set(itemId);
    }

    /** True while the weights differ from the case's own. */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    /** The current weights of the perspective, attribute id to weight, in attribute order. */
    public Map<String, Double> currentWeights() {
        Map<String, Double> current = new LinkedHashMap<>();
        for (WeightSetting setting : weights) {
            current.put(setting.attribute().id(), setting.weightProperty().get());
        }
        return current;
    }

    /** Back to the case's own weights for the current perspective. */
    public void reset() {
        changedWeights.remove(perspective.get().id());
        rebuild();
    }

    /** The item's name in the current language. */
    public String itemName(RankedItem row) {
        return row.item().name().in(localization.getLocale());
    }

    /** The value on its scale in the current language: "4.35 of 5". */
    public String valueText(RankedItem row) {
        return localization.get("explorer.value", number(row.value(), 2), ValueModel.MAX_VALUE);
    }

    /** "▲ 2", "▼ 1" or "" against the case's weights. */
    public String movementText(RankedItem row) {
        int movement = row.movement();
        if (movement > 0) {
            return localization.get("explorer.movement.up", movement);
        }
        if (movement < 0) {
            return localization.get("explorer.movement.down", -movement);
        }
        return "";
    }

    /** What a screen reader says for the row: place, name, value and movement. */
    public String accessibleText(RankedItem row) {
        return localization.get("explorer.row.accessible", row.place(), itemName(row), valueText(row),
                row.movement());
    }

    /** The heading of the explanation: which item, for whom. */
    public String explanationTitle() {
        String item = selectedItem.get();
        if (item == null) {
            return "";
        }
        return localization.get("explorer.explanation.title", caseData.item(item).orElseThrow().name(),
                perspective.get().name());
    }

    /** Why the selected item is worth what it is: the value model's explanation, in the current language. */
    public List<String> explanation() {
        String item = selectedItem.get();
        if (item == null || model.get() == null) {
            return List.of();
        }
        return model.get().explanations(item).stream().map(e -> e.render(localization.getLocale())).toList();
    }

    /** The explanations themselves, for tests and for views that style them. */
    public List<Explanation> explanations() {
        String item = selectedItem.get();
        return item == null ? List.of() : model.get().explanations(item);
    }

    private void changeWeight(WeightSetting setting, double weight) {
        if (rebuilding) {
            return;
        }
        double clamped = Double.isFinite(weight) ? Math.max(0, Math.min(maximumWeight, weight)) : 0;
        if (clamped != weight) {
            // Packs forbid negative weights; the setting springs back and this listener runs again with it.
            setting.weightProperty().set(clamped);
            return;
        }
        changedWeights.computeIfAbsent(perspective.get().id(), id -> new LinkedHashMap<>(perspective.get().weights()))
                .put(setting.attribute().id(), clamped);
        recompute();
    }

    private void rebuild() {
        rebuilding = true;
        try {
            Perspective current = perspective.get();
            Map<String, Double> changes = changedWeights.getOrDefault(current.id(), current.weights());
            List<WeightSetting> settings = new ArrayList<>();
            for (AttributeDefinition attribute : caseData.attributes()) {
                settings.add(new WeightSetting(attribute, changes.getOrDefault(attribute.id(), 0.0)));
            }
            weights.setAll(settings);
        } finally {
            rebuilding = false;
        }
        recompute();
    }

    private void recompute() {
        Perspective current = perspective.get();
        ValueModel reference = ValueModel.of(caseData, current);
        ValueModel now = reference.withWeights(changedWeights.getOrDefault(current.id(), current.weights()));
        List<String> itemIds = caseData.items().stream().map(DataItem::id).toList();
        List<String> referenceOrder = reference.referenceRanking(itemIds);
        List<String> order = now.referenceRanking(itemIds);
        List<RankedItem> rows = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            String id = order.get(i);
            rows.add(new RankedItem(caseData.item(id).orElseThrow(), i + 1, referenceOrder.indexOf(id) + 1,
                    now.value(id)));
        }
        changed.set(!nonZero(now.perspective().weights()).equals(nonZero(current.weights())));
        model.set(now);
        if (followTop || selectedItem.get() == null) {
            selectedItem.set(order.get(0));
        }
        ranking.setAll(rows);
    }

    /** Weights without zero entries, so "absent" and "0" compare equal. */
    private static Map<String, Double> nonZero(Map<String, Double> weights) {
        Map<String, Double> result = new HashMap<>();
        weights.forEach((attribute, weight) -> {
            if (weight != 0) {
                result.put(attribute, weight);
            }
        });
        return result;
    }

    private String number(double value, int fractionDigits) {
        NumberFormat format = NumberFormat.getNumberInstance(localization.getLocale());
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(value);
    }

    /** The language the texts are in, for views that format numbers themselves. */
    public Locale locale() {
        return localization.getLocale();
    }
}
