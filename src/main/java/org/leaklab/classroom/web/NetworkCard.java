package org.leaklab.classroom.web;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the address chooser needs to know about one network interface: a small record, so the
 * choice can be tested with made-up interfaces.
 *
 * @param name        the system's name ({@code wlan0}, {@code en0}, {@code eth3})
 * @param displayName the longer name ({@code Intel(R) Wi-Fi 6 AX201}, {@code vEthernet (WSL)})
 * @param up          whether it is up
 * @param loopback    whether it is the loopback interface
 * @param addresses   its addresses
 */
public record NetworkCard(String name, String displayName, boolean up, boolean loopback, List<InetAddress> addresses) {
    public NetworkCard {
        displayName = displayName == null ? name : displayName;
        addresses = List.copyOf(addresses);
    }

    /** This computer's interfaces; an empty list if the system will not tell. */
    public static List<NetworkCard> ofThisComputer() {
        List<NetworkCard> cards = new ArrayList<>();
        try {
            for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                try {
                    cards.add(new NetworkCard(nif.getName(), nif.getDisplayName(), nif.isUp(), nif.isLoopback(),
                            Collections.list(nif.getInetAddresses())));
                } catch (SocketException e) {
                    // an interface that vanished while we looked: skip it
                }
            }
        } catch (SocketException | NullPointerException e) {
            return List.of();
        }
        return cards;
    }
}
