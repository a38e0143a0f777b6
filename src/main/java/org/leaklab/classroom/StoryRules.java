package org.leaklab.classroom;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.leaklab.classroom.Views.QuestionView;
import org.leaklab.classroom.Views.StoryView;
import org.leaklab.model.Case;
import org.leaklab.model.DecisionNode;
import org.leaklab.model.DecisionOption;
import org.leaklab.model.DecisionScenario;

/**
 * A decision story in the class network: never answered whole, but voted on step by step by each
 * group (the whole room, or each team), whose majority moves its own story on ({@link StoryProgress}).
 * A group's answer is the path its majority took, once it reached an ending.
 */
record StoryRules(DecisionScenario scenario) implements ScenarioRules {
    /** One device's vote at the current step, as the group it is in now. */
    record Ballot(Group group, DecisionOption option) {
    }

    /**
     * A vote must name one of the options offered at {@code node}, where the device's story stands.
     *
     * @return the option voted for
     */
    static DecisionOption vote(DecisionNode node, Submission submission) {
        String optionId = Submission.as(Submission.Vote.class, submission).optionId();
        return node.options().stream().filter(o -> o.id().equals(optionId)).findFirst()
                .orElseThrow(() -> new RefusedException(Refusal.UNKNOWN_BRANCH));
    }

    /**
     * Per group that stands at a node in this step: option to votes of its devices, every option
     * of the node listed. A vote cast at a node the device's group is not at (it switched teams
     * after voting) does not count.
     */
    static Map<Group, Map<String, Integer>> count(StoryProgress story, Collection<Ballot> ballots) {
        Map<Group, Map<String, Integer>> votes = new LinkedHashMap<>();
        for (Ballot ballot : ballots) {
            Optional<DecisionNode> node = story.node(ballot.group());
            if (node.isEmpty() || !node.get().options().contains(ballot.option())) {
                continue;
            }
            votes.computeIfAbsent(ballot.group(), g -> emptyCount(node.get())).merge(ballot.option().id(), 1, Integer::sum);
        }
        return votes;
    }

    /**
     * The projector's tally of the step: one line per group that plays or voted, with its votes
     * (while the step is open or closed; {@code ballots} empty after the reveal), its majority or
     * the tie the teacher breaks, its path.
     */
    static StoryTally tally(StoryProgress story, Collection<Ballot> ballots) {
        Map<Group, Map<String, Integer>> votes = count(story, ballots);
        Set<Group> groups = new LinkedHashSet<>(story.groups());
        groups.addAll(votes.keySet());
        Map<Group, Majority> ties = story.ties();
        List<StoryTally.GroupStep> lines = new ArrayList<>();
        for (Group group : groups) {
            Map<String, Integer> counted = votes.getOrDefault(group,
                    story.node(group).map(StoryRules::emptyCount).orElse(Map.of()));
            Majority majority = ties.containsKey(group) ? ties.get(group) : Majority.of(counted);
            lines.add(new StoryTally.GroupStep(group, story.position(group), counted, majority, story.path(group),
                    story.ended(group)));
        }
        return new StoryTally(story.step(), lines);
    }

    private static Map<String, Integer> emptyCount(DecisionNode node) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        node.options().forEach(o -> counts.put(o.id(), 0));
        return counts;
    }

    @Override
    public void describe(QuestionView view, Case caseData, Locale locale, PhoneFields fields) {
        fields.text("kind", "story");
        view.story().ifPresent(s -> story(s, locale, fields.entry("story")));
    }

    private static void story(StoryView view, Locale locale, PhoneFields fields) {
        fields.number("step", view.step()).flag("ended", view.ended());
        view.node().ifPresent(node -> {
            PhoneFields jsonNode = fields.entry("node").text("id", node.id()).text("text", node.text().in(locale));
            PhoneFields.Entries options = jsonNode.entries("options");
            for (DecisionOption option : node.options()) {
                options.add().text("id", option.id()).text("text", option.text().in(locale));
            }
        });
        view.vote().ifPresent(v -> fields.text("vote", v));
        view.decided().ifPresent(option -> fields.entry("decided").text("id", option.id())
                .text("text", option.text().in(locale)).text("consequence", option.consequence().in(locale)));
    }
}
