package org.leaklab.ui.common;

import java.net.URL;

/** Finds resources of this module and fails fast, naming the resource that is missing. */
public final class Resources {
    private Resources() {
    }

    /**
     * The URL of {@code name}, relative to {@code anchor}'s package (or absolute with a leading slash).
     *
     * @throws IllegalStateException naming the full resource path when it does not exist
     */
    public static URL require(Class<?> anchor, String name) {
        URL url = anchor.getResource(name);
        if (url == null) {
            String path = name.startsWith("/") ? name
                    : "/" + anchor.getPackageName().replace('.', '/') + "/" + name;
            throw new IllegalStateException("Missing resource " + path + " (looked up for " + anchor.getName() + ")");
        }
        return url;
    }

    /** The external form of {@link #require}, as stylesheets and images want it. */
    public static String requireExternal(Class<?> anchor, String name) {
        return require(anchor, name).toExternalForm();
    }
}
