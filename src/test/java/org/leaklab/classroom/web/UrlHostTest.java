package org.leaklab.classroom.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** Addresses as URLs and the projector write them: IPv6 compressed as RFC 5952 says, in brackets. */
class UrlHostTest {
    private static String host(String literal) {
        return UrlHost.of(InetAddress.ofLiteral(literal));
    }

    @Test
    void ipv4StaysAsItIs() {
        assertEquals("192.168.1.23", host("192.168.1.23"));
        assertEquals("127.0.0.1", host("127.0.0.1"));
    }

    @Test
    void ipv6IsCompressedInBrackets() {
        assertEquals("[::1]", host("0:0:0:0:0:0:0:1"));
        assertEquals("[fd00::23]", host("fd00:0:0:0:0:0:0:23"));
        assertEquals("[2001:db8::1:0:0:1]", host("2001:db8:0:0:1:0:0:1"), "the first of two equal runs");
        assertEquals("[2001:db8:0:1:1:1:1:1]", host("2001:db8:0:1:1:1:1:1"), "one zero group is not shortened");
        assertEquals("[2001:db8::2:1]", host("2001:0DB8:0000:0000:0000:0000:0002:0001"), "lower case, no leading zeros");
        assertEquals("[fe80::1]", host("fe80::1%1"), "no zone");
        assertEquals("[::]", host("::"));
        assertEquals("[1::]", host("1::"));
    }
}
