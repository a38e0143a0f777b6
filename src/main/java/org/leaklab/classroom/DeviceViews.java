package org.leaklab.classroom;

import java.util.List;
import java.util.Optional;
import org.leaklab.classroom.QuestionLifecycle.Question;
import org.leaklab.classroom.Views.DeviceView;
import org.leaklab.classroom.Views.QuestionView;
import org.leaklab.classroom.Views.StoryView;
import org.leaklab.model.Answer;
import org.leaklab.model.DecisionAnswer;
import org.leaklab.model.DecisionNode;
import org.leaklab.model.DecisionOption;
import org.leaklab.model.Scenario;
import org.leaklab.scoring.ScenarioScorer;
import org.leaklab.scoring.ScoreResult;

/**
 * What one phone shows, in two halves: {@link #of} takes the device's view inside the room's lock,
 * {@link #scored} adds its score and why after the lock is released, so a hundred phones fetching
 * their score at the reveal do not queue behind each other.
 */
final class DeviceViews {
    private DeviceViews() {
    }

    /** A device's view taken inside the lock, with the answer still to be scored (null: nothing to score). */
    record Pending(DeviceView view, Scenario scenario, Answer toScore) {
    }

    /** The view of {@code device} with {@code question} (null: none) on the projector. */
    static Pending of(Device device, Question question, List<String> teams, long lifecycleVersion) {
        if (question == null) {
            return new Pending(deviceView(device, teams, lifecycleVersion, Optional.empty()), null, null);
        }
        Scenario scenario = question.scenario();
        Device.Kept kept = device.answers.get(question.key());
        QuestionView view;
        Answer toScore = null;
        if (question.story != null) {
            StoryProgress story = question.story;
            Group group = device.group();
            Optional<DecisionOption> decided = question.phase == Phase.REVEALED
                    ? story.chosenAt(group, story.step()) : Optional.empty();
            // During a revealed step the phone shows the node it voted at and what the group chose there.
            Optional<DecisionNode> node = decided.isPresent()
                    ? Optional.ofNullable(nodeBefore(story, group)) : story.node(group);
            boolean ended = story.ended(group);
            StoryView storyView = new StoryView(story.step(), node, Optional.ofNullable(kept).map(k -> k.vote().id()),
                    decided, ended);
            if (ended && question.phase == Phase.REVEALED) {
                toScore = new DecisionAnswer(story.path(group));
            }
            view = new QuestionView(question.seq, scenario, question.phase, Optional.empty(), Optional.of(storyView),
                    Optional.empty());
        } else {
            Optional<Answer> answer = Optional.ofNullable(kept).map(Device.Kept::answer);
            if (question.phase == Phase.REVEALED && answer.isPresent()) {
                toScore = answer.get();
            }
            view = new QuestionView(question.seq, scenario, question.phase, answer, Optional.empty(), Optional.empty());
        }
        return new Pending(deviceView(device, teams, lifecycleVersion, Optional.of(view)), scenario, toScore);
    }

    /** The pending view with the device's score and why, from the app's scorer; outside the lock. */
    static DeviceView scored(Pending pending, ScenarioScorer scorer) {
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

    private static DeviceView deviceView(Device device, List<String> teams, long version, Optional<QuestionView> question) {
        return new DeviceView(device.number, device.name, device.rerollsLeft, device.team, teams, version, question);
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
}
