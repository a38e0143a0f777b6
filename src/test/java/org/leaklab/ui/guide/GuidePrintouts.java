package org.leaklab.ui.guide;

import java.nio.file.Path;
import javafx.scene.image.WritableImage;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.RecordingDialogs;
import org.leaklab.ui.common.StatusMessages;
import org.leaklab.ui.common.ViewLoader;

/** The picture the printer gets of the built-in guide, for the screenshots; call on the JavaFX thread. */
public final class GuidePrintouts {
    private GuidePrintouts() {
    }

    public static WritableImage of(Localization localization) {
        TeacherGuideViewModel guide = new TeacherGuideViewModel(TeacherGuideViewModel.GuideSource.builtIn(),
                localization, new RecordingDialogs(), new StatusMessages(), address -> { }, Runnable::run,
                Runnable::run, Path.of("unused"));
        return new ViewLoader(localization).load(TeacherGuideView.class, () -> new TeacherGuideView(guide)).view()
                .printout().picture();
    }
}
