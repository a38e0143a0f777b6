package org.leaklab.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FailureTextTest {
    @Test
    void aFailureIsItsMessageOrNoReasonInTheUsersLanguageNeverItsClassName() {
        Localization localization = new Localization(Locale.ENGLISH);
        assertEquals("Disk full", FailureText.of(new IOException("Disk full"), localization));
        assertEquals("no reason given", FailureText.of(new IOException(), localization));
        assertEquals("no reason given", FailureText.of(new IllegalStateException(" "), localization));
        localization.setLocale(Locale.GERMAN);
        assertEquals("kein Grund angegeben", FailureText.of(new NullPointerException(), localization));
    }
}
