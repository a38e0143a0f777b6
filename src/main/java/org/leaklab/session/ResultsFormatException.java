package org.leaklab.session;

/** The results file is not what LeakLab writes; the message names the JSON path and the problem. */
public final class ResultsFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public ResultsFormatException(String message) {
        super(message);
    }
}
