/*
 * Builds a self-contained, double-clickable app image (and optionally installers) for a modular
 * JavaFX app with the JDK's own tools: jlink, a training run for class-data sharing, jpackage.
 *
 * Run it with the JDK that should go into the image (17 or newer, with jmods):
 *
 *   java packaging/Package.java --name LeakLab --module org.leaklab/org.leaklab.app.Launcher \
 *        --modules target/classes,target/dist-work/libs --version 0.1.0 \
 *        --icon assets/icons/leaklab-256.png --dest target/dist --work target/dist-work
 *
 * `./mvnw -Pdist package` calls it for LeakLab and bench/startup.sh calls it for the minimal
 * window, so both are packaged the same way. Steps, each printed as it runs:
 *
 *   1. jlink: a runtime with only the modules the app needs, no debug info, headers or man pages,
 *      and the JDK's default CDS archive generated for it (--generate-cds-archive). The JavaFX
 *      native libraries, which the Maven Central jars carry as resources, are moved next to
 *      the JDK's own, so JavaFX loads them in place instead of unpacking them into the home
 *      directory.
 *   2. AppCDS training: start the app once from that runtime with the startup probe and
 *      -XX:ArchiveClassesAtExit, so the classes of the first screen go into a dynamic archive.
 *      Needs a display; on Linux without one it starts Xvfb if installed, else it skips the
 *      step with a message (the image works, it just starts slower).
 *   3. jpackage --type app-image: launcher named after --name, icon, the runtime, the archive.
 *   4. Linux: a .desktop entry next to the image.
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

    /** JVM options of the launcher; the training run uses the same ones, as CDS requires. */
    static final List<String> LAUNCHER_JVM_OPTIONS = List.of(
            // A small single-user desktop app: the serial collector starts faster and keeps
            // less memory than G1, which the JVM would pick on a machine with 2+ cores.
            "-XX:+UseSerialGC",
            // Only the quick C1 compiler: C2's compiler threads compete with start-up for the
            // few cores of a school laptop and its compilations take memory (measured with
            // bench/startup.sh: first frame -16 to -21 %, peak memory -4 to -10 MiB). An
            // interactive app this size never needs C2's peak speed.
            "-XX:TieredStopAtLevel=1",
            // Share CDS archives read-only between processes and never fail on a bad archive.
            "-Xshare:auto");

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
            writeDesktopEntry(image);
        }
        for (String type : installerTypes()) {
            jpackageInstaller(image, type);
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
                "--compress=" + opts.getOrDefault("compress", "0"),
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

    // ---------------------------------------------------------------- 2. AppCDS training run

    /** Returns the dynamic AppCDS archive, or null when the training run could not be done. */
    Path train(Path runtime) throws IOException, InterruptedException {
        if ("false".equals(opts.getOrDefault("train", "true"))) {
            step("AppCDS training skipped (--train false)");
            return null;
        }
        Path archive = work.resolve(archiveFileName());
        Files.deleteIfExists(archive);
        List<String> cmd = new ArrayList<>();
        cmd.add(runtime.resolve("bin").resolve(OS == Os.WINDOWS ? "java.exe" : "java").toString());
        cmd.addAll(LAUNCHER_JVM_OPTIONS);
        cmd.add("-XX:ArchiveClassesAtExit=" + archive);
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
        if (OS == Os.LINUX && System.getenv("DISPLAY") == null
                && System.getenv("WAYLAND_DISPLAY") == null) {
            xvfb = Xvfb.start();
            if (xvfb == null) {
                step("AppCDS training SKIPPED: no display and no Xvfb on the PATH. The image "
                        + "works without the archive but starts slower; install Xvfb "
                        + "(apt-get install xvfb) or build with a display to get it.");
                return null;
            }
            pb.environment().put("DISPLAY", xvfb.display);
        }
        step("AppCDS training run: " + String.join(" ", cmd)
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
                step("AppCDS training FAILED (" + (finished ? "exit " + p.exitValue() : "timeout")
                        + "); building the image without the archive. Output:\n" + output);
                return null;
            }
            step("AppCDS archive " + archive.getFileName() + ": " + Files.size(archive) / 1024
                    + " KiB; " + output.lines().filter(l -> l.startsWith("FIRST_FRAME_MS="))
                    .findFirst().orElse("") + " during training");
            return archive;
        } finally {
            if (xvfb != null) {
                xvfb.stop();
            }
        }
    }

    // ---------------------------------------------------------------- 3. app image

    Path jpackageImage(Path runtime, Path archive) throws IOException {
        List<String> javaOptions = new ArrayList<>(LAUNCHER_JVM_OPTIONS);
        if (archive != null) {
            // Name the base archive too: a dynamic archive alone records the absolute path of
            // its base, which no longer exists once the image is installed elsewhere.
            String sep = OS == Os.WINDOWS ? ";" : ":";
            javaOptions.add("-XX:SharedArchiveFile=" + baseArchiveFromAppDir() + sep
                    + "$APPDIR/" + archive.getFileName());
        }
        List<String> args = new ArrayList<>(List.of(
                "--type", "app-image",
                "--name", name,
                "--app-version", appVersion(),
                "--runtime-image", runtime.toString(),
                "--module", required("module"),
                "--dest", dest.toString()));
        for (String option : javaOptions) {
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

    void writeDesktopEntry(Path image) throws IOException {
        Path entry = dest.resolve(name + ".desktop");
        String text = String.join("\n",
                "[Desktop Entry]",
                "Type=Application",
                "Name=" + name,
                "Comment=" + opts.getOrDefault("description", name),
                "Exec=\"" + image.resolve("bin").resolve(name) + "\"",
                "Icon=" + image.resolve("lib").resolve(name + ".png"),
                "Terminal=false",
                "Categories=Education;",
                "StartupWMClass=" + name,   // the jpackage launcher names the window class
                "");
        Files.writeString(entry, text, StandardCharsets.UTF_8);
        step("desktop entry " + entry + " (copy to ~/.local/share/applications/ to add the "
                + "unpacked image to the menu; the .deb installs its own)");
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
                if (onPath("candle.exe") && onPath("light.exe")) {
                    return List.of("msi");
                }
                step("no .msi: jpackage 17 needs WiX 3 (candle.exe, light.exe) on the PATH");
                return List.of();
            default:
                return List.of("dmg");
        }
    }

    void jpackageInstaller(Path image, String type) throws IOException {
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
        String resourceDir = opts.get("resource-dir");
        if (resourceDir != null && Files.isDirectory(Path.of(resourceDir))) {
            // Hand-made installer resources, e.g. linux/LeakLab.desktop (menu entry).
            args.add("--resource-dir");
            args.add(resourceDir);
        }
        String packageName = name.toLowerCase(Locale.ROOT);
        switch (type) {
            case "deb", "rpm" -> {
                args.addAll(List.of(
                        "--linux-package-name", packageName,
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

    String archiveFileName() {
        return name.toLowerCase(Locale.ROOT) + "-appcds.jsa";
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
                "  --compress 0|1|2      jlink compression of the runtime (default 0)",
                "  --train true|false    AppCDS training run (default true)",
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
