package org.leaklab.content;

import static org.leaklab.content.PackFields.child;
import static org.leaklab.content.PackFields.format;
import static org.leaklab.content.PackFields.list;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.leaklab.content.JsonNode.JArray;
import org.leaklab.content.JsonNode.JObject;
import org.leaklab.content.JsonNode.JString;
import org.leaklab.model.AttributeScore;
import org.leaklab.model.DataItem;
import org.leaklab.model.ItemKind;
import org.leaklab.model.LocalizedText;
import org.leaklab.model.Perspective;
import org.leaklab.model.PriceReference;
import org.leaklab.model.RankingLabels;

/**
 * Reads the data items (scores, price, kind) and the perspectives (weights, labels, item kinds) of a
 * pack; {@code attributeIds} are the ids of the pack's attributes, in the pack's order.
 */
record ItemReader(PackFields fields, Citations citations, Set<String> attributeIds) {
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    DataItem item(JObject o, String path) {
        fields.knownFields(o, path, Set.of("id", "partOfCase", "kind", "name", "card", "buyerUse", "harm", "scores",
                "price", "sources", "buyerUseSources", "harmSources"));
        String id = fields.id(o, path, "id");
        Boolean partOfCase = fields.bool(o, path, "partOfCase");
        LocalizedText name = fields.text(o, path, "name");
        LocalizedText card = fields.text(o, path, "card");
        LocalizedText buyerUse = fields.text(o, path, "buyerUse");
        LocalizedText harm = fields.text(o, path, "harm");
        ItemKind kind = itemKind(o, path);
        List<String> sources = citations.citedSources(o, path, Phrase.of("content.cited.item"));
        List<String> buyerUseSources = citations.citedSources(o, path, "buyerUseSources", Phrase.of("content.cited.itemBuyerUse"));
        List<String> harmSources = citations.citedSources(o, path, "harmSources", Phrase.of("content.cited.itemHarm"));
        List<AttributeScore> scores = scores(o, path);
        Optional<PriceReference> price = Optional.empty();
        boolean priceOk = true;
        if (o.members().containsKey("price")) {
            PriceReference reference = price(o.members().get("price"), child(path, "price"));
            priceOk = reference != null;
            price = Optional.ofNullable(reference);
        }
        if (id == null || partOfCase == null || name == null || card == null || buyerUse == null || harm == null
                || scores == null || !priceOk || kind == null || sources == null || buyerUseSources == null
                || harmSources == null) {
            return null;
        }
        return new DataItem(id, name, card, buyerUse, harm, partOfCase, scores, price, kind, sources,
                buyerUseSources, harmSources);
    }

    private ItemKind itemKind(JObject o, String path) {
        String kind = fields.string(o, path, "kind", true);
        if (kind == null) {
            return null;
        }
        Optional<ItemKind> known = ItemKind.byId(kind);
        if (known.isEmpty()) {
            fields.problems().error(child(path, "kind"), "content.oneOf", kindList(),
                    JsonNode.describe(o.members().get("kind")));
        }
        return known.orElse(null);
    }

    private static String kindList() {
        return Arrays.stream(ItemKind.values()).map(k -> "\"" + k.id() + "\"").collect(Collectors.joining(", "));
    }

    private List<AttributeScore> scores(JObject item, String itemPath) {
        String path = child(itemPath, "scores");
        JObject o = fields.objectField(item, itemPath, "scores", Phrase.of("content.what.scores"));
        if (o == null) {
            return null;
        }
        boolean ok = true;
        for (String key : o.members().keySet()) {
            if (!attributeIds.contains(key)) {
                fields.problems().error(child(path, key), "content.unknownScore", list(attributeIds), key);
                ok = false;
            }
        }
        List<AttributeScore> scores = new ArrayList<>();
        for (String attribute : attributeIds) {
            if (!o.members().containsKey(attribute)) {
                fields.problems().error(path, "content.missingScore", attribute);
                ok = false;
                continue;
            }
            String scorePath = child(path, attribute);
            JObject entry = fields.object(o.members().get(attribute), scorePath, Phrase.of("content.what.score"));
            if (entry == null) {
                ok = false;
                continue;
            }
            fields.knownFields(entry, scorePath, Set.of("score", "reason"));
            Integer score = fields.integer(entry, scorePath, "score", AttributeScore.MIN, AttributeScore.MAX);
            LocalizedText reason = fields.text(entry, scorePath, "reason");
            if (score == null || reason == null) {
                ok = false;
            } else {
                scores.add(new AttributeScore(attribute, score, reason));
            }
        }
        return ok ? scores : null;
    }

