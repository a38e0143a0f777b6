package org.leaklab.classroom.web;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The phone page: its four files from the app's resources (read once, served from memory) and its
 * texts from the bundles ({@link PhoneTexts}).
 */
final class PhonePage {
    private static final String PAGE_ROOT = "/org/leaklab/classroom/web/phone/";
    /** Path to resource name. */
    private static final Map<String, String> ASSETS = Map.of(
            "/", "index.html", "/phone.css", "phone.css", "/phone.js", "phone.js", "/price.js", "price.js");

    private final Map<String, byte[]> assets = new HashMap<>();

    PhonePage() {
        for (String asset : ASSETS.values()) {
            assets.put(asset, readAsset(asset));
        }
    }

    /** Whether {@code path} is one of the page's files. */
    boolean serves(String path) {
        return ASSETS.containsKey(path);
    }

    /** Sends the file at {@code path} (GET or HEAD). */
    void send(HttpExchange exchange, String path) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            Responses.error(exchange, 405, "method-not-allowed");
            return;
        }
        String name = ASSETS.get(path);
        byte[] bytes = assets.get(name);
        String type = name.endsWith(".html") ? "text/html; charset=utf-8"
                : name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
        exchange.getResponseHeaders().set("Content-Type", type);
        if (method.equals("HEAD")) {
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** The page's texts in {@code locale}: {"lang", "texts": {key: text}}. */
    static JsonObject texts(Locale locale) {
        JsonObject texts = new JsonObject();
        texts.addProperty("lang", locale.getLanguage());
        JsonObject strings = new JsonObject();
        PhoneTexts.in(locale).forEach(strings::addProperty);
        texts.add("texts", strings);
        return texts;
    }

    private static byte[] readAsset(String name) {
        try (InputStream in = PhonePage.class.getResourceAsStream(PAGE_ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + PAGE_ROOT + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + PAGE_ROOT + name, e);
        }
    }
}
