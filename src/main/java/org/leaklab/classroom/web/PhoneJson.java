package org.leaklab.classroom.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.Locale;
import java.util.Optional;
import org.leaklab.classroom.ScenarioRules;
import org.leaklab.classroom.Views.DeviceReport;
import org.leaklab.classroom.Views.DeviceView;
import org.leaklab.classroom.Views.KeptAnswer;
import org.leaklab.classroom.Views.QuestionView;
import org.leaklab.model.Case;
import org.leaklab.model.Scenario;
import org.leaklab.scoring.Explanation;
import org.leaklab.scoring.ScoreResult;
import org.leaklab.session.AnswerText;

/**
 * The room's views as the JSON the phone page reads, with every text rendered in the phone's
 * language: case content from the case, names from the name pool, score explanations by the app's
 * own {@link Explanation#render}; each scenario kind writes its own part ({@link ScenarioRules#describe})
 * through {@link JsonFields}. Values only; the page puts them in as text, never as markup.
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
        ScenarioRules.of(scenario).describe(view, caseData, locale, new JsonFields(json));
        view.result().ifPresent(r -> json.add("result", result(r, locale)));
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
