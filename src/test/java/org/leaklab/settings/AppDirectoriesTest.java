package org.leaklab.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirectoriesTest {
    @Test
    void linuxFollowsXdg() {
        AppDirectories dirs = AppDirectories.resolve("Linux", Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "/data"),
                "/home/t", null, null);
        assertEquals(Path.of("/cfg/leaklab"), dirs.config());
        assertEquals(Path.of("/data/leaklab"), dirs.data());
    }

    @Test
    void linuxWithoutXdgUsesTheDefaultsAndIgnoresRelativePaths() {
        AppDirectories dirs = AppDirectories.resolve("Linux", Map.of("XDG_CONFIG_HOME", "relative"), "/home/t", null, null);
        assertEquals(Path.of("/home/t/.config/leaklab"), dirs.config());
        assertEquals(Path.of("/home/t/.local/share/leaklab"), dirs.data());
    }

    @Test
    void windowsUsesAppData() {
        AppDirectories dirs = AppDirectories.resolve("Windows 11", Map.of("APPDATA", "/roaming", "LOCALAPPDATA", "/local"),
                "/home/t", null, null);
        assertEquals(Path.of("/roaming/LeakLab"), dirs.config());
        assertEquals(Path.of("/local/LeakLab"), dirs.data());
    }

    @Test
    void macUsesApplicationSupport() {
        AppDirectories dirs = AppDirectories.resolve("Mac OS X", Map.of(), "/Users/t", null, null);
        assertEquals(Path.of("/Users/t/Library/Application Support/LeakLab"), dirs.config());
    }

    @Test
    void overridesWin() {
        AppDirectories dirs = AppDirectories.resolve("Linux", Map.of(), "/home/t", "/tmp/c", "/tmp/d");
        assertEquals(Path.of("/tmp/c"), dirs.config());
        assertEquals(Path.of("/tmp/d"), dirs.data());
    }
}
