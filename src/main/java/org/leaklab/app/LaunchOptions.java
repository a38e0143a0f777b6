package org.leaklab.app;

import java.util.List;
import java.util.Set;

/**
 * Options that change how the window starts.
 *
 * @param presenter start in presenter mode
 */
record LaunchOptions(boolean presenter) {
    /** Every option the window understands. */
    static final Set<String> KNOWN = Set.of("--presenter");

    static LaunchOptions parse(List<String> args) {
        return new LaunchOptions(args.contains("--presenter"));
    }
}
