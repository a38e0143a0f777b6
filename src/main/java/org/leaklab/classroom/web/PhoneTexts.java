package org.leaklab.classroom.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.leaklab.i18n.Messages;

/**
 * The phone page's texts, taken from the app's message bundles (the one home of every text) and
 * sent to the page as JSON under their own keys, so the page itself holds no words (it reuses the
 * app's own texts where they fit: the price errors, the ranking buttons). Keys are written out in full here,
 * which is how the bundle test knows they are used.
 */
final class PhoneTexts {
    static final List<String> KEYS = List.of(
            "classroom.phone.title",
            "classroom.phone.language",
            "classroom.phone.intro",
            "classroom.phone.code.label",
            "classroom.phone.join",
            "classroom.phone.joining",
            "classroom.phone.youAre",
            "classroom.phone.reroll",
            "classroom.phone.rerollsLeft",
            "classroom.phone.team.label",
            "classroom.phone.team.none",
            "classroom.phone.waiting",
            "classroom.phone.closed",
            "classroom.phone.send",
            "classroom.phone.sendAgain",
            "classroom.phone.sent",
            "classroom.phone.unsent",
            "classroom.phone.changeUntilClosed",
            "classroom.phone.ranking.hint",
            "classroom.phone.ranking.place",
            "classroom.phone.ranking.perspective",
            "classroom.phone.estimate.slider",
            "classroom.phone.estimate.field",
            "classroom.phone.estimate.guess",
            "classroom.phone.estimate.none",
            "classroom.phone.story.step",
            "classroom.phone.story.vote",
            "classroom.phone.story.decided",
            "classroom.phone.story.ended",
            "classroom.phone.story.wait",
            "classroom.phone.result.title",
            "classroom.phone.result.score",
            "classroom.phone.result.none",
            "classroom.phone.offline",
            "classroom.phone.back",
            "classroom.phone.removed",
            "classroom.phone.locked",
            "classroom.phone.full",
            "classroom.phone.wrongCode",
            "classroom.phone.tooMany",
            "classroom.phone.refused",
            "classroom.phone.privacy.open",
            "classroom.phone.privacy.title",
            "classroom.phone.privacy.intro",
            "classroom.phone.privacy.name",
            "classroom.phone.privacy.team",
            "classroom.phone.privacy.answers",
            "classroom.phone.privacy.noAnswers",
            "classroom.phone.privacy.not",
            "classroom.phone.privacy.key",
            "classroom.phone.privacy.erased",
            "classroom.phone.privacy.close",
            "classroom.phone.forget",
            "classroom.phone.forget.confirm",
            "classroom.phone.forgotten",
            "estimate.amount",
            "estimate.error.notANumber",
            "estimate.error.tooLow",
            "estimate.error.tooHigh",
            "estimate.field.prompt",
            "choice.hint.single",
            "choice.hint.multiple",
            "ranking.top",
            "ranking.bottom",
            "ranking.board.moved",
            "ranking.board.moveUp",
            "ranking.board.moveDown");

    private PhoneTexts() {
    }

    /** Every phone text in {@code locale}'s language. */
    static Map<String, String> in(Locale locale) {
        Messages messages = Messages.ui();
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : KEYS) {
            texts.put(key, messages.get(locale, key));
        }
        return texts;
    }
}
