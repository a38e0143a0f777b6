package org.leaklab.ui.classnet;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.leaklab.classroom.ClassRoom;
import org.leaklab.classroom.ThrottledUpdates;
import org.leaklab.classroom.Views.DeviceLine;
import org.leaklab.classroom.Views.RoomReport;
import org.leaklab.classroom.Views.RoomStatus;
import org.leaklab.classroom.web.AddressChooser;
import org.leaklab.classroom.web.ClassServer;
import org.leaklab.classroom.web.QrMatrix;
import org.leaklab.classroom.web.UrlHost;
import org.leaklab.ui.common.BackgroundWork;
import org.leaklab.ui.common.Localization;

/**
 * The class network in presenter mode, as a state machine without a stage: {@link State#CLOSED}
 * (nothing listens), {@link State#CHOOSING} (the teacher picks one of several addresses),
 * {@link State#OPEN} (LeakLab's own server runs: QR code, address, room code, live count) and
 * {@link State#FAILED} (it could not open: a card in words, and another address to choose). The
 * panel of an open network can be hidden and shown again; a badge shows the count meanwhile.
 *
 * <p>Listing the interfaces and starting the server run in the background through
 * {@link BackgroundWork}; the counts come from {@link ThrottledUpdates} (at most four times a
 * second) and are handed to the JavaFX thread by {@link BackgroundWork#onFxThread}. Call
 * everything here on the JavaFX thread.
 */
public final class ClassNetworkViewModel {
    /** Where the class network is. */
    public enum State { CLOSED, CHOOSING, OPEN, FAILED }

    /** Why it could not open, worded from the bundles (never an exception's text). */
    public enum Failure {
        /** Another program listens on the port. */
        PORT_IN_USE,
        /** The address is not (or no longer) this computer's. */
        ADDRESS_UNAVAILABLE,
        /** Anything else that kept the server from starting. */
        NOT_STARTED
    }

    /** The projector redraws the count at most this often. */
    static final Duration UPDATES = Duration.ofMillis(250);

