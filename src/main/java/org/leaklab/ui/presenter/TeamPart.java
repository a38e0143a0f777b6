package org.leaklab.ui.presenter;

/** Which team part a presenter slide shows ({@link PresenterViewModel#teamPart()}). */
public enum TeamPart {
    /** None: no teams on this slide. */
    NONE,
    /** On the title slide: the teams, set up or change them, a new class. */
    TITLE,
    /** On a question: each team's answer to enter. */
    ENTRY,
    /** After the reveal, once a team answered: the leaderboard (and a ranking's consensus). */
    RESULTS,
    /** On the end screen: a new class. */
    NEW_CLASS
}
