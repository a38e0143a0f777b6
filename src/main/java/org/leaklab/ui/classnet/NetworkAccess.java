package org.leaklab.ui.classnet;

import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import org.leaklab.classroom.ClassRoom;
import org.leaklab.classroom.web.AddressChooser;
import org.leaklab.classroom.web.ClassServer;

/**
 * Where the class network comes from: this computer's addresses, a room for the class and a server
 * for it on one address. {@link RoomServers} is the real one; tests bind where they need to.
 */
public interface NetworkAccess {
    /** The addresses phones might reach this computer at, best first; never empty. Runs in the background. */
    List<AddressChooser.Candidate> addresses();

    /** A new, empty room for the class on screen (its teams, if any). Runs on the JavaFX thread. */
    ClassRoom newRoom();

    /** No port asked for: {@value ClassServer#PREFERRED_PORT} or one of the next nine, else any free port. */
    int PREFERRED_PORTS = -1;

    /**
     * Starts serving {@code room} on {@code address} and {@code port} (or {@link #PREFERRED_PORTS}),
     * the phones starting in {@code language}. Runs in the background.
     *
     * @throws ClassServer.StartException when the port is taken or the address is not this computer's
     */
    ClassServer serve(ClassRoom room, InetAddress address, int port, Locale language) throws ClassServer.StartException;
}
