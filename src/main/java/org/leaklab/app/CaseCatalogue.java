package org.leaklab.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Parent;
import org.leaklab.content.CaseLibrary;
import org.leaklab.i18n.Localizable;
import org.leaklab.i18n.Messages;
import org.leaklab.model.Case;
import org.leaklab.settings.Preferences;
import org.leaklab.settings.PreferencesKeeper;
import org.leaklab.ui.casepack.CasePackOpener;
import org.leaklab.ui.casepack.OpenedPack;
import org.leaklab.ui.casepack.PackProblemsView;
import org.leaklab.ui.casepack.PackProblemsViewModel;
import org.leaklab.ui.common.BackgroundWork;
import org.leaklab.ui.common.DialogService;
import org.leaklab.ui.common.FailureText;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.StatusMessages;
import org.leaklab.ui.common.ViewLoader;
import org.leaklab.ui.start.CaseListing;
import org.leaklab.ui.start.StartViewModel;

/**
 * Which cases there are and where each comes from: the built-in packs (read once, on the I/O
 * thread, or by the launcher ahead of time) and the packs opened from files, which take precedence
 * over a built-in case with the same id and are remembered in the preferences to be listed again
 * at the next start. Keeps the start page's list in step and knows the case last opened.
 */
final class CaseCatalogue {
    private final Supplier<CaseLibrary> builtInCases;
    private final Supplier<Optional<CaseLibrary>> readCases;
    private final PreferencesKeeper preferences;
    private final Localization localization;
    private final StatusMessages status;
    private final ViewLoader viewLoader;
    private final DialogService dialogs;
    private final BackgroundWork work;
    private final CasePackOpener packOpener;
    private volatile CaseLibrary library;
    /** Cases opened from files, by id; they take precedence over built-in cases with the same id. */
    private final Map<String, Case> openedCases = new HashMap<>();
    /** The file each case in {@link #openedCases} was read from (as remembered in the preferences). */
    private final Map<String, String> openedFiles = new HashMap<>();
    /** The case last opened, which the explorer and presenter mode show; null before one is opened. */
    private Case currentCase;
    private StartViewModel start;

    /**
     * @param preload     the built-in packs, read ahead or when asked
     * @param preferences remembers the packs opened from files
     * @param io          the I/O thread, where packs are read
     * @param fxThread    where what was read is handed back
     */
    CaseCatalogue(StartupPreload preload, PreferencesKeeper preferences, Localization localization,
                  StatusMessages status, ViewLoader viewLoader, DialogService dialogs, Executor io, Executor fxThread) {
        this.builtInCases = preload.builtInCases();
        this.readCases = preload::builtInCasesIfRead;
        this.preferences = Objects.requireNonNull(preferences);
        this.localization = Objects.requireNonNull(localization);
        this.status = Objects.requireNonNull(status);
        this.viewLoader = Objects.requireNonNull(viewLoader);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.work = new BackgroundWork(io, fxThread);
        this.packOpener = new CasePackOpener(CaseLibrary::loadFile, io, fxThread, localization, status,
                this::shelve, this::showPackProblems);
    }

    /**
     * Fills the start page's list: at once with the built-in packs the launcher has read already
     * (so they are in the first frame), else on the I/O thread while the page shows a spinner.
     */
    void listOn(StartViewModel page) {
        this.start = Objects.requireNonNull(page);
        page.loadFailureProperty().addListener((obs, old, failure) -> {
            if (failure != null) {
                status.warn(localization.get("status.casesFailed", FailureText.of(failure, localization)));
            }
        });
        readCases.get().ifPresent(read -> page.showCases(listings(read)));
    }

    /** Runs on the I/O thread: reads the built-in packs once and lists them. */
    List<CaseListing> listBuiltIn() {
        return listings(builtInCases.get());
    }

    private List<CaseListing> listings(CaseLibrary read) {
        this.library = read;
        return read.cases().stream().map(CaseCatalogue::listing).toList();
    }

    private static CaseListing listing(Case builtIn) {
        Localizable origin = locale -> Messages.ui().get(locale, "start.case.builtIn");
        return new CaseListing(builtIn.id(), builtIn.title(), builtIn.summary(), builtIn.scenarios().size(), origin);
    }

    /** The case of a listing on the start page; empty until the built-in packs are read. */
    Optional<Case> caseOf(CaseListing listing) {
        Case opened = openedCases.get(listing.id());
        if (opened != null) {
            return Optional.of(opened);
        }
        CaseLibrary loaded = library;
        return loaded == null ? Optional.empty() : loaded.find(listing.id());
    }

