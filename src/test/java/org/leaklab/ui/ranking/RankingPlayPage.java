package org.leaklab.ui.ranking;

import java.util.List;
import javafx.stage.Stage;
import org.leaklab.app.MainWindow;
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Case;
import org.leaklab.model.LocalizedText;
import org.leaklab.model.RankingScenario;
import org.leaklab.session.PlayThrough;
import org.leaklab.ui.common.FxDialogService;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.Navigator;
import org.leaklab.ui.common.ViewLoader;
import org.leaklab.ui.play.CasePages;
import org.leaklab.ui.play.PlayServices;
import org.leaklab.ui.play.PlayView;
import org.leaklab.ui.play.PlayViewModel;

/**
 * Opens the real play frame with the real {@link CasePages} in the real main window, straight at a
 * scenario (the briefing view is another engineer's part), for UI tests and screenshots.
 */
final class RankingPlayPage {
    static final Case AMAZON = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);
    /** The play-through's seed: decides the order the cards start in. */
    static final long SEED = 2018;
    /** The step of the seller ranking in the Amazon case (1 = the first scenario). */
    static final int SELLER_STEP = AMAZON.scenarios().indexOf(AMAZON.scenario("rank-seller").orElseThrow()) + 1;

    private RankingPlayPage() {
    }

    /** Shows scenario number {@code scenarioIndex} (1 = the first) of {@code caseData}; call on the FX thread. */
    static PlayViewModel show(MainWindow window, Stage stage, Case caseData, int scenarioIndex) {
        Localization localization = window.localization();
        ViewLoader loader = new ViewLoader(localization);
        PlayServices services = new PlayServices(new FxDialogService(() -> stage, window.appearance(), localization),
                window.status(), address -> { }, Runnable::run, Runnable::run);
        CasePages pages = new CasePages(loader, localization, services, played -> java.util.Optional.empty());
        // A fixed seed: the cards start shuffled, the same way every run, so screenshots can be compared.
        PlayViewModel play = new PlayViewModel(new PlayThrough(new org.leaklab.scoring.ScenarioScorer(caseData), SEED),
                pages::createStep, localization);
        play.goTo(scenarioIndex);
        window.navigator().goTo(new Navigator.Page("play", caseData.title(),
                () -> loader.load(PlayView.class, () -> new PlayView(play, pages)).root()));
        return play;
    }

    /** The Amazon case with one more item in the seller ranking: seven cards, the most a ranking shows. */
    static Case withSevenItemRanking() {
        RankingScenario seller = (RankingScenario) AMAZON.scenario("rank-seller").orElseThrow();
        RankingScenario seven = new RankingScenario("rank-seller-seven", seller.title(), seller.prompt(),
                seller.perspectiveId(), List.of("sales-stats", "keyword-stats", "reviewer-emails", "review-deletion",
                "account-reinstatement", "card-data", "identity-documents"));
        return new Case(AMAZON.id(), LocalizedText.of("Amazon 2018, seven items", "Amazon 2018, sieben Dinge"),
                AMAZON.summary(), AMAZON.timeline(), AMAZON.roles(), AMAZON.sources(), AMAZON.attributes(),
                AMAZON.items(), AMAZON.perspectives(), List.of(seven), AMAZON.lessons());
    }
}
