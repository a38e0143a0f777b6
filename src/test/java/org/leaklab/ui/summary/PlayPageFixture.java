package org.leaklab.ui.summary;

import java.util.List;
import org.leaklab.session.PlayThrough;
import org.leaklab.ui.common.DialogService;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.Navigator;
import org.leaklab.ui.common.StatusMessages;
import org.leaklab.ui.common.ViewLoader;
import org.leaklab.ui.play.CasePages;
import org.leaklab.ui.play.PlayServices;
import org.leaklab.ui.play.PlayView;
import org.leaklab.ui.play.PlayViewModel;

/**
 * Puts the real play frame, with a given play-through, into a running app's navigator, as
 * choosing a case does, so tests can start on any step (the summary needs answers first).
 */
public final class PlayPageFixture {
    private PlayPageFixture() {
    }

    /** Shows {@code play} in the frame at {@code step}; call on the JavaFX thread. */
    public static PlayViewModel show(Navigator navigator, Localization localization, StatusMessages status,
                                     DialogService dialogs, List<String> openedLinks, PlayThrough play, int step,
                                     java.util.concurrent.Executor background) {
        ViewLoader loader = new ViewLoader(localization);
        PlayServices services = new PlayServices(dialogs, status, openedLinks::add, background,
                javafx.application.Platform::runLater);
        CasePages pages = new CasePages(loader, localization, services, played -> java.util.Optional.empty());
        PlayViewModel frame = new PlayViewModel(play, pages::createStep, localization);
        frame.goTo(step);
        navigator.goTo(new Navigator.Page("play", play.caseData().title(),
                () -> loader.load(PlayView.class, () -> new PlayView(frame, pages)).root()));
        return frame;
    }
}
