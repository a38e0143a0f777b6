package org.leaklab.app;

import java.util.List;
import java.util.Optional;

/**
 * Options that change how the window starts.
 *
 * @param presenter    start in presenter mode
 * @param classAddress with presenter mode: open the class network on this address at once
 */
record LaunchOptions(boolean presenter, Optional<ClassAddress> classAddress) {
    static final String PRESENTER = "--presenter";
    static final String CLASS_ADDRESS = "--class-address";

    /**
     * Reads the window's options.
     *
     * @throws IllegalArgumentException naming the option that is unknown or wrong, for the command line
     */
    static LaunchOptions parse(List<String> args) {
        boolean presenter = false;
        ClassAddress address = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(PRESENTER)) {
                presenter = true;
            } else if (arg.equals(CLASS_ADDRESS)) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    throw new IllegalArgumentException(CLASS_ADDRESS + " needs an address");
                }
                if (address != null) {
                    throw new IllegalArgumentException(CLASS_ADDRESS + " is given twice");
                }
                address = ClassAddress.parse(args.get(++i));
            } else {
                throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (address != null && !presenter) {
            throw new IllegalArgumentException(CLASS_ADDRESS + " works with " + PRESENTER);
        }
        return new LaunchOptions(presenter, Optional.ofNullable(address));
    }
}
