package org.leaklab.app.diagnostics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.leaklab.settings.Theme;
import org.leaklab.ui.common.Appearance;
import org.leaklab.ui.common.Localization;

/**
 * A walk through every screen, to measure how long the JavaFX thread is blocked when a screen
 * is first shown ({@code bench/stalls.sh}, together with {@link StallWatch}).
 *
 * <p>With {@code -Dleaklab.screenWalk=true} the app, once its first frame is shown, opens the
 * built-in case from the start page, answers and checks every scenario and reaches the summary,
 * then opens the keyboard shortcuts, the what-if explorer, the class history, the About dialog,
 * presenter mode (next slide, reveal), the problems of a broken case pack, German and the other
 * colour schemes, and ends the process. Each step prints {@code SCREEN_WALK step <name>} when it
 * starts, so the stall reports that follow belong to it. Run it with a scratch home folder: it
 * changes the preferences and may save a class session like a user would.
 *
 * <p>One step runs every few pulses, so that each screen is laid out and painted before the
 * next; a step that is not finished (a page still loading, a dialog still open) runs again.
 * The walk fails loudly, naming the step, rather than measure half the screens unnoticed.
 */
public final class ScreenWalk {
    static final String PROPERTY = "leaklab.screenWalk";
    private static final int PULSES_PER_STEP = 4;
    /** Attempts before a step counts as stuck: about 10 s at 60 pulses a second. */
    private static final int MAX_ATTEMPTS = 150;
    private static final int MAX_PLAY_ACTIONS = 200;

    /** One step of the walk: does its next bit of work and says whether it is done. */
    private record Step(String name, BooleanSupplier action) {
    }

    /** What the walk drives besides the window's scene: the main window ({@code app.MainWindow}). */
    public interface Target {
        Optional<Stage> presenterStage();

        void openCasePack(Path file);

        Localization localization();

        Appearance appearance();
    }

    /** What happens once the walk is over: with the property, the process ends. */
    interface Ending {
        void walked(List<String> steps, Optional<RuntimeException> failure);
    }

    private final Target window;
    private final Stage stage;
    private final Ending ending;
    /** Prints each step as it starts (only when run by the property, not in tests). */
    private final boolean announce;
    private final Deque<Step> steps = new ArrayDeque<>();
    private final List<String> done = new ArrayList<>();
    private int attempts;
    private int playActions;
    private Path brokenPack;
    private boolean stepQueued;

    private ScreenWalk(Target window, Stage stage, Ending ending, boolean announce) {
        this.window = window;
        this.stage = stage;
        this.ending = ending;
        this.announce = announce;
    }

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Starts the walk if the property asks for it; the process ends when the walk is over. */
    public static void startIfRequested(Target window, Stage stage) {
        if (requested()) {
            new ScreenWalk(window, stage, (steps, failure) -> {
                failure.ifPresentOrElse(e -> {
                    System.err.println("SCREEN_WALK failed: " + e.getMessage());
                    e.printStackTrace();
                    System.exit(1);
                }, () -> {
                    System.out.println("SCREEN_WALK walked " + steps.size() + " steps: " + String.join(", ", steps));
                    System.out.flush();
                    System.exit(0);
                });
            }, true).start();
        }
    }

    /** Walks every screen of {@code window} and tells {@code ending} how it went. */
    static void walk(Target window, Stage stage, Ending ending) {
        new ScreenWalk(window, stage, ending, false).start();
    }

    private void start() {
        step("open the case from the start page", this::openFirstCase);
        step("answer and check every scenario", this::playToSummary);
        menuStep("shortcutsItem");
        menuStep("explorerItem");
        menuStep("historyItem");
        menuStep("aboutItem");
        step("close the About dialog", this::closeDialog);
        menuStep("presenterItem");
        step("presenter: next slide", () -> presenterKey(KeyCode.RIGHT));
        step("presenter: next slide again", () -> presenterKey(KeyCode.RIGHT));
        step("presenter: reveal", () -> presenterKey(KeyCode.R));
        step("close presenter mode", this::closePresenter);
        step("open a broken case pack", this::openBrokenPack);
        step("close its problems", this::closeDialog);
        step("switch to German", () -> language(Locale.GERMAN));
        step("switch back to English", () -> language(Locale.ENGLISH));
        step("dark colours", () -> theme(Theme.DARK));
        step("high contrast", () -> theme(Theme.HIGH_CONTRAST));
        step("light colours", () -> theme(Theme.LIGHT));
        new AnimationTimer() {
            private long pulses;

            @Override
            public void handle(long now) {
                if (++pulses % PULSES_PER_STEP != 0 || stepQueued) {
                    return;
                }
                if (steps.isEmpty()) {
                    stop();
                    finish(Optional.empty());
                    return;
                }
                // Outside the pulse: a step may open a modal dialog, which JavaFX does not allow
                // during animation processing; while it is open this timer goes on (nested loop).
                stepQueued = true;
                Platform.runLater(() -> runStep(this));
            }
        }.start();
    }

    private void runStep(AnimationTimer timer) {
        Step step = steps.peek();
        if (attempts == 0) {
            announce(step.name());
        }
        try {
            if (step.action().getAsBoolean()) {
                steps.pop();
                done.add(step.name());
                attempts = 0;
            } else if (++attempts > MAX_ATTEMPTS) {
                throw new IllegalStateException("stuck at step \"" + step.name() + "\"");
            }
        } catch (RuntimeException e) {
            timer.stop();
            finish(Optional.of(new IllegalStateException("step \"" + step.name() + "\": " + e.getMessage(), e)));
        } finally {
            stepQueued = false;
        }
    }

