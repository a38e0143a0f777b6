package org.leaklab.ui.common;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.leaklab.i18n.Messages;

/** The current language of the user interface, switchable at run time, over the {@link Messages} facade. */
public final class Localization {
    private final Messages messages = Messages.ui();
    private final ObjectProperty<Locale> locale;

    public Localization(Locale initial) {
        this.locale = new SimpleObjectProperty<>(this, "locale", Messages.supportedLocale(initial));
    }

    public ReadOnlyObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale getLocale() {
        return locale.get();
    }

    /** Switches the language; views listening to {@link #localeProperty()} render themselves again. */
    public void setLocale(Locale newLocale) {
        locale.set(Messages.supportedLocale(newLocale));
    }

    /** The user-interface bundle for the current language, for FXML's {@code %key}. */
    public ResourceBundle bundle() {
        return messages.bundle(getLocale());
    }

    /** The text for {@code key} in the current language. */
    /** The languages LeakLab speaks ({@link Messages#SUPPORTED}), for a language chooser. */
    public List<Locale> languages() {
        return Messages.SUPPORTED;
    }

    /** The language's own name ("Deutsch"), so everyone can find theirs. */
    public String languageName(Locale locale) {
        return Messages.ui().get(Messages.supportedLocale(locale), "language.name");
    }

    public String get(String key, Object... args) {
        return messages.get(getLocale(), key, args);
    }
}
