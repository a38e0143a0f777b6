package org.leaklab.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The text of the status line: what just happened, and whether it needs attention. */
public final class StatusMessages {
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper warning = new ReadOnlyBooleanWrapper(this, "warning");

    public void info(String text) {
        message.set(text);
        warning.set(false);
    }

    public void warn(String text) {
        message.set(text);
        warning.set(true);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }
}
