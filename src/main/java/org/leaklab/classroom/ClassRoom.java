package org.leaklab.classroom;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;
import org.leaklab.classroom.Views.DeviceLine;
import org.leaklab.classroom.Views.DeviceReport;
import org.leaklab.classroom.Views.DeviceView;
import org.leaklab.classroom.Views.KeptAnswer;
import org.leaklab.classroom.Views.QuestionStatus;
import org.leaklab.classroom.Views.QuestionView;
import org.leaklab.classroom.Views.RoomReport;
import org.leaklab.classroom.Views.RoomStatus;
import org.leaklab.classroom.Views.StoryView;
import org.leaklab.model.Answer;
import org.leaklab.model.Case;
import org.leaklab.model.ChoiceAnswer;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.model.DecisionAnswer;
import org.leaklab.model.DecisionNode;
import org.leaklab.model.DecisionOption;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.model.EstimateScenario;
import org.leaklab.model.RankingAnswer;
import org.leaklab.model.RankingScenario;
import org.leaklab.model.Scenario;
import org.leaklab.scoring.ScenarioScorer;
import org.leaklab.scoring.ScoreResult;

/**
 * The class network's room, in memory only: the devices that joined (a random token and an
 * anonymous name each, nothing else), the question on the projector and its lifecycle (open,
 * closed, revealed), every device's answer, and the aggregates and team answers made from them.
 * <p>
 * Devices act through their token; the teacher acts through the methods without one, which the
 * web layer never calls (there is no admin route). Every method is thread-safe: one monitor guards
 * the room, each call is short, and listeners are told after it is released. Answers are
 * idempotent per device and question: sending again replaces the answer until the question closes.
 * Nothing here touches a disk or a log; {@link #erase()} (or dropping the room) forgets it all.
 */
public final class ClassRoom {
    /** A device counts as connected when it was heard from this recently (phones ask every 25 s). */
    public static final Duration CONNECTED_WINDOW = Duration.ofSeconds(60);

    private final Case caseData;
    private final ScenarioScorer scorer;
    private final RoomSettings settings;
    private final SecureRandom random;
    private final LongSupplier nanoClock;
    private final String code;

    private final Map<String, Device> byToken = new HashMap<>();
    private final Map<Integer, Device> byNumber = new LinkedHashMap<>();
    private final List<Runnable> lifecycleListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    private int nextNumber = 1;
    private int nextSeq = 1;
    private boolean locked;
    private long version;
    /** Volatile: the event streams read it without taking the monitor. */
    private volatile long lifecycleVersion;
    private Question question;
    /** The story progress of each story opened in this room, so going back to a story resumes it. */
    private final Map<String, StoryProgress> stories = new HashMap<>();

    private static final class Device {
        final String token;
        final int number;
        AnonymousName name;
        int rerollsLeft = RoomSettings.REROLLS;
        int team = Group.ROOM_INDEX;
        long lastSeen;
        /** Answer key ({@code scenario} or {@code scenario#step}) to what the device sent, oldest first. */
        final Map<String, Kept> answers = new LinkedHashMap<>();

        Device(String token, int number, AnonymousName name, long now) {
            this.token = token;
            this.number = number;
            this.name = name;
            this.lastSeen = now;
        }
    }

    private record Kept(Scenario scenario, int step, Answer answer, DecisionOption vote) {
    }

    private static final class Question {
        final Scenario scenario;
        int seq;
        Phase phase = Phase.OPEN;
        final StoryProgress story;

