package org.leaklab.classroom.web;

/** A request the server refuses before the room sees it: the HTTP status and the code the phone shows. */
final class Rejected extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final String code;

    Rejected(int status, String code) {
        super(code, null, false, false);
        this.status = status;
        this.code = code;
    }
}
