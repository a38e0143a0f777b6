package org.leaklab.ui.classnet;

import java.util.List;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.leaklab.classroom.Views.DeviceLine;
import org.leaklab.classroom.web.AddressChooser;

/**
 * Controller of ClassNetwork.fxml: shows the chooser, the open panel (QR code, address, room code,
 * live count) or the failure card of a {@link ClassNetworkViewModel}, and puts the keyboard focus on
 * the chooser's address the view model has on. The presenter shows and hides the whole.
 */
public final class ClassNetworkView {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected-address");
    private static final PseudoClass QUIET = PseudoClass.getPseudoClass("quiet");
    private static final PseudoClass LOCKED = PseudoClass.getPseudoClass("locked");
    /** From these lengths on, an address (an IPv6 one with its port) gets smaller type, so it fits in one line. */
    private static final int LONG_ADDRESS = 22;
    private static final int VERY_LONG_ADDRESS = 34;
    /**
     * Below this height (in the panel's em), as on a 720-line screen at the presenter's scale, the
     * words beside the code get somewhat smaller type, so the devices' list keeps a few lines.
     */
    private static final double COMPACT_BELOW_EM = 26;

    private final ClassNetworkViewModel viewModel;
    private final InvalidationListener stateFollower = obs -> render();
    private final InvalidationListener selectionFollower = obs -> followSelection();
    private final InvalidationListener devicesFollower = obs -> renderDevices();
    /** The tiles on screen by device number, each with the line it was drawn from. */
    private final java.util.Map<Integer, Tile> tiles = new java.util.HashMap<>();

    private record Tile(DeviceLine line, Node node) {
    }

    @FXML
    private StackPane root;
    @FXML
    private VBox chooser;
    @FXML
    private VBox addressList;
    @FXML
    private HBox openPane;
    @FXML
    private StackPane qrBox;
    @FXML
    private Label scanCaption;
    @FXML
    private Label addressLabel;
    @FXML
    private Label codeLabel;
    @FXML
    private Label countLabel;
    @FXML
    private Label fullLabel;
    @FXML
    private Button lockButton;
    @FXML
    private Label lockedLabel;
    @FXML
    private ScrollPane deviceScroll;
    @FXML
    private FlowPane deviceList;
    @FXML
    private Label reportLabel;
    @FXML
    private VBox openTips;
    @FXML
    private VBox failedCard;
    @FXML
    private Label failureLabel;
    @FXML
    private VBox failedTips;
    @FXML
    private ResourceBundle resources;
    private final QrCodePane qr = new QrCodePane();
    private boolean compactPending;
    /** The device whose question the list showed last drawn; -1 for none. */
    private int questionShown = -1;

