package org.leaklab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window class that docks match with the menu entry: set through JavaFX's internal
 * application name, which a JavaFX update could take away, so it is checked against the real one.
 */
@ExtendWith(ApplicationExtension.class)
class WindowClassTest {
    @Start
    void start(Stage stage) {
        // Only to start the toolkit.
    }

    @Test
    void javaFxTakesTheWindowClassName() throws Exception {
        boolean applied = WaitForAsyncUtils.asyncFx(() -> {
            // TestFX has started JavaFX with its own application, which named it already; undo
            // that, as if this were the JavaFX launcher constructing LeakLabApp.
            Class<?> glass = Class.forName("com.sun.glass.ui.Application");
            Object application = glass.getMethod("GetApplication").invoke(null);
            Field name = glass.getDeclaredField("name");
            name.setAccessible(true);
            Object before = name.get(application);
            name.set(application, "java");
            try {
                return WindowClass.apply();
            } finally {
                name.set(application, before);
            }
        }).get(10, TimeUnit.SECONDS);
        assertTrue(applied, "com.sun.glass.ui.Application.setName no longer names the windows");
    }

    @Test
    void theMenuEntryNamesTheSameClass() throws Exception {
        String entry = Files.readString(Path.of("packaging/linux/LeakLab.desktop"));
        assertTrue(entry.lines().anyMatch(("StartupWMClass=" + WindowClass.NAME)::equals), entry);
    }

    @Test
    void onlyJavaFxsClassPathWarningIsDropped() {
        assertTrue(ClassPathStart.isUnsupportedConfigurationWarning(
                "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @51921efd'"));
        assertFalse(ClassPathStart.isUnsupportedConfigurationWarning("Could not resolve '-fx-accent'"));
        assertFalse(ClassPathStart.isUnsupportedConfigurationWarning(null));
        assertEquals("LeakLab", WindowClass.NAME);
    }
}
