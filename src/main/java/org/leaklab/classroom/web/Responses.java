package org.leaklab.classroom.web;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import org.leaklab.classroom.RefusedException;

/** How the server answers: the security headers every response carries, JSON bodies and errors. */
final class Responses {
    /** A strict Content-Security-Policy without inline script. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private Responses() {
    }

    static void secureHeaders(Headers headers) {
        headers.set("Content-Security-Policy", CSP);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Cache-Control", "no-store");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Cross-Origin-Resource-Policy", "same-origin");
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
    }

    static void json(HttpExchange exchange, int status, JsonObject body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** {"error": code} with {@code status}. */
    static void error(HttpExchange exchange, int status, String code) throws IOException {
        JsonObject body = new JsonObject();
        body.addProperty("error", code);
        json(exchange, status, body);
    }

    /** The room's refusal, with the status of its kind. */
    static void refused(HttpExchange exchange, RefusedException refused) throws IOException {
        int status = switch (refused.refusal().kind()) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case CONFLICT -> 409;
            case LOCKED -> 423;
            case FULL -> 503;
        };
        error(exchange, status, refused.refusal().code());
    }

    /** 429 with the Retry-After of {@code limiter} for {@code from}. */
    static void tooMany(HttpExchange exchange, RateLimiter limiter, InetAddress from) throws IOException {
        exchange.getResponseHeaders().set("Retry-After", String.valueOf(limiter.retryAfterSeconds(from)));
        error(exchange, 429, "too-many");
    }
}
