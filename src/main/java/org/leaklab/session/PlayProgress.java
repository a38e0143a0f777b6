package org.leaklab.session;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.leaklab.model.Answer;

/**
 * A play-through as it is kept between starts: the checked answers, the drafts not yet checked,
 * and the step the student was on. Scores are not kept: they are worked out again from the
 * answers, so they always follow the case's current value model.
 *
 * @param caseId  the case played
 * @param savedAt when this was taken
 * @param step    the play frame's step (0 briefing, 1..n scenarios, n+1 summary)
 * @param answers checked answers by scenario id, in the order they were given
 * @param drafts  unchecked answers by scenario id
 */
public record PlayProgress(String caseId, Instant savedAt, int step, Map<String, Answer> answers,
                           Map<String, Answer> drafts, java.util.OptionalLong seed) {
    public PlayProgress {
        Objects.requireNonNull(caseId);
        Objects.requireNonNull(savedAt);
        Objects.requireNonNull(seed);
        if (step < 0) {
            throw new IllegalArgumentException("step " + step + " is negative");
        }
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        drafts = Collections.unmodifiableMap(new LinkedHashMap<>(drafts));
    }

    /** Progress without a seed for the rankings' starting orders (a file of an earlier LeakLab). */
    public PlayProgress(String caseId, Instant savedAt, int step, Map<String, Answer> answers,
                        Map<String, Answer> drafts) {
        this(caseId, savedAt, step, answers, drafts, java.util.OptionalLong.empty());
    }

    /** True when there is nothing to continue: no answer, no draft, still on the briefing. */
    public boolean isEmpty() {
        return answers.isEmpty() && drafts.isEmpty() && step == 0;
    }
}
