package org.leaklab.classroom.web;

import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * An address as it is written in a URL and on the projector: {@code 192.168.1.23}, or an IPv6
 * address compressed (RFC 5952: the longest run of zero groups as {@code ::}, lower case, no zone)
 * in brackets, {@code [fd00::23]}. Browsers write IPv6 hosts this way, so it is also the form the
 * {@code Host} header of a phone's request arrives in.
 */
public final class UrlHost {
    private UrlHost() {
    }

    /** {@code address} as the host part of a URL. */
    public static String of(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address.getHostAddress();
        }
        return "[" + compressed(address.getAddress()) + "]";
    }

    /** The 16 bytes of an IPv6 address in RFC 5952's text form. */
    static String compressed(byte[] bytes) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = (bytes[2 * i] & 0xff) << 8 | bytes[2 * i + 1] & 0xff;
        }
        int bestStart = -1;
        int bestLength = 1; // a single zero group stays "0" (RFC 5952, 4.2.2)
        for (int i = 0; i < 8; i++) {
            int length = 0;
            while (i + length < 8 && groups[i + length] == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = i;
                bestLength = length;
            }
            i += length;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }
}
