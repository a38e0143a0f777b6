package org.leaklab.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.leaklab.ui.common.Resources;

/**
 * What the build says about itself ({@code version.properties}, filled in by Maven): the version
 * shown in the About dialog and printed by {@code --version}.
 */
final class BuildInfo {
    private BuildInfo() {
    }

    /** The app's version, from the build. */
    static String version() {
        Properties properties = new Properties();
        try (InputStream in = Resources.require(BuildInfo.class, "version.properties").openStream()) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "?");
    }
}
