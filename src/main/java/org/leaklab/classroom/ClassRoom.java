package org.leaklab.classroom;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;
import org.leaklab.classroom.Views.DeviceLine;
import org.leaklab.classroom.Views.DeviceReport;
import org.leaklab.classroom.Views.DeviceView;
import org.leaklab.classroom.Views.KeptAnswer;
import org.leaklab.classroom.Views.RoomReport;
import org.leaklab.classroom.Views.RoomStatus;
import org.leaklab.model.Case;
import org.leaklab.model.Scenario;
import org.leaklab.scoring.ScenarioScorer;

/**
 * The class network's room, in memory only: the devices that joined (a random token and an
 * anonymous name each, nothing else: {@link DeviceRegistry}), the question on the projector and its
 * lifecycle (open, closed, revealed: {@link QuestionLifecycle}), every device's answer, and the
 * aggregates and team answers made from them (each scenario kind's {@link ScenarioRules}).
 * <p>
 * Devices act through their token; the teacher acts through the methods without one, which the
 * web layer never calls (there is no admin route). Every method is thread-safe: one lock guards
 * the room, each call is short, and listeners are told after it is released. At the end of every
 * change the room publishes an immutable {@link RoomSnapshot}, so {@link #status()} and
 * {@link #report()} never wait for the lock behind a burst of answers. Answers are idempotent per
 * device and question: sending again replaces the answer until the question closes. Nothing here
 * touches a disk or a log; {@link #erase()} (or dropping the room) forgets it all.
 */
public final class ClassRoom {
    /** A device counts as connected when it was heard from this recently (phones ask every 25 s). */
    public static final Duration CONNECTED_WINDOW = Duration.ofSeconds(60);

    private final Case caseData;
    private final ScenarioScorer scorer;
    /** Changed only under the lock ({@link #changeTeams}); read anywhere. */
    private volatile RoomSettings settings;
    private final LongSupplier nanoClock;
    private final String code;

    private final Object lock = new Object();
    private final DeviceRegistry devices;
    private final QuestionLifecycle lifecycle = new QuestionLifecycle();
    private final List<Runnable> lifecycleListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    private boolean locked;
    private long version;
    /** Volatile: the event streams read it without taking the lock. */
    private volatile long lifecycleVersion;
    /** The room after its last change; replaced inside the lock, read without it. */
    private volatile RoomSnapshot snapshot;

    /**
     * A room for {@code caseData}.
     *
     * @param scorer    scores each device's answer after the reveal (the app's own scorer)
     * @param settings  device cap and teams
     * @param random    draws the room code, tokens and names
     * @param nanoClock monotonic time in nanoseconds, for "connected" (System::nanoTime)
     */
    public ClassRoom(Case caseData, ScenarioScorer scorer, RoomSettings settings, SecureRandom random,
                     LongSupplier nanoClock) {
        this.caseData = Objects.requireNonNull(caseData, "caseData");
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.devices = new DeviceRegistry(settings, Objects.requireNonNull(random, "random"));
        this.code = Secrets.roomCode(random);
        synchronized (lock) {
            publish();
        }
    }

    /** A room with the scorer's case, a fresh {@link SecureRandom} and the system's clock. */
    public static ClassRoom open(ScenarioScorer scorer, RoomSettings settings) {
        return new ClassRoom(scorer.caseData(), scorer, settings, new SecureRandom(), System::nanoTime);
    }

    public String code() {
        return code;
    }

    public Case caseData() {
        return caseData;
    }

    public RoomSettings settings() {
        return settings;
    }

    // ---- devices -------------------------------------------------------------------------------

    /**
     * A new device joins: it gets a token and a name nobody in the room has.
     *
     * @return the new device's token and view
     * @throws RefusedException {@link Refusal#ROOM_LOCKED} or {@link Refusal#ROOM_FULL}
     */
    public Joined join() {
        DeviceViews.Pending joined;
        String token;
        synchronized (lock) {
            if (locked) {
                throw new RefusedException(Refusal.ROOM_LOCKED);
            }
            Device device = devices.join(nanoClock.getAsLong());
            token = device.token;
            changed();
            joined = pendingView(device);
        }
        tell(false);
        return new Joined(token, DeviceViews.scored(joined, scorer));
    }

