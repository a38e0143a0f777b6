package org.leaklab.ui.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.leaklab.ui.common.Localization;

/** The one range of prices a guess may be, in play and in presenter mode. */
class PriceRangeTest {
    private final Localization english = new Localization(Locale.ENGLISH);

    @Test
    void theRangeIsTheSlidersScale() {
        assertEquals(EstimateViewModel.MIN_DOLLARS, PriceRange.MIN_DOLLARS);
        assertEquals(EstimateViewModel.MAX_DOLLARS, PriceRange.MAX_DOLLARS);
        assertEquals(EstimateViewModel.dollarsAt(EstimateViewModel.MIN_POSITION), PriceRange.MIN_DOLLARS, 1e-9);
        assertEquals(EstimateViewModel.dollarsAt(EstimateViewModel.MAX_POSITION), PriceRange.MAX_DOLLARS, 1e-9);
        assertTrue(PriceRange.contains(1) && PriceRange.contains(10_000));
        assertFalse(PriceRange.contains(0.99) || PriceRange.contains(10_000.01) || PriceRange.contains(Double.NaN));
    }

    @Test
    void aTypedTextIsAGuessOrSaysWhatIsWrongWithIt() {
        assertEquals(new PriceRange.Valid(1500), PriceRange.read("$1,500", english));
        assertInstanceOf(PriceRange.Empty.class, PriceRange.read("  ", english));
        assertEquals(new PriceRange.Rejected("$0.50 is below the scale. Type a price from $1 to $10,000."),
                PriceRange.read("0.5", english));
        assertEquals(new PriceRange.Rejected("$20,000 is beyond the scale. Type a price from $1 to $10,000."),
                PriceRange.read("20k", english));
        assertEquals(new PriceRange.Valid(1500), PriceRange.read("1.500", new Localization(Locale.GERMAN)));
    }
}
