package org.leaklab.classroom.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.Locale;
import java.util.Optional;
import org.leaklab.classroom.Views.DeviceReport;
import org.leaklab.classroom.Views.DeviceView;
import org.leaklab.classroom.Views.KeptAnswer;
import org.leaklab.classroom.Views.QuestionView;
import org.leaklab.classroom.Views.StoryView;
import org.leaklab.model.Answer;
import org.leaklab.model.Case;
import org.leaklab.model.ChoiceAnswer;
import org.leaklab.model.ChoiceOption;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.model.DecisionOption;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.model.EstimateScenario;
import org.leaklab.model.RankingAnswer;
import org.leaklab.model.RankingScenario;
import org.leaklab.model.Scenario;
import org.leaklab.scoring.Explanation;
import org.leaklab.scoring.ScoreResult;
import org.leaklab.session.AnswerText;

/**
 * The room's views as the JSON the phone page reads, with every text rendered in the phone's
 * language: case content from the case, names from the name pool, score explanations by the app's
 * own {@link Explanation#render}. Values only; the page puts them in as text, never as markup.
 */
final class PhoneJson {
    private PhoneJson() {
    }

    static JsonObject state(DeviceView view, Case caseData, String code, Locale locale) {
        JsonObject json = new JsonObject();
        json.addProperty("version", view.version());
        json.addProperty("code", code);
        json.addProperty("lang", locale.getLanguage());
        JsonObject me = new JsonObject();
        me.addProperty("number", view.number());
        me.addProperty("name", view.name().in(locale));
        me.addProperty("rerolls", view.rerollsLeft());
        me.addProperty("team", view.team());
        json.add("me", me);
        JsonArray teams = new JsonArray();
        view.teams().forEach(teams::add);
        json.add("teams", teams);
        json.add("question", view.question().<com.google.gson.JsonElement>map(q -> question(q, caseData, locale))
                .orElse(JsonNull.INSTANCE));
        return json;
    }

    private static JsonObject question(QuestionView view, Case caseData, Locale locale) {
        Scenario scenario = view.scenario();
        JsonObject json = new JsonObject();
        json.addProperty("seq", view.seq());
        json.addProperty("phase", view.phase().name().toLowerCase(Locale.ROOT));
        json.addProperty("title", scenario.title().in(locale));
        json.addProperty("prompt", scenario.prompt().in(locale));
        switch (scenario) {
            case RankingScenario ranking -> {
                json.addProperty("kind", "ranking");
                json.addProperty("perspective", caseData.perspective(ranking.perspectiveId())
                        .map(p -> p.name().in(locale)).orElse(ranking.perspectiveId()));
                // What the ranking ranks, in the perspective's own words ("most harmful first"), as in the app.
                caseData.perspective(ranking.perspectiveId()).ifPresent(p -> {
                    json.addProperty("order", p.labels().order().in(locale));
                    json.addProperty("top", p.labels().top().in(locale));
                    json.addProperty("bottom", p.labels().bottom().in(locale));
                });
                JsonArray items = new JsonArray();
                for (String id : ranking.itemIds()) {
                    JsonObject item = new JsonObject();
                    item.addProperty("id", id);
                    item.addProperty("name", caseData.item(id).map(i -> i.name().in(locale)).orElse(id));
                    item.addProperty("card", caseData.item(id).map(i -> i.card().in(locale)).orElse(""));
                    items.add(item);
                }
                json.add("items", items);
            }
            case EstimateScenario estimate -> {
                json.addProperty("kind", "estimate");
                json.addProperty("min", EstimateScenario.MIN_GUESS);
                json.addProperty("max", EstimateScenario.MAX_GUESS);
            }
            case ChoiceScenario choice -> {
                json.addProperty("kind", "choice");
                json.addProperty("multiple", choice.multiple());
                JsonArray options = new JsonArray();
                for (ChoiceOption option : choice.options()) {
                    options.add(option(option.id(), option.text().in(locale)));
                }
                json.add("options", options);
            }
            case DecisionScenario story -> {
                json.addProperty("kind", "story");
                view.story().ifPresent(s -> json.add("story", story(s, locale)));
            }
        }
        view.answer().ifPresent(a -> json.add("answer", answer(a)));
        view.result().ifPresent(r -> json.add("result", result(r, locale)));
        return json;
    }

    private static JsonObject story(StoryView view, Locale locale) {
        JsonObject json = new JsonObject();
        json.addProperty("step", view.step());
        json.addProperty("ended", view.ended());
        view.node().ifPresent(node -> {
            JsonObject jsonNode = new JsonObject();
            jsonNode.addProperty("id", node.id());
            jsonNode.addProperty("text", node.text().in(locale));
            JsonArray options = new JsonArray();
            for (DecisionOption option : node.options()) {
                options.add(option(option.id(), option.text().in(locale)));
            }
            jsonNode.add("options", options);
            json.add("node", jsonNode);
        });
        view.vote().ifPresent(v -> json.addProperty("vote", v));
        view.decided().ifPresent(option -> {
            JsonObject decided = option(option.id(), option.text().in(locale));
            decided.addProperty("consequence", option.consequence().in(locale));
            json.add("decided", decided);
        });
        return json;
    }

    private static JsonObject option(String id, String text) {
        JsonObject json = new JsonObject();
        json.addProperty("id", id);
        json.addProperty("text", text);
        return json;
    }

    private static JsonObject answer(Answer answer) {
        JsonObject json = new JsonObject();
        switch (answer) {
            case RankingAnswer ranking -> {
                JsonArray order = new JsonArray();
                ranking.itemIds().forEach(order::add);
                json.add("ranking", order);
            }
            case EstimateAnswer estimate -> json.addProperty("estimate", estimate.value());
            case ChoiceAnswer choice -> {
                JsonArray options = new JsonArray();
                choice.optionIds().stream().sorted().forEach(options::add);
                json.add("choice", options);
            }
            default -> throw new IllegalArgumentException("not a device answer: " + answer);
        }
        return json;
    }

    private static JsonObject result(ScoreResult result, Locale locale) {
        JsonObject json = new JsonObject();
        json.addProperty("score", result.rounded());
        JsonArray lines = new JsonArray();
        for (Explanation explanation : result.explanations()) {
            JsonObject line = new JsonObject();
            line.addProperty("tone", explanation.tone().name().toLowerCase(Locale.ROOT));
            line.addProperty("text", explanation.render(locale));
            lines.add(line);
        }
        json.add("lines", lines);
        return json;
    }

    /** "What LeakLab knows about you": the device's name, team and answers, as the laptop holds them. */
    static JsonObject report(DeviceReport report, Case caseData, Locale locale) {
        JsonObject json = new JsonObject();
        json.addProperty("name", report.name().in(locale));
        report.team().ifPresent(t -> json.addProperty("team", t));
        JsonArray answers = new JsonArray();
        for (KeptAnswer kept : report.answers()) {
            JsonObject line = new JsonObject();
            String title = kept.scenario().title().in(locale);
            line.addProperty("question", kept.step() > 0 ? title + " (" + kept.step() + ")" : title);
            Optional<String> text = kept.answer().map(a -> AnswerText.describe(a, Optional.of(caseData),
                    Optional.of(kept.scenario()), locale));
            line.addProperty("answer", text.orElseGet(() -> kept.vote().map(v -> v.text().in(locale)).orElse("")));
            answers.add(line);
        }
        json.add("answers", answers);
        return json;
    }
}
