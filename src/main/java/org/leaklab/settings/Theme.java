package org.leaklab.settings;

/** The colour themes: light for classrooms, dark for dim rooms, high contrast for projectors and low vision. */
public enum Theme {
    LIGHT,
    DARK,
    HIGH_CONTRAST
}
