package org.leaklab.ui.guide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.leaklab.io.AtomicFileWriter;
import org.leaklab.ui.common.BackgroundWork;
import org.leaklab.ui.common.DialogService;
import org.leaklab.ui.common.FailureText;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.ReportPrinter;
import org.leaklab.ui.common.ReportPrinting;
import org.leaklab.ui.common.StatusMessages;

/**
 * The teacher's guide (docs/teacher-guide.md and its German twin, shipped inside the app) in the
 * current language: its Markdown parsed for the view, its headings for a table of contents,
 * printing, and opening the Markdown file in another program.
 */
public final class TeacherGuideViewModel {
    /** Where the guide's text comes from: the Markdown of a language, if there is one. */
    @FunctionalInterface
    public interface GuideSource {
        Optional<String> read(Locale locale);

        /** The guide shipped in the app: {@code /org/leaklab/docs/teacher-guide.md}, {@code teacher-guide.de.md}. */
        static GuideSource builtIn() {
            return locale -> {
                try (InputStream in = TeacherGuideViewModel.class.getResourceAsStream(resourceName(locale))) {
                    return in == null ? Optional.empty()
                            : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
        }
    }

    /**
     * A heading of the guide, for the table of contents.
     *
     * @param index the heading's number among all headings of the guide, from 0 (the node id's N)
     * @param level 1 for the title, 2 for a section
     * @param text  the heading without markup
     */
    public record ContentsEntry(int index, int level, String text) {
    }

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private final GuideSource source;
    private final Localization localization;
    private final DialogService dialogs;
    private final StatusMessages status;
    private final Consumer<String> browser;
    private final Path fileFolder;
    /** Printing and writing the file; its busy flag is this page's. */
    private final BackgroundWork work;
    private Locale parsedFor;
    private Document parsed;
    private boolean fellBack;

    /**
     * @param source     the guide's Markdown per language
     * @param browser    opens a web address, or a file's {@code file:} address, outside the app
     * @param fileFolder where "Open as file" puts the Markdown file it opens
     */
    public TeacherGuideViewModel(GuideSource source, Localization localization, DialogService dialogs,
                                 StatusMessages status, Consumer<String> browser, Executor background,
                                 Executor fxThread, Path fileFolder) {
        this.source = Objects.requireNonNull(source);
        this.localization = Objects.requireNonNull(localization);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.status = Objects.requireNonNull(status);
        this.browser = Objects.requireNonNull(browser);
        this.work = new BackgroundWork(background, fxThread);
        this.fileFolder = Objects.requireNonNull(fileFolder);
    }

    /** The resource of the guide in {@code locale}'s language: German has its own file, every other language reads English. */
    static String resourceName(Locale locale) {
        return "/org/leaklab/docs/" + fileName(locale);
    }

    private static String fileName(Locale locale) {
        return Locale.GERMAN.getLanguage().equals(locale.getLanguage()) ? "teacher-guide.de.md" : "teacher-guide.md";
    }

    /** The Markdown shown: the current language's, else English's; empty if the build has no guide. */
    private Optional<String> markdown() {
        Locale locale = localization.getLocale();
        Optional<String> text = source.read(locale);
        fellBack = text.isEmpty() && !Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return text.isPresent() ? text : source.read(Locale.ENGLISH);
    }

    /** The guide in the current language, parsed; an empty document if the build has none. */
    public Document document() {
        Locale locale = localization.getLocale();
        if (parsed == null || !locale.equals(parsedFor)) {
            parsed = (Document) PARSER.parse(markdown().orElse(""));
            parsedFor = locale;
        }
        return parsed;
    }

    /** Whether there is a guide to show at all. */
    public boolean hasGuide() {
        return document().getFirstChild() != null;
    }

    /** What to say when the guide is missing, or is shown in English because the language has none; else empty. */
    public String note() {
        document();
        if (!hasGuide()) {
            return localization.get("guide.missing", resourceName(Locale.ENGLISH).substring(1));
        }
        return fellBack ? localization.get("guide.englishOnly") : "";
    }

    /** The headings of levels 1 and 2, in order, for the table of contents. */
    public List<ContentsEntry> contents() {
        List<ContentsEntry> headings = new ArrayList<>();
        int index = 0;
        for (Node node = document().getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                if (heading.getLevel() <= 2) {
                    headings.add(new ContentsEntry(index, heading.getLevel(), MarkdownNodes.plainText(heading)));
                }
                index++;
            } else {
                index += headingsInside(node);
            }
        }
        return List.copyOf(headings);
    }

    /** Headings nested in quotes or lists still count, so the numbers match the view's node ids. */
    private static int headingsInside(Node node) {
        int count = 0;
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            count += (child instanceof Heading ? 1 : 0) + headingsInside(child);
        }
        return count;
    }

    /** The page title: the guide's first heading, or "Teacher's guide". */
    public String title() {
        return contents().stream().filter(h -> h.level() == 1).map(ContentsEntry::text).findFirst()
                .orElse(localization.get("guide.title"));
    }

    /** Opens a link of the guide in the browser, saying so in the status line. */
    public void openLink(String address) {
        try {
            browser.accept(address);
            status.info(localization.get("sources.opening", address));
        } catch (RuntimeException e) {
            status.warn(localization.get("sources.openFailed", address));
        }
    }

    /** True while the guide is printed or written to a file. */
    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    /** Prints through {@code printer}, as the summary prints (the same messages). */
    public void print(ReportPrinter printer) {
        new ReportPrinting(localization, dialogs, status, work)
                .print(printer, localization.get("guide.print.noPrinter"));
    }

    /** The file "Open as file" writes: the Markdown of the language shown, under its own name. */
    public Path file() {
        return fileFolder.resolve(fileName(fellBackOrCurrent()));
    }

    private Locale fellBackOrCurrent() {
        document();
        return fellBack ? Locale.ENGLISH : localization.getLocale();
    }

    /**
     * Writes the guide's Markdown to {@link #file()} in the background and opens it with the
     * system's program for such files; the outcome goes to the status line, a failure also to a
     * dialog naming the file.
     */
    public void openAsFile() {
        Optional<String> text = markdown();
        if (text.isEmpty()) {
            status.warn(note());
            return;
        }
        Path file = file();
        work.run(() -> {
            Files.createDirectories(fileFolder);
            AtomicFileWriter.write(file, text.get());
            return file;
        }, written -> {
            try {
                browser.accept(written.toUri().toString());
                status.info(localization.get("guide.file.opened", written.toAbsolutePath()));
            } catch (RuntimeException e) {
                status.warn(localization.get("guide.file.openFailed", written.toAbsolutePath()));
            }
        }, failure -> {
            String reason = FailureText.of(failure, localization);
            status.warn(localization.get("guide.file.failedStatus", reason));
            dialogs.showError(localization.get("guide.file.failedTitle"),
                    localization.get("guide.file.failed", file.toAbsolutePath(), reason));
        });
    }
}
