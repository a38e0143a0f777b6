package org.leaklab.classroom.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonObject;
import java.util.List;
import org.leaklab.classroom.Submission;
import org.junit.jupiter.api.Test;

/** Reading what a phone sent: strict JSON, whole numbers, exactly one answer of a known shape. */
class PhoneRequestsTest {
    private static Rejected rejected(Runnable read) {
        return assertThrows(Rejected.class, read::run);
    }

    @Test
    void theBodyIsOneStrictJsonObject() {
        assertEquals(new JsonObject(), PhoneRequests.object("  "));
        assertEquals(3, PhoneRequests.object("{\"seq\":3}").get("seq").getAsInt());
        for (String bad : List.of("[1]", "\"text\"", "{seq:3}", "{\"a\":NaN}", "{'a':1}")) {
            Rejected refusal = rejected(() -> PhoneRequests.object(bad));
            assertEquals(400, refusal.status, bad);
            assertEquals("bad-json", refusal.code, bad);
        }
    }

    @Test
    void numbersMustBeWhole() {
        assertEquals(-1, PhoneRequests.integer(PhoneRequests.object("{\"team\":-1}"), "team"));
        assertEquals(2, PhoneRequests.integer(PhoneRequests.object("{\"team\":2.0}"), "team"));
        for (String bad : List.of("{}", "{\"team\":1.5}", "{\"team\":\"1\"}", "{\"team\":1e12}", "{\"team\":[1]}")) {
            assertEquals("bad-request", rejected(() -> PhoneRequests.integer(PhoneRequests.object(bad), "team")).code, bad);
        }
    }

    @Test
    void anAnswerIsExactlyOneOfTheFourShapes() {
        assertEquals(new Submission.Ranking(List.of("a", "b")), PhoneRequests.submission(PhoneRequests.object("{\"ranking\":[\"a\",\"b\"]}")));
        assertEquals(new Submission.Estimate(12.5), PhoneRequests.submission(PhoneRequests.object("{\"estimate\":12.5}")));
        assertEquals(new Submission.Choice(List.of("x")), PhoneRequests.submission(PhoneRequests.object("{\"choice\":[\"x\"]}")));
        assertEquals(new Submission.Vote("v"), PhoneRequests.submission(PhoneRequests.object("{\"vote\":\"v\"}")));
        assertEquals("not-a-number", rejected(() -> PhoneRequests.submission(PhoneRequests.object("{\"estimate\":\"12\"}"))).code);
        String tooMany = "{\"choice\":[" + "\"x\",".repeat(64) + "\"x\"]}";
        for (String bad : List.of("{}", "{\"estimate\":1,\"vote\":\"v\"}", "{\"ranking\":\"a\"}", "{\"ranking\":[1]}",
                "{\"vote\":3}", tooMany)) {
            Rejected refusal = rejected(() -> PhoneRequests.submission(PhoneRequests.object(bad)));
            assertEquals(400, refusal.status, bad);
            assertEquals("bad-request", refusal.code, bad);
        }
    }
}
