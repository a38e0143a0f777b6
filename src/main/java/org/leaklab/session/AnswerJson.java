package org.leaklab.session;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.leaklab.model.Answer;
import org.leaklab.model.ChoiceAnswer;
import org.leaklab.model.DecisionAnswer;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.model.RankingAnswer;

/**
 * The explicit JSON form of an {@link Answer}: an object with a {@code "kind"} discriminator
 * ({@code ranking}, {@code estimate}, {@code choice}, {@code decision}) and the kind's fields.
 * Written by hand rather than by Gson reflection, so the file format stays stable when the
 * records change and a sealed type never meets a reflective adapter.
 */
final class AnswerJson {
    static final String KIND = "kind";
    static final String RANKING = "ranking";
    static final String ESTIMATE = "estimate";
    static final String CHOICE = "choice";
    static final String DECISION = "decision";

    private AnswerJson() {
    }

    static JsonObject write(Answer answer) {
        JsonObject json = new JsonObject();
        switch (answer) {
            case RankingAnswer ranking -> {
                json.addProperty(KIND, RANKING);
                json.add("itemIds", strings(ranking.itemIds()));
            }
            case EstimateAnswer estimate -> {
                json.addProperty(KIND, ESTIMATE);
                json.addProperty("value", estimate.value());
            }
            case ChoiceAnswer choice -> {
                json.addProperty(KIND, CHOICE);
                // Sorted, so the same choice always gives the same file.
                json.add("optionIds", strings(choice.optionIds().stream().sorted().toList()));
            }
            case DecisionAnswer decision -> {
                json.addProperty(KIND, DECISION);
                json.add("optionIds", strings(decision.optionIds()));
            }
        }
        return json;
    }

    static Answer read(JsonElement element, String path) throws ResultsFormatException {
        JsonObject json = Json.object(element, path);
        String kind = Json.string(json, KIND, path);
        return switch (kind) {
            case RANKING -> new RankingAnswer(Json.strings(json, "itemIds", path));
            case ESTIMATE -> {
                double value = Json.number(json, "value", path);
                if (!Double.isFinite(value)) {
                    throw new ResultsFormatException(path + ".value", "session.format.finite");
                }
                yield new EstimateAnswer(value);
            }
            case CHOICE -> {
                List<String> ids = Json.strings(json, "optionIds", path);
                Set<String> unique = new LinkedHashSet<>(ids);
                if (unique.size() != ids.size()) {
                    throw new ResultsFormatException(path + ".optionIds", "session.format.optionTwice");
                }
                yield new ChoiceAnswer(unique);
            }
            case DECISION -> new DecisionAnswer(Json.strings(json, "optionIds", path));
            default -> throw new ResultsFormatException(path + "." + KIND, "session.format.answerKind", kind);
        };
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        for (String value : new ArrayList<>(values)) {
            array.add(new JsonPrimitive(value));
        }
        return array;
    }
}