    /** The case with {@code caseId}: the one last opened, one opened from a file, or a built-in one. */
    Optional<Case> find(String caseId) {
        CaseLibrary loaded = library;
        if (currentCase != null && currentCase.id().equals(caseId)) {
            return Optional.of(currentCase);
        }
        if (openedCases.containsKey(caseId)) {
            return Optional.of(openedCases.get(caseId));
        }
        return loaded == null ? Optional.empty() : loaded.find(caseId);
    }

    /** Remembers {@code caseData} as the case last opened. */
    void opened(Case caseData) {
        currentCase = caseData;
    }

    /**
     * Runs {@code action} on the JavaFX thread with the current case, or else the built-in Amazon
     * case, reading the built-in packs on the I/O thread if they have not been read yet.
     */
    void withCase(Consumer<Case> action) {
        if (currentCase != null) {
            action.accept(currentCase);
            return;
        }
        CaseLibrary loaded = library;
        if (loaded != null) {
            action.accept(loaded.require(CaseLibrary.AMAZON_2018));
            return;
        }
        work.run(() -> {
            CaseLibrary read = builtInCases.get();
            library = read;
            return read.require(CaseLibrary.AMAZON_2018);
        }, action, failure -> status.warn(localization.get("status.casesFailed",
                FailureText.of(failure, localization))));
    }

    /** The sources of every built-in case, one line each, for the About dialog; empty before they are read. */
    List<String> sources() {
        CaseLibrary loaded = library;
        return loaded == null ? List.of() : loaded.cases().stream()
                .flatMap(c -> c.sources().stream())
                .map(s -> s.date().map(d -> s.name() + " (" + d + "): " + s.address())
                        .orElse(s.name() + ": " + s.address()))
                .distinct()
                .toList();
    }

    /** Loads the case pack at {@code file} in the background, as File &gt; Open case pack does once a file is chosen. */
    void open(Path file) {
        packOpener.open(file);
    }

    /** Opens the case packs dropped on the window. */
    void openDropped(List<Path> files) {
        packOpener.openDropped(files);
    }

    /**
     * Puts an opened case into the start page's list, replacing a listed case with the same id, and
     * remembers its file so that it is listed again at the next start.
     */
    private Optional<String> shelve(OpenedPack pack) {
        Case caseData = pack.caseData();
        openedCases.put(caseData.id(), caseData);
        String file = pack.file().toAbsolutePath().toString();
        String previous = openedFiles.put(caseData.id(), file);
        Preferences remembered = preferences.current();
        if (previous != null && !previous.equals(file)) {
            remembered = remembered.withoutCasePack(previous);
        }
        preferences.update(remembered.withCasePack(file));
        String fileName = pack.file().getFileName().toString();
        Localizable origin = locale -> Messages.ui().get(locale, "casepack.fromFile", fileName);
        return start.addListing(new CaseListing(caseData.id(), caseData.title(), caseData.summary(),
                        caseData.scenarios().size(), origin, true))
                .map(replaced -> replaced.title().in(localization.getLocale()));
    }

    /** Lists again the case packs opened in earlier runs (in the background, quietly). */
    void reopenCasePacks() {
        for (String file : preferences.current().casePacks()) {
            packOpener.reopen(Path.of(file), gone -> preferences.update(
                    preferences.current().withoutCasePack(gone.toAbsolutePath().toString())));
        }
    }

    /** Takes a pack opened from a file off the start page's list; a built-in case it replaced comes back. */
    void remove(CaseListing listing) {
        openedCases.remove(listing.id());
        String file = openedFiles.remove(listing.id());
        if (file != null) {
            preferences.update(preferences.current().withoutCasePack(file));
        }
        CaseLibrary loaded = library;
        if (loaded != null) {
            loaded.find(listing.id()).ifPresent(builtIn -> start.restoreListing(listing(builtIn)));
        }
        if (currentCase != null && currentCase.id().equals(listing.id())) {
            currentCase = loaded == null ? null : loaded.find(listing.id()).orElse(null);
        }
        status.info(localization.get("casepack.removed", listing.title().in(localization.getLocale())));
    }

    /** The start page's card of {@code caseData} counts the {@code scenarios} its lesson plan plays. */
    void relist(Case caseData, int scenarios) {
        if (start == null) {
            return;
        }
        start.getCases().stream().filter(listing -> listing.id().equals(caseData.id())).findFirst()
                .ifPresent(listing -> start.addListing(new CaseListing(listing.id(), listing.title(),
                        listing.summary(), scenarios, listing.origin())));
    }

    private void showPackProblems(PackProblemsViewModel problems) {
        Parent content = viewLoader.load(PackProblemsView.class, () -> new PackProblemsView(problems)).root();
        dialogs.showView(problems.title(), content);
    }
}
