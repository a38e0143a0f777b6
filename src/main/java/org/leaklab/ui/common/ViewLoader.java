package org.leaklab.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a view by convention: {@code FooView} is the controller of {@code Foo.fxml} in the same
 * package. The controller is created by the caller (so it gets its view model), and the FXML is
 * loaded with the current language's bundle.
 */
public final class ViewLoader {
    private static final String VIEW_SUFFIX = "View";
    private final Localization localization;

    public ViewLoader(Localization localization) {
        this.localization = Objects.requireNonNull(localization);
    }

    /** A loaded view: its root node and its controller. */
    public record Loaded<V>(Parent root, V view) {
    }

    /**
     * Loads {@code viewType}'s FXML with the controller that {@code controller} creates.
     *
     * @throws IllegalStateException naming the missing resource, or the FXML that failed to load
     */
    public <V> Loaded<V> load(Class<V> viewType, Supplier<? extends V> controller) {
        URL location = fxmlLocation(viewType);
        FXMLLoader loader = new FXMLLoader(location, localization.bundle());
        loader.setControllerFactory(type -> {
            if (type != viewType) {
                throw new IllegalStateException(location + " names controller " + type.getName()
                        + " but is loaded for " + viewType.getName());
            }
            return controller.get();
        });
        try {
            Parent root = loader.load();
            return new Loaded<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + location + ": " + e.getMessage(), e);
        }
    }

    /** Where {@code viewType}'s FXML must be; fails fast with the expected resource name. */
    public static URL fxmlLocation(Class<?> viewType) {
        String name = viewType.getSimpleName();
        if (!name.endsWith(VIEW_SUFFIX) || name.length() == VIEW_SUFFIX.length()) {
            throw new IllegalArgumentException(viewType.getName() + " is not named like a view (FooView)");
        }
        String fxml = name.substring(0, name.length() - VIEW_SUFFIX.length()) + ".fxml";
        return Resources.require(viewType, fxml);
    }
}
