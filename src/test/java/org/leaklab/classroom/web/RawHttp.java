package org.leaklab.classroom.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, so a test controls every byte: the Host header, a missing
 * Content-Length, a body that is too large, the address a request comes from.
 */
final class RawHttp {
    /** A response: status, headers (lower-case names) and body. */
    record Response(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final InetSocketAddress server;
    private InetAddress from = InetAddress.getLoopbackAddress();
    private String host;
    private String userAgent = "RawHttp";
    private boolean patient;

    RawHttp(InetSocketAddress server) {
        this.server = server;
        this.host = server.getAddress().getHostAddress() + ":" + server.getPort();
    }

    /** Requests come from {@code address} (any 127.x.y.z works on Linux's loopback). */
    RawHttp from(String address) throws IOException {
        this.from = InetAddress.getByName(address);
        return this;
    }

    RawHttp host(String value) {
        this.host = value;
        return this;
    }

    /** On 429, waits as long as Retry-After says and asks again, as the phone page does (at most five times). */
    RawHttp patient() {
        this.patient = true;
        return this;
    }

    RawHttp userAgent(String value) {
        this.userAgent = value;
        return this;
    }

    Response get(String path, String token) throws IOException {
        return send("GET", path, token, null, null);
    }

    Response post(String path, String token, String json) throws IOException {
        return send("POST", path, token, "application/json", json);
    }

    Response send(String method, String path, String token, String type, String body) throws IOException {
        Response response = sendOnce(method, path, token, type, body);
        for (int attempt = 0; patient && response.status() == 429 && attempt < 5; attempt++) {
            try {
                Thread.sleep(1000L * Math.max(1, Long.parseLong(response.header("Retry-After"))));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return response;
            }
            response = sendOnce(method, path, token, type, body);
        }
        return response;
    }

    private Response sendOnce(String method, String path, String token, String type, String body) throws IOException {
        StringBuilder request = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n");
        if (host != null) {
            request.append("Host: ").append(host).append("\r\n");
        }
        request.append("User-Agent: ").append(userAgent).append("\r\nConnection: close\r\n");
        if (token != null) {
            request.append(ClassServer.TOKEN_HEADER).append(": ").append(token).append("\r\n");
        }
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (type != null) {
            request.append("Content-Type: ").append(type).append("\r\n");
        }
        if (body != null) {
            request.append("Content-Length: ").append(bytes.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(server, 5000);
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String rest = end < 0 ? "" : text.substring(end + 4);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim(),
                    (a, b) -> a + ", " + b);
        }
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            rest = unchunk(rest);
        }
        return new Response(status, headers, rest);
    }

    private static String unchunk(String body) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < body.length()) {
            int line = body.indexOf("\r\n", at);
            if (line < 0) {
                break;
            }
            int size = Integer.parseInt(body.substring(at, line).trim(), 16);
            if (size == 0) {
                break;
            }
            out.append(body, line + 2, line + 2 + size);
            at = line + 2 + size + 2;
        }
        return out.toString();
    }
}
