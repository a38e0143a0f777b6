package org.leaklab.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Group;
import org.junit.jupiter.api.Test;

class NavigatorTest {
    private final Navigator navigator = new Navigator();

    private static Navigator.Page page(String id) {
        return new Navigator.Page(id, null, Group::new);
    }

    @Test
    void backReturnsThroughTheHistory() {
        navigator.start(page("start"));
        assertFalse(navigator.canGoBackProperty().get());
        navigator.goTo(page("a"));
        navigator.goTo(page("b"));
        assertTrue(navigator.canGoBackProperty().get());
        assertTrue(navigator.back());
        assertEquals("a", navigator.currentProperty().get().id());
        assertTrue(navigator.back());
        assertEquals("start", navigator.currentProperty().get().id());
        assertFalse(navigator.canGoBackProperty().get());
        assertFalse(navigator.back(), "nothing before the start page");
    }

    @Test
    void homeClearsTheHistory() {
        navigator.start(page("start"));
        navigator.goTo(page("a"));
        navigator.goTo(page("b"));
        navigator.home();
        assertEquals("start", navigator.currentProperty().get().id());
        assertFalse(navigator.canGoBackProperty().get());
    }

    @Test
    void refreshRendersTheSamePageAgain() {
        AtomicInteger renders = new AtomicInteger();
        navigator.start(new Navigator.Page("start", null, () -> {
            renders.incrementAndGet();
            return new Group();
        }));
        var first = navigator.contentProperty().get();
        navigator.refresh();
        assertEquals(2, renders.get());
        assertNotSame(first, navigator.contentProperty().get());
        assertEquals("start", navigator.currentProperty().get().id());
    }

    @Test
    void aPageThatFailsToRenderLeavesEverythingAsItWas() {
        navigator.start(page("start"));
        var shown = navigator.contentProperty().get();
        assertThrows(IllegalStateException.class, () -> navigator.goTo(new Navigator.Page("broken", null, () -> {
            throw new IllegalStateException("Missing resource /x/Broken.fxml");
        })));
        assertEquals("start", navigator.currentProperty().get().id());
        assertEquals(shown, navigator.contentProperty().get());
        assertFalse(navigator.canGoBackProperty().get());
    }
}
