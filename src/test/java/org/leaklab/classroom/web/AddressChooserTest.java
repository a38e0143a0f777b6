package org.leaklab.classroom.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import org.leaklab.classroom.web.AddressChooser.Candidate;
import org.leaklab.classroom.web.AddressChooser.Reach;
import org.junit.jupiter.api.Test;

/** The address chooser on made-up interfaces, as laptops in classrooms have them. */
class AddressChooserTest {
    private static NetworkCard card(String name, String display, String... addresses) throws Exception {
        List<InetAddress> list = new java.util.ArrayList<>();
        for (String a : addresses) {
            list.add(InetAddress.getByName(a));
        }
        return new NetworkCard(name, display, true, name.equals("lo"), list);
    }

    @Test
    void wifiWinsOverContainersVpnsAndLinkLocal() throws Exception {
        List<Candidate> candidates = AddressChooser.candidates(List.of(
                card("lo", "lo", "127.0.0.1", "::1"),
                card("docker0", "docker0", "172.17.0.1"),
                card("vEthernet (WSL)", "Hyper-V Virtual Ethernet Adapter", "172.28.16.1"),
                card("tun0", "tun0", "10.8.0.2"),
                card("tailscale0", "tailscale0", "100.101.102.103"),
                card("eth1", "eth1", "169.254.10.20"),
                card("wlan0", "wlan0", "fe80::1%1", "192.168.1.23", "fd00::23")));
        assertEquals("192.168.1.23", candidates.get(0).address().getHostAddress());
        assertEquals(Reach.CLASSROOM, candidates.get(0).reach());
        assertEquals(Reach.IPV6, candidates.get(1).reach());
        assertEquals("[fd00::23]", candidates.get(1).host(), "compressed, as browsers write it");
        assertTrue(candidates.stream().noneMatch(c -> c.address().getHostAddress().startsWith("169.254")));
        assertTrue(candidates.stream().noneMatch(c -> c.address().isLinkLocalAddress()));
        List<String> virtual = candidates.stream().filter(c -> c.reach() == Reach.VIRTUAL).map(Candidate::interfaceName).toList();
        assertEquals(List.of("docker0", "vEthernet (WSL)", "tun0", "tailscale0"), virtual);
        assertEquals(Reach.LOOPBACK, candidates.get(candidates.size() - 1).reach());
    }

    @Test
    void windowsAndMacNamesAreRecognised() throws Exception {
        assertEquals(Reach.CLASSROOM, AddressChooser.reach(card("wlan3", "Intel(R) Wi-Fi 6 AX201 160MHz", "10.0.0.5"),
                InetAddress.getByName("10.0.0.5")));
        assertEquals(Reach.CLASSROOM, AddressChooser.reach(card("en0", "en0", "172.20.10.2"), InetAddress.getByName("172.20.10.2")));
        assertEquals(Reach.VIRTUAL, AddressChooser.reach(card("utun3", "utun3", "10.1.1.1"), InetAddress.getByName("10.1.1.1")));
        assertEquals(Reach.VIRTUAL, AddressChooser.reach(card("eth7", "VirtualBox Host-Only Ethernet Adapter", "192.168.56.1"),
                InetAddress.getByName("192.168.56.1")));
        assertEquals(Reach.VIRTUAL, AddressChooser.reach(card("br-1a2b", "br-1a2b", "172.18.0.1"), InetAddress.getByName("172.18.0.1")));
    }

    @Test
    void aMachineWhoseOnlyAddressIsNotPrivateStillOffersIt() throws Exception {
        // A documentation-range address, as on a build machine: not private, but the only way in.
        List<Candidate> candidates = AddressChooser.candidates(List.of(card("lo", "lo", "127.0.0.1"), card("eth0", "eth0", "192.0.2.2")));
        assertEquals("192.0.2.2", candidates.get(0).address().getHostAddress());
        assertEquals(Reach.OTHER_IPV4, candidates.get(0).reach());
    }

    @Test
    void interfacesThatAreDownOfferNothing() throws Exception {
        NetworkCard down = new NetworkCard("wlan0", "wlan0", false, false, List.of(InetAddress.getByName("192.168.1.9")));
        assertTrue(AddressChooser.candidates(List.of(down)).isEmpty());
        assertTrue(AddressChooser.best().address() != null, "this machine has at least its loopback address");
    }
}
