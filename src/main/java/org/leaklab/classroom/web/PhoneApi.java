package org.leaklab.classroom.web;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.InetAddress;
import java.util.Locale;
import org.leaklab.classroom.ClassRoom;

/**
 * The room's routes under {@code /s/CODE/}, once the code is checked: each reads what the phone
 * sent ({@link PhoneRequests}), acts on the {@link ClassRoom} as the device of the token, and
 * answers with what the phone shows ({@link PhoneJson}). Joins and answers have rate limits of
 * their own per address.
 */
final class PhoneApi {
    private final ClassRoom room;
    private final EventStreams events;
    private final Locale defaultLanguage;
    private final RateLimiter joins = new RateLimiter(5, 5 / 60.0, 4096, System::nanoTime);
    private final RateLimiter answers = new RateLimiter(10, 2, 4096, System::nanoTime);

    PhoneApi(ClassRoom room, EventStreams events, Locale defaultLanguage) {
        this.room = room;
        this.events = events;
        this.defaultLanguage = defaultLanguage;
    }

    /** Answers {@code action} ({@code join}, {@code state} ...) for the phone at {@code from}. */
    void route(HttpExchange exchange, String action, InetAddress from) throws IOException {
        switch (action) {
            case "join" -> {
                PhoneRequests.requireMethod(exchange, "POST");
                PhoneRequests.body(exchange);
                if (!joins.allow(from)) {
                    Responses.tooMany(exchange, joins, from);
                    return;
                }
                ClassRoom.Joined joined = room.join();
                JsonObject body = new JsonObject();
                body.addProperty("token", joined.token());
                body.add("state", PhoneJson.state(joined.view(), room.caseData(), room.code(), language(exchange)));
                Responses.json(exchange, 201, body);
            }
            case "events" -> {
                PhoneRequests.requireMethod(exchange, "GET");
                events.serve(exchange, from);
            }
            case "state" -> {
                PhoneRequests.requireMethod(exchange, "GET");
                state(exchange, PhoneRequests.token(exchange));
            }
            case "me" -> {
                PhoneRequests.requireMethod(exchange, "GET");
                String token = PhoneRequests.token(exchange);
                Responses.json(exchange, 200, PhoneJson.report(room.report(token), room.caseData(), language(exchange)));
            }
            case "answer" -> {
                PhoneRequests.DevicePost post = PhoneRequests.devicePost(exchange);
                if (!answers.allow(from)) {
                    Responses.tooMany(exchange, answers, from);
                    return;
                }
                room.submit(post.token(), PhoneRequests.integer(post.body(), "seq"), PhoneRequests.submission(post.body()));
                state(exchange, post.token());
            }
            case "name" -> {
                PhoneRequests.DevicePost post = PhoneRequests.devicePost(exchange);
                room.reroll(post.token());
                state(exchange, post.token());
            }
            case "team" -> {
                PhoneRequests.DevicePost post = PhoneRequests.devicePost(exchange);
                room.chooseTeam(post.token(), PhoneRequests.integer(post.body(), "team"));
                state(exchange, post.token());
            }
            case "forget" -> {
                room.forget(PhoneRequests.devicePost(exchange).token());
                JsonObject body = new JsonObject();
                body.addProperty("forgotten", true);
                Responses.json(exchange, 200, body);
            }
            default -> Responses.error(exchange, 404, "not-found");
        }
    }

    /** Forgets the addresses the limiters hold. */
    void forget() {
        joins.clear();
        answers.clear();
    }

    /** What the phone of {@code token} shows now (and counts as hearing from it). */
    private void state(HttpExchange exchange, String token) throws IOException {
        Responses.json(exchange, 200, PhoneJson.state(room.view(token), room.caseData(), room.code(), language(exchange)));
    }

    private Locale language(HttpExchange exchange) {
        return PhoneRequests.language(exchange, defaultLanguage);
    }
}
