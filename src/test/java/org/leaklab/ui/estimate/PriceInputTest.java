package org.leaklab.ui.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Typed prices in English and German use, and text that is no price. */
class PriceInputTest {
    private static double read(Locale locale, String text) {
        PriceInput.Result result = new PriceInput(locale).read(text);
        return assertInstanceOf(PriceInput.Price.class, result, text).dollars();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1500|1500", "$1,500|1500", "1,500.50|1500.5", "USD 300|300", "300 dollars|300", "2k|2000",
            "1.5k|1500", "1.5|1.5", "  80 |80", "10,000|10000", "$ 1 500|1500", "1,500|1500", "-5|-5"})
    void readsEnglishPrices(String text, double dollars) {
        assertEquals(dollars, read(Locale.ENGLISH, text), 1e-9);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1500|1500", "1.500|1500", "1.500,50|1500.5", "1,5|1.5", "300 $|300", "1,5k|1500", "10.000|10000",
            "1,500.50|1500.5", "2.5|2.5", "US$ 2.000|2000", "300 Dollar|300"})
    void readsGermanPrices(String text, double dollars) {
        assertEquals(dollars, read(Locale.GERMAN, text), 1e-9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "12abc", "1.2.3", "1,2,3", "k", ",", "1e3", "zwölf", "1..5", "1,500,5.0,0"})
    void textThatIsNoPriceIsNotANumber(String text) {
        assertInstanceOf(PriceInput.NotANumber.class, new PriceInput(Locale.ENGLISH).read(text));
        assertInstanceOf(PriceInput.NotANumber.class, new PriceInput(Locale.GERMAN).read(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "$", "USD"})
    void nothingTypedIsEmpty(String text) {
        assertInstanceOf(PriceInput.Empty.class, new PriceInput(Locale.ENGLISH).read(text));
    }
}
