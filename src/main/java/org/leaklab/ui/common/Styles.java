package org.leaklab.ui.common;

/** Style-class names used from Java; the rules live in the CSS files under {@code ui/theme}. */
public final class Styles {
    private Styles() {
    }

    public static final String ROOT = "leaklab";
    public static final String THEME_LIGHT = "theme-light";
    public static final String THEME_DARK = "theme-dark";
    public static final String THEME_HIGH_CONTRAST = "theme-high-contrast";
    public static final String CASE_CELL = "case-cell";
    public static final String CASE_TITLE = "case-title";
    public static final String CASE_SUMMARY = "case-summary";
    public static final String STATUS_WARNING = "status-warning";
    public static final String DIALOG = "leaklab-dialog";
    public static final String ACCENT_BUTTON = "accent-button";
}
