package org.leaklab.ui.presenter;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import org.leaklab.ui.classnet.ClassNetworkView;
import org.leaklab.ui.classnet.ClassNetworkViewModel;
import org.leaklab.ui.common.ViewLoader;

/**
 * The class network in the presenter's window (its places come from Presenter.fxml): its view over
 * the slide, between the bar and the key hints, while its panel is shown; the badge with the count
 * in the bar while it is hidden; and the keyboard focus, which goes to the chooser or the panel and
 * back to the slide when they close.
 */
final class NetworkLayer {
    private final ClassNetworkViewModel network;
    private final ClassNetworkView view;
    private final Runnable backToSlide;
    private final InvalidationListener focusFollower = obs -> Platform.runLater(this::followFocus);

    /**
     * @param layer       where the class network's view goes, over {@code behind}
     * @param behind      the slide under it: nothing there takes the focus while the panel is shown
     * @param badge       the bar's badge
     * @param backToSlide gives the keyboard to the slide again
     */
    NetworkLayer(ClassNetworkViewModel network, StackPane layer, Node behind, Button badge, ViewLoader loader,
                 Runnable backToSlide) {
        this.network = network;
        this.backToSlide = backToSlide;
        ViewLoader.Loaded<ClassNetworkView> loaded = loader.load(ClassNetworkView.class,
                () -> new ClassNetworkView(network));
        view = loaded.view();
        layer.getChildren().setAll(loaded.root());
        layer.visibleProperty().bind(network.shownProperty());
        behind.disableProperty().bind(network.shownProperty());
        badge.visibleProperty().bind(network.badgeShownProperty());
        badge.managedProperty().bind(badge.visibleProperty());
        badge.textProperty().bind(Bindings.createStringBinding(network::badgeText, network.connectedProperty()));
        badge.setOnAction(event -> network.open());
        // The view model outlives this window's view (a language switch loads the view again).
        network.shownProperty().addListener(new WeakInvalidationListener(focusFollower));
        network.stateProperty().addListener(new WeakInvalidationListener(focusFollower));
        if (network.shownProperty().get()) {
            Platform.runLater(this::followFocus);
        }
    }

    private void followFocus() {
        if (network.shownProperty().get()) {
            view.focus();
        } else {
            backToSlide.run();
        }
    }
}
