package org.leaklab.ui.classnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leaklab.ui.classnet.TestNetworks.LOOPBACK;
import static org.leaklab.ui.classnet.TestNetworks.within5s;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Queue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaklab.classroom.web.ClassServer;
import org.leaklab.ui.classnet.ClassNetworkViewModel.Failure;
import org.leaklab.ui.classnet.ClassNetworkViewModel.State;
import org.leaklab.ui.common.BackgroundWork;
import org.leaklab.ui.common.Localization;

/** The class network's states without a stage, on real servers on this computer's loopback address. */
class ClassNetworkViewModelTest {
    private final Localization english = new Localization(Locale.ENGLISH);
    private ClassNetworkViewModel network;

    private ClassNetworkViewModel network(NetworkAccess access, Localization localization) {
        network = new ClassNetworkViewModel(access, new BackgroundWork(Runnable::run, Runnable::run), localization);
        return network;
    }

    @AfterEach
    void close() {
        if (network != null) {
            network.close();
        }
    }

    private static InetSocketAddress bound(ClassNetworkViewModel network) {
        return network.server().orElseThrow().address();
    }

    @Test
    void nothingListensBeforeTheTeacherOpensIt() {
        ClassNetworkViewModel closed = network(TestNetworks.loopbackOnly(), english);
        assertEquals(State.CLOSED, closed.state());
        assertFalse(closed.shownProperty().get());
        assertTrue(closed.server().isEmpty());
        assertNull(closed.joinUrlProperty().get());
        closed.hide();
        closed.choose();
        closed.chooseAgain();
        assertEquals(State.CLOSED, closed.state(), "nothing but opening leaves CLOSED");
    }

    @Test
    void oneAddressOpensAtOnceWithCodeAddressAndALiveCount() throws Exception {
        ClassNetworkViewModel open = network(TestNetworks.loopbackOnly(), english);
        open.open();
        assertEquals(State.OPEN, open.state());
        assertTrue(open.shownProperty().get());
        URI url = open.joinUrlProperty().get();
        int port = bound(open).getPort();
        assertEquals("http://127.0.0.1:" + port + "/#" + open.roomCode(), url.toString());
        assertEquals("127.0.0.1:" + port, open.typedAddress());
        assertEquals(6, open.roomCode().length());
        assertTrue(open.qr().size() >= 21);
        assertEquals("No device connected yet", open.connectedText());

        assertEquals(201, TestNetworks.join(url), "joined");
        assertTrue(within5s(() -> open.connectedProperty().get() == 1), "the count goes up when a phone joins");
        assertEquals("1 device connected", open.connectedText());
        assertEquals(201, TestNetworks.join(url), "joined");
        assertTrue(within5s(() -> open.connectedProperty().get() == 2));
        assertEquals("Class network: 2 connected", open.badgeText());
        assertTrue(open.fullText().isEmpty());
    }

    @Test
    void severalAddressesGoThroughTheChooser() {
        ClassNetworkViewModel chooser = network(TestNetworks.loopbackAndNotOurs(), english);
        chooser.open();
        assertEquals(State.CHOOSING, chooser.state());
        assertTrue(chooser.shownProperty().get());
        assertTrue(chooser.server().isEmpty(), "nothing listens while the teacher chooses");
        assertEquals(2, chooser.candidates().size());
        assertEquals(0, chooser.selectedProperty().get(), "the best address first");
        chooser.move(1);
        assertEquals(1, chooser.selectedProperty().get());
        chooser.move(1);
        assertEquals(1, chooser.selectedProperty().get(), "stays on the last");
        chooser.move(-5);
        assertEquals(0, chooser.selectedProperty().get());
        assertEquals("this computer only, for trying it out", chooser.reachText(chooser.candidates().get(0)));
        chooser.choose();
        assertEquals(State.OPEN, chooser.state());
        assertEquals(LOOPBACK, bound(chooser).getAddress());
    }

