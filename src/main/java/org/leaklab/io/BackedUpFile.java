package org.leaklab.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One of LeakLab's own files (the class results, the preferences) with generations of backups,
 * so that a damaged file heals itself and no write ever replaces the only good copy.
 *
 * <p>The rules, each tested in {@code BackedUpFileTest}:
 * <ol>
 *   <li>Every write is atomic ({@link AtomicFileWriter}). Once the new content is on disk, the
 *       version it replaces becomes backup {@code NAME.1}; the older ones move up to
 *       {@code NAME.2} ... {@code NAME.N}. The backups keep the time their version was saved.</li>
 *   <li>Only a version that reads well becomes a backup. A damaged file is moved aside as
 *       {@code NAME.damaged-TIMESTAMP} and kept; it never pushes out a backup.</li>
 *   <li>Of the versions that no longer fit, the largest is kept if it is larger than all the
 *       others: it takes the place of the oldest that would stay. A smaller file (a lesson saved
 *       after the history was lost, a deleted session) never pushes out the last full one.</li>
 *   <li>Reading a file that cannot be understood restores the newest backup that can, keeps the
 *       damaged file aside, and reports both in a {@link FileProblem}. Should the folder not let
 *       LeakLab repair the file, the backup's content is still returned.</li>
 *   <li>A backup of the older single-backup scheme ({@code NAME.bak}) counts as the oldest
 *       generation, and the next write takes it into the numbered ones.</li>
 * </ol>
 * A missing file is not damage: nothing is restored (the teacher may have removed it). Problems
 * are thrown as {@link FileProblemException}, whose {@link FileProblem} names the file, never a
 * temporary one. Methods are synchronized and do file I/O: call them off the JavaFX thread.
 *
 * @param <T> what the file holds
 */