        Question(Scenario scenario, int seq, StoryProgress story) {
            this.scenario = scenario;
            this.seq = seq;
            this.story = story;
        }
    }

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
        this.random = Objects.requireNonNull(random, "random");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.code = Secrets.roomCode(random);
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
        Pending joined;
        String token;
        synchronized (this) {
            if (locked) {
                throw new RefusedException(Refusal.ROOM_LOCKED);
            }
            if (byToken.size() >= settings.maxDevices()) {
                throw new RefusedException(Refusal.ROOM_FULL);
            }
            AnonymousName name = NamePool.draw(random, takenNames())
                    .orElseThrow(() -> new RefusedException(Refusal.ROOM_FULL));
            do {
                token = Secrets.deviceToken(random);
            } while (byToken.containsKey(token));
            Device device = new Device(token, nextNumber++, name, nanoClock.getAsLong());
            byToken.put(token, device);
            byNumber.put(device.number, device);
            version++;
            joined = viewOf(device);
        }
        changed(false);
        return new Joined(token, scored(joined));
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
        synchronized (this) {
            Device device = device(token);
            if (device.rerollsLeft <= 0) {
                throw new RefusedException(Refusal.NO_REROLLS_LEFT);
            }
            Set<AnonymousName> taken = takenNames();
            name = NamePool.draw(random, taken).orElse(device.name);
            device.name = name;
            device.rerollsLeft--;
            version++;
        }
        changed(false);
        return name;
    }

    /** The device joins team {@code team} (an index of {@link RoomSettings#teams()}), or none with -1. */
    public void chooseTeam(String token, int team) {
        synchronized (this) {
            Device device = device(token);
            if (team != Group.ROOM_INDEX && (team < 0 || team >= settings.teams().size())) {
                throw new RefusedException(Refusal.UNKNOWN_TEAM);
            }
            device.team = team;
            version++;
        }
        changed(false);
    }

    /**
     * The device answers question {@code seq}. A second answer replaces the first until the
     * question closes.
     *
     * @throws RefusedException if there is no such open question or the answer does not fit it
     */
    public void submit(String token, int seq, Submission submission) {
        synchronized (this) {
            Device device = device(token);
            if (question == null) {
                throw new RefusedException(Refusal.NO_OPEN_QUESTION);
            }
            if (seq != question.seq) {
                throw new RefusedException(Refusal.NOT_THE_OPEN_QUESTION);
            }
            if (question.phase != Phase.OPEN) {
                throw new RefusedException(Refusal.QUESTION_CLOSED);
            }
            Scenario scenario = question.scenario;
            if (question.story != null) {
                StoryProgress story = question.story;
                DecisionNode node = story.node(groupOf(device))
                        .orElseThrow(() -> new RefusedException(Refusal.STORY_ENDED));
                DecisionOption option = AnswerRules.vote(node, submission);
                device.answers.put(key(scenario, story.step()), new Kept(scenario, story.step(), null, option));
            } else {
                Answer answer = AnswerRules.check(scenario, submission);
                device.answers.remove(key(scenario, 0));
                device.answers.put(key(scenario, 0), new Kept(scenario, 0, answer, null));
            }
            device.lastSeen = nanoClock.getAsLong();
            version++;
        }
        changed(false);
    }

    /** The device asks to be forgotten: its name, team and every answer are deleted at once. */
    public void forget(String token) {
        synchronized (this) {
            Device device = device(token);
            byToken.remove(device.token);
            byNumber.remove(device.number);
            version++;
        }
        changed(false);
    }

    /** What the phone of {@code token} shows; counts as hearing from it. */
    public DeviceView view(String token) {
        Pending pending;
        synchronized (this) {
            Device device = device(token);
            device.lastSeen = nanoClock.getAsLong();
            pending = viewOf(device);
        }
        return scored(pending);
    }

    /**
     * A device's view taken inside the monitor, with what is still to be scored: scoring (and its
     * explanations) runs after the monitor is released, so a hundred phones fetching their score
     * at the reveal do not queue behind each other.
     */
    private record Pending(DeviceView view, Scenario scenario, Answer toScore) {
    }

    private DeviceView scored(Pending pending) {
        if (pending.toScore() == null) {
            return pending.view();
        }
        DeviceView view = pending.view();
        QuestionView question = view.question().orElseThrow();
        ScoreResult result = scorer.score(pending.scenario(), pending.toScore());
        QuestionView withResult = new QuestionView(question.seq(), question.scenario(), question.phase(), question.answer(),
                question.story(), Optional.of(result));
        return new DeviceView(view.number(), view.name(), view.rerollsLeft(), view.team(), view.teams(), view.version(),
                Optional.of(withResult));
    }

    /** Everything the room holds about the device of {@code token}. */
    public synchronized DeviceReport report(String token) {
        Device device = device(token);
        List<KeptAnswer> answers = device.answers.values().stream()
                .map(k -> new KeptAnswer(k.scenario(), k.step(), Optional.ofNullable(k.answer()), Optional.ofNullable(k.vote())))
                .toList();
        Optional<String> team = device.team == Group.ROOM_INDEX ? Optional.empty()
                : Optional.of(settings.teams().get(device.team));
        return new DeviceReport(device.name, team, answers);
    }

    /** Whether {@code token} belongs to a device of this room. */
    public synchronized boolean knows(String token) {
        return token != null && byToken.containsKey(token);
    }

    /** The room's lifecycle version: goes up when a question opens, closes, is revealed or the room locks. */
    public long lifecycleVersion() {
        return lifecycleVersion;
    }

    // ---- the teacher -----------------------------------------------------------------------------

    /** Locks the room (nobody new joins; devices in it stay) or opens it again. */
    public void lock(boolean lock) {
        synchronized (this) {
            locked = lock;
            version++;
            lifecycleVersion++;
        }
        changed(true);
    }

    public synchronized boolean locked() {
        return locked;
    }

    /** Removes the device with {@code number} and everything about it; false if there is none. */
    public boolean remove(int number) {
        synchronized (this) {
            Device device = byNumber.remove(number);
            if (device == null) {
                return false;
            }
            byToken.remove(device.token);
            version++;
        }
        changed(false);
        return true;
    }

    /** The devices in the room, in the order they joined. */
    public synchronized List<DeviceLine> devices() {
        long now = nanoClock.getAsLong();
        return byNumber.values().stream()
                .map(d -> new DeviceLine(d.number, d.name, d.team, connected(d, now))).toList();
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
        synchronized (this) {
            StoryProgress story = switch (scenario) {
                case DecisionScenario decision -> stories.computeIfAbsent(decision.id(), id -> new StoryProgress(decision));
                case RankingScenario _, EstimateScenario _, ChoiceScenario _ -> null;
            };
            question = new Question(scenario, nextSeq++, story);
            if (story != null && story.finished()) {
                question.phase = Phase.REVEALED;
            }
            bump();
        }
        changed(true);
    }

    /** Takes the question off the phones (between scenarios). */
    public void clearQuestion() {
        synchronized (this) {
            question = null;
            bump();
        }
        changed(true);
    }

    /** Answers to the open question are final from now on. */
    public void close() {
        synchronized (this) {
            Question open = requireQuestion();
            if (open.phase == Phase.OPEN) {
                open.phase = Phase.CLOSED;
                bump();
            }
        }
        changed(true);
    }

    /**
     * Reveals the open question (closing it first): phones show their score and why. For a story
     * step, each group's majority moves its story on; a group whose vote tied waits for
     * {@link #breakTie}.
     */
    public void reveal() {
        synchronized (this) {
            Question open = requireQuestion();
            if (open.phase == Phase.REVEALED) {
                return;
            }
            open.phase = Phase.REVEALED;
            if (open.story != null) {
                StoryProgress story = open.story;
                for (Map.Entry<Group, Map<String, Integer>> entry : stepVotes(open).entrySet()) {
                    Group group = entry.getKey();
                    Majority majority = Majority.of(entry.getValue());
                    story.join(group);
                    if (majority.winner().isPresent()) {
                        story.choose(group, majority.winner().get());
                    } else {
                        story.tie(group, majority);
                    }
                }
            }
            bump();
        }
        changed(true);
    }

    /** The teacher breaks the tie of {@code group} at the revealed story step with {@code optionId}. */
    public void breakTie(Group group, String optionId) {
        synchronized (this) {
            Question open = requireQuestion();
            if (open.story == null || open.phase != Phase.REVEALED || !open.story.ties().containsKey(group)) {
                throw new IllegalStateException("no tie to break for " + group);
            }
            if (!open.story.ties().get(group).tied().contains(optionId)) {
                throw new IllegalArgumentException(optionId + " is not one of the tied options " + open.story.ties().get(group).tied());
            }
            open.story.choose(group, optionId);
            bump();
        }
        changed(true);
    }

    /**
     * Opens the story's next step for every group whose story has not ended.
     *
     * @throws IllegalStateException if the step is not revealed, a tie waits, or the story is finished
     */
    public void nextStep() {
        synchronized (this) {
            Question open = requireQuestion();
            if (open.story == null || open.phase != Phase.REVEALED || !open.story.ties().isEmpty()
                    || open.story.finished()) {
                throw new IllegalStateException("the story cannot move on now");
            }
            open.story.nextStep();
            open.seq = nextSeq++;
            open.phase = Phase.OPEN;
            bump();
        }
        changed(true);
    }

    /** What the projector shows: counts and the open question's tally. */
    public synchronized RoomStatus status() {
        long now = nanoClock.getAsLong();
        int connected = (int) byToken.values().stream().filter(d -> connected(d, now)).count();
        Optional<QuestionStatus> status = Optional.ofNullable(question).map(this::statusOf);
        return new RoomStatus(version, code, locked, byToken.size(), connected, status);
    }

    /** The room's privacy summary for the projector. */
    public synchronized RoomReport report() {
        int answers = byToken.values().stream().mapToInt(d -> d.answers.size()).sum();
        return new RoomReport(byToken.size(), answers);
    }

    /**
     * The answers of the class and of each team to {@code scenario}, as the app's own answer types:
     * consensus for a ranking, median for an estimate, majority for a choice, and for a story the
     * path the group's majority took (only once it reached an ending). Keys: the team names, and
     * {@code null} for the whole room (every device, with or without a team; for a story, the room's
     * own path when it played without teams).
     */
    public synchronized Map<String, GroupAnswer> groupAnswers(Scenario scenario) {
        return switch (scenario) {
            case DecisionScenario decision -> storyAnswers(decision);
            case RankingScenario _, EstimateScenario _, ChoiceScenario _ -> answerGroups(scenario);
        };
    }

    /** A story's group answers: the path each group's majority took, once it reached an ending. */
    private Map<String, GroupAnswer> storyAnswers(DecisionScenario decision) {
        Map<String, GroupAnswer> answers = new LinkedHashMap<>();
        StoryProgress story = stories.get(decision.id());
        if (story != null) {
            for (Group group : story.groups()) {
                if (story.ended(group)) {
                    int members = (int) byToken.values().stream().filter(d -> groupOf(d).equals(group)).count();
                    answers.put(group.isRoom() ? null : settings.teams().get(group.team()),
                            new GroupAnswer(new DecisionAnswer(story.path(group)), members, false));
                }
            }
        }
        return answers;
    }

    /** The room's and each team's answer made from their members' answers. */
    private Map<String, GroupAnswer> answerGroups(Scenario scenario) {
        Map<String, GroupAnswer> answers = new LinkedHashMap<>();
        String key = key(scenario, 0);
        List<Answer> all = new ArrayList<>();
        Map<Integer, List<Answer>> byTeam = new LinkedHashMap<>();
        for (Device device : byToken.values()) {
            Kept kept = device.answers.get(key);
            if (kept != null) {
                all.add(kept.answer());
                if (device.team != Group.ROOM_INDEX) {
                    byTeam.computeIfAbsent(device.team, t -> new ArrayList<>()).add(kept.answer());
                }
            }
        }
        GroupAnswer.of(scenario, all).ifPresent(a -> answers.put(null, a));
        for (int team = 0; team < settings.teams().size(); team++) {
            int t = team;
            GroupAnswer.of(scenario, byTeam.getOrDefault(team, List.of()))
                    .ifPresent(a -> answers.put(settings.teams().get(t), a));
        }
        return answers;
    }

    /** Forgets every device and answer: the class network closes. */
    public void erase() {
        synchronized (this) {
            byToken.clear();
            byNumber.clear();
            stories.clear();
            question = null;
            bump();
        }
        changed(true);
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

    private void changed(boolean lifecycle) {
        if (lifecycle) {
            lifecycleListeners.forEach(Runnable::run);
        }
        changeListeners.forEach(Runnable::run);
    }

    // ---- inside the monitor ----------------------------------------------------------------------

    private void bump() {
        version++;
        lifecycleVersion++;
    }

    private Device device(String token) {
        Device device = token == null ? null : byToken.get(token);
        if (device == null) {
            throw new RefusedException(Refusal.UNKNOWN_DEVICE);
        }
        return device;
    }

    private Question requireQuestion() {
        if (question == null) {
            throw new IllegalStateException("no question is open");
        }
        return question;
    }

    private Set<AnonymousName> takenNames() {
        Set<AnonymousName> taken = new HashSet<>();
        byToken.values().forEach(d -> taken.add(d.name));
        return taken;
    }

    private boolean connected(Device device, long now) {
        return now - device.lastSeen <= CONNECTED_WINDOW.toNanos();
    }

    private Group groupOf(Device device) {
        return device.team == Group.ROOM_INDEX ? Group.ROOM : new Group(device.team);
    }

    private static String key(Scenario scenario, int step) {
        return step == 0 ? scenario.id() : scenario.id() + "#" + step;
    }

    private Pending viewOf(Device device) {
        if (question == null) {
            return new Pending(new DeviceView(device.number, device.name, device.rerollsLeft, device.team, settings.teams(),
                    lifecycleVersion, Optional.empty()), null, null);
        }
        Question open = question;
        Scenario scenario = open.scenario;
        QuestionView view;
        Answer toScore = null;
        if (open.story != null) {
            StoryProgress story = open.story;
            Group group = groupOf(device);
            Kept kept = device.answers.get(key(scenario, story.step()));
            Optional<DecisionOption> decided = open.phase == Phase.REVEALED
                    ? story.chosenAt(group, story.step()) : Optional.empty();
            // During a revealed step the phone shows the node it voted at and what the group chose there.
            Optional<DecisionNode> node = decided.isPresent()
                    ? Optional.ofNullable(nodeBefore(story, group)) : story.node(group);
            boolean ended = story.ended(group);
            StoryView storyView = new StoryView(story.step(), node, Optional.ofNullable(kept).map(k -> k.vote().id()),
                    decided, ended);
            if (ended && open.phase == Phase.REVEALED) {
                toScore = new DecisionAnswer(story.path(group));
            }
            view = new QuestionView(open.seq, scenario, open.phase, Optional.empty(), Optional.of(storyView), Optional.empty());
        } else {
            Kept kept = device.answers.get(key(scenario, 0));
            Optional<Answer> answer = Optional.ofNullable(kept).map(Kept::answer);
            if (open.phase == Phase.REVEALED && answer.isPresent()) {
                toScore = answer.get();
            }
            view = new QuestionView(open.seq, scenario, open.phase, answer, Optional.empty(), Optional.empty());
        }
        return new Pending(new DeviceView(device.number, device.name, device.rerollsLeft, device.team, settings.teams(),
                lifecycleVersion, Optional.of(view)), scenario, toScore);
    }

    /** The node {@code group} decided at in the current step (its position before the last choice). */
    private static DecisionNode nodeBefore(StoryProgress story, Group group) {
        List<String> path = story.path(group);
        String at = story.story().startNodeId();
        for (int i = 0; i < path.size() - 1; i++) {
            String optionId = path.get(i);
            String from = at;
            at = story.story().node(from).orElseThrow().options().stream()
                    .filter(o -> o.id().equals(optionId)).findFirst().orElseThrow().next();
        }
        return story.story().node(at).orElse(null);
    }

    /** Per group that stands at a node in this step: option to votes of its devices. */
    private Map<Group, Map<String, Integer>> stepVotes(Question open) {
        StoryProgress story = open.story;
        String key = key(open.scenario, story.step());
        Map<Group, Map<String, Integer>> votes = new LinkedHashMap<>();
        for (Device device : byToken.values()) {
            Kept kept = device.answers.get(key);
            if (kept == null) {
                continue;
            }
            Group group = groupOf(device);
            Optional<DecisionNode> node = story.node(group);
            if (node.isEmpty() || !node.get().options().contains(kept.vote())) {
                continue; // voted before switching teams, at a node its new group is not at
            }
            votes.computeIfAbsent(group, g -> emptyCount(node.get())).merge(kept.vote().id(), 1, Integer::sum);
        }
        return votes;
    }

    private static Map<String, Integer> emptyCount(DecisionNode node) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        node.options().forEach(o -> counts.put(o.id(), 0));
        return counts;
    }

    private QuestionStatus statusOf(Question open) {
        Scenario scenario = open.scenario;
        if (open.story != null) {
            StoryProgress story = open.story;
            Map<Group, Map<String, Integer>> votes = open.phase == Phase.OPEN || open.phase == Phase.CLOSED
                    ? stepVotes(open) : Map.of();
            Set<Group> groups = new java.util.LinkedHashSet<>(story.groups());
            groups.addAll(votes.keySet());
            List<StoryTally.GroupStep> lines = new ArrayList<>();
            for (Group group : groups) {
                boolean ended = story.ended(group);
                Map<String, Integer> count = votes.getOrDefault(group,
                        story.node(group).map(ClassRoom::emptyCount).orElse(Map.of()));
                Majority majority = story.ties().containsKey(group) ? story.ties().get(group) : Majority.of(count);
                lines.add(new StoryTally.GroupStep(group, story.position(group), count, majority, story.path(group), ended));
            }
            StoryTally tally = new StoryTally(story.step(), lines);
            int answered = (int) byToken.values().stream()
                    .filter(d -> d.answers.containsKey(key(scenario, story.step()))).count();
            return new QuestionStatus(open.seq, scenario, open.phase, answered, tally,
                    List.copyOf(story.ties().keySet()), story.finished());
        }
        String key = key(scenario, 0);
        List<Answer> answers = byToken.values().stream().map(d -> d.answers.get(key))
                .filter(Objects::nonNull).map(Kept::answer).toList();
        Tally tally = switch (scenario) {
            case RankingScenario ranking -> RankingTally.of(ranking, answers.stream().map(RankingAnswer.class::cast).toList());
            case EstimateScenario estimate -> EstimateTally.of(answers.stream().map(a -> ((EstimateAnswer) a).value()).toList());
            case ChoiceScenario choice -> ChoiceTally.of(choice, answers.stream().map(ChoiceAnswer.class::cast).toList());
            case DecisionScenario decision -> throw new IllegalStateException("stories have progress");
        };
        return new QuestionStatus(open.seq, scenario, open.phase, answers.size(), tally, List.of(), false);
    }
}
