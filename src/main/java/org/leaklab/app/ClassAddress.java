package org.leaklab.app;

import java.net.Inet6Address;
import java.net.InetAddress;
import org.leaklab.ui.classnet.NetworkAccess;

/**
 * The address of the command line's {@code --class-address}: an IP address, never a name to look
 * up, with a port if one is given: {@code 192.168.1.23}, {@code 192.168.1.23:8200}, {@code fd00::23},
 * {@code [fd00::23]:8200}.
 *
 * @param address where the class network listens
 * @param port    its port, or {@link NetworkAccess#PREFERRED_PORTS}
 */
record ClassAddress(InetAddress address, int port) {
    /**
     * Reads {@code text}.
     *
     * @throws IllegalArgumentException saying what is wrong with it, for the command line
     */
    static ClassAddress parse(String text) {
        String host = text;
        String port = null;
        if (text.startsWith("[")) {
            int end = text.indexOf(']');
            if (end < 0 || end + 1 < text.length() && text.charAt(end + 1) != ':') {
                throw new IllegalArgumentException("not an IP address: " + text);
            }
            host = text.substring(1, end);
            port = end + 1 < text.length() ? text.substring(end + 2) : null;
        } else if (text.indexOf(':') >= 0 && text.indexOf(':') == text.lastIndexOf(':')) {
            host = text.substring(0, text.indexOf(':'));
            port = text.substring(text.indexOf(':') + 1);
        }
        InetAddress address;
        try {
            address = InetAddress.ofLiteral(host);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an IP address: " + text);
        }
        if (text.startsWith("[") && !(address instanceof Inet6Address)) {
            throw new IllegalArgumentException("only an IPv6 address goes in brackets: " + text);
        }
        if (address.isAnyLocalAddress()) {
            throw new IllegalArgumentException("the class network listens on one address, not on all: " + text);
        }
        return new ClassAddress(address, port == null ? NetworkAccess.PREFERRED_PORTS : port(port, text));
    }

    private static int port(String port, String text) {
        try {
            int number = Integer.parseInt(port);
            if (number >= 1 && number <= 65535 && port.chars().allMatch(Character::isDigit)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("not a port from 1 to 65535: " + text);
    }
}
