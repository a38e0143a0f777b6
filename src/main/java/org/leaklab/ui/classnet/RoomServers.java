package org.leaklab.ui.classnet;

import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.leaklab.classroom.ClassRoom;
import org.leaklab.classroom.RoomSettings;
import org.leaklab.classroom.web.AddressChooser;
import org.leaklab.classroom.web.ClassServer;
import org.leaklab.classroom.web.NetworkCard;
import org.leaklab.scoring.ScenarioScorer;

/**
 * The real class network: this computer's interfaces through {@link AddressChooser}, a room for the
 * case on screen (scored by the presenter's own scorer, with the class's teams) and a
 * {@link ClassServer} on it.
 */
public final class RoomServers implements NetworkAccess {
    private final ScenarioScorer scorer;
    private final Supplier<List<String>> teams;

    /**
     * @param scorer the presenter's scorer of the case (or lesson) on screen
     * @param teams  the class's team names now, empty without teams
     */
    public RoomServers(ScenarioScorer scorer, Supplier<List<String>> teams) {
        this.scorer = Objects.requireNonNull(scorer);
        this.teams = Objects.requireNonNull(teams);
    }

    @Override
    public List<AddressChooser.Candidate> addresses() {
        List<AddressChooser.Candidate> found = AddressChooser.candidates(NetworkCard.ofThisComputer());
        return found.isEmpty() ? List.of(AddressChooser.best()) : found;
    }

    @Override
    public ClassRoom newRoom() {
        return ClassRoom.open(scorer, new RoomSettings(RoomSettings.DEFAULT_MAX_DEVICES, teams.get()));
    }

    @Override
    public ClassServer serve(ClassRoom room, InetAddress address, int port, Locale language)
            throws ClassServer.StartException {
        return port == PREFERRED_PORTS ? ClassServer.start(room, address, language)
                : ClassServer.start(room, address, port, language);
    }
}
