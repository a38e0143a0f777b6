package org.leaklab.ui.casepack;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/** Lets files dropped anywhere on the window open as case packs. */
public final class CasePackDrop {
    private CasePackDrop() {
    }

    /**
     * Accepts dragged files on {@code scene} and hands dropped ones to {@code open}. Handlers sit
     * on the scene, so a drop works on every page; controls that take drops of their own (text
     * fields) consume them first.
     */
    public static void install(Scene scene, Consumer<List<Path>> open) {
        scene.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (event.getDragboard().hasFiles() && event.getGestureSource() == null) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            Dragboard board = event.getDragboard();
            boolean files = board.hasFiles();
            event.setDropCompleted(files);
            event.consume();
            if (files) {
                List<Path> dropped = board.getFiles().stream().map(File::toPath).toList();
                open.accept(dropped);
            }
        });
    }
}
