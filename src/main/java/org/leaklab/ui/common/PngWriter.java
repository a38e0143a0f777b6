package org.leaklab.ui.common;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javax.imageio.ImageIO;
import org.leaklab.io.AtomicFileWriter;

/** Turns a JavaFX image (a snapshot of a view) into PNG bytes with the JDK's ImageIO, no Swing bridge needed. */
public final class PngWriter {
    private PngWriter() {
    }

    /** The PNG encoding of {@code image}. Call on any thread once the snapshot is taken. */
    public static byte[] encode(Image image) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            pixels.getPixels(0, y, width, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, width);
            buffered.setRGB(0, y, width, 1, row, 0, width);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(buffered, "png", out)) {
            throw new IOException("No PNG writer available");
        }
        return out.toByteArray();
    }

    /** Writes {@code image} as a PNG file, atomically. */
    public static void write(Image image, Path file) throws IOException {
        AtomicFileWriter.write(file, encode(image));
    }
}
