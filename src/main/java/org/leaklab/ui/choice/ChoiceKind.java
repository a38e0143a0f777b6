package org.leaklab.ui.choice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.leaklab.model.Answer;
import org.leaklab.model.ChoiceAnswer;
import org.leaklab.model.ChoiceOption;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.scoring.ScoreResult;
import static org.leaklab.scoring.ScenarioScorer.answerOf;
import org.leaklab.ui.common.ViewLoader;
import org.leaklab.ui.scenario.PlayContext;
import org.leaklab.ui.scenario.RevealContext;
import org.leaklab.ui.scenario.RevealLine;
import org.leaklab.ui.scenario.ScenarioKind;
import org.leaklab.ui.scenario.ScenarioStepViewModel;
import org.leaklab.ui.scenario.ClassContext;
import org.leaklab.ui.scenario.Letters;
import org.leaklab.ui.scenario.TeamDraft;
import org.leaklab.ui.scenario.TeamEditing;
import org.leaklab.ui.scenario.TeamToggles;

/** A choice: a single- or multiple-answer question. */
public record ChoiceKind(ChoiceScenario scenario) implements ScenarioKind<ChoiceScenario> {
    @Override
    public String nameKey() {
        return "lessonPlan.kind.choice";
    }

    @Override
    public ScenarioStepViewModel createStep(PlayContext context, Optional<Answer> saved) {
        return new ChoiceViewModel(scenario, context.localization(), saved);
    }

    @Override
    public Parent question(ViewLoader loader, ScenarioStepViewModel step) {
        return ScenarioKind.page(loader, ChoiceView.class, ChoiceView::new, ChoiceViewModel.class, step);
    }

    @Override
    public Parent feedback(ViewLoader loader, PlayContext context, Answer answer, ScoreResult result) {
        ChoiceFeedbackViewModel feedback = new ChoiceFeedbackViewModel(scenario,
                answerOf(ChoiceAnswer.class, scenario, answer), result, context.localization());
        return loader.load(ChoiceFeedbackView.class, () -> new ChoiceFeedbackView(feedback)).root();
    }

    /** Every option, marked right, partly right or wrong, with its explanation beside its letter. */
    @Override
    public List<RevealLine> revealLines(RevealContext context) {
        Locale locale = context.locale();
        List<RevealLine> lines = new ArrayList<>();
        for (int i = 0; i < scenario.options().size(); i++) {
            ChoiceOption option = scenario.options().get(i);
            lines.add(new RevealLine(Letters.of(i), option.text().in(locale), option.feedback().in(locale),
                    verdict(option)));
        }
        return lines;
    }

    /** Full credit is right, some credit partly right, none or a penalty wrong. */
    static RevealLine.Verdict verdict(ChoiceOption option) {
        return option.credit() >= 1 ? RevealLine.Verdict.RIGHT
                : option.credit() > 0 ? RevealLine.Verdict.PARTLY : RevealLine.Verdict.WRONG;
    }

    /** Nothing: each option is explained beside it. */
    @Override
    public List<String> revealWhy(RevealContext context) {
        return List.of();
    }

    /** Every option with its explanation needs the slide's whole width. */
    @Override
    public boolean wideReveal() {
        return true;
    }

    /** The options by their letters. */
    @Override
    public List<String> slideChoices(ClassContext context) {
        return Letters.lettered(scenario.options().stream().map(ChoiceOption::text).toList(), context.locale());
    }

    @Override
    public String slideTask(ClassContext context) {
        return context.localization().get(scenario.multiple() ? "presenter.task.choiceMultiple" : "presenter.task.choice");
    }

    /** The options chosen by their letters, as on the toggles ("B, C"). */
    @Override
    public String answerInWords(Answer answer, ClassContext context) {
        Set<String> chosen = answerOf(ChoiceAnswer.class, scenario, answer).optionIds();
        List<String> letters = new ArrayList<>();
        for (int i = 0; i < scenario.options().size(); i++) {
            if (chosen.contains(scenario.options().get(i).id())) {
                letters.add(Letters.of(i));
            }
        }
        return String.join(", ", letters);
    }

    /** The chosen options, on the same {@link ChoiceViewModel} as the question in play. */
    @Override
    public TeamDraft teamDraft(ClassContext context) {
        return new ChoiceDraft(new ChoiceViewModel(scenario, context.localization(), Optional.empty()),
                context.localization());
    }

    /** The options as toggles "A", "B" ...; typing a letter presses its toggle. */
    @Override
    public Node teamEditor(TeamDraft draft, TeamEditing editing) {
        ChoiceDraft choice = ScenarioKind.as(ChoiceDraft.class, draft, scenario);
        Locale locale = editing.localization().getLocale();
        List<TeamToggles.Option> options = new ArrayList<>();
        for (int i = 0; i < scenario.options().size(); i++) {
            ChoiceOption option = scenario.options().get(i);
            String label = Letters.of(i);
            options.add(new TeamToggles.Option(option.id(), label, label + " " + option.text().in(locale)));
        }
        return TeamToggles.of("team-options", editing.team(), options, choice::isChosen,
                (id, selected) -> choice.toggle(id), true);
    }
}
