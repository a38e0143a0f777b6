package org.leaklab.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Room codes and device tokens: their shape, their size, and that they do not repeat. */
class SecretsTest {
    private final SecureRandom random = new SecureRandom();

    @Test
    void roomCodesUseOnlyUnmistakableCharacters() {
        for (int i = 0; i < 1000; i++) {
            String code = Secrets.roomCode(random);
            assertEquals(Secrets.CODE_LENGTH, code.length());
            assertTrue(Secrets.looksLikeRoomCode(code), code);
            assertFalse(code.matches(".*[01OIL].*"), code);
        }
        assertFalse(Secrets.looksLikeRoomCode("ABC0EF"));
        assertFalse(Secrets.looksLikeRoomCode("abcdef"));
        assertFalse(Secrets.looksLikeRoomCode(null));
    }

    @Test
    void tokensCarry128RandomBits() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String token = Secrets.deviceToken(random);
            assertEquals(16, Base64.getUrlDecoder().decode(token).length);
            assertTrue(Secrets.looksLikeToken(token));
            assertTrue(seen.add(token));
        }
        assertFalse(Secrets.looksLikeToken("short"));
        assertFalse(Secrets.looksLikeToken("<script>alert(1)</scr"));
    }
}
