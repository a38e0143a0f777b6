package org.leaklab.ui.presenter;

import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.leaklab.i18n.Localizable;
import org.leaklab.ui.common.Localization;

/**
 * The presenter's corner badge while class results are not saved (they are kept in memory and
 * written with the next save that works). The details go to the teacher's status line in the
 * main window, never onto the projector; the badge goes as soon as everything is saved.
 */
public final class ResultsBadge {
    private final Localization localization;
    private final Runnable retry;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "problemShown");
    /** The headline while results are not saved; rendered when shown, so it follows the language. */
    private Localizable problem;

    /**
     * @param retry tries to save again
     */
    ResultsBadge(Localization localization, Runnable retry) {
        this.localization = localization;
        this.retry = retry;
    }

    /** True while the badge shows. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /**
     * What the results store says about the results, on the JavaFX thread while presenter mode is
     * open: empty when everything is saved, else the problem in a few words (its headline).
     */
    void show(Optional<Localizable> headline) {
        problem = headline.orElse(null);
        shown.set(headline.isPresent());
    }

    /** The badge's words: the problem in a few words, and where the details are. */
    public String text() {
        return problem == null ? "" : localization.get("presenter.problem.badge", problem.in(localization.getLocale()));
    }

    /** A click on the badge: tries to save again. */
    public void retry() {
        retry.run();
    }
}
