package org.leaklab.classroom;

import java.util.List;
import java.util.Locale;
import org.leaklab.classroom.Views.QuestionView;
import org.leaklab.model.Answer;
import org.leaklab.model.Case;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.model.EstimateScenario;

/**
 * A price estimate in the class network: a finite amount on the app's scale, tallied as a
 * histogram on the log axis; a group's answer is the median of its members' guesses.
 */
record EstimateRules(EstimateScenario scenario) implements AnsweredRules {
    /** An estimate must be a finite number on the app's price scale. */
    @Override
    public EstimateAnswer check(Submission submission) {
        double dollars = Submission.as(Submission.Estimate.class, submission).dollars();
        if (!Double.isFinite(dollars)) {
            throw new RefusedException(Refusal.NOT_A_NUMBER);
        }
        if (dollars < EstimateScenario.MIN_GUESS || dollars > EstimateScenario.MAX_GUESS) {
            throw new RefusedException(Refusal.OUT_OF_RANGE);
        }
        return new EstimateAnswer(dollars);
    }

    @Override
    public EstimateTally tally(List<Answer> answers) {
        return EstimateTally.of(guesses(answers));
    }

    /** The median on the log scale. */
    @Override
    public GroupAnswer group(List<Answer> answers) {
        List<Double> guesses = guesses(answers);
        return new GroupAnswer(new EstimateAnswer(EstimateTally.median(guesses).orElseThrow()), guesses.size(), false);
    }

    @Override
    public void describe(QuestionView view, Case caseData, Locale locale, PhoneFields fields) {
        fields.text("kind", "estimate")
                .number("min", EstimateScenario.MIN_GUESS)
                .number("max", EstimateScenario.MAX_GUESS);
        view.answer().ifPresent(a -> fields.entry("answer").number("estimate", ((EstimateAnswer) a).value()));
    }

    private static List<Double> guesses(List<Answer> answers) {
        return answers.stream().map(a -> ((EstimateAnswer) a).value()).toList();
    }
}
