package org.leaklab.classroom;

import java.util.List;

/**
 * What a device sent as its answer, before it is checked against the open question. Only ids and
 * one number: a device can send no free text.
 */
public sealed interface Submission {
    /** {@code submission} as the kind a scenario takes, or refused as the wrong kind. */
    static <S extends Submission> S as(Class<S> kind, Submission submission) {
        if (!kind.isInstance(submission)) {
            throw new RefusedException(Refusal.WRONG_KIND);
        }
        return kind.cast(submission);
    }

    /** An order of item ids, most valuable first. */
    record Ranking(List<String> itemIds) implements Submission {
        public Ranking {
            itemIds = List.copyOf(itemIds);
        }
    }

    /** A price guess in US dollars. */
    record Estimate(double dollars) implements Submission {
    }

    /** The chosen option ids of a choice question. */
    record Choice(List<String> optionIds) implements Submission {
        public Choice {
            optionIds = List.copyOf(optionIds);
        }
    }

    /** A vote for one option (branch) at the story's current node. */
    record Vote(String optionId) implements Submission {
    }
}
