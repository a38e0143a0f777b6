package org.leaklab.ui.scenario;

/**
 * One line of a revealed answer.
 *
 * @param label   "A" for a choice's option, the step's number on a story's path; empty otherwise
 * @param text    the line itself
 * @param detail  set beside it: an option's explanation, a step's consequence; empty if none
 * @param verdict how right it is
 */
public record RevealLine(String label, String text, String detail, Verdict verdict) {
    /** How right a line is: a choice's options are marked, other lines are not. */
    public enum Verdict {
        RIGHT, PARTLY, WRONG, NONE
    }

    /** A line with nothing but its text. */
    public static RevealLine plain(String text) {
        return new RevealLine("", text, "", Verdict.NONE);
    }
}
