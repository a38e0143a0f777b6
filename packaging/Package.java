/*
 * Builds a self-contained, double-clickable app image (and optionally installers) for a modular
 * JavaFX app with the JDK's own tools: jlink, a training run for class-data sharing, jpackage.
 *
 * Run it with the JDK that should go into the image (25 or newer; bench/jdk.sh finds one):
 *
 *   java packaging/Package.java --name LeakLab --module org.leaklab/org.leaklab.app.Launcher \
 *        --modules target/classes,target/dist-work/libs --version 0.1.0 \
 *        --icon assets/icons/leaklab-256.png --dest target/dist --work target/dist-work
 *
 * `./mvnw -Pdist package` calls it for LeakLab and bench/startup.sh calls it for the minimal
 * window, so both are packaged the same way. Steps, each printed as it runs:
 *
 *   1. jlink: a runtime with only the modules the app needs, no debug info, headers or man pages,
 *      and the JDK's default CDS archive generated for it (--generate-cds-archive). A JDK
 *      without jmods (Temurin 25) links from its own run-time image (JEP 493). The JavaFX
 *      native libraries, which the Maven Central jars carry as resources, are moved next to
 *      the JDK's own, so JavaFX loads them in place instead of unpacking them into the home
 *      directory.
 *   2. Training run: start the app once from that runtime with the startup probe, so what the
 *      first screen needs goes into an AOT cache (-XX:AOTCacheOutput, JEP 483/514/515; the
 *      default) or, with --cache appcds, a dynamic AppCDS archive (-XX:ArchiveClassesAtExit).
 *      Needs a display; on Linux without one it starts Xvfb if installed, else it skips the
 *      step with a message (the image works, it just starts slower).
 *   3. jpackage --type app-image: launcher named after --name, icon, the runtime, the cache.
 *   4. Linux: a .desktop entry next to the image that starts the runtime's java directly (the
 *      jpackage launcher asks rpm and dpkg which package owns it, twice per start).
 *   5. Installers (--installers deb,msi,dmg or "auto"): jpackage from the finished image.
 *
 * Written as a single-file Java program (JEP 330) so it runs the same on Linux, Windows and
 * macOS build machines without a shell.
 */

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.imageio.ImageIO;

public class Package {

    enum Os { LINUX, WINDOWS, MAC }

    static final Os OS = detectOs();

    /** The oldest JDK whose jlink, jpackage and AOT cache this program is written for. */
    static final int JDK_NEEDED = 25;

    /**
     * JVM options of the launcher; the training run uses the same ones, as the AOT cache and
     * CDS require (a cache made with other module options is not used, or not fully).
     */
    static final List<String> LAUNCHER_JVM_OPTIONS = List.of(
            // JavaFX loads its native libraries (System.load); JDK 24+ warns at start unless
            // the module is allowed to (JEP 472).
            "--enable-native-access=javafx.graphics",
            // A small single-user desktop app: the serial collector starts faster and keeps
            // less memory than G1, which the JVM would pick on a machine with 2+ cores.
            "-XX:+UseSerialGC",
            // Only the quick C1 compiler: C2's compiler threads compete with start-up for the
            // few cores of a school laptop and its compilations take memory (measured with
            // bench/startup.sh: first frame -16 to -21 %, peak memory -4 to -10 MiB). An
            // interactive app this size never needs C2's peak speed.
            "-XX:TieredStopAtLevel=1");

    final Map<String, String> opts;
    final Path dest;
    final Path work;
    final String name;

    Package(Map<String, String> opts) {
        this.opts = opts;
        this.dest = Path.of(required("dest")).toAbsolutePath();
        this.work = Path.of(required("work")).toAbsolutePath();
        this.name = required("name");
    }