    private void finish(Optional<RuntimeException> failure) {
        deleteBrokenPack();
        ending.walked(List.copyOf(done), failure);
    }

    private void step(String name, BooleanSupplier action) {
        steps.add(new Step(name, action));
    }

    private void menuStep(String itemId) {
        step("menu item " + itemId, () -> {
            MenuItem item = menuItem(itemId);
            // Later, so that a dialog it opens (and waits on) does not hold up this step.
            Platform.runLater(item::fire);
            return true;
        });
    }

    // ---------------------------------------------------------------- the steps

    private boolean openFirstCase() {
        Optional<Node> card = find(stage.getScene(), ".case-cell");
        card.ifPresent(node -> Event.fireEvent(node, key(KeyCode.ENTER)));
        return card.isPresent(); // not there yet while the packs are read: again
    }

    /** One action per call: answer, check, next; done at the summary. */
    private boolean playToSummary() {
        Scene scene = stage.getScene();
        if (find(scene, "#summaryPage").isPresent()) {
            return true;
        }
        if (++playActions > MAX_PLAY_ACTIONS) {
            throw new IllegalStateException("no summary after " + MAX_PLAY_ACTIONS + " actions");
        }
        String page = currentStepPage(scene);
        Optional<ButtonBase> check = button(scene, "#checkButton");
        if (check.isPresent() && check.get().isVisible() && !check.get().isDisabled()) {
            announce("check " + page);
            check.get().fire();
        } else if (check.isPresent() && check.get().isVisible()) {
            answer(scene);
        } else {
            ButtonBase next = button(scene, "#nextButton").filter(b -> b.isVisible() && !b.isDisabled())
                    .orElseThrow(() -> new IllegalStateException("neither Check nor Next on " + page));
            announce("next from " + page);
            next.fire();
        }
        return false;
    }

    /** The id of the page in the play frame's step area ("rankingPage", "summaryPage", ...). */
    private static String currentStepPage(Scene scene) {
        return find(scene, "#stepContent")
                .filter(node -> node instanceof javafx.scene.Parent parent && !parent.getChildrenUnmodifiable().isEmpty())
                .map(node -> ((javafx.scene.Parent) node).getChildrenUnmodifiable().get(0).getId())
                .orElse("?");
    }

    /** Prints a part of a step, so that the stall reports that follow can be put down to it. */
    private void announce(String what) {
        if (announce) {
            System.err.println("SCREEN_WALK step " + what);
        }
    }

    /** A quick answer, so that Check becomes possible; a ranking is answered as it stands. */
    private static void answer(Scene scene) {
        Optional<Node> price = find(scene, "#priceField");
        if (price.isPresent()) {
            ((TextField) price.get()).setText("500");
            return;
        }
        Optional<ButtonBase> option = button(scene, ".choice-option").or(() -> button(scene, ".story-option"));
        option.orElseThrow(() -> new IllegalStateException("a question without a way to answer it")).fire();
    }

    private boolean presenterKey(KeyCode code) {
        Stage presenter = window.presenterStage()
                .orElseThrow(() -> new IllegalStateException("presenter mode did not open"));
        Event.fireEvent(presenter.getScene().getRoot(), key(code));
        return true;
    }

    private boolean closePresenter() {
        window.presenterStage().ifPresent(Stage::close);
        return window.presenterStage().isEmpty();
    }

    private boolean openBrokenPack() {
        try {
            brokenPack = Files.createTempFile("leaklab-walk-", ".json");
            Files.writeString(brokenPack, "{ \"formatVersion\": 1, \"id\": ", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        window.openCasePack(brokenPack);
        return true;
    }

    /** Waits for the app's modal dialog and closes it. */
    private boolean closeDialog() {
        Optional<Window> dialog = Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.getModality() != Modality.NONE && s.isShowing())
                .findFirst();
        dialog.ifPresent(Window::hide);
        return dialog.isPresent();
    }

    private boolean language(Locale locale) {
        window.localization().setLocale(locale);
        return true;
    }

    private boolean theme(Theme theme) {
        window.appearance().setTheme(theme);
        return true;
    }

    // ---------------------------------------------------------------- helpers

    private MenuItem menuItem(String id) {
        MenuBar bar = (MenuBar) find(stage.getScene(), ".menu-bar")
                .orElseThrow(() -> new IllegalStateException("no menu bar"));
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId()) && !(item instanceof Menu))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no menu item " + id));
    }

    private static Optional<Node> find(Scene scene, String selector) {
        return Optional.ofNullable(scene.getRoot().lookup(selector));
    }

    private static Optional<ButtonBase> button(Scene scene, String selector) {
        return find(scene, selector).filter(ButtonBase.class::isInstance).map(ButtonBase.class::cast);
    }

    private static KeyEvent key(KeyCode code) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false);
    }

    private void deleteBrokenPack() {
        if (brokenPack != null) {
            try {
                Files.deleteIfExists(brokenPack);
            } catch (IOException e) {
                // A scratch file in the temp folder; the system cleans it up.
            }
        }
    }
}
