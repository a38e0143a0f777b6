package org.leaklab.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The one way out of LeakLab (File &gt; Quit, Ctrl+Q, closing the window): before the app ends,
 * everything that keeps work (a student's play-through, a class session) tries once more to save
 * it where it belongs; whatever still could not be saved is named in one question, which offers
 * to save it elsewhere, to quit without it, or to stay. Each kind of work joins with {@link #add}.
 */
public final class QuitGuard {
    /** Work that would be lost if the app ended now. Every method is called on the JavaFX thread. */
    public interface UnsavedWork {
        /**
         * Saves the work where it belongs, now, if it is not saved yet (the last try before quitting).
         * Failures are not thrown: they show in {@link #whatWouldBeLost()}.
         */
        void saveNow();

        /** What would be lost, in a sentence for the question; empty when everything is saved. */
        Optional<String> whatWouldBeLost();

        /**
         * Offers to save the work in a file of the user's choosing (asking for it).
         *
         * @return true if it is saved there; false if the user cancelled or the file could not be
         *         written (and the user was told why)
         */
        boolean saveElsewhere();
    }

    private final DialogService dialogs;
    private final Localization localization;
    private final List<UnsavedWork> works = new ArrayList<>();

    public QuitGuard(DialogService dialogs, Localization localization) {
        this.dialogs = Objects.requireNonNull(dialogs);
        this.localization = Objects.requireNonNull(localization);
    }

    /** Lets {@code work} be asked before the app ends. */
    public void add(UnsavedWork work) {
        works.add(Objects.requireNonNull(work));
    }

    /**
     * Whether the app may end now: true if everything is saved, if the user had the unsaved work
     * saved elsewhere, or if they chose to quit without it; false if they chose to stay (or saving
     * elsewhere did not work out), and nothing is lost.
     */
    public boolean mayQuit() {
        works.forEach(UnsavedWork::saveNow);
        List<UnsavedWork> unsaved = new ArrayList<>();
        List<String> losses = new ArrayList<>();
        for (UnsavedWork work : works) {
            work.whatWouldBeLost().ifPresent(loss -> {
                unsaved.add(work);
                losses.add("\u2022 " + loss);
            });
        }
        if (unsaved.isEmpty()) {
            return true;
        }
        OptionalInt choice = dialogs.choose(localization.get("quit.unsaved.title"),
                localization.get("quit.unsaved.message", String.join("\n", losses)),
                List.of(localization.get("quit.unsaved.saveElsewhere"), localization.get("quit.unsaved.discard"),
                        localization.get("dialog.cancel")));
        if (choice.isEmpty() || choice.getAsInt() == 2) {
            return false;
        }
        if (choice.getAsInt() == 1) {
            return true;
        }
        for (UnsavedWork work : unsaved) {
            if (!work.saveElsewhere()) {
                return false;
            }
        }
        return true;
    }
}
