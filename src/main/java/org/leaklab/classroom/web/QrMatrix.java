package org.leaklab.classroom.web;

import io.nayuki.qrcodegen.QrCode;
import java.util.BitSet;
import java.util.Objects;

/**
 * A QR code as a square of dark and light modules, independent of any toolkit: the presenter draws
 * it with JavaFX, a test reads it. Error correction level M, which survives a projector's glare and
 * a phone held at an angle while keeping the modules of a join address large.
 *
 * @param size    modules per side (21 to 177), without the quiet zone
 * @param modules row by row, {@code y * size + x}, set where a module is dark
 */
public record QrMatrix(int size, BitSet modules) {
    /** Light modules to leave around the code on every side, as the standard asks. */
    public static final int QUIET_ZONE = 4;

    public QrMatrix {
        modules = (BitSet) modules.clone();
    }

    /** The QR code of {@code text} (a join address). */
    public static QrMatrix of(String text) {
        QrCode code = QrCode.encodeText(Objects.requireNonNull(text), QrCode.Ecc.MEDIUM);
        BitSet bits = new BitSet(code.size * code.size);
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                if (code.getModule(x, y)) {
                    bits.set(y * code.size + x);
                }
            }
        }
        return new QrMatrix(code.size, bits);
    }

    /** Whether the module at column {@code x}, row {@code y} is dark; outside the code (the quiet zone) it is light. */
    public boolean dark(int x, int y) {
        return x >= 0 && y >= 0 && x < size && y < size && modules.get(y * size + x);
    }

    /**
     * The dark modules as SVG path data, one unit per module, offset by the quiet zone: the code
     * fills a square of {@code size + 2 * QUIET_ZONE} units (the presenter draws it as one path).
     */
    public String svgPath() {
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (dark(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return path.toString();
    }

    /** The code as an SVG image with its quiet zone, one unit per module (for documents and tests). */
    public String toSvg() {
        int full = size + 2 * QUIET_ZONE;
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + full + " " + full
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\""
                + svgPath() + "\" fill=\"#000\"/></svg>";
    }
}
