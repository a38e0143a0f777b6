package org.leaklab.app;

import java.lang.reflect.Method;

/**
 * The X11 class of LeakLab's windows ({@code WM_CLASS}), which docks and task bars compare with
 * a menu entry's {@code StartupWMClass} to tell which entry a window belongs to.
 *
 * <p>JavaFX on GTK names every window after its internal application name, which the JavaFX
 * launcher sets to the {@code Application} subclass ({@code org.leaklab.app.LeakLabApp}) unless
 * it has been set before. There is no public API for it; {@link #apply()} sets it through
 * {@code com.sun.glass.ui.Application}, which the launchers export to this module
 * ({@code --add-exports javafx.graphics/com.sun.glass.ui=org.leaklab}; on the class path, as in
 * the runnable jar and the tests, nothing needs exporting). Without the export the windows
 * keep JavaFX's name and LeakLab works as before.
 */
final class WindowClass {
    private static final System.Logger LOG = System.getLogger(WindowClass.class.getName());
    /** The class name; packaging/linux/LeakLab.desktop names the same in StartupWMClass. */
    static final String NAME = "LeakLab";

    private WindowClass() {
    }

    /**
     * Names the windows {@link #NAME}. Call on the JavaFX thread before the JavaFX launcher sets
     * its name (it does so right after constructing the {@code Application}), e.g. from the
     * {@code Application}'s constructor.
     *
     * @return whether the name could be set
     */
    static boolean apply() {
        try {
            Class<?> glass = Class.forName("com.sun.glass.ui.Application");
            Object application = glass.getMethod("GetApplication").invoke(null);
            Method setName = glass.getMethod("setName", String.class);
            setName.invoke(application, NAME);
            return NAME.equals(glass.getMethod("getName").invoke(application));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.log(System.Logger.Level.DEBUG, "The windows keep JavaFX's class name", e);
            return false;
        }
    }
}