    private final NetworkAccess access;
    private final BackgroundWork work;
    private final Localization localization;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.CLOSED);
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    private final ReadOnlyBooleanWrapper badgeShown = new ReadOnlyBooleanWrapper(this, "badgeShown");
    private final ObservableList<AddressChooser.Candidate> candidates = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(this, "selected");
    private final ReadOnlyIntegerWrapper connected = new ReadOnlyIntegerWrapper(this, "connected");
    private final ReadOnlyIntegerWrapper devices = new ReadOnlyIntegerWrapper(this, "devices");
    private final ReadOnlyObjectWrapper<URI> joinUrl = new ReadOnlyObjectWrapper<>(this, "joinUrl");
    private final ReadOnlyObjectWrapper<RoomStatus> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(this, "locked");
    private final ObservableList<DeviceLine> deviceLines = FXCollections.observableArrayList();
    /** One wrapper, kept: listeners on a wrapper made per call would go with it. */
    private final ObservableList<DeviceLine> deviceLinesShown = FXCollections.unmodifiableObservableList(deviceLines);
    private final ReadOnlyObjectWrapper<RoomReport> report = new ReadOnlyObjectWrapper<>(this, "report",
            new RoomReport(0, 0));
    /** The device whose "Remove?" waits for Yes or No; -1 for none. */
    private final ReadOnlyIntegerWrapper removing = new ReadOnlyIntegerWrapper(this, "removing", -1);
    private ClassServer server;
    private ThrottledUpdates updates;
    private QrMatrix qr;
    private Failure failure;
    private String failedHost = "";
    private int failedPort;
    /** Goes up with every start, cancel and close: a server that starts after the teacher moved on is closed at once. */
    private int attempt;

    /**
     * @param access       this computer's addresses and the server for the class's room
     * @param work         the background work of this view model (its busy flag is this one's)
     * @param localization the current language, for the words and the phones' first language
     */
    public ClassNetworkViewModel(NetworkAccess access, BackgroundWork work, Localization localization) {
        this.access = Objects.requireNonNull(access);
        this.work = Objects.requireNonNull(work);
        this.localization = Objects.requireNonNull(localization);
        badgeShown.bind(state.isEqualTo(State.OPEN).and(shown.not()));
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State state() {
        return state.get();
    }

    /** True while the chooser, the open panel or the failure card is on screen. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** True while the network is open and its panel hidden: the small badge with the count. */
    public ReadOnlyBooleanProperty badgeShownProperty() {
        return badgeShown.getReadOnlyProperty();
    }

    /** True while the addresses are listed or the server starts. */
    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    /** The addresses to choose from, best first. */
    public ObservableList<AddressChooser.Candidate> candidates() {
        return FXCollections.unmodifiableObservableList(candidates);
    }

    /** The address the chooser has on (0 is the best). */
    public ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Devices heard from within {@link ClassRoom#CONNECTED_WINDOW}. */
    public ReadOnlyIntegerProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    /** Devices in the room. */
    public ReadOnlyIntegerProperty devicesProperty() {
        return devices.getReadOnlyProperty();
    }

    /** The address phones open, with the room code after #; null unless open. */
    public ReadOnlyObjectProperty<URI> joinUrlProperty() {
        return joinUrl.getReadOnlyProperty();
    }

    /** The server while the network is open (for tests and the room's later use). */
    public Optional<ClassServer> server() {
        return Optional.ofNullable(server);
    }

    /** The room while the network is open: the presenter opens, closes and reveals its questions. */
    public Optional<ClassRoom> room() {
        return server().map(ClassServer::room);
    }

    /**
     * The room as the projector last drew it (at most four times a second, on the JavaFX thread);
     * null unless open.
     */
    public ReadOnlyObjectProperty<RoomStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether the room is locked (nobody new joins), as last drawn. */
    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    /** The devices in the room, in the order they joined, as last drawn: the list to remove from. */
    public ObservableList<DeviceLine> deviceLines() {
        return deviceLinesShown;
    }

    /** What the laptop holds about the room, as last drawn. */
    public ReadOnlyObjectProperty<RoomReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The number of the device whose removal waits for Yes or No; -1 for none. */
    public ReadOnlyIntegerProperty removingProperty() {
        return removing.getReadOnlyProperty();
    }

    // ---- what the teacher does -------------------------------------------------------------------

    /**
     * C, or the title slide's button: opens the class network (straight away when this computer
     * has one address, else through the chooser), or shows its panel again.
     */
    public void open() {
        if (state.get() != State.CLOSED) {
            shown.set(true);
        } else if (!work.isBusy()) {
            listAddresses(false);
        }
    }

    /**
     * Opens on {@code address} without a chooser (the command line's {@code --class-address}), on
     * {@code port} or {@link NetworkAccess#PREFERRED_PORTS}.
     */
    public void openOn(InetAddress address, int port) {
        Objects.requireNonNull(address);
        if (state.get() == State.CLOSED && !work.isBusy()) {
            start(address, port);
        }
    }

    /** Escape or C on the open panel: hides it; the network stays open and the badge counts. */
    public void hide() {
        if (state.get() == State.OPEN) {
            shown.set(false);
        }
    }

    /** L, or the panel's button: locks the open room (nobody new joins; devices in it stay) or opens it again. */
    public void toggleLock() {
        if (state.get() == State.OPEN) {
            ClassRoom room = server.room();
            room.lock(!room.locked());
            show(room.status());
        }
    }

    /** "Remove" beside a device: asks first, in the panel itself (Yes or No). */
    public void askRemove(int number) {
        if (state.get() == State.OPEN && deviceLines.stream().anyMatch(d -> d.number() == number)) {
            removing.set(number);
        }
    }

    /** "Yes": the device asked about leaves the room with everything about it. */
    public void confirmRemove() {
        int number = removing.get();
        removing.set(-1);
        if (state.get() == State.OPEN && number >= 0) {
            server.room().remove(number);
            show(server.room().status());
        }
    }

    /** "No": the device stays. */
    public void cancelRemove() {
        removing.set(-1);
    }

    /** Up or Down in the chooser. */
    public void move(int delta) {
        if (state.get() == State.CHOOSING && !work.isBusy() && !candidates.isEmpty()) {
            selected.set(Math.max(0, Math.min(candidates.size() - 1, selected.get() + delta)));
        }
    }

    /** The chooser's address {@code index} gets the keyboard (Tab, a click). */
    public void select(int index) {
        if (state.get() == State.CHOOSING && !work.isBusy() && index >= 0 && index < candidates.size()) {
            selected.set(index);
        }
    }

    /** Enter in the chooser: opens on the address it has on. */
    public void choose() {
        if (state.get() == State.CHOOSING && !work.isBusy() && !candidates.isEmpty()) {
            start(candidates.get(selected.get()).address(), NetworkAccess.PREFERRED_PORTS);
        }
    }

    /** A click on the chooser's address {@code index}. */
    public void chooseAt(int index) {
        select(index);
        if (selected.get() == index) {
            choose();
        }
    }

    /** "Choose another address" on the failure card: this computer's addresses, always as a list. */
    public void chooseAgain() {
        if (state.get() == State.FAILED && !work.isBusy()) {
            listAddresses(true);
        }
    }

    /** Escape in the chooser or on the failure card: nothing is open, nothing listens. */
    public void cancel() {
        if (state.get() == State.CHOOSING || state.get() == State.FAILED) {
            attempt++;
            failure = null;
            shown.set(false);
            state.set(State.CLOSED);
        }
    }

    /** Presenter mode closes: the server stops listening and the room is erased. */
    public void close() {
        attempt++;
        if (updates != null) {
            updates.close();
            updates = null;
        }
        if (server != null) {
            server.close();
            server = null;
        }
        qr = null;
        failure = null;
        joinUrl.set(null);
        status.set(null);
        locked.set(false);
        deviceLines.clear();
        report.set(new RoomReport(0, 0));
        removing.set(-1);
        connected.set(0);
        devices.set(0);
        shown.set(false);
        state.set(State.CLOSED);
    }

    // ---- the words and the code ---------------------------------------------------------------

    /** The QR code of the join address; only while open. */
    public QrMatrix qr() {
        return Objects.requireNonNull(qr, "the class network is not open");
    }

    /** The address for typing, in big type: {@code 192.168.1.23:8123}, {@code [fd00::23]:8123}. */
    public String typedAddress() {
        return server == null ? "" : server.typedAddress();
    }

    /** The room code, in big type. */
    public String roomCode() {
        return server == null ? "" : server.room().code();
    }

    /** "27 devices connected". */
    public String connectedText() {
        return localization.get("classnet.open.connected", connected.get());
    }

    /** The badge while the panel is hidden: "Class network: 27 connected". */
    public String badgeText() {
        return localization.get("classnet.badge", connected.get());
    }

    /** While the room is full, what that means; else empty. */
    public Optional<String> fullText() {
        return server != null && devices.get() >= server.room().settings().maxDevices()
                ? Optional.of(localization.get("classnet.open.full", devices.get())) : Optional.empty();
    }

    /** While the room is locked, what that means; else empty. */
    public Optional<String> lockedText() {
        return locked.get() ? Optional.of(localization.get("classnet.room.locked")) : Optional.empty();
    }

    /** The lock button: "Lock room (L)" or "Unlock room (L)". */
    public String lockButtonText() {
        return localization.get(locked.get() ? "classnet.room.unlock" : "classnet.room.lock");
    }

    /** "27 anonymous names, 27 answers, no personal data; erased when the class network closes". */
    public String reportText() {
        RoomReport now = report.get();
        return localization.get("classnet.room.report", now.devices(), now.answers());
    }

    /** A device's anonymous name in the current language: "Calm Owl", "Ruhige Eule". */
    public String nameOf(DeviceLine device) {
        return device.name().in(localization.getLocale());
    }

    /** The team the device chose, if the room has teams and it chose one. */
    public Optional<String> teamOf(DeviceLine device) {
        List<String> teams = server == null ? List.of() : server.room().settings().teams();
        return device.team() >= 0 && device.team() < teams.size() ? Optional.of(teams.get(device.team()))
                : Optional.empty();
    }

    /** "connected" or "quiet" (not heard from within {@link ClassRoom#CONNECTED_WINDOW}). */
    public String connectionText(DeviceLine device) {
        return localization.get(device.connected() ? "classnet.device.connected" : "classnet.device.quiet");
    }

    /** The question in place of the Remove button: "Remove Calm Owl?". */
    public String removeQuestion(DeviceLine device) {
        return localization.get("classnet.device.removeQuestion", nameOf(device));
    }

    /** Why it could not open, and what to do; empty unless failed. */
    public Optional<String> failureText() {
        if (failure == null) {
            return Optional.empty();
        }
        return Optional.of(switch (failure) {
            case PORT_IN_USE -> localization.get("classnet.failed.portInUse", failedHost, failedPort);
            case ADDRESS_UNAVAILABLE -> localization.get("classnet.failed.addressUnavailable", failedHost);
            case NOT_STARTED -> localization.get("classnet.failed.notStarted");
        });
    }

    public Optional<Failure> failure() {
        return Optional.ofNullable(failure);
    }

    /** How likely phones reach {@code candidate}, in words. */
    public String reachText(AddressChooser.Candidate candidate) {
        return localization.get(switch (candidate.reach()) {
            case CLASSROOM -> "classnet.reach.classroom";
            case OTHER_IPV4 -> "classnet.reach.otherIpv4";
            case IPV6 -> "classnet.reach.ipv6";
            case VIRTUAL -> "classnet.reach.virtual";
            case LOOPBACK -> "classnet.reach.loopback";
        });
    }

    // ---- in the background -----------------------------------------------------------------------

    private void listAddresses(boolean alwaysChoose) {
        int mine = ++attempt;
        work.run(access::addresses, found -> {
            if (mine != attempt) {
                return;
            }
            candidates.setAll(found);
            selected.set(0);
            if (found.size() == 1 && !alwaysChoose) {
                start(found.get(0).address(), NetworkAccess.PREFERRED_PORTS);
            } else {
                failure = null;
                state.set(State.CHOOSING);
                shown.set(true);
            }
        }, error -> {
            if (mine == attempt) {
                failed(error, "");
            }
        });
    }

    private void start(InetAddress address, int port) {
        int mine = ++attempt;
        ClassRoom room = access.newRoom();
        Locale language = localization.getLocale();
        String host = UrlHost.of(address);
        work.run(() -> access.serve(room, address, port, language), started -> {
            if (mine != attempt) {
                started.close(); // cancelled or closed meanwhile: nothing may keep listening
            } else {
                opened(started);
            }
        }, error -> {
            if (mine == attempt) {
                failed(error, host);
            }
        });
    }

    private void opened(ClassServer started) {
        server = started;
        qr = QrMatrix.of(started.joinUrl().toString());
        failure = null;
        show(started.room().status());
        updates = ThrottledUpdates.watch(started.room(), UPDATES,
                work.<RoomStatus>onFxThread(status -> {
                    if (server == started) {
                        show(status);
                    }
                }));
        joinUrl.set(started.joinUrl());
        state.set(State.OPEN);
        shown.set(true);
    }

    private void show(RoomStatus now) {
        devices.set(now.devices());
        connected.set(now.connected());
        locked.set(now.locked());
        if (server != null) {
            List<DeviceLine> lines = server.room().devices();
            if (!lines.equals(deviceLines)) {
                deviceLines.setAll(lines); // only on a change: the list is not rebuilt four times a second
            }
            report.set(server.room().report());
        }
        if (deviceLines.stream().noneMatch(d -> d.number() == removing.get())) {
            removing.set(-1); // the device asked about left meanwhile
        }
        status.set(now);
    }

    private void failed(Exception error, String host) {
        if (error instanceof ClassServer.StartException start) {
            failure = switch (start.reason()) {
                case PORT_IN_USE -> Failure.PORT_IN_USE;
                case ADDRESS_UNAVAILABLE -> Failure.ADDRESS_UNAVAILABLE;
            };
            failedPort = start.port();
        } else {
            failure = Failure.NOT_STARTED;
            failedPort = 0;
        }
        failedHost = host;
        state.set(State.FAILED);
        shown.set(true);
    }
}
