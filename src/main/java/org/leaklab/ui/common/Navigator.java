package org.leaklab.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Parent;
import org.leaklab.i18n.Localizable;

/**
 * Swaps pages in the shell's content area and remembers the way back. A page keeps its view
 * model, so rendering it again (after a language switch, or on Back) never loses an answer. A page
 * with steps of its own (a case) takes Back first, one step at a time, and lets the navigator
 * leave it only from its first step.
 */
public final class Navigator {
    /**
     * A place to go.
     *
     * @param id       stable name, for tests and the window title
     * @param title    what the window title shows for this page; null for the start page
     * @param renderer loads the page's view, in the current language
     * @param stepBack goes one step back within the page and says whether it did; false (or a
     *                 page without steps, {@code null}) lets Back leave the page
     */
    public record Page(String id, Localizable title, Supplier<Parent> renderer, BooleanSupplier stepBack) {
        public Page {
            Objects.requireNonNull(id);
            Objects.requireNonNull(renderer);
        }

        /** A page without steps of its own. */
        public Page(String id, Localizable title, Supplier<Parent> renderer) {
            this(id, title, renderer, null);
        }
    }

    private final Deque<Page> history = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<Page> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<Parent> content = new ReadOnlyObjectWrapper<>(this, "content");
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");

    /** Shows {@code page} and makes it the start of the history. */
    public void start(Page page) {
        Parent rendered = page.renderer().get();
        history.clear();
        apply(page, rendered);
    }

    /** Shows {@code page}; Back returns to the current one. */
    public void goTo(Page page) {
        // Render first: a page that fails to render leaves the navigator as it was.
        Parent rendered = page.renderer().get();
        if (current.get() != null) {
            history.push(current.get());
        }
        apply(page, rendered);
    }

    /** Goes one step back within the current page, or else returns to the previous page, if there is one. */
    public boolean back() {
        Page shown = current.get();
        if (shown != null && shown.stepBack() != null && shown.stepBack().getAsBoolean()) {
            return true;
        }
        if (history.isEmpty()) {
            return false;
        }
        Page previous = history.peek();
        Parent rendered = previous.renderer().get();
        history.pop();
        apply(previous, rendered);
        return true;
    }

    /** Returns to the first page. */
    public void home() {
        if (history.isEmpty()) {
            return;
        }
        Page first = history.peekLast();
        Parent rendered = first.renderer().get();
        history.clear();
        apply(first, rendered);
    }

    /** Renders the current page again, e.g. in a new language. */
    public void refresh() {
        if (current.get() != null) {
            content.set(current.get().renderer().get());
        }
    }

    private void apply(Page page, Parent rendered) {
        current.set(page);
        content.set(rendered);
        canGoBack.set(!history.isEmpty());
    }

    public ReadOnlyObjectProperty<Page> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Parent> contentProperty() {
        return content.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }
}
