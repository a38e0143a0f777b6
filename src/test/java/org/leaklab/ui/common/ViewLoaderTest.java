package org.leaklab.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.leaklab.ui.shortcuts.ShortcutsView;
import org.junit.jupiter.api.Test;

class ViewLoaderTest {
    /** A view whose FXML does not exist. */
    static final class GhostView {
    }

    static final class Misnamed {
    }

    @Test
    void findsTheFxmlBesideTheView() {
        assertTrue(ViewLoader.fxmlLocation(ShortcutsView.class).toString().endsWith("org/leaklab/ui/shortcuts/Shortcuts.fxml"));
    }

    @Test
    void aMissingFxmlFailsFastWithItsName() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ViewLoader.fxmlLocation(GhostView.class));
        assertEquals("Missing resource /org/leaklab/ui/common/Ghost.fxml (looked up for "
                + GhostView.class.getName() + ")", e.getMessage());
    }

    @Test
    void aClassNotNamedLikeAViewIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ViewLoader.fxmlLocation(Misnamed.class));
    }
}
