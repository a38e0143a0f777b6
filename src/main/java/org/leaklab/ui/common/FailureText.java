package org.leaklab.ui.common;

/**
 * A failure in words for a message to the user: its own message, or where it has none, "no
 * reason given" in the user's language; never an exception's class name.
 */
public final class FailureText {
    private FailureText() {
    }

    public static String of(Throwable failure, Localization localization) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? localization.get("failure.noReason") : message;
    }
}