    @Test
    void anAddressThatIsNotOursFailsInWordsAndAnotherCanBeChosen() {
        ClassNetworkViewModel failing = network(TestNetworks.loopbackAndNotOurs(), english);
        failing.open();
        failing.chooseAt(1);
        assertEquals(State.FAILED, failing.state());
        assertTrue(failing.shownProperty().get());
        assertEquals(Failure.ADDRESS_UNAVAILABLE, failing.failure().orElseThrow());
        String words = failing.failureText().orElseThrow();
        assertEquals("192.0.2.1 is not an address of this computer (any more): the network may have changed. "
                + "Choose another address.", words);
        assertFalse(words.contains("Exception"));
        assertTrue(failing.server().isEmpty());

        failing.chooseAgain();
        assertEquals(State.CHOOSING, failing.state());
        assertTrue(failing.failureText().isEmpty());
        failing.chooseAt(0);
        assertEquals(State.OPEN, failing.state());
    }

    @Test
    void aPortInUseFailsInWordsInBothLanguages() throws Exception {
        try (ServerSocket other = new ServerSocket(0, 50, LOOPBACK)) {
            ClassNetworkViewModel english = network(TestNetworks.loopbackOnly(), this.english);
            english.openOn(LOOPBACK, other.getLocalPort());
            assertEquals(State.FAILED, english.state());
            assertEquals(Failure.PORT_IN_USE, english.failure().orElseThrow());
            assertEquals("Another program already uses port " + other.getLocalPort() + " on 127.0.0.1. Close that "
                    + "program, or choose another address.", english.failureText().orElseThrow());
            english.cancel();
            assertEquals(State.CLOSED, english.state());
            assertFalse(english.shownProperty().get());

            ClassNetworkViewModel german = network(TestNetworks.loopbackOnly(), new Localization(Locale.GERMAN));
            german.openOn(LOOPBACK, other.getLocalPort());
            assertEquals("Ein anderes Programm nutzt schon Port " + other.getLocalPort() + " auf 127.0.0.1. Schließe "
                    + "es oder wähle eine andere Adresse.", german.failureText().orElseThrow());
        }
    }

    @Test
    void hiddenItKeepsListeningWithABadgeAndClosedItStopsAndReopensAfresh() throws Exception {
        ClassNetworkViewModel open = network(TestNetworks.loopbackOnly(), english);
        open.open();
        InetSocketAddress first = bound(open);
        String firstCode = open.roomCode();
        open.hide();
        assertEquals(State.OPEN, open.state());
        assertFalse(open.shownProperty().get());
        assertTrue(open.badgeShownProperty().get());
        assertTrue(TestNetworks.listening(first), "hidden is not closed");
        open.open();
        assertTrue(open.shownProperty().get(), "C shows it again");
        assertFalse(open.badgeShownProperty().get());
        assertEquals(first, bound(open), "the same server");

        open.close();
        assertEquals(State.CLOSED, open.state());
        assertFalse(open.shownProperty().get());
        assertFalse(open.badgeShownProperty().get());
        assertTrue(open.server().isEmpty());
        assertFalse(TestNetworks.listening(first), "closed: nothing listens");

        open.open();
        assertEquals(State.OPEN, open.state());
        assertFalse(firstCode.equals(open.roomCode()), "a new room, with a new code");
    }

    @Test
    void cancellingTheChooserLeavesNothingListening() {
        ClassNetworkViewModel chooser = network(TestNetworks.loopbackAndNotOurs(), english);
        chooser.open();
        chooser.cancel();
        assertEquals(State.CLOSED, chooser.state());
        assertFalse(chooser.shownProperty().get());
        assertTrue(chooser.server().isEmpty());
    }

    @Test
    void aServerThatStartsAfterTheTeacherCancelledIsClosedAtOnce() {
        Queue<Runnable> background = new ArrayDeque<>();
        TestNetworks real = TestNetworks.loopbackAndNotOurs();
        ClassServer[] started = new ClassServer[1];
        NetworkAccess recording = new NetworkAccess() {
            @Override
            public java.util.List<org.leaklab.classroom.web.AddressChooser.Candidate> addresses() {
                return real.addresses();
            }

            @Override
            public org.leaklab.classroom.ClassRoom newRoom() {
                return real.newRoom();
            }

            @Override
            public ClassServer serve(org.leaklab.classroom.ClassRoom room, java.net.InetAddress address, int port,
                                     Locale language) throws ClassServer.StartException {
                started[0] = real.serve(room, address, port, language);
                return started[0];
            }
        };
        network = new ClassNetworkViewModel(recording, new BackgroundWork(background::add, Runnable::run), english);
        network.open();
        background.poll().run(); // the addresses
        assertEquals(State.CHOOSING, network.state());
        network.choose();
        assertTrue(network.busyProperty().get(), "starting");
        network.move(1);
        assertEquals(0, network.selectedProperty().get(), "the chooser waits while the server starts");
        network.cancel();
        background.poll().run(); // the server starts, too late
        assertEquals(State.CLOSED, network.state());
        assertTrue(network.server().isEmpty());
        assertFalse(network.busyProperty().get());
        assertFalse(TestNetworks.listening(started[0].address()), "closed at once");
    }