    public ClassNetworkView(ClassNetworkViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        qr.setId("classNetworkQr");
        qrBox.getChildren().add(qr);
        // As large as the panel allows: its height, but at most 45 % of its width for the words beside it.
        DoubleBinding side = Bindings.createDoubleBinding(() -> Math.max(0, Math.min(
                openPane.getHeight() - openPane.snappedTopInset() - openPane.snappedBottomInset(),
                openPane.getWidth() * 0.45)), openPane.heightProperty(), openPane.widthProperty());
        for (Region sized : List.of(qr, qrBox)) {
            sized.minWidthProperty().bind(side);
            sized.prefWidthProperty().bind(side);
            sized.maxWidthProperty().bind(side);
            sized.minHeightProperty().bind(side);
            sized.prefHeightProperty().bind(side);
            sized.maxHeightProperty().bind(side);
        }
        countLabel.textProperty().bind(Bindings.createStringBinding(viewModel::connectedText,
                viewModel.connectedProperty()));
        fullLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.fullText().orElse(""),
                viewModel.devicesProperty(), viewModel.stateProperty()));
        fullLabel.visibleProperty().bind(fullLabel.textProperty().isNotEmpty());
        fullLabel.managedProperty().bind(fullLabel.visibleProperty());
        bindRoomControls();
        chooser.disableProperty().bind(viewModel.busyProperty());
        failedCard.disableProperty().bind(viewModel.busyProperty());
        fillTips(openTips);
        fillTips(failedTips);
        viewModel.stateProperty().addListener(new WeakInvalidationListener(stateFollower));
        viewModel.selectedProperty().addListener(new WeakInvalidationListener(selectionFollower));
        render();
    }

    private void bindRoomControls() {
        lockButton.textProperty().bind(Bindings.createStringBinding(viewModel::lockButtonText,
                viewModel.lockedProperty()));
        lockButton.getStyleClass().add("class-network-lock");
        lockedLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.lockedText().orElse(""),
                viewModel.lockedProperty()));
        lockedLabel.visibleProperty().bind(viewModel.lockedProperty());
        lockedLabel.managedProperty().bind(lockedLabel.visibleProperty());
        viewModel.lockedProperty().addListener((obs, old, now) -> lockButton.pseudoClassStateChanged(LOCKED, now));
        lockButton.pseudoClassStateChanged(LOCKED, viewModel.lockedProperty().get());
        reportLabel.textProperty().bind(Bindings.createStringBinding(viewModel::reportText,
                viewModel.reportProperty()));
        // Judged after the pulse: while a style class changes, the caption's font is briefly the default one.
        InvalidationListener compact = obs -> {
            if (!compactPending) {
                compactPending = true;
                Platform.runLater(this::judgeCompact);
            }
        };
        openPane.heightProperty().addListener(compact);
        scanCaption.fontProperty().addListener(compact);
        // The list takes what the panel leaves; with many devices it scrolls, the code stays in place.
        deviceScroll.setMinHeight(0);
        deviceList.prefWrapLengthProperty().bind(deviceScroll.widthProperty());
        // Hidden, the panel draws nothing: the list is drawn when it shows again.
        for (Observable changes : List.<Observable>of(viewModel.deviceLines(), viewModel.removingProperty(),
                viewModel.shownProperty())) {
            changes.addListener(new WeakInvalidationListener(devicesFollower));
        }
        renderDevices();
    }

    private void judgeCompact() {
        compactPending = false;
        double em = scanCaption.getFont().getSize(); // the panel's em: compact leaves the caption's size alone
        boolean compact = openPane.getHeight() > 0 && openPane.getHeight() < COMPACT_BELOW_EM * em;
        if (compact != openPane.getStyleClass().contains("compact")) {
            if (compact) {
                openPane.getStyleClass().add("compact");
            } else {
                openPane.getStyleClass().remove("compact");
            }
        }
    }

    /** One tile a device: its name, team and whether it is connected, and Remove (which asks first). */
    private void renderDevices() {
        if (!viewModel.shownProperty().get()) {
            return;
        }
        Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        boolean hadFocus = focused != null && isIn(focused, deviceList);
        String focusedId = hadFocus ? focused.getId() : null; // a phone joining keeps the teacher's place
        Node toFocus = null;
        int removing = viewModel.removingProperty().get();
        // A tile whose device did not change is kept as it is: with a class joining, or answers
        // streaming in, only the new or changed tiles are built (a tile's buttons are costly).
        java.util.Map<Integer, Tile> kept = new java.util.HashMap<>();
        java.util.List<Node> shown = new java.util.ArrayList<>();
        for (DeviceLine device : viewModel.deviceLines()) {
            Tile before = tiles.get(device.number());
            if (before != null && device.equals(before.line()) && device.number() != removing
                    && device.number() != questionShown) {
                kept.put(device.number(), before);
                shown.add(before.node());
                continue;
            }
            String name = viewModel.nameOf(device);
            String detail = viewModel.teamOf(device).map(team -> team + " \u00b7 ").orElse("")
                    + viewModel.connectionText(device);
            // A column: the name on its own line (wrapping, in a VBox, keeps its true height in the flow),
            // under it whether it is connected and Remove, or the question with Yes and No.
            VBox tile = new VBox();
            tile.getStyleClass().add("class-network-device");
            tile.setId("classNetworkDevice-" + device.number());
            tile.pseudoClassStateChanged(QUIET, !device.connected());
            Label top = new Label();
            top.setWrapText(true);
            top.setMinHeight(Region.USE_PREF_SIZE);
            top.setMaxWidth(Double.MAX_VALUE);
            HBox actions = new HBox();
            actions.getStyleClass().add("class-network-device-actions");
            actions.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
            if (device.number() == removing) {
                top.setText(viewModel.removeQuestion(device));
                top.getStyleClass().add("class-network-device-question");
                Button yes = deviceButton("classNetworkRemoveYes", resources.getString("classnet.device.yes"),
                        viewModel::confirmRemove);
                yes.getStyleClass().add("class-network-remove-yes");
                Button no = deviceButton("classNetworkRemoveNo", resources.getString("classnet.device.no"),
                        viewModel::cancelRemove);
                actions.getChildren().addAll(yes, no);
                tile.pseudoClassStateChanged(PseudoClass.getPseudoClass("confirming"), true);
                toFocus = no; // the safe answer has the keyboard
            } else {
                // The longest names ("Freundliches Eichhörnchen") take two lines rather than being cut off.
                top.setText(name);
                top.getStyleClass().add("class-network-device-name");
                Label detailLabel = new Label(detail);
                detailLabel.getStyleClass().add("class-network-device-detail");
                detailLabel.setMaxWidth(Double.MAX_VALUE);
                HBox.setHgrow(detailLabel, javafx.scene.layout.Priority.ALWAYS);
                Button remove = deviceButton("classNetworkRemove-" + device.number(),
                        resources.getString("classnet.device.remove"), () -> viewModel.askRemove(device.number()));
                remove.setAccessibleText(resources.getString("classnet.device.remove") + " " + name);
                actions.getChildren().addAll(detailLabel, remove);
            }
            tile.getChildren().addAll(top, actions);
            kept.put(device.number(), new Tile(device, tile));
            shown.add(tile);
        }
        tiles.clear();
        tiles.putAll(kept);
        if (!deviceList.getChildren().equals(shown)) {
            deviceList.getChildren().setAll(shown);
        }
        if (hadFocus && toFocus == null && focusedId != null) {
            // After Yes or No, the device's own Remove (after No), else nothing in the list.
            toFocus = deviceList.lookup(focusedId.equals("classNetworkRemoveNo") || focusedId.equals("classNetworkRemoveYes")
                    ? "#classNetworkRemove-" + questionShown : "#" + focusedId);
        }
        questionShown = removing;
        if (hadFocus && toFocus != null) {
            toFocus.requestFocus();
        } else if (hadFocus) {
            root.requestFocus();
        }
    }

    private static Button deviceButton(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.getStyleClass().add("class-network-device-remove");
        button.setOnAction(event -> action.run());
        return button;
    }

    private static boolean isIn(Node node, Node parent) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }

    /** The keyboard focus where the state wants it: on the chooser's address, else on the panel. */
    public void focus() {
        if (viewModel.state() == ClassNetworkViewModel.State.CHOOSING) {
            followSelection();
        } else {
            root.requestFocus();
        }
    }

    private void render() {
        ClassNetworkViewModel.State state = viewModel.state();
        chooser.setVisible(state == ClassNetworkViewModel.State.CHOOSING);
        openPane.setVisible(state == ClassNetworkViewModel.State.OPEN);
        failedCard.setVisible(state == ClassNetworkViewModel.State.FAILED);
        switch (state) {
            case CHOOSING -> renderChooser();
            case OPEN -> renderOpen();
            case FAILED -> failureLabel.setText(viewModel.failureText().orElse(""));
            case CLOSED -> addressList.getChildren().clear();
        }
    }

    private void renderOpen() {
        String address = viewModel.typedAddress();
        addressLabel.setText(address);
        addressLabel.getStyleClass().removeAll("long", "very-long");
        if (address.length() >= VERY_LONG_ADDRESS) {
            addressLabel.getStyleClass().add("very-long");
        } else if (address.length() >= LONG_ADDRESS) {
            addressLabel.getStyleClass().add("long");
        }
        codeLabel.setText(viewModel.roomCode());
        qr.show(viewModel.qr(), resources.getString("classnet.qr.description") + " " + viewModel.joinUrlProperty().get());
    }

    private void renderChooser() {
        addressList.getChildren().clear();
        List<AddressChooser.Candidate> candidates = viewModel.candidates();
        for (int i = 0; i < candidates.size(); i++) {
            AddressChooser.Candidate candidate = candidates.get(i);
            Label address = new Label(candidate.host());
            address.getStyleClass().add("class-network-choice-address");
            address.setMinWidth(Region.USE_PREF_SIZE);
            Label detail = new Label(candidate.interfaceName() + " \u00b7 " + viewModel.reachText(candidate));
            detail.getStyleClass().add("class-network-choice-detail");
            // One line an address, so a computer with many interfaces still fits them all on the screen.
            HBox line = new HBox(address, detail);
            line.getStyleClass().add("class-network-choice-line");
            line.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
            Button choice = new Button();
            choice.setGraphic(line);
            choice.setId("classNetworkChoice-" + i);
            choice.getStyleClass().add("class-network-choice");
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.setAccessibleText(candidate.host() + ", " + detail.getText());
            int index = i;
            choice.setOnAction(event -> viewModel.chooseAt(index));
            // Tab moves the choice as the arrows do, so Enter always opens the address that has the focus.
            choice.focusedProperty().addListener((obs, old, now) -> {
                if (now) {
                    viewModel.select(index);
                }
            });
            addressList.getChildren().add(choice);
        }
        followSelection();
    }

    private void followSelection() {
        int selected = viewModel.selectedProperty().get();
        List<Node> choices = addressList.getChildren();
        for (int i = 0; i < choices.size(); i++) {
            choices.get(i).pseudoClassStateChanged(SELECTED, i == selected);
        }
        if (selected >= 0 && selected < choices.size() && root.getScene() != null && chooser.isVisible()) {
            choices.get(selected).requestFocus();
        }
    }

    /** What to do when phones cannot connect: firewall, guest Wi-Fi, Android's mobile data. */
    private void fillTips(VBox box) {
        Label title = new Label(resources.getString("classnet.tips.title"));
        title.getStyleClass().add("class-network-tips-title");
        box.getChildren().add(title);
        for (String key : List.of("classnet.tips.firewall", "classnet.tips.guest", "classnet.tips.android")) {
            Label tip = new Label("\u2022 " + resources.getString(key));
            tip.setWrapText(true);
            tip.setMinHeight(Region.USE_PREF_SIZE);
            box.getChildren().add(tip);
        }
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void toggleLock() {
        viewModel.toggleLock();
    }

    @FXML
    private void hide() {
        viewModel.hide();
    }

    @FXML
    private void chooseAgain() {
        viewModel.chooseAgain();
    }
}
