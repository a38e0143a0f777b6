package org.leaklab.content;

import static org.leaklab.content.PackFields.child;
import static org.leaklab.content.PackFields.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.leaklab.content.JsonNode.JObject;
import org.leaklab.model.AttributeScore;
import org.leaklab.model.ChoiceOption;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.model.DataItem;
import org.leaklab.model.EstimateScenario;
import org.leaklab.model.LocalizedText;
import org.leaklab.model.Perspective;
import org.leaklab.model.RankingScenario;
import org.leaklab.model.Scenario;

/**
 * Reads a scenario of any kind: rankings, estimates and choice questions here, decision stories
 * through {@link DecisionReader}.
 */
final class ScenarioReader {
    /** Most items a ranking may have; more could not be shown and would make scoring quadratic. */
    static final int MAX_RANKING_ITEMS = 20;
    /** Most options of a choice question. */
    static final int MAX_CHOICE_OPTIONS = 20;

    private static final List<String> SCENARIO_TYPES = List.of("ranking", "estimate", "choice", "decision");

    private final PackFields fields;
    private final ProblemCollector problems;
    private final Citations citations;
    private final Set<String> itemIds;
    private final Set<String> perspectiveIds;
    private final Map<String, DataItem> items = new HashMap<>();
    private final Map<String, Perspective> perspectives = new HashMap<>();
    private final DecisionReader decisions;

    /**
     * {@code itemIds} and {@code perspectiveIds} are all the pack declares, {@code items} and
     * {@code perspectives} those read without problems.
     */
    ScenarioReader(PackFields fields, Citations citations, Set<String> itemIds, List<DataItem> items,
                   Set<String> perspectiveIds, List<Perspective> perspectives, Set<String> lessonIds) {
        this.fields = fields;
        this.problems = fields.problems();
        this.citations = citations;
        this.itemIds = itemIds;
        this.perspectiveIds = perspectiveIds;
        items.forEach(item -> this.items.put(item.id(), item));
        perspectives.forEach(p -> this.perspectives.put(p.id(), p));
        this.decisions = new DecisionReader(fields, citations, lessonIds);
    }

    Scenario scenario(JObject o, String path) {
        String type = fields.string(o, path, "type", true);
        if (type == null) {
            return null;
        }
        switch (type) {
            case "ranking":
                return ranking(o, path);
            case "estimate":
                return estimate(o, path);
            case "choice":
                return choice(o, path);
            case "decision":
                return decisions.decision(o, path);
            default:
                problems.error(child(path, "type"), "content.oneOf", String.join(", ", SCENARIO_TYPES),
                        JsonNode.describe(o.members().get("type")));
                return null;
        }
    }

    private RankingScenario ranking(JObject o, String path) {
        fields.knownFields(o, path, Set.of("id", "type", "title", "prompt", "perspective", "items", "sources"));
        String id = fields.id(o, path, "id");
        LocalizedText title = fields.text(o, path, "title");
        LocalizedText prompt = fields.text(o, path, "prompt");
        String perspective = fields.reference(o, path, "perspective", perspectiveIds, Noun.PERSPECTIVE);
        List<String> ranked = fields.references(o, path, "items", itemIds, Noun.ITEM, RankingScenario.MIN_ITEMS);
        if (ranked != null) {
            String itemsPath = child(path, "items");
            if (ranked.size() > MAX_RANKING_ITEMS) {
                problems.error(itemsPath, "content.atMost", String.valueOf(MAX_RANKING_ITEMS), Noun.ITEM.many(),
                        String.valueOf(ranked.size()));
                ranked = null;
            } else if (ranked.size() > RankingScenario.MAX_ITEMS_ON_SCREEN) {
                problems.warning(itemsPath, "content.itemsOnScreen", String.valueOf(RankingScenario.MAX_ITEMS_ON_SCREEN),
                        String.valueOf(ranked.size()));
            }
        }
        if (ranked != null && perspective != null && !kindsFit(path, perspective, ranked)) {
            ranked = null;
        }
        if (ranked != null && perspective != null) {
            warnAboutTies(path, perspective, ranked);
        }
        List<String> sources = citations.citedSources(o, path, Phrase.of("content.cited.scenario"));
        return id == null || title == null || prompt == null || perspective == null || ranked == null
                || sources == null ? null : new RankingScenario(id, title, prompt, perspective, ranked, sources);
    }

    /** A perspective that values harm to a person cannot rank a service or sales figures as harm to them. */
    private boolean kindsFit(String path, String perspectiveId, List<String> ranked) {
        Perspective perspective = perspectives.get(perspectiveId);
        if (perspective == null) {
            return true;
        }
        boolean ok = true;
        for (int i = 0; i < ranked.size(); i++) {
            DataItem item = items.get(ranked.get(i));
            if (item != null && !perspective.values(item.kind())) {
                problems.error(child(path, "items") + "[" + i + "]", "content.kindNotValued", perspectiveId,
                        perspective.itemKinds().stream().map(k -> "\"" + k.id() + "\"").collect(Collectors.joining(", ")),
                        item.id(), item.kind().id());
                ok = false;
            }
        }
        return ok;
    }