    @Test
    void aFullRoomSaysSoWhileTheServerGoesOn() throws Exception {
        TestNetworks real = TestNetworks.loopbackOnly();
        NetworkAccess small = new NetworkAccess() {
            @Override
            public java.util.List<org.leaklab.classroom.web.AddressChooser.Candidate> addresses() {
                return real.addresses();
            }

            @Override
            public org.leaklab.classroom.ClassRoom newRoom() {
                return org.leaklab.classroom.ClassRoom.open(new org.leaklab.scoring.ScenarioScorer(TestNetworks.AMAZON),
                        new org.leaklab.classroom.RoomSettings(2, java.util.List.of()));
            }

            @Override
            public ClassServer serve(org.leaklab.classroom.ClassRoom room, java.net.InetAddress address, int port,
                                     Locale language) throws ClassServer.StartException {
                return real.serve(room, address, port, language);
            }
        };
        ClassNetworkViewModel full = network(small, english);
        full.open();
        URI url = full.joinUrlProperty().get();
        assertEquals(201, TestNetworks.join(url));
        assertTrue(full.fullText().isEmpty());
        assertEquals(201, TestNetworks.join(url));
        assertTrue(within5s(() -> full.devicesProperty().get() == 2));
        assertEquals("The room is full (2 devices): nobody else can join.", full.fullText().orElseThrow());
        assertEquals(503, TestNetworks.join(url), "the device cap");
        assertEquals(State.OPEN, full.state(), "the server goes on for those in the room");
    }

    @Test
    void theTeacherLocksTheRoomAndUnlocksItAgain() throws Exception {
        ClassNetworkViewModel open = network(TestNetworks.loopbackOnly(), english);
        open.open();
        URI url = open.joinUrlProperty().get();
        assertEquals(201, TestNetworks.join(url));
        assertFalse(open.lockedProperty().get());
        assertEquals("Lock room (L)", open.lockButtonText());
        assertTrue(open.lockedText().isEmpty());

        open.toggleLock();
        assertTrue(open.lockedProperty().get(), "drawn at once, not with the next change");
        assertTrue(open.room().orElseThrow().locked());
        assertEquals("Unlock room (L)", open.lockButtonText());
        assertEquals("Room locked: nobody new can join; devices already in keep answering.",
                open.lockedText().orElseThrow());
        assertEquals(423, TestNetworks.join(url), "nobody new joins");
        assertEquals(1, open.deviceLines().size(), "the device in it stays");

        open.toggleLock();
        assertFalse(open.room().orElseThrow().locked());
        assertEquals(201, TestNetworks.join(url));
        assertTrue(within5s(() -> open.deviceLines().size() == 2));
    }

    @Test
    void aDeviceIsRemovedOnlyAfterYes() throws Exception {
        ClassNetworkViewModel open = network(TestNetworks.loopbackOnly(), english);
        open.open();
        URI url = open.joinUrlProperty().get();
        assertEquals(201, TestNetworks.join(url));
        assertEquals(201, TestNetworks.join(url));
        assertTrue(within5s(() -> open.deviceLines().size() == 2), "the list follows the room");
        org.leaklab.classroom.Views.DeviceLine first = open.deviceLines().get(0);
        String name = open.nameOf(first);
        assertEquals(first.name().in(Locale.ENGLISH), name);
        assertTrue(open.teamOf(first).isEmpty(), "a room without teams");
        assertEquals("connected", open.connectionText(first));
        assertEquals("Remove " + name + "?", open.removeQuestion(first));

        open.askRemove(first.number());
        assertEquals(first.number(), open.removingProperty().get());
        open.cancelRemove();
        assertEquals(-1, open.removingProperty().get());
        assertEquals(2, open.room().orElseThrow().devices().size(), "No keeps it");
        open.confirmRemove();
        assertEquals(2, open.room().orElseThrow().devices().size(), "Yes without a question removes nothing");

        open.askRemove(first.number());
        open.confirmRemove();
        assertEquals(-1, open.removingProperty().get());
        assertEquals(1, open.room().orElseThrow().devices().size());
        assertEquals(1, open.deviceLines().size(), "drawn at once");
        assertFalse(open.deviceLines().stream().anyMatch(d -> d.number() == first.number()));
        open.askRemove(first.number());
        assertEquals(-1, open.removingProperty().get(), "a device no longer in the room is not asked about");
    }

