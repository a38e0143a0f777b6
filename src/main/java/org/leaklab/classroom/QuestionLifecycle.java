package org.leaklab.classroom;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.leaklab.model.Answer;
import org.leaklab.model.DecisionNode;
import org.leaklab.model.DecisionOption;
import org.leaklab.model.Scenario;

/**
 * The question on the projector and its lifecycle (open, closed, revealed; a story step by step),
 * the answers devices send to it, and the progress of every story opened in the room, so going
 * back to a story resumes it. Not thread-safe; the {@link ClassRoom} guards it.
 */
final class QuestionLifecycle {
    private final Map<String, StoryProgress> stories = new HashMap<>();
    private Question question;
    private int nextSeq = 1;

    /** The open question: its rules, number, phase and, for a story, the story's progress. */
    static final class Question {
        final ScenarioRules rules;
        int seq;
        Phase phase = Phase.OPEN;
        /** The story's progress; null for a question answered whole. */
        final StoryProgress story;

        private Question(ScenarioRules rules, int seq, StoryProgress story) {
            this.rules = rules;
            this.seq = seq;
            this.story = story;
        }

        Scenario scenario() {
            return rules.scenario();
        }

        /** The answer key of what devices send now: the scenario, or the story's current step. */
        String key() {
            return Device.key(scenario(), story == null ? 0 : story.step());
        }
    }

    /** The question on the projector, if any. */
    Optional<Question> current() {
        return Optional.ofNullable(question);
    }

    /** Opens {@code scenario}; a story resumes where it stood, and one that has finished opens revealed. */
    void open(Scenario scenario) {
        ScenarioRules rules = ScenarioRules.of(scenario);
        StoryProgress story = rules instanceof StoryRules s
                ? stories.computeIfAbsent(s.scenario().id(), id -> new StoryProgress(s.scenario())) : null;
        question = new Question(rules, nextSeq++, story);
        if (story != null && story.finished()) {
            question.phase = Phase.REVEALED;
        }
    }

    void clear() {
        question = null;
    }

    /** Forgets the question and every story's progress. */
    void erase() {
        stories.clear();
        question = null;
    }

    /**
     * Keeps {@code device}'s answer to question {@code seq}, replacing an earlier one.
     *
     * @throws RefusedException if there is no such open question or the answer does not fit it
     */
    void submit(Device device, int seq, Submission submission) {
        if (question == null) {
            throw new RefusedException(Refusal.NO_OPEN_QUESTION);
        }
        if (seq != question.seq) {
            throw new RefusedException(Refusal.NOT_THE_OPEN_QUESTION);
        }
        if (question.phase != Phase.OPEN) {
            throw new RefusedException(Refusal.QUESTION_CLOSED);
        }
        Scenario scenario = question.scenario();
        switch (question.rules) {
            case StoryRules _ -> {
                StoryProgress story = question.story;
                DecisionNode node = story.node(device.group())
                        .orElseThrow(() -> new RefusedException(Refusal.STORY_ENDED));
                DecisionOption option = StoryRules.vote(node, submission);
                device.answers.put(question.key(), new Device.Kept(scenario, story.step(), null, option));
            }
            case AnsweredRules rules -> {
                Answer answer = rules.check(submission);
                device.answers.remove(question.key()); // a new answer goes to the end: oldest first
                device.answers.put(question.key(), new Device.Kept(scenario, 0, answer, null));
            }
        }
    }

    /** Closes the open question; false if it was not open. */
    boolean close() {
        Question open = require();
        if (open.phase != Phase.OPEN) {
            return false;
        }
        open.phase = Phase.CLOSED;
        return true;
    }

    /**
     * Reveals the open question (closing it first). For a story step, each group's majority of
     * {@code devices}' votes moves its story on; a tied group waits for {@link #breakTie}.
     *
     * @return false if it was revealed already
     */
    boolean reveal(Collection<Device> devices) {
        Question open = require();
        if (open.phase == Phase.REVEALED) {
            return false;
        }
        open.phase = Phase.REVEALED;
        if (open.story != null) {
            StoryProgress story = open.story;
            for (Map.Entry<Group, Map<String, Integer>> entry : StoryRules.count(story, ballots(open, devices)).entrySet()) {
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
        return true;
    }

    void breakTie(Group group, String optionId) {
        Question open = require();
        if (open.story == null || open.phase != Phase.REVEALED || !open.story.ties().containsKey(group)) {
            throw new IllegalStateException("no tie to break for " + group);
        }
        if (!open.story.ties().get(group).tied().contains(optionId)) {
            throw new IllegalArgumentException(optionId + " is not one of the tied options " + open.story.ties().get(group).tied());
        }
        open.story.choose(group, optionId);
    }

    void nextStep() {
        Question open = require();
        if (open.story == null || open.phase != Phase.REVEALED || !open.story.ties().isEmpty()
                || open.story.finished()) {
            throw new IllegalStateException("the story cannot move on now");
        }
        open.story.nextStep();
        open.seq = nextSeq++;
        open.phase = Phase.OPEN;
    }

    /** The progress of the story {@code storyId}, if it was ever opened in this room. */
    Optional<StoryProgress> story(String storyId) {
        return Optional.ofNullable(stories.get(storyId));
    }

    /** The votes {@code devices} cast at the open story step, each as the group the device is in now. */
    static List<StoryRules.Ballot> ballots(Question open, Collection<Device> devices) {
        String key = open.key();
        return devices.stream().map(d -> {
            Device.Kept kept = d.answers.get(key);
            return kept == null ? null : new StoryRules.Ballot(d.group(), kept.vote());
        }).filter(Objects::nonNull).toList();
    }

    private Question require() {
        if (question == null) {
            throw new IllegalStateException("no question is open");
        }
        return question;
    }
}