    /** Items of equal value may go either way; worth knowing for an author, not an error. */
    private void warnAboutTies(String path, String perspectiveId, List<String> ranked) {
        Perspective perspective = perspectives.get(perspectiveId);
        if (perspective == null || !ranked.stream().allMatch(items::containsKey)) {
            return;
        }
        Map<String, Double> values = new HashMap<>();
        for (String itemId : ranked) {
            double value = 0;
            for (AttributeScore score : items.get(itemId).scores()) {
                value += score.score() * perspective.weight(score.attributeId());
            }
            values.put(itemId, value);
        }
        for (int i = 0; i < ranked.size(); i++) {
            for (int j = i + 1; j < ranked.size(); j++) {
                double a = values.get(ranked.get(i));
                double b = values.get(ranked.get(j));
                if (Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)))) {
                    problems.warning(child(path, "items"), "content.tie", perspectiveId, ranked.get(i), ranked.get(j),
                            format(a));
                }
            }
        }
    }

    private EstimateScenario estimate(JObject o, String path) {
        fields.knownFields(o, path, Set.of("id", "type", "title", "prompt", "low", "high", "currency", "sources",
                "explanation", "items"));
        String id = fields.id(o, path, "id");
        LocalizedText title = fields.text(o, path, "title");
        LocalizedText prompt = fields.text(o, path, "prompt");
        Double low = fields.positive(o, path, "low");
        Double high = fields.positive(o, path, "high");
        if (o.members().containsKey("currency")) {
            String currency = fields.string(o, path, "currency", true);
            if (currency != null && !currency.equals(EstimateScenario.CURRENCY)) {
                problems.error(child(path, "currency"), "content.estimateCurrency", EstimateScenario.CURRENCY,
                        JsonNode.describe(o.members().get("currency")));
            }
        }
        List<String> sources = citations.sources(o, path, "sources", 1);
        LocalizedText explanation = fields.text(o, path, "explanation");
        List<String> priced = o.members().containsKey("items")
                ? fields.references(o, path, "items", itemIds, Noun.ITEM, 0) : List.of();
        if (low != null && high != null && low > high) {
            problems.error(path, "content.lowHigh", format(low), format(high));
            return null;
        }
        return id == null || title == null || prompt == null || low == null || high == null || sources == null
                || explanation == null || priced == null ? null
                : new EstimateScenario(id, title, prompt, low, high, sources, explanation, priced);
    }

    private ChoiceScenario choice(JObject o, String path) {
        fields.knownFields(o, path, Set.of("id", "type", "title", "prompt", "multiple", "options", "sources"));
        String id = fields.id(o, path, "id");
        LocalizedText title = fields.text(o, path, "title");
        LocalizedText prompt = fields.text(o, path, "prompt");
        Boolean multiple = o.members().containsKey("multiple") ? fields.bool(o, path, "multiple") : Boolean.FALSE;
        List<JsonNode> elements = fields.array(o, path, "options", true, 2, Noun.OPTION.many());
        String optionsPath = child(path, "options");
        if (elements.size() > MAX_CHOICE_OPTIONS) {
            problems.error(optionsPath, "content.atMost", String.valueOf(MAX_CHOICE_OPTIONS), Noun.OPTION.many(),
                    String.valueOf(elements.size()));
            return null;
        }
        List<ChoiceOption> options = new ArrayList<>();
        boolean allRead = fields.elements(elements, optionsPath, Noun.OPTION.a(),
                Set.of("id", "text", "credit", "feedback"), Noun.OPTION, new HashMap<>(),
                (option, optionPath) -> choiceOption(option, optionPath, multiple), options);
        boolean ok = elements.size() >= 2 && allRead;
        if (ok && multiple != null) {
            double best = options.stream().mapToDouble(ChoiceOption::credit).max().orElse(0);
            if (!multiple && best != 1) {
                problems.error(optionsPath, "content.bestCredit", format(best));
                ok = false;
            } else if (multiple && best <= 0) {
                problems.error(optionsPath, "content.noCredit");
                ok = false;
            }
        }
        List<String> sources = citations.citedSources(o, path, Phrase.of("content.cited.scenario"));
        return id == null || title == null || prompt == null || multiple == null || !ok || sources == null ? null
                : new ChoiceScenario(id, title, prompt, multiple, options, sources);
    }

    /** An option of a choice question; {@code multiple} null when the question's own field is broken. */
    private ChoiceOption choiceOption(JObject option, String optionPath, Boolean multiple) {
        String optionId = fields.id(option, optionPath, "id");
        LocalizedText text = fields.text(option, optionPath, "text");
        Double credit = fields.number(option, optionPath, "credit");
        if (credit != null && Boolean.FALSE.equals(multiple) && (credit < 0 || credit > 1)) {
            problems.error(child(optionPath, "credit"), "content.singleCredit",
                    JsonNode.describe(option.members().get("credit")));
            credit = null;
        } else if (credit != null && (credit < -1 || credit > 1)) {
            problems.error(child(optionPath, "credit"), "content.credit",
                    JsonNode.describe(option.members().get("credit")));
            credit = null;
        }
        LocalizedText feedback = fields.text(option, optionPath, "feedback");
        return optionId == null || text == null || credit == null || feedback == null ? null
                : new ChoiceOption(optionId, text, credit, feedback);
    }
}