    @Test
    void theReportCountsNamesAndAnswersInBothLanguages() throws Exception {
        ClassNetworkViewModel open = network(TestNetworks.loopbackOnly(), english);
        open.open();
        assertEquals("No anonymous names, no answers, no personal data; erased when the class network closes",
                open.reportText());
        assertEquals(201, TestNetworks.join(open.joinUrlProperty().get()));
        assertTrue(within5s(() -> open.reportProperty().get().devices() == 1));
        assertEquals("1 anonymous name, no answers, no personal data; erased when the class network closes",
                open.reportText());
        assertEquals("27 anonymous names, 1 answer, no personal data; erased when the class network closes",
                english.get("classnet.room.report", 27, 1));
        Localization german = new Localization(Locale.GERMAN);
        assertEquals("1 anonymer Name, keine Antworten, keine pers\u00f6nlichen Daten; gel\u00f6scht, sobald das "
                + "Klassennetz schlie\u00dft", german.get("classnet.room.report", 1, 0));
        assertEquals("27 anonyme Namen, 27 Antworten, keine pers\u00f6nlichen Daten; gel\u00f6scht, sobald das "
                + "Klassennetz schlie\u00dft", german.get("classnet.room.report", 27, 27));
        assertEquals("Raum gesperrt: Niemand Neues kann beitreten; wer schon drin ist, antwortet weiter.",
                german.get("classnet.room.locked"));

        open.close();
        assertEquals(0, open.reportProperty().get().devices(), "erased with the room");
        assertTrue(open.deviceLines().isEmpty());
        assertFalse(open.lockedProperty().get());
    }

    @Test
    void aDeviceShowsItsTeamAndItsNameInTheTeachersLanguage() throws Exception {
        RoomServers withTeams = new RoomServers(new org.leaklab.scoring.ScenarioScorer(TestNetworks.AMAZON),
                () -> java.util.List.of("Foxes", "Owls"));
        NetworkAccess loopbackWithTeams = new NetworkAccess() {
            @Override
            public java.util.List<org.leaklab.classroom.web.AddressChooser.Candidate> addresses() {
                return TestNetworks.loopbackOnly().addresses();
            }

            @Override
            public org.leaklab.classroom.ClassRoom newRoom() {
                return withTeams.newRoom();
            }

            @Override
            public ClassServer serve(org.leaklab.classroom.ClassRoom room, java.net.InetAddress address, int port,
                                     Locale language) throws ClassServer.StartException {
                return withTeams.serve(room, address, 0, language);
            }
        };
        ClassNetworkViewModel german = network(loopbackWithTeams, new Localization(Locale.GERMAN));
        german.open();
        org.leaklab.classroom.ClassRoom room = german.room().orElseThrow();
        org.leaklab.classroom.ClassRoom.Joined owl = room.join();
        room.join();
        room.chooseTeam(owl.token(), 1);
        assertTrue(within5s(() -> german.deviceLines().size() == 2
                && german.deviceLines().get(0).team() == 1));
        org.leaklab.classroom.Views.DeviceLine first = german.deviceLines().get(0);
        assertEquals("Owls", german.teamOf(first).orElseThrow());
        assertTrue(german.teamOf(german.deviceLines().get(1)).isEmpty(), "no team chosen");
        assertEquals(owl.view().name().in(Locale.GERMAN), german.nameOf(first));
        assertEquals("verbunden", german.connectionText(first));
        assertEquals(german.nameOf(first) + " entfernen?", german.removeQuestion(first));
        assertEquals("Raum sperren (L)", german.lockButtonText());
    }
}
