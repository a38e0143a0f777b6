package org.leaklab.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leaklab.model.Case;
import org.leaklab.model.EstimateScenario;
import org.leaklab.model.RankingScenario;
import org.leaklab.scoring.ValueModel;

/**
 * The answer key of the teacher's guides (docs/teacher-guide.md and .de.md) says what the shipped
 * pack's model says: each ranking's reference order with its values ("x of 5", in the order the
 * model ranks them), each estimate's reported range. A change to the pack's scores or weights that
 * the guides do not follow fails here, so a teacher never reads one answer and projects another.
 */
class TeacherGuideAnswerKeyTest {
    private static final Case AMAZON = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);

    @ParameterizedTest(name = "{0}")
    @CsvSource({"docs/teacher-guide.md, en, of", "docs/teacher-guide.de.md, de, von"})
    void everyRankingsReferenceOrderAndValuesAreTheModels(String file, String language, String of) throws IOException {
        String guide = Files.readString(Path.of(file));
        NumberFormat oneDecimal = NumberFormat.getNumberInstance(Locale.forLanguageTag(language));
        oneDecimal.setMinimumFractionDigits(1);
        oneDecimal.setMaximumFractionDigits(1);
        Pattern value = Pattern.compile("(\\d[.,]\\d) " + of + " 5");
        int rankings = 0;
        for (int n = 1; n <= AMAZON.scenarios().size(); n++) {
            if (!(AMAZON.scenarios().get(n - 1) instanceof RankingScenario ranking)) {
                continue;
            }
            rankings++;
            ValueModel model = ValueModel.of(AMAZON, ranking.perspectiveId());
            List<String> expected = model.referenceRanking(ranking.itemIds()).stream()
                    .map(item -> oneDecimal.format(model.value(item))).toList();
            List<String> shown = new ArrayList<>();
            Matcher found = value.matcher(answerOf(guide, n));
            while (found.find()) {
                shown.add(found.group(1));
            }
            assertEquals(expected, shown, file + ", answer " + n + " (" + ranking.id() + "): values in the model's order");
        }
        assertEquals(3, rankings, "the case's three rankings were checked");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"docs/teacher-guide.md, en", "docs/teacher-guide.de.md, de"})
    void everyEstimatesAnswerIsTheReportedRange(String file, String language) throws IOException {
        String guide = Files.readString(Path.of(file));
        NumberFormat dollars = NumberFormat.getIntegerInstance(Locale.forLanguageTag(language));
        int estimates = 0;
        for (int n = 1; n <= AMAZON.scenarios().size(); n++) {
            if (!(AMAZON.scenarios().get(n - 1) instanceof EstimateScenario estimate)) {
                continue;
            }
            estimates++;
            String answer = answerOf(guide, n);
            String low = Pattern.quote(dollars.format(estimate.low()));
            String figure = estimate.isSingleFigure() ? low
                    : low + " (to|bis) " + Pattern.quote(dollars.format(estimate.high()));
            // The first figure after the answer's title is the answer.
            Matcher first = Pattern.compile("\\*\\* (about |rund )?(\\d[\\d.,]*( (to|bis) [\\d.,]+)?) ([Dd]ollars?)").matcher(answer);
            assertTrue(first.find(), file + ", answer " + n + " gives a figure in dollars first: " + answer);
            assertTrue(first.group(2).matches(figure), file + ", answer " + n + " (" + estimate.id() + "): "
                    + first.group(2) + " is the reported " + figure.replace("\\Q", "").replace("\\E", ""));
        }
        assertEquals(4, estimates, "the case's four estimates were checked");
    }

    /** The text of answer {@code n} of the answer key: from "**n " to the next answer or heading. */
    private static String answerOf(String guide, int n) {
        Matcher start = Pattern.compile("(?m)^\\*\\*" + n + " ").matcher(guide);
        assertTrue(start.find(), "the answer key has an answer " + n);
        Matcher end = Pattern.compile("(?m)^(\\*\\*" + (n + 1) + " |#)").matcher(guide);
        int stop = end.find(start.end()) ? end.start() : guide.length();
        return guide.substring(start.start(), stop);
    }
}