public final class BackedUpFile<T> {
    /** How many backups LeakLab keeps of each of its files, unless told otherwise. */
    public static final int DEFAULT_GENERATIONS = 5;
    /** Suffix of the single backup written by LeakLab before generations were kept. */
    public static final String LEGACY_BACKUP_SUFFIX = ".bak";
    /** What a damaged file's name gets, before the time it was found. */
    public static final String DAMAGED_SUFFIX = ".damaged-";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** Turns the file's text into its content; any exception means the text is damaged. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(String text) throws Exception;
    }

    /**
     * What reading found.
     *
     * @param content the content, from the file or from the backup that replaced it; empty if there is none
     * @param problem what was wrong with the file and what was done, if anything
     */
    public record Read<T>(Optional<T> content, Optional<FileProblem> problem) {
        public Read {
            Objects.requireNonNull(content);
            Objects.requireNonNull(problem);
        }
    }

    private final Path file;
    private final int generations;
    private final long maxBytes;
    private final Parser<T> parser;
    private final Clock clock;
    /** Size and time of the file as last read or written well, so a write need not parse it again. */
    private Stamp knownGood;

    /**
     * @param file        the file
     * @param generations how many backups to keep, at least 1
     * @param maxBytes    larger files are not read (they count as damaged)
     * @param parser      reads the text; throws if it is damaged
     * @param clock       the time of problems and of the names of damaged files
     */
    public BackedUpFile(Path file, int generations, long maxBytes, Parser<T> parser, Clock clock) {
        if (generations < 1) {
            throw new IllegalArgumentException("at least one backup is kept, not " + generations);
        }
        this.file = Objects.requireNonNull(file);
        this.generations = generations;
        this.maxBytes = maxBytes;
        this.parser = Objects.requireNonNull(parser);
        this.clock = Objects.requireNonNull(clock);
    }

    /** A file with {@link #DEFAULT_GENERATIONS} backups and the system clock. */
    public BackedUpFile(Path file, long maxBytes, Parser<T> parser) {
        this(file, DEFAULT_GENERATIONS, maxBytes, parser, Clock.systemDefaultZone());
    }

    public Path file() {
        return file;
    }

    /** Where generation {@code n} (1 = the newest backup) is kept. */
    public Path backup(int n) {
        return file.resolveSibling(file.getFileName() + "." + n);
    }

    /** The backups that exist, newest first (the numbered ones, then an old {@code .bak}). */
    public synchronized List<Path> backups() throws IOException {
        List<Path> found = new ArrayList<>(numberedBackups().values());
        Path legacy = legacyBackup();
        if (Files.isRegularFile(legacy)) {
            found.add(legacy);
        }
        return found;
    }

    /**
     * Reads the file; a damaged one is healed from its newest good backup (see the class comment).
     *
     * @throws FileProblemException if the file is there but cannot be read ({@link FileProblem.Kind#UNREADABLE})
     */
    public synchronized Read<T> read() throws FileProblemException {
        if (!Files.exists(file)) {
            return new Read<>(Optional.empty(), Optional.empty());
        }
        Optional<T> content;
        try {
            content = parse(file);
        } catch (IOException e) {
            throw new FileProblemException(FileProblem.of(FileProblem.Kind.UNREADABLE, file, clock.instant()), e);
        }
        if (content.isPresent()) {
            rememberGood();
            return new Read<>(content, Optional.empty());
        }
        return heal();
    }

    /**
     * Writes new content atomically, keeping the version it replaces as the newest backup.
     *
     * @throws FileProblemException if it cannot be written; the file and its backups stay as they were
     */
    public synchronized void write(AtomicFileWriter.Content content) throws FileProblemException {
        try {
            AtomicFileWriter.write(file, content, this::keepCurrentVersion);
            rememberGood();
        } catch (IOException | SecurityException e) {
            throw new FileProblemException(FileProblem.writeFailure(file, e, clock.instant()), e);
        }
    }

    /** Reads a damaged file's backups, newest first, and puts the first good one in its place. */
    private Read<T> heal() {
        Instant found = clock.instant();
        for (Path backup : backupsOrNone()) {
            Optional<T> content;
            Instant savedAt;
            try {
                content = parse(backup);
                savedAt = Files.getLastModifiedTime(backup).toInstant();
            } catch (IOException e) {
                continue; // an unreadable backup is passed over like a damaged one
            }
            if (content.isEmpty()) {
                continue;
            }
            Optional<Path> keptAs = restore(backup);
            return new Read<>(content, Optional.of(new FileProblem(FileProblem.Kind.RESTORED, file, found, keptAs,
                    Optional.of(savedAt))));
        }
        Optional<Path> keptAs;
        try {
            keptAs = Optional.of(moveAside());
        } catch (IOException e) {
            keptAs = Optional.empty(); // a read-only folder: the damaged file stays where it is
        }
        return new Read<>(Optional.empty(), Optional.of(new FileProblem(FileProblem.Kind.DAMAGED, file, found, keptAs,
                Optional.empty())));
    }

    /**
     * Copies the damaged file aside, then writes the backup's bytes over it. Copying (not moving)
     * first means a folder that refuses the write still holds the damaged file under its own
     * name, so the next read finds it, and its backups, again.
     */
    private Optional<Path> restore(Path backup) {
        Path keptAs = null;
        try {
            keptAs = freeDamagedName();
            Files.copy(file, keptAs, StandardCopyOption.COPY_ATTRIBUTES);
            byte[] good = Files.readAllBytes(backup);
            AtomicFileWriter.write(file, good);
            rememberGood();
            return Optional.of(keptAs);
        } catch (IOException | SecurityException e) {
            if (keptAs != null) {
                try {
                    Files.deleteIfExists(keptAs);
                } catch (IOException ignored) {
                    // the copy is a spare: the damaged file is still in place
                }
            }
            return Optional.empty();
        }
    }

    /** Runs once the new content is on disk: the version it replaces becomes a backup, or is kept aside. */
    private void keepCurrentVersion() throws IOException {
        if (!Files.exists(file)) {
            rotate(false);
            return;
        }
        boolean good = isKnownGood();
        if (!good) {
            good = parse(file).isPresent();
        }
        if (good) {
            rotate(true);
        } else {
            moveAside();
            rotate(false);
        }
    }

    /**
     * Numbers the backups afresh, with the current file as the newest if {@code withCurrent},
     * following rules 1, 3 and 5 of the class comment.
     */
    private void rotate(boolean withCurrent) throws IOException {
        List<Path> versions = new ArrayList<>();
        if (withCurrent) {
            versions.add(file);
        }
        versions.addAll(backups());
        List<Path> kept = keptVersions(versions, generations, BackedUpFile::sizeOf);
        for (Path version : versions) {
            if (!kept.contains(version) && !version.equals(file)) {
                Files.deleteIfExists(version);
            }
        }
        // Each kept backup moves to its new number. The order of versions is kept, so a move
        // whose target is taken waits until the backup there has moved on; there are no cycles.
        TreeMap<Integer, Path> pending = new TreeMap<>();
        for (int i = 0; i < kept.size(); i++) {
            if (!kept.get(i).equals(file) && !kept.get(i).equals(backup(i + 1))) {
                pending.put(i + 1, kept.get(i));
            }
        }
        while (!pending.isEmpty()) {
            boolean moved = false;
            for (var entry : List.copyOf(pending.entrySet())) {
                Path target = backup(entry.getKey());
                if (!Files.exists(target)) {
                    move(entry.getValue(), target);
                    pending.remove(entry.getKey());
                    moved = true;
                }
            }
            if (!moved) {
                throw new IOException("backups of " + file + " could not be renumbered");
            }
        }
        int current = kept.indexOf(file);
        if (current >= 0) {
            copyKeepingTime(file, backup(current + 1));
        }
    }

    /**
     * Which versions stay, newest first: the first {@code generations}, except that the largest
     * of those beyond takes the last place if it is larger than every version that stays.
     * Package-private and pure, so the rule is tested on its own.
     */
    static <V> List<V> keptVersions(List<V> newestFirst, int generations, java.util.function.ToLongFunction<V> size) {
        if (newestFirst.size() <= generations) {
            return List.copyOf(newestFirst);
        }
        List<V> kept = new ArrayList<>(newestFirst.subList(0, generations));
        List<V> beyond = newestFirst.subList(generations, newestFirst.size());
        V largestBeyond = beyond.stream().max(Comparator.comparingLong(size)).orElseThrow();
        long largestKept = kept.stream().mapToLong(size).max().orElse(Long.MIN_VALUE);
        if (size.applyAsLong(largestBeyond) > largestKept) {
            kept.set(generations - 1, largestBeyond);
        }
        return kept;
    }

    /** The file's content if it reads well; empty if it is damaged or too large. */
    private Optional<T> parse(Path path) throws IOException {
        long size = Files.size(path);
        if (size > maxBytes) {
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        }
        if (bytes.length > maxBytes) {
            return Optional.empty();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(parser.parse(text));
        } catch (Exception | StackOverflowError e) {
            return Optional.empty();
        }
    }

    private TreeMap<Integer, Path> numberedBackups() throws IOException {
        TreeMap<Integer, Path> numbered = new TreeMap<>();
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return numbered;
        }
        String prefix = file.getFileName() + ".";
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, prefix + "*")) {
            for (Path candidate : stream) {
                String rest = candidate.getFileName().toString().substring(prefix.length());
                if (rest.matches("[1-9][0-9]{0,3}") && Files.isRegularFile(candidate)) {
                    numbered.put(Integer.parseInt(rest), file.resolveSibling(candidate.getFileName()));
                }
            }
        }
        return numbered;
    }

    private List<Path> backupsOrNone() {
        try {
            return backups();
        } catch (IOException e) {
            return List.of();
        }
    }

    private Path legacyBackup() {
        return file.resolveSibling(file.getFileName() + LEGACY_BACKUP_SUFFIX);
    }

    /** Moves the damaged file to a name no later move overwrites. */
    private Path moveAside() throws IOException {
        Path keptAs = freeDamagedName();
        Files.move(file, keptAs);
        knownGood = null;
        return keptAs;
    }

    private Path freeDamagedName() {
        String stamp = LocalDateTime.now(clock).format(STAMP);
        String name = file.getFileName() + DAMAGED_SUFFIX + stamp;
        Path keptAs = file.resolveSibling(name);
        for (int n = 2; Files.exists(keptAs); n++) {
            keptAs = file.resolveSibling(name + "-" + n);
        }
        return keptAs;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Copies through a temporary file, so a crash never leaves a half-copied backup. */
    private static void copyKeepingTime(Path from, Path to) throws IOException {
        Path temp = Files.createTempFile(to.toAbsolutePath().getParent(), "." + to.getFileName() + "-",
                AtomicFileWriter.TEMP_SUFFIX);
        try {
            Files.copy(from, temp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            AtomicFileWriter.replace(temp, to);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static long sizeOf(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }

    private record Stamp(long size, FileTime modified) {
    }

    private void rememberGood() {
        try {
            knownGood = new Stamp(Files.size(file), Files.getLastModifiedTime(file));
        } catch (IOException e) {
            knownGood = null;
        }
    }

    private boolean isKnownGood() {
        try {
            return knownGood != null && knownGood.equals(new Stamp(Files.size(file), Files.getLastModifiedTime(file)));
        } catch (IOException e) {
            return false;
        }
    }
}
