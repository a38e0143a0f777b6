package org.leaklab.classroom.web;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Picks the addresses phones can reach the laptop at, best first, for a chooser: a private IPv4
 * address on Wi-Fi or Ethernet first, other IPv4 addresses next, IPv6 after them, and virtual,
 * container and VPN interfaces last (Docker, WSL, VirtualBox, VMware, tunnels, WireGuard,
 * Tailscale, ZeroTier); this computer's loopback address closes the list, for trying it out alone.
 * Interfaces that are down, link-local addresses (169.254/16, fe80::/10) and multicast are dropped.
 * Java's {@code isSiteLocalAddress} is not used: it misses IPv6 unique-local addresses (fd00::/8).
 */
public final class AddressChooser {
    /** How likely phones reach an address: the lower, the better. */
    public enum Reach {
        /** A private IPv4 address on Wi-Fi or Ethernet: the classroom's network. */
        CLASSROOM,
        /** Another IPv4 address on a physical interface. */
        OTHER_IPV4,
        /** An IPv6 address on a physical interface. */
        IPV6,
        /** A virtual machine's, container's or VPN's interface: phones cannot reach it. */
        VIRTUAL,
        /** This computer only. */
        LOOPBACK
    }

    /**
     * One address to offer.
     *
     * @param address       the address to bind to
     * @param interfaceName the interface's name, for the chooser
     * @param displayName   the interface's longer name
     * @param reach         how likely phones reach it
     */
    public record Candidate(InetAddress address, String interfaceName, String displayName, Reach reach) {
        /** The address as it appears in a URL: {@code 192.168.1.23}, {@code [fd00::5]}. */
        public String host() {
            return UrlHost.of(address);
        }
    }

    private static final Pattern VIRTUAL = Pattern.compile(
            "(?i)^(docker|br-|veth|virbr|vboxnet|vmnet|vethernet|tun|tap|utun|wg|tailscale|zt|lxcbr|lxdbr|podman|cni|"
                    + "flannel|cali|awdl|llw|anpi|ipsec|ppp|gif|stf|bridge|hyper-v|virtualbox|vmware|wireguard|zerotier|"
                    + "npcap|openvpn|nordlynx|wintun)");
    private static final Pattern VIRTUAL_WORDS = Pattern.compile(
            "(?i)(virtual|hyper-v|vpn|tunnel|tap-windows|wsl|docker|loopback|pseudo)");
    private static final Pattern PHYSICAL = Pattern.compile("(?i)^(wl|wlan|wifi|eth|en|em|ethernet|wi-fi)");
    private static final Pattern PHYSICAL_WORDS = Pattern.compile("(?i)(wi-?fi|wireless|wlan|ethernet|802\\.11)");

    private AddressChooser() {
    }

    /** Every usable address of {@code cards}, best first (ties keep the system's order). */
    public static List<Candidate> candidates(List<NetworkCard> cards) {
        List<Candidate> candidates = new ArrayList<>();
        for (NetworkCard card : cards) {
            if (!card.up()) {
                continue;
            }
            for (InetAddress address : card.addresses()) {
                if (address.isLinkLocalAddress() || address.isMulticastAddress() || address.isAnyLocalAddress()) {
                    continue;
                }
                candidates.add(new Candidate(address, card.name(), card.displayName(), reach(card, address)));
            }
        }
        candidates.sort(Comparator.comparing(Candidate::reach));
        return candidates;
    }

    /** The best address of this computer, or its loopback address when it has no other. */
    public static Candidate best() {
        List<Candidate> all = candidates(NetworkCard.ofThisComputer());
        return all.isEmpty()
                ? new Candidate(InetAddress.getLoopbackAddress(), "lo", "lo", Reach.LOOPBACK) : all.get(0);
    }

    static Reach reach(NetworkCard card, InetAddress address) {
        if (card.loopback() || address.isLoopbackAddress()) {
            return Reach.LOOPBACK;
        }
        String name = card.name().toLowerCase(Locale.ROOT);
        String display = card.displayName().toLowerCase(Locale.ROOT);
        if (VIRTUAL.matcher(name).find() || VIRTUAL.matcher(display).find() || VIRTUAL_WORDS.matcher(display).find()
                || isCarrierGradeNat(address)) {
            return Reach.VIRTUAL;
        }
        if (address instanceof Inet4Address) {
            boolean physical = PHYSICAL.matcher(name).find() || PHYSICAL_WORDS.matcher(display).find();
            return physical && isPrivate(address) ? Reach.CLASSROOM : Reach.OTHER_IPV4;
        }
        return Reach.IPV6;
    }

    /** 10/8, 172.16/12 and 192.168/16. */
    static boolean isPrivate(InetAddress address) {
        byte[] b = address.getAddress();
        if (b.length != 4) {
            return false;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 10 || first == 172 && second >= 16 && second <= 31 || first == 192 && second == 168;
    }

    /** 100.64/10, which Tailscale and other VPNs use. */
    static boolean isCarrierGradeNat(InetAddress address) {
        byte[] b = address.getAddress();
        return b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
    }
}