    public static void main(String[] args) throws Exception {
        if (Runtime.version().feature() < JDK_NEEDED) {
            System.err.println("[package] needs JDK " + JDK_NEEDED + " or newer (its jlink, jpackage "
                    + "and AOT cache), but runs on " + Runtime.version() + " from "
                    + System.getProperty("java.home") + ". Run it with a JDK " + JDK_NEEDED
                    + ", e.g. export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 and "
                    + "\"$JAVA_HOME/bin/java\" packaging/Package.java ...");
            System.exit(2);
        }
        Map<String, String> opts = parse(args);
        if (opts.containsKey("help")) {
            System.out.println(usage());
            return;
        }
        new Package(opts).run();
    }

    void run() throws Exception {
        deleteTree(dest.resolve(imageDirName()));
        deleteTree(work.resolve("runtime"));
        Files.createDirectories(dest);
        Files.createDirectories(work);

        Path runtime = jlink();
        Path archive = train(runtime);
        Path image = jpackageImage(runtime, archive);
        if (OS == Os.LINUX) {
            writeDesktopEntry(image, archive);
        }
        for (String type : installerTypes()) {
            jpackageInstaller(image, type, archive);
        }
        step("done: " + image);
    }

    // ---------------------------------------------------------------- 1. jlink

    Path jlink() throws IOException {
        Path runtime = work.resolve("runtime");
        List<Path> modulePath = Stream.of(required("modules").split(","))
                .map(Path::of)
                .collect(Collectors.toList());
        Path natives = work.resolve("natives");
        deleteTree(natives);
        Files.createDirectories(natives);
        extractNativeLibraries(modulePath, natives);

        String mainModule = required("module").split("/")[0];
        List<String> modules = new ArrayList<>(List.of(mainModule));
        String extra = opts.getOrDefault("add-modules", "");
        if (!extra.isBlank()) {
            modules.addAll(Arrays.asList(extra.split(",")));
        }
        List<String> args = new ArrayList<>(List.of(
                "--module-path", modulePath.stream().map(Path::toString)
                        .collect(Collectors.joining(java.io.File.pathSeparator)),
                "--add-modules", String.join(",", modules),
                "--strip-debug", "--no-header-files", "--no-man-pages",
                "--compress=" + opts.getOrDefault("compress", "zip-0"),
                // The JavaFX natives go next to the JDK's (below), not inside the modules file.
                "--exclude-resources=" + NATIVE_RESOURCES,
                "--generate-cds-archive",
                "--output", runtime.toString()));
        String locales = opts.getOrDefault("include-locales", "");
        if (!locales.isBlank()) {
            args.add("--include-locales=" + locales);
        }
        step("jlink " + String.join(" ", args));
        tool("jlink", args);

        // The JavaFX jars on Maven Central carry their native libraries as resources, which
        // JavaFX would copy into ~/.openjfx/cache on every machine. From the runtime's own
        // library directory it loads them directly, as from the JavaFX jmods.
        Path libDir = runtime.resolve(OS == Os.WINDOWS ? "bin" : "lib");
        try (Stream<Path> libs = Files.list(natives)) {
            for (Path lib : (Iterable<Path>) libs::iterator) {
                Files.copy(lib, libDir.resolve(lib.getFileName()),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
        // Only used with heaps over 32 GB, which a classroom laptop does not have.
        Files.deleteIfExists(libDir.resolve("server").resolve("classes_nocoops.jsa"));
        return runtime;
    }

    static final String NATIVE_RESOURCES = "**.so,**.dll,**.dylib,**.jnilib,**/javafx-swt.jar";

    /** Copies the native libraries at the root of the modular jars into {@code target}. */
    static void extractNativeLibraries(List<Path> modulePath, Path target) throws IOException {
        List<Path> jars = new ArrayList<>();
        for (Path entry : modulePath) {
            if (Files.isDirectory(entry)) {
                try (Stream<Path> files = Files.list(entry)) {
                    files.filter(f -> f.toString().endsWith(".jar")).forEach(jars::add);
                }
            } else if (entry.toString().endsWith(".jar")) {
                jars.add(entry);
            }
        }
        for (Path jar : jars) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (ZipEntry e : Collections.list(zip.entries())) {
                    String n = e.getName();
                    if (!n.contains("/") && n.matches(".*\\.(so|dll|dylib|jnilib)$")) {
                        try (var in = zip.getInputStream(e)) {
                            Files.copy(in, target.resolve(n), StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- 2. training run

    /** What the training run leaves for the launcher to start faster with. */
    enum Cache {
        /** An AOT cache (JEP 483, 514, 515): classes loaded and linked, method profiles. */
        AOT("aot", "AOT cache"),
        /** A dynamic AppCDS archive on top of the runtime's default CDS archive. */
        APPCDS("jsa", "AppCDS archive");

        final String extension;
        final String label;

        Cache(String extension, String label) {
            this.extension = extension;
            this.label = label;
        }
    }

    Cache cache() {
        String kind = opts.getOrDefault("cache", "aot");
        return switch (kind) {
            case "aot" -> Cache.AOT;
            case "appcds" -> Cache.APPCDS;
            default -> throw new IllegalArgumentException("--cache " + kind + ": aot or appcds");
        };
    }

    /** Returns the AOT cache or AppCDS archive, or null when the training run could not be done. */
    Path train(Path runtime) throws IOException, InterruptedException {
        Cache cache = cache();
        if ("false".equals(opts.getOrDefault("train", "true"))) {
            step("training run skipped (--train false): no " + cache.label);
            return null;
        }
        Path archive = work.resolve(cacheFileName(cache));
        Files.deleteIfExists(archive);
        List<String> cmd = new ArrayList<>();
        cmd.add(runtime.resolve("bin").resolve(OS == Os.WINDOWS ? "java.exe" : "java").toString());
        cmd.addAll(jvmOptions());
        // With AOTCacheOutput the JVM records what the run loads, links and profiles, and at exit
        // starts a second JVM that writes the cache (JEP 514: one step instead of two).
        cmd.add(cache == Cache.AOT ? "-XX:AOTCacheOutput=" + archive
                : "-XX:ArchiveClassesAtExit=" + archive);
        cmd.add("-D" + opts.getOrDefault("probe-property", "leaklab.startupProbe") + "=true");
        // A scratch home: the training run then starts as on a new machine (default language,
        // theme and window, no saved sessions) whoever builds, and writes nothing into the
        // builder's own settings.
        Path home = work.resolve("training-home");
        deleteTree(home);
        Files.createDirectories(home);
        cmd.add("-Duser.home=" + home);
        cmd.add("-m");
        cmd.add(required("module"));

        Xvfb xvfb = null;
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        env.put("XDG_DATA_HOME", home.resolve("data").toString());
        env.put("APPDATA", home.resolve("AppData").resolve("Roaming").toString());
        env.put("LOCALAPPDATA", home.resolve("AppData").resolve("Local").toString());
        // Options from the builder's environment would end up in the cache's configuration.
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("JDK_JAVA_OPTIONS");
        if (OS == Os.LINUX && System.getenv("DISPLAY") == null
                && System.getenv("WAYLAND_DISPLAY") == null) {
            xvfb = Xvfb.start();
            if (xvfb == null) {
                step("training run SKIPPED: no display and no Xvfb on the PATH. The image "
                        + "works without the " + cache.label + " but starts slower; install Xvfb "
                        + "(apt-get install xvfb) or build with a display to get it.");
                return null;
            }
            pb.environment().put("DISPLAY", xvfb.display);
        }
        step("training run for the " + cache.label + ": " + String.join(" ", cmd)
                + (xvfb != null ? "   (on Xvfb " + xvfb.display + ")" : ""));
        Path log = work.resolve("training.log");
        pb.redirectOutput(log.toFile());
        try {
            Process p = pb.start();
            boolean finished = p.waitFor(3, TimeUnit.MINUTES);
            if (!finished) {
                p.destroyForcibly();
            }
            String output = Files.readString(log);
            if (!finished || p.exitValue() != 0 || !output.contains("FIRST_FRAME_MS=")
                    || !Files.isRegularFile(archive)) {
                step("training run FAILED (" + (finished ? "exit " + p.exitValue() : "timeout")
                        + "); building the image without the " + cache.label + ". Output:\n"
                        + output);
                return null;
            }
            step(cache.label + " " + archive.getFileName() + ": " + Files.size(archive) / 1024
                    + " KiB; " + output.lines().filter(l -> l.startsWith("FIRST_FRAME_MS="))
                    .findFirst().orElse("") + " during training");
            return archive;
        } finally {
            if (xvfb != null) {
                xvfb.stop();
            }
        }
    }

    /** The launcher's JVM options without the cache: the built-in ones, then --java-options. */
    List<String> jvmOptions() {
        List<String> options = new ArrayList<>(LAUNCHER_JVM_OPTIONS);
        String extra = opts.getOrDefault("java-options", "");
        if (!extra.isBlank()) {
            options.addAll(Arrays.asList(extra.trim().split("\\s+")));
        }
        return options;
    }

    /**
     * The launcher's JVM options with the cache, {@code appDir} standing for the directory the
     * cache lies in ({@code $APPDIR} for jpackage's launcher, a path for a menu entry).
     */
    List<String> launcherOptions(Path archive, String appDir) {
        List<String> options = jvmOptions();
        if (archive == null) {
            return options;
        }
        String sep = java.io.File.separator;
        switch (cache()) {
            case AOT -> options.add("-XX:AOTCache=" + appDir + sep + archive.getFileName());
            // Name the base archive too: a dynamic archive alone records the absolute path of
            // its base, which no longer exists once the image is installed elsewhere.
            case APPCDS -> options.add("-XX:SharedArchiveFile="
                    + baseArchiveFromAppDir().replace("$APPDIR", appDir)
                    + java.io.File.pathSeparator + appDir + sep + archive.getFileName());
        }
        return options;
    }

    // ---------------------------------------------------------------- 3. app image

    Path jpackageImage(Path runtime, Path archive) throws IOException {
        List<String> args = new ArrayList<>(List.of(
                "--type", "app-image",
                "--name", name,
                "--app-version", appVersion(),
                "--runtime-image", runtime.toString(),
                "--module", required("module"),
                "--dest", dest.toString()));
        for (String option : launcherOptions(archive, "$APPDIR")) {
            args.add("--java-options");
            args.add(option);
        }
        addIfPresent(args, "--vendor", "vendor");
        addIfPresent(args, "--description", "description");
        addIfPresent(args, "--copyright", "copyright");
        Path icon = icon();
        if (icon != null) {
            args.add("--icon");
            args.add(icon.toString());
        }
        step("jpackage " + String.join(" ", args));
        tool("jpackage", args);

        Path image = dest.resolve(imageDirName());
        if (archive != null) {
            Files.copy(archive, appDir(image).resolve(archive.getFileName()),
                    StandardCopyOption.REPLACE_EXISTING);
            if (cache() == Cache.AOT) {
                // The AOT cache holds the JDK's classes too and takes the default CDS archive's
                // place (the JVM maps one or the other), so that one would only take room.
                Path base = appDir(image).resolve(baseArchiveFromAppDir().replace("$APPDIR", "."))
                        .normalize();
                Files.deleteIfExists(base);
                step("default CDS archive " + base + " removed: the AOT cache replaces it");
            }
        }
        return image;
    }

    /**
     * The icon in the format jpackage wants: .png on Linux, .ico on Windows, .icns on macOS.
     * --icon lists PNG candidates, the first that exists wins. A hand-made .ico or .icns next to
     * it is used as is; otherwise one is made here from the PNG (both formats may hold PNG data).
     */
    Path icon() throws IOException {
        String candidates = opts.get("icon");
        if (candidates == null) {
            return null;
        }
        Path png = Stream.of(candidates.split(","))
                .map(Path::of)
                .filter(Files::isRegularFile)
                .findFirst()
                .orElse(null);
        if (png == null) {
            step("no icon found at " + candidates + ": the launcher gets jpackage's default icon");
            return null;
        }
        png = png.toAbsolutePath();
        if (OS == Os.LINUX) {
            return png;
        }
        String ext = OS == Os.WINDOWS ? ".ico" : ".icns";
        Path handMade = Path.of(png.toString().replaceFirst("\\.png$", ext));
        if (Files.isRegularFile(handMade)) {
            return handMade;
        }
        Path made = work.resolve(name + ext);
        BufferedImage image = ImageIO.read(png.toFile());
        if (OS == Os.WINDOWS) {
            IconFiles.writeIco(image, made);
        } else {
            IconFiles.writeIcns(image, made);
        }
        step("icon " + made + " made from " + png);
        return made;
    }

    // ---------------------------------------------------------------- 4. .desktop entry

    void writeDesktopEntry(Path image, Path archive) throws IOException {
        Path entry = dest.resolve(name + ".desktop");
        String text = String.join("\n",
                "[Desktop Entry]",
                "Type=Application",
                "Name=" + name,
                "Comment=" + opts.getOrDefault("description", name),
                "Exec=" + directStart(image, archive),
                "Icon=" + image.resolve("lib").resolve(name + ".png"),
                "Terminal=false",
                "Categories=Education;",
                // The app names its windows' X11 class so (LeakLab: org.leaklab.app.WindowClass).
                "StartupWMClass=" + name,
                "");
        Files.writeString(entry, text, StandardCharsets.UTF_8);
        step("desktop entry " + entry + " (copy to ~/.local/share/applications/ to add the "
                + "unpacked image to the menu; the .deb installs its own)");
    }

    /**
     * A menu entry's Exec value that starts the image at {@code image} (where it will be
     * installed) with its runtime's java and the launcher's options, not with jpackage's
     * launcher: on Linux that one asks rpm and dpkg which package owns it, twice per start
     * (JDK source LinuxPackage.c and LinuxLauncherLib.cpp; 0.2 to 0.3 s on a Debian with 800
     * packages). The window class does not depend on it (the app sets its own), so docks still
     * match the window with the entry.
     */
    String directStart(Path image, Path archive) {
        List<String> command = new ArrayList<>();
        command.add(image.resolve("lib").resolve("runtime").resolve("bin").resolve("java").toString());
        command.addAll(launcherOptions(archive, appDir(image).toString()));
        command.add("-m");
        command.add(required("module"));
        return command.stream().map(Package::desktopExecArgument).collect(Collectors.joining(" "));
    }

    /** One argument of a desktop entry's Exec key, quoted as the Desktop Entry specification asks. */
    static String desktopExecArgument(String argument) {
        String escaped = argument.replace("%", "%%");
        if (!escaped.matches(".*[\\s\"'\\\\><~|&;$*?#()`].*")) {
            return escaped;
        }
        return "\"" + escaped.replace("\\", "\\\\").replace("\"", "\\\"")
                .replace("`", "\\`").replace("$", "\\$") + "\"";
    }

    /**
     * The installer's resources: those of --resource-dir, with the menu entry's
     * Exec=APPLICATION_LAUNCHER replaced by a direct start (see directStart) from where the
     * package installs the image, /opt/PACKAGE-NAME.
     */
    Path installerResources(Path archive) throws IOException {
        String resourceDir = opts.get("resource-dir");
        if (resourceDir == null || !Files.isDirectory(Path.of(resourceDir))) {
            return null;
        }
        Path copy = work.resolve("installer-resources");
        deleteTree(copy);
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(Path.of(resourceDir))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        Path entry = copy.resolve(name + ".desktop");
        if (OS == Os.LINUX && Files.isRegularFile(entry)) {
            Path installed = Path.of("/opt", name.toLowerCase(Locale.ROOT));
            String text = Files.readString(entry).replace("Exec=APPLICATION_LAUNCHER",
                    "Exec=" + directStart(installed, archive));
            Files.writeString(entry, text, StandardCharsets.UTF_8);
        }
        return copy;
    }

    // ---------------------------------------------------------------- 5. installers

    List<String> installerTypes() {
        String types = opts.getOrDefault("installers", "none");
        if (types.equals("none") || types.isBlank()) {
            return List.of();
        }
        if (!types.equals("auto")) {
            return Arrays.asList(types.split(","));
        }
        switch (OS) {
            case LINUX:
                if (onPath("dpkg-deb") && onPath("fakeroot")) {
                    return List.of("deb");
                }
                step("no .deb: dpkg-deb and fakeroot are needed (apt-get install fakeroot)");
                return List.of();
            case WINDOWS:
                if (onPath("wix.exe") || onPath("candle.exe") && onPath("light.exe")) {
                    return List.of("msi");
                }
                step("no .msi: jpackage needs WiX on the PATH (wix.exe of WiX 4 or newer, or "
                        + "candle.exe and light.exe of WiX 3)");
                return List.of();
            default:
                return List.of("dmg");
        }
    }

    void jpackageInstaller(Path image, String type, Path archive) throws IOException {
        String version = appVersion();
        List<String> args = new ArrayList<>(List.of(
                "--type", type,
                "--app-image", image.toString(),
                "--name", name,
                "--app-version", version,
                "--dest", dest.toString()));
        addIfPresent(args, "--vendor", "vendor");
        addIfPresent(args, "--description", "description");
        addIfPresent(args, "--copyright", "copyright");
        addIfPresent(args, "--license-file", "license-file");
        Path resources = installerResources(archive);
        if (resources != null) {
            // Hand-made installer resources, e.g. linux/LeakLab.desktop (menu entry).
            args.add("--resource-dir");
            args.add(resources.toString());
        }
        String packageName = name.toLowerCase(Locale.ROOT);
        switch (type) {
            case "deb", "rpm" -> {
                args.addAll(List.of(
                        "--linux-package-name", packageName,
                        // Where installerResources' menu entry expects the image.
                        "--install-dir", "/opt",
                        "--linux-menu-group", "Education",
                        "--linux-app-category", "education",
                        "--linux-shortcut"));
                addIfPresent(args, "--linux-package-deps", "linux-deps");
                // From an app image the package would otherwise get jpackage's default icon
                // for its menu entry (and overwrite the image's lib/<name>.png with it).
                Path icon = icon();
                if (icon != null) {
                    args.add("--icon");
                    args.add(icon.toString());
                }
                addIfPresent(args, "--linux-deb-maintainer", "maintainer");
            }
            case "msi", "exe" -> {
                args.addAll(List.of(
                        "--win-menu", "--win-menu-group", name,
                        "--win-shortcut",
                        // Teachers rarely have admin rights on school laptops.
                        "--win-per-user-install"));
                addIfPresent(args, "--win-upgrade-uuid", "win-upgrade-uuid");
            }
            case "dmg", "pkg" -> args.addAll(List.of("--mac-package-name", name));
            default -> throw new IllegalArgumentException("unknown installer type " + type);
        }
        step("jpackage " + String.join(" ", args));
        tool("jpackage", args);
    }

    // ---------------------------------------------------------------- platform layout

    String imageDirName() {
        return OS == Os.MAC ? name + ".app" : name;
    }

    String cacheFileName(Cache cache) {
        return name.toLowerCase(Locale.ROOT) + "." + cache.extension;
    }

    /** Where jpackage puts the app's files ($APPDIR in the launcher configuration). */
    Path appDir(Path image) {
        return switch (OS) {
            case LINUX -> image.resolve("lib").resolve("app");
            case WINDOWS -> image.resolve("app");
            case MAC -> image.resolve("Contents").resolve("app");
        };
    }

    /** The runtime's default CDS archive, as the launcher sees it from $APPDIR. */
    static String baseArchiveFromAppDir() {
        return switch (OS) {
            case LINUX -> "$APPDIR/../runtime/lib/server/classes.jsa";
            case WINDOWS -> "$APPDIR\\..\\runtime\\bin\\server\\classes.jsa";
            case MAC -> "$APPDIR/../runtime/Contents/Home/lib/server/classes.jsa";
        };
    }

    /**
     * The version in the bundle metadata: Maven's version without a qualifier. macOS refuses a
     * bundle version whose first number is 0, so a 0.x version becomes 1.0.0 there; the .dmg
     * file is still named by the real version (the release workflow renames it).
     */
    String appVersion() {
        String version = required("version").replaceFirst("-.*$", "");
        if (OS == Os.MAC && version.startsWith("0.")) {
            return "1.0.0";
        }
        return version;
    }

    // ---------------------------------------------------------------- helpers

    static void tool(String toolName, List<String> args) {
        ToolProvider tool = ToolProvider.findFirst(toolName).orElseThrow(() ->
                new IllegalStateException(toolName + " not found: run this with a full JDK"));
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int rc = tool.run(out, err, args.toArray(String[]::new));
        if (rc != 0) {
            throw new IllegalStateException(toolName + " failed with exit code " + rc);
        }
    }

    void addIfPresent(List<String> args, String flag, String key) {
        String value = opts.get(key);
        if (value != null && !value.isBlank()) {
            args.add(flag);
            args.add(value);
        }
    }

    String required(String key) {
        String value = opts.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing --" + key + "\n" + usage());
        }
        return value;
    }

    static void step(String message) {
        System.out.println("[package] " + message);
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, program)));
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    static Os detectOs() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return Os.WINDOWS;
        }
        return os.contains("mac") ? Os.MAC : Os.LINUX;
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String key = args[i].substring(2);
            int equals = key.indexOf('=');
            if (equals > 0) {
                // --key=value, for values that start with -- themselves (JVM options)
                opts.put(key.substring(0, equals), key.substring(equals + 1));
                continue;
            }
            boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
            opts.put(key, hasValue ? args[++i] : "true");
        }
        return opts;
    }

    static String usage() {
        return String.join("\n",
                "usage: java packaging/Package.java --name N --module mod/main.Class",
                "         --modules dir,jar,... --version V --dest DIR --work DIR [options]",
                "  --icon F.png          icon; F.ico / F.icns next to it are used on Windows/macOS",
                "  --add-modules a,b     modules to add besides the main module's graph",
                "  --include-locales l   locales to keep from jdk.localedata, e.g. en,de",
                "  --compress zip-N      jlink compression of the runtime, zip-0 to zip-9 (default zip-0)",
                "  --train true|false    training run (default true)",
                "  --cache aot|appcds    what it makes: an AOT cache (default) or an AppCDS archive",
                "  --java-options=\"o p\" more JVM options for the launcher and the training run",
                "  --probe-property p    system property that makes the app exit after its",
                "                        first frame (default leaklab.startupProbe)",
                "  --installers t,..     deb,rpm,msi,exe,dmg,pkg, auto or none (default none)",
                "  --vendor --description --copyright --license-file --maintainer",
                "  --resource-dir d      jpackage resource overrides for the installers",
                "  --linux-deps --win-upgrade-uuid   passed on to jpackage");
    }

    /** A private X server for the training run on a Linux machine without a display. */
    static final class Xvfb {
        final Process process;
        final String display;

        private Xvfb(Process process, String display) {
            this.process = process;
            this.display = display;
        }

        static Xvfb start() throws IOException, InterruptedException {
            if (!onPath("Xvfb")) {
                return null;
            }
            for (int n = 91; n < 120; n++) {
                if (Files.exists(Path.of("/tmp/.X11-unix/X" + n))
                        || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                    continue;
                }
                Process p = new ProcessBuilder("Xvfb", ":" + n, "-nolisten", "tcp",
                        "-screen", "0", "1280x800x24")
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                // Also when the build is interrupted: no X server is left behind.
                Runtime.getRuntime().addShutdownHook(new Thread(p::destroy));
                for (int i = 0; i < 100 && p.isAlive(); i++) {
                    if (Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                        return new Xvfb(p, ":" + n);
                    }
                    Thread.sleep(50);
                }
                p.destroy();
            }
            return null;
        }

        void stop() throws InterruptedException {
            process.destroy();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }

    /** Windows .ico and macOS .icns files holding PNG images, made from one PNG. */
    static final class IconFiles {
        private IconFiles() {
        }

        static void writeIco(BufferedImage source, Path file) throws IOException {
            int[] sizes = {16, 24, 32, 48, 64, 128, 256};
            List<byte[]> pngs = new ArrayList<>();
            for (int size : sizes) {
                pngs.add(png(scaled(source, size)));
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            LittleEndian out = new LittleEndian(bytes);
            out.u16(0);                 // reserved
            out.u16(1);                 // type: icon
            out.u16(sizes.length);
            int offset = 6 + 16 * sizes.length;
            for (int i = 0; i < sizes.length; i++) {
                out.u8(sizes[i] == 256 ? 0 : sizes[i]);   // width, 0 means 256
                out.u8(sizes[i] == 256 ? 0 : sizes[i]);   // height
                out.u8(0);              // no palette
                out.u8(0);              // reserved
                out.u16(1);             // colour planes
                out.u16(32);            // bits per pixel
                out.u32(pngs.get(i).length);
                out.u32(offset);
                offset += pngs.get(i).length;
            }
            for (byte[] png : pngs) {
                bytes.write(png);
            }
            Files.write(file, bytes.toByteArray());
        }

        static void writeIcns(BufferedImage source, Path file) throws IOException {
            // PNG-bearing types: 32, 64 (32@2x), 128, 256, 512 and 1024 (512@2x) pixels.
            Map<String, Integer> types = new LinkedHashMap<>();
            types.put("ic11", 32);
            types.put("ic12", 64);
            types.put("ic07", 128);
            types.put("ic08", 256);
            types.put("ic09", 512);
            types.put("ic10", 1024);
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(body);   // big-endian, as icns wants
            for (Map.Entry<String, Integer> type : types.entrySet()) {
                byte[] png = png(scaled(source, type.getValue()));
                out.writeBytes(type.getKey());
                out.writeInt(8 + png.length);
                out.write(png);
            }
            ByteArrayOutputStream icns = new ByteArrayOutputStream();
            DataOutputStream header = new DataOutputStream(icns);
            header.writeBytes("icns");
            header.writeInt(8 + body.size());
            body.writeTo(icns);
            Files.write(file, icns.toByteArray());
        }

        static BufferedImage scaled(BufferedImage source, int size) {
            BufferedImage target = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
            var g = target.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
                    RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, size, size, null);
            g.dispose();
            return target;
        }

        static byte[] png(BufferedImage image) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(image, "png", bytes);
            return bytes.toByteArray();
        }

        private static final class LittleEndian {
            private final ByteArrayOutputStream out;

            LittleEndian(ByteArrayOutputStream out) {
                this.out = out;
            }

            void u8(int v) {
                out.write(v & 0xff);
            }

            void u16(int v) {
                u8(v);
                u8(v >>> 8);
            }

            void u32(int v) {
                u16(v);
                u16(v >>> 16);
            }
        }
    }
}