    private PriceReference price(JsonNode node, String path) {
        JObject o = fields.object(node, path, Phrase.of("content.what.price"));
        if (o == null) {
            return null;
        }
        fields.knownFields(o, path, Set.of("low", "high", "currency", "unit", "source", "year"));
        Double low = fields.positive(o, path, "low");
        Double high = fields.positive(o, path, "high");
        String currency = fields.string(o, path, "currency", true);
        if (currency != null && !CURRENCY.matcher(currency).matches()) {
            fields.problems().error(child(path, "currency"), "content.currency",
                    JsonNode.describe(o.members().get("currency")));
            currency = null;
        }
        LocalizedText unit = fields.text(o, path, "unit");
        String source = citations.source(o, path, "source");
        Integer year = fields.integer(o, path, "year", 1990, 2100);
        if (low != null && high != null && low > high) {
            fields.problems().error(path, "content.lowHigh", format(low), format(high));
            return null;
        }
        if (low == null || high == null || currency == null || unit == null || source == null || year == null) {
            return null;
        }
        return new PriceReference(low, high, currency, unit, source, year);
    }

    Perspective perspective(JObject o, String path) {
        fields.knownFields(o, path, Set.of("id", "name", "description", "weights", "labels", "itemKinds"));
        String id = fields.id(o, path, "id");
        LocalizedText name = fields.text(o, path, "name");
        LocalizedText description = fields.text(o, path, "description");
        Map<String, Double> weights = weights(o, path);
        RankingLabels labels = labels(o, path);
        Set<ItemKind> kinds = o.members().containsKey("itemKinds") ? itemKinds(o, path) : EnumSet.allOf(ItemKind.class);
        return id == null || name == null || description == null || weights == null || labels == null
                || kinds == null ? null : new Perspective(id, name, description, weights, labels, kinds);
    }

    private RankingLabels labels(JObject perspective, String perspectivePath) {
        String path = child(perspectivePath, "labels");
        JObject o = fields.objectField(perspective, perspectivePath, "labels", Phrase.of("content.what.labels"));
        if (o == null) {
            return null;
        }
        fields.knownFields(o, path, Set.of("measure", "order", "top", "bottom"));
        LocalizedText measure = fields.text(o, path, "measure");
        LocalizedText order = fields.text(o, path, "order");
        LocalizedText top = fields.text(o, path, "top");
        LocalizedText bottom = fields.text(o, path, "bottom");
        return measure == null || order == null || top == null || bottom == null ? null
                : new RankingLabels(measure, order, top, bottom);
    }

    private Set<ItemKind> itemKinds(JObject perspective, String perspectivePath) {
        String path = child(perspectivePath, "itemKinds");
        JsonNode node = fields.member(perspective, perspectivePath, "itemKinds", Phrase.of("content.what.itemKinds"));
        if (node == null) {
            return null;
        }
        if (!(node instanceof JArray array) || array.elements().isEmpty()) {
            fields.problems().error(path, "content.itemKinds", kindList(), JsonNode.describe(node));
            return null;
        }
        Set<ItemKind> kinds = EnumSet.noneOf(ItemKind.class);
        boolean ok = true;
        for (int i = 0; i < array.elements().size(); i++) {
            JsonNode element = array.elements().get(i);
            Optional<ItemKind> kind = element instanceof JString s ? ItemKind.byId(s.value()) : Optional.empty();
            if (kind.isEmpty()) {
                fields.problems().error(path + "[" + i + "]", "content.oneOf", kindList(), JsonNode.describe(element));
                ok = false;
            } else if (!kinds.add(kind.get())) {
                fields.problems().error(path + "[" + i + "]", "content.itemKindOnce", kind.get().id());
                ok = false;
            }
        }
        return ok ? kinds : null;
    }

    private Map<String, Double> weights(JObject perspective, String perspectivePath) {
        String path = child(perspectivePath, "weights");
        JObject o = fields.objectField(perspective, perspectivePath, "weights", Phrase.of("content.what.weights"));
        if (o == null) {
            return null;
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        boolean ok = true;
        boolean anyPositive = false;
        for (Map.Entry<String, JsonNode> entry : o.members().entrySet()) {
            String weightPath = child(path, entry.getKey());
            if (!attributeIds.contains(entry.getKey())) {
                fields.problems().error(weightPath, "content.unknownWeight", list(attributeIds), entry.getKey());
                ok = false;
                continue;
            }
            Double weight = fields.finiteNumber(entry.getValue(), weightPath, Phrase.of("content.what.weight"));
            if (weight == null) {
                ok = false;
            } else if (weight < 0) {
                fields.problems().error(weightPath, "content.negativeWeight", JsonNode.describe(entry.getValue()));
                ok = false;
            } else {
                anyPositive |= weight > 0;
                weights.put(entry.getKey(), weight);
            }
        }
        if (ok && !anyPositive) {
            fields.problems().error(path, o.members().isEmpty() ? "content.noWeights" : "content.zeroWeights");
            ok = false;
        }
        return ok ? weights : null;
    }
}
