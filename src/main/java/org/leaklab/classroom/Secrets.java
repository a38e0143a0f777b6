package org.leaklab.classroom;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The room's secrets, both from {@link SecureRandom}: the short room code a class types or scans,
 * and the 128-bit token that identifies one device to the server. Neither is ever written to disk
 * or a log; both die with the room.
 */
public final class Secrets {
    /** Letters and digits that cannot be mistaken for each other on a projector (no 0/O, 1/I/L). */
    public static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    /** Length of a room code: 31^6, about 887 million codes, behind a join rate limit. */
    public static final int CODE_LENGTH = 6;
    /** Bits of randomness in a device token. */
    public static final int TOKEN_BITS = 128;

    private Secrets() {
    }

    /** A new room code such as {@code K7QX2M}. */
    public static String roomCode(SecureRandom random) {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /** A new device token: 16 random bytes in URL-safe Base64 without padding (22 characters). */
    public static String deviceToken(SecureRandom random) {
        byte[] bytes = new byte[TOKEN_BITS / 8];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code text} has the shape of a room code (so a bad one is refused before any lookup). */
    public static boolean looksLikeRoomCode(String text) {
        if (text == null || text.length() != CODE_LENGTH) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (CODE_ALPHABET.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text} has the shape of a device token. */
    public static boolean looksLikeToken(String text) {
        return text != null && text.length() == 22 && text.chars().allMatch(c -> c >= 'A' && c <= 'Z'
                || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_');
    }
}
