package org.leaklab.ui.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The app's price rules against the shared cases that the phone page's port (price.js) is checked
 * against too, in a real browser (PhoneBrowserTest): both sides read and write prices alike.
 */
public class PriceRulesTest {
    /** The shared cases: {"read": [{lang, text, price|nan|empty}], "plain": [{dollars, en, de}]}. */
    public static JsonObject cases() {
        try (var in = new InputStreamReader(PriceRulesTest.class.getResourceAsStream("/org/leaklab/classroom/price-cases.json"),
                StandardCharsets.UTF_8)) {
            return JsonParser.parseReader(in).getAsJsonObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Locale locale(String lang) {
        return lang.equals("de") ? Locale.GERMAN : Locale.ENGLISH;
    }

    @Test
    void readingPricesMatchesTheSharedCases() {
        JsonArray read = cases().getAsJsonArray("read");
        for (JsonElement element : read) {
            JsonObject c = element.getAsJsonObject();
            String text = c.get("text").getAsString();
            PriceInput.Result result = new PriceInput(locale(c.get("lang").getAsString())).read(text);
            String what = c.get("lang").getAsString() + " '" + text + "'";
            if (c.has("price")) {
                assertEquals(c.get("price").getAsDouble(), assertInstanceOf(PriceInput.Price.class, result, what).dollars(), 1e-9, what);
            } else if (c.has("nan")) {
                assertInstanceOf(PriceInput.NotANumber.class, result, what);
            } else {
                assertInstanceOf(PriceInput.Empty.class, result, what);
            }
        }
    }

    @Test
    void writingPricesMatchesTheSharedCases() {
        for (JsonElement element : cases().getAsJsonArray("plain")) {
            JsonObject c = element.getAsJsonObject();
            double dollars = c.get("dollars").getAsDouble();
            assertEquals(c.get("en").getAsString(), DollarAmounts.plain(dollars, Locale.ENGLISH), "en " + dollars);
            assertEquals(c.get("de").getAsString(), DollarAmounts.plain(dollars, Locale.GERMAN), "de " + dollars);
        }
    }
}
