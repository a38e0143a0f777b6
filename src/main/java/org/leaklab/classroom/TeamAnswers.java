package org.leaklab.classroom;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leaklab.model.Answer;
import org.leaklab.model.DecisionAnswer;

/**
 * The answers of the whole room and of each team to one scenario, made from their devices'
 * answers ({@link GroupAnswer}), for the leaderboard. Keys: the team names, and {@code null} for
 * the whole room. Called inside the room's lock.
 */
final class TeamAnswers {
    private TeamAnswers() {
    }

    /** Ranking, estimate, choice: the room's answer from every device, each team's from its members. */
    static Map<String, GroupAnswer> of(AnsweredRules rules, Collection<Device> devices, List<String> teams) {
        Map<String, GroupAnswer> answers = new LinkedHashMap<>();
        String key = Device.key(rules.scenario(), 0);
        List<Answer> all = new ArrayList<>();
        Map<Integer, List<Answer>> byTeam = new LinkedHashMap<>();
        for (Device device : devices) {
            Device.Kept kept = device.answers.get(key);
            if (kept != null) {
                all.add(kept.answer());
                if (device.team != Group.ROOM_INDEX) {
                    byTeam.computeIfAbsent(device.team, t -> new ArrayList<>()).add(kept.answer());
                }
            }
        }
        if (!all.isEmpty()) {
            answers.put(null, rules.group(all));
        }
        for (int team = 0; team < teams.size(); team++) {
            List<Answer> members = byTeam.getOrDefault(team, List.of());
            if (!members.isEmpty()) {
                answers.put(teams.get(team), rules.group(members));
            }
        }
        return answers;
    }

    /** A story: the path each group's majority took, once it reached an ending. */
    static Map<String, GroupAnswer> of(Optional<StoryProgress> progress, Collection<Device> devices, List<String> teams) {
        Map<String, GroupAnswer> answers = new LinkedHashMap<>();
        progress.ifPresent(story -> {
            for (Group group : story.groups()) {
                if (story.ended(group)) {
                    int members = (int) devices.stream().filter(d -> d.group().equals(group)).count();
                    answers.put(group.isRoom() ? null : teams.get(group.team()),
                            new GroupAnswer(new DecisionAnswer(story.path(group)), members, false));
                }
            }
        });
        return answers;
    }
}