    /**
     * A device that joined.
     *
     * @param token the device's secret; the phone keeps it and sends it with every request
     * @param view  what the phone shows
     */
    public record Joined(String token, DeviceView view) {
        @Override
        public String toString() {
            return "Joined[" + view.number() + "]"; // never the token
        }
    }

    /** The device draws another name, at most {@link RoomSettings#REROLLS} times. */
    public AnonymousName reroll(String token) {
        AnonymousName name;
        synchronized (lock) {
            name = devices.reroll(devices.device(token));
            changed();
        }
        tell(false);
        return name;
    }

    /**
     * The teacher set up or changed the class's teams while the room is open: the phones offer
     * {@code teams} from now on; a device in a team that is gone plays with the whole room again
     * until it picks one.
     */
    public void changeTeams(List<String> teams) {
        synchronized (lock) {
            if (settings.teams().equals(teams)) {
                return;
            }
            settings = new RoomSettings(settings.maxDevices(), teams);
            devices.settings(settings);
            lifecycleChanged(); // every phone fetches its view again, with the new teams
        }
        tell(true);
    }

    /** The device joins team {@code team} (an index of {@link RoomSettings#teams()}), or none with -1. */
    public void chooseTeam(String token, int team) {
        synchronized (lock) {
            devices.chooseTeam(devices.device(token), team);
            changed();
        }
        tell(false);
    }

    /**
     * The device answers question {@code seq}. A second answer replaces the first until the
     * question closes.
     *
     * @throws RefusedException if there is no such open question or the answer does not fit it
     */
    public void submit(String token, int seq, Submission submission) {
        synchronized (lock) {
            Device device = devices.device(token);
            lifecycle.submit(device, seq, submission);
            device.lastSeen = nanoClock.getAsLong();
            changed();
        }
        tell(false);
    }

    /** The device asks to be forgotten: its name, team and every answer are deleted at once. */
    public void forget(String token) {
        synchronized (lock) {
            devices.forget(devices.device(token));
            changed();
        }
        tell(false);
    }

    /** What the phone of {@code token} shows; counts as hearing from it. */
    public DeviceView view(String token) {
        DeviceViews.Pending pending;
        synchronized (lock) {
            Device device = devices.device(token);
            device.lastSeen = nanoClock.getAsLong();
            pending = pendingView(device);
        }
        return DeviceViews.scored(pending, scorer);
    }

    /** Everything the room holds about the device of {@code token}. */
    public DeviceReport report(String token) {
        synchronized (lock) {
            Device device = devices.device(token);
            List<KeptAnswer> answers = device.answers.values().stream()
                    .map(k -> new KeptAnswer(k.scenario(), k.step(), Optional.ofNullable(k.answer()), Optional.ofNullable(k.vote())))
                    .toList();
            Optional<String> team = device.team == Group.ROOM_INDEX ? Optional.empty()
                    : Optional.of(settings.teams().get(device.team));
            return new DeviceReport(device.name, team, answers);
        }
    }

    /** Whether {@code token} belongs to a device of this room. */
    public boolean knows(String token) {
        synchronized (lock) {
            return devices.knows(token);
        }
    }

    /** The room's lifecycle version: goes up when a question opens, closes, is revealed or the room locks. */
    public long lifecycleVersion() {
        return lifecycleVersion;
    }

    // ---- the teacher -----------------------------------------------------------------------------

    /** Locks the room (nobody new joins; devices in it stay) or opens it again. */
    public void lock(boolean lock) {
        synchronized (this.lock) {
            locked = lock;
            lifecycleChanged();
        }
        tell(true);
    }

    public boolean locked() {
        return snapshot.locked();
    }

    /** Removes the device with {@code number} and everything about it; false if there is none. */
    public boolean remove(int number) {
        synchronized (lock) {
            if (devices.remove(number).isEmpty()) {
                return false;
            }
            changed();
        }
        tell(false);
        return true;
    }

    /** The devices in the room, in the order they joined. */
    public List<DeviceLine> devices() {
        long now = nanoClock.getAsLong();
        synchronized (lock) {
            return devices.all().stream().map(d -> new DeviceLine(d.number, d.name, d.team, d.connected(now))).toList();
        }
    }

    /**
     * Shows {@code scenario} on the phones and takes answers to it. A device's earlier answer to the
     * same scenario is kept (going back shows it again). A story resumes where it stood; its first
     * opening starts every group at the start node.
     */
    public void open(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        if (caseData.scenario(scenario.id()).isEmpty()) {
            throw new IllegalArgumentException("scenario " + scenario.id() + " is not part of " + caseData.id());
        }
        synchronized (lock) {
            lifecycle.open(scenario);
            lifecycleChanged();
        }
        tell(true);
    }

