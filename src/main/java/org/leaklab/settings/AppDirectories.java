package org.leaklab.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The platform's folders for LeakLab's configuration and data: XDG on Linux, Application
 * Support on macOS, APPDATA on Windows. The system properties {@code leaklab.configDir} and
 * {@code leaklab.dataDir} override them (tests use this).
 */
public record AppDirectories(Path config, Path data) {
    private static final String APP = "leaklab";

    /** The folders for the running platform. */
    public static AppDirectories forPlatform() {
        return resolve(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home", "."),
                System.getProperty("leaklab.configDir"), System.getProperty("leaklab.dataDir"));
    }

    /** The folders for the given platform facts; pure so that every platform can be tested here. */
    static AppDirectories resolve(String osName, Map<String, String> env, String home,
                                  String configOverride, String dataOverride) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path homeDir = Path.of(home);
        Path config;
        Path data;
        if (os.startsWith("windows")) {
            Path appData = pathOr(env.get("APPDATA"), homeDir.resolve("AppData").resolve("Roaming"));
            Path localAppData = pathOr(env.get("LOCALAPPDATA"), homeDir.resolve("AppData").resolve("Local"));
            config = appData.resolve("LeakLab");
            data = localAppData.resolve("LeakLab");
        } else if (os.startsWith("mac")) {
            Path support = homeDir.resolve("Library").resolve("Application Support").resolve("LeakLab");
            config = support;
            data = support;
        } else {
            config = pathOr(env.get("XDG_CONFIG_HOME"), homeDir.resolve(".config")).resolve(APP);
            data = pathOr(env.get("XDG_DATA_HOME"), homeDir.resolve(".local").resolve("share")).resolve(APP);
        }
        return new AppDirectories(
                configOverride == null || configOverride.isBlank() ? config : Path.of(configOverride),
                dataOverride == null || dataOverride.isBlank() ? data : Path.of(dataOverride));
    }

    private static Path pathOr(String value, Path fallback) {
        // XDG: a relative path in the variable is invalid and must be ignored.
        if (value == null || value.isBlank() || !Path.of(value).isAbsolute()) {
            return fallback;
        }
        return Path.of(value);
    }
}
