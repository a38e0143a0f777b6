package org.leaklab.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/** Keyboard focus for nodes that may not be in a window yet. */
public final class Focus {
    private Focus() {
    }

    /**
     * Focuses {@code node} now, or as soon as it is in a window. Pages are often built before
     * they are shown (a page opened or rendered again in another language), and a node outside a
     * scene cannot take the focus: asked too early, the focus would stay wherever it was.
     */
    public static void requestWhenShown(Node node) {
        if (node.getScene() != null) {
            node.requestFocus();
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene now) {
                if (now != null) {
                    node.sceneProperty().removeListener(this);
                    node.requestFocus();
                }
            }
        });
    }

    /**
     * The first node under {@code root} (itself included) whose id is {@code id}: compared as it
     * is, not read as a CSS selector, so ids made of a case's item ids always match.
     */
    public static Optional<Node> findById(Node root, String id) {
        if (id.equals(root.getId())) {
            return Optional.of(root);
        }
        if (root instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Node> found = findById(child, id);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
