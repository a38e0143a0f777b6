package org.leaklab.ui.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;

/**
 * A team's answer as a row of toggles (a choice's options, a story's endings), the team editor
 * two kinds share. The toggles show the draft: after every press all of them are set from it.
 */
public final class TeamToggles {
    /**
     * One toggle.
     *
     * @param id         the option's or ending's id
     * @param label      its text on the toggle
     * @param accessible what a screen reader says for it
     */
    public record Option(String id, String label, String accessible) {
    }

    private TeamToggles() {
    }

    /**
     * @param styleClass the row's style class
     * @param selected   whether the draft holds an id
     * @param pressed    the id pressed and whether its toggle is selected now
     * @param letterKeys whether typing a toggle's label (its letter) presses it
     */
    public static Node of(String styleClass, int team, List<Option> options, Predicate<String> selected,
                          BiConsumer<String, Boolean> pressed, boolean letterKeys) {
        FlowPane toggles = new FlowPane();
        toggles.getStyleClass().add(styleClass);
        List<ToggleButton> buttons = new ArrayList<>();
        for (Option option : options) {
            ToggleButton toggle = new ToggleButton(option.label());
            toggle.setId("teamOption-" + team + "-" + option.id());
            toggle.getStyleClass().add("team-option");
            toggle.setAccessibleText(option.accessible());
            toggle.setSelected(selected.test(option.id()));
            toggle.setOnAction(event -> {
                pressed.accept(option.id(), toggle.isSelected());
                for (int i = 0; i < buttons.size(); i++) {
                    buttons.get(i).setSelected(selected.test(options.get(i).id()));
                }
            });
            buttons.add(toggle);
            toggles.getChildren().add(toggle);
        }
        if (letterKeys) {
            // A, B, C ... on the keyboard choose the option with that letter, wherever the focus is in the panel.
            toggles.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
                String key = event.getText() == null ? "" : event.getText().toUpperCase(java.util.Locale.ROOT);
                for (int i = 0; i < options.size(); i++) {
                    if (options.get(i).label().equals(key) && !event.isShortcutDown()) {
                        buttons.get(i).fire();
                        buttons.get(i).requestFocus();
                        event.consume();
                        return;
                    }
                }
            });
        }
        return toggles;
    }
}