    /** Takes the question off the phones (between scenarios). */
    public void clearQuestion() {
        synchronized (lock) {
            lifecycle.clear();
            lifecycleChanged();
        }
        tell(true);
    }

    /** Answers to the open question are final from now on. */
    public void close() {
        synchronized (lock) {
            if (lifecycle.close()) {
                lifecycleChanged();
            }
        }
        tell(true);
    }

    /**
     * Reveals the open question (closing it first): phones show their score and why. For a story
     * step, each group's majority moves its story on; a group whose vote tied waits for
     * {@link #breakTie}.
     */
    public void reveal() {
        synchronized (lock) {
            if (!lifecycle.reveal(devices.all())) {
                return;
            }
            lifecycleChanged();
        }
        tell(true);
    }

    /** The teacher breaks the tie of {@code group} at the revealed story step with {@code optionId}. */
    public void breakTie(Group group, String optionId) {
        synchronized (lock) {
            lifecycle.breakTie(group, optionId);
            lifecycleChanged();
        }
        tell(true);
    }

    /**
     * Opens the story's next step for every group whose story has not ended.
     *
     * @throws IllegalStateException if the step is not revealed, a tie waits, or the story is finished
     */
    public void nextStep() {
        synchronized (lock) {
            lifecycle.nextStep();
            lifecycleChanged();
        }
        tell(true);
    }

    /**
     * What the projector shows: counts and the open question's tally. Never waits for the room's
     * lock: it reads the snapshot published by the last change.
     */
    public RoomStatus status() {
        return snapshot.status(nanoClock.getAsLong());
    }

    /** The room's privacy summary for the projector; like {@link #status()}, without the lock. */
    public RoomReport report() {
        return snapshot.report();
    }

    /**
     * The answers of the class and of each team to {@code scenario}, as the app's own answer types:
     * consensus for a ranking, median for an estimate, majority for a choice, and for a story the
     * path the group's majority took (only once it reached an ending). Keys: the team names, and
     * {@code null} for the whole room (every device, with or without a team; for a story, the room's
     * own path when it played without teams).
     */
    public Map<String, GroupAnswer> groupAnswers(Scenario scenario) {
        ScenarioRules rules = ScenarioRules.of(scenario);
        synchronized (lock) {
            return switch (rules) {
                case StoryRules story -> TeamAnswers.of(lifecycle.story(story.scenario().id()), devices.all(), settings.teams());
                case AnsweredRules answered -> TeamAnswers.of(answered, devices.all(), settings.teams());
            };
        }
    }

    /** Forgets every device and answer: the class network closes. */
    public void erase() {
        synchronized (lock) {
            devices.clear();
            lifecycle.erase();
            lifecycleChanged();
        }
        tell(true);
    }

    // ---- listeners -------------------------------------------------------------------------------

    /** {@code listener} runs after every change (a join, an answer ...), on the thread that made it; keep it short. */
    public void onChange(Runnable listener) {
        changeListeners.add(Objects.requireNonNull(listener));
    }

    /** {@code listener} runs after every change of the lifecycle (open, close, reveal, step, lock). */
    public void onLifecycle(Runnable listener) {
        lifecycleListeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(Runnable listener) {
        changeListeners.remove(listener);
        lifecycleListeners.remove(listener);
    }

    /** Tells the listeners, after the lock is released. */
    private void tell(boolean lifecycleToo) {
        if (lifecycleToo) {
            lifecycleListeners.forEach(Runnable::run);
        }
        changeListeners.forEach(Runnable::run);
    }

    // ---- inside the lock -------------------------------------------------------------------------

    /** Something about the devices or answers changed. */
    private void changed() {
        version++;
        publish();
    }

    /** The lifecycle changed (open, close, reveal, step, lock, erase): the phones are told too. */
    private void lifecycleChanged() {
        lifecycleVersion++;
        changed();
    }

    private void publish() {
        snapshot = RoomSnapshot.of(version, code, locked, devices.all(), lifecycle.current());
    }

    private DeviceViews.Pending pendingView(Device device) {
        return DeviceViews.of(device, lifecycle.current().orElse(null), settings.teams(), lifecycleVersion);
    }
}
