package org.leaklab.app;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.leaklab.app.diagnostics.StartupTrace;
import org.leaklab.content.ValidateCommand;
import org.leaklab.settings.AppDirectories;

/**
 * Plain entry point, so the app also starts from a jar on the class path and from the packaged
 * image. Command-line options that need no window ({@code --validate}, {@code --help},
 * {@code --version}) run without starting the JavaFX toolkit.
 */
public final class Launcher {
    static final String USAGE = String.join(System.lineSeparator(),
            "usage: leaklab [--presenter [--class-address ADDRESS]]",
            "       leaklab --validate FILE...",
            "       leaklab --help | --version",
            "",
            "  --validate FILE...  check case packs; prints FILE: valid or FILE: $.path: message",
            "                      exit code 0 all valid, 1 some invalid, 2 usage error",
            "  --presenter         start in presenter mode (full screen, for the classroom)",
            "  --class-address ADDRESS",
            "                      with --presenter: open the class network on ADDRESS (an IP address,",
            "                      optionally with :PORT; IPv6 as [ADDRESS]:PORT) and print one line",
            "                      CLASS_URL=<the join address> on standard output");

    private Launcher() {
    }

    public static void main(String[] args) {
        StartupTrace.step("main() entered");
        int exit = run(Arrays.asList(args), System.out, System.err);
        if (exit >= 0) {
            System.exit(exit);
        }
        ClassPathStart.quietUnsupportedConfigurationWarning();
        StartupPreload.begin(AppDirectories.forPlatform());
        javafx.application.Application.launch(LeakLabApp.class, args);
    }

    /**
     * Runs the options that need no window.
     *
     * @return the exit code, or -1 when the app should start its window
     */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            return -1;
        }
        switch (args.get(0)) {
            case "--validate":
                return ValidateCommand.run(args.subList(1, args.size()), out);
            case "--help":
            case "-h":
                out.println(USAGE);
                return 0;
            case "--version":
                out.println("LeakLab " + BuildInfo.version());
                return 0;
            default:
                break;
        }
        try {
            LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("leaklab: " + e.getMessage());
            err.println(USAGE);
            return ValidateCommand.USAGE_ERROR;
        }
        return -1;
    }
}
