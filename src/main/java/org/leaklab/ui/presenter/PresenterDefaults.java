package org.leaklab.ui.presenter;

/** Starting values of presenter mode. */
public final class PresenterDefaults {
    /** The text scale presenter mode opens with: large enough for the back row of a classroom. */
    public static final double SCALE = 2.0;

    private PresenterDefaults() {
    }
}
