package org.leaklab.ui.start;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.leaklab.i18n.Messages;
import org.leaklab.session.PlayProgress;
import org.leaklab.settings.Theme;
import org.leaklab.ui.common.Appearance;
import org.leaklab.ui.common.BackgroundWork;
import org.leaklab.ui.common.DialogService;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.ZoomKey;

/**
 * The start page: what LeakLab teaches, the case packs to choose from, and the display settings.
 * A case in progress offers Continue and Start again (which asks first); a pack opened from a
 * file can be removed from the list. Case packs are read off the JavaFX thread by the catalog it
 * is given.
 */
public final class StartViewModel {
    /** What the case cards lead to, provided by the app's wiring. */
    public interface CaseActions {
        /** Opens the case: where it was left if it is in progress, else from the briefing. */
        void open(CaseListing listing);

        /** Starts the case again from the briefing, its progress forgotten (already confirmed). */
        void startAgain(CaseListing listing);

        /** Takes a pack opened from a file off the list (the file itself stays). */
        void remove(CaseListing listing);
    }

    private final Localization localization;
    private final Appearance appearance;
    private final Supplier<List<CaseListing>> catalog;
    /** Reads the case packs off the JavaFX thread. */
    private final BackgroundWork work;
    private final CaseActions actions;
    private final ObservableMap<String, PlayProgress> progress;
    private final DialogService dialogs;

    private final ObservableList<CaseListing> cases = FXCollections.observableArrayList();
    private final ObservableList<CaseListing> readOnlyCases = FXCollections.unmodifiableObservableList(cases);
    /** Cases the user opened from files, kept so that a late catalog load does not drop them. */
    private final Map<String, CaseListing> added = new LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(this, "language");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final ObjectProperty<Throwable> loadFailure = new SimpleObjectProperty<>(this, "loadFailure");
    private boolean listed;
    private boolean firstCaseFocused;

    /**
     * @param catalog    lists the case packs; called on {@code background}
     * @param background where the catalog runs (a worker thread in the app, the caller in tests)
     * @param ui         where results are published (the JavaFX thread in the app)
     * @param openCase   what choosing a case does
     */
    public StartViewModel(Localization localization, Appearance appearance, Supplier<List<CaseListing>> catalog,
                          Executor background, Executor ui, Consumer<CaseListing> openCase) {
        this(localization, appearance, catalog, background, ui, new CaseActions() {
            @Override
            public void open(CaseListing listing) {
                openCase.accept(listing);
            }

            @Override
            public void startAgain(CaseListing listing) {
                openCase.accept(listing);
            }

            @Override
            public void remove(CaseListing listing) {
            }
        }, FXCollections.observableHashMap(), null);
    }

    /**
     * @param catalog    lists the case packs; called on {@code background}
     * @param background where the catalog runs (a worker thread in the app, the caller in tests)
     * @param ui         where results are published (the JavaFX thread in the app)
     * @param actions    what the case cards do
     * @param progress   the newest progress of each case in progress, by case id
     * @param dialogs    asks before a case in progress starts again
     */
    public StartViewModel(Localization localization, Appearance appearance, Supplier<List<CaseListing>> catalog,
                          Executor background, Executor ui, CaseActions actions,
                          ObservableMap<String, PlayProgress> progress, DialogService dialogs) {
        this.localization = Objects.requireNonNull(localization);
        this.appearance = Objects.requireNonNull(appearance);
        this.catalog = Objects.requireNonNull(catalog);
        this.work = new BackgroundWork(background, ui);
        this.actions = Objects.requireNonNull(actions);
        this.progress = Objects.requireNonNull(progress);
        this.dialogs = dialogs;
        language.set(localization.getLocale());
        theme.set(appearance.getTheme());
        language.addListener((obs, old, now) -> {
            if (now != null && !now.equals(localization.getLocale())) {
                localization.setLocale(now);
            }
        });
        theme.addListener((obs, old, now) -> {
            if (now != null) {
                appearance.setTheme(now);
            }
        });
        appearance.themeProperty().addListener((obs, old, now) -> theme.set(now));
        localization.localeProperty().addListener((obs, old, now) -> language.set(now));
    }

    /** Reads the case packs in the background; the list fills when they are read. */
    public void loadCases() {
        loading.set(true);
        work.run(() -> List.copyOf(catalog.get()), this::show, failure -> {
            loadFailure.set(failure);
            loading.set(false);
        });
    }

    /**
     * Lists cases that were read already (the launcher reads the built-in packs while JavaFX
     * starts), so the page shows them in its first frame instead of a spinner; call on the UI thread.
     */
    public void showCases(List<CaseListing> found) {
        show(List.copyOf(found));
    }

    private void show(List<CaseListing> found) {
        cases.setAll(found);
        added.values().forEach(this::putListing);
        loading.set(false);
        listed = true;
    }

    /** True once a list of cases has been shown (it may be empty). */
    public boolean isListed() {
        return listed;
    }

    /**
     * True the first time it is asked once cases are listed: the page then gives the first case
     * the keyboard focus, since that is what a student opens. Later renderings of the page (in
     * another language, say) leave the focus where the user put it.
     */
    public boolean claimFirstCaseFocus() {
        if (firstCaseFocused || cases.isEmpty()) {
            return false;
        }
        firstCaseFocused = true;
        return true;
    }

    /**
     * Adds a case the user opened (File &gt; Open case pack); a listed case with the same id is
     * replaced in place.
     *
     * @return the listing it replaced, if any
     */
    public Optional<CaseListing> addListing(CaseListing listing) {
        Objects.requireNonNull(listing);
        added.put(listing.id(), listing);
        return putListing(listing);
    }

    private Optional<CaseListing> putListing(CaseListing listing) {
        for (int i = 0; i < cases.size(); i++) {
            if (cases.get(i).id().equals(listing.id())) {
                return Optional.of(cases.set(i, listing));
            }
        }
        cases.add(listing);
        return Optional.empty();
    }

    public ObservableList<CaseListing> getCases() {
        return readOnlyCases;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True when loading is over and no case pack was found. */
    public BooleanBinding emptyProperty() {
        return Bindings.createBooleanBinding(() -> !loading.get() && cases.isEmpty(), loading, cases);
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public List<Locale> getLanguages() {
        return Messages.SUPPORTED;
    }

    public List<Theme> getThemes() {
        return List.of(Theme.values());
    }

    /** "150 %", following the scale. */
    public StringBinding scaleText() {
        return Bindings.createStringBinding(() -> Math.round(appearance.getScale() * 100) + " %",
                appearance.scaleProperty());
    }

    public String title(CaseListing listing) {
        return listing.title().in(localization.getLocale());
    }

    public String summary(CaseListing listing) {
        return listing.summary().in(localization.getLocale());
    }

    public String details(CaseListing listing) {
        return localization.get("start.case.details", listing.scenarioCount(), listing.origin());
    }

    /** The language's own name ("Deutsch"), so everyone can find theirs. */
    public String languageName(Locale locale) {
        return localization.languageName(locale);
    }

    public String themeName(Theme value) {
        return switch (value) {
            case LIGHT -> localization.get("theme.light");
            case DARK -> localization.get("theme.dark");
            case HIGH_CONTRAST -> localization.get("theme.highContrast");
        };
    }

    public ObjectProperty<Throwable> loadFailureProperty() {
        return loadFailure;
    }

    /** One of the zoom keys or buttons: larger, smaller, 100 %. */
    public void zoom(ZoomKey key) {
        key.applyTo(appearance);
    }

    /** Opens the case: where it was left if it is in progress, else from the briefing. */
    public void open(CaseListing listing) {
        actions.open(listing);
    }

    /** The newest progress of every case in progress, by case id; the cards follow it. */
    public ObservableMap<String, PlayProgress> progressProperty() {
        return progress;
    }

    /** The progress of {@code listing}'s case, if it is in progress. */
    public Optional<PlayProgress> progressOf(CaseListing listing) {
        return Optional.ofNullable(progress.get(listing.id())).filter(p -> !p.isEmpty());
    }

    /** "In progress: 3 of 12 scenarios answered", for a case in progress. */
    public String progressText(CaseListing listing) {
        int answered = progressOf(listing).map(p -> p.answers().size()).orElse(0);
        return localization.get("start.case.inProgress", answered, listing.scenarioCount());
    }

    /**
     * Starts the case again from the briefing, after asking: its answers would be gone. A case
     * without progress simply opens.
     */
    public void startAgain(CaseListing listing) {
        Optional<PlayProgress> current = progressOf(listing);
        if (current.isEmpty()) {
            actions.open(listing);
            return;
        }
        if (dialogs != null && !dialogs.confirm(localization.get("start.case.startAgain.confirmTitle", title(listing)),
                localization.get("start.case.startAgain.confirmMessage", current.get().answers().size()),
                localization.get("start.case.startAgain.confirmAction"))) {
            return;
        }
        actions.startAgain(listing);
    }

    /** Takes a pack opened from a file off the list; built-in cases stay. */
    public void remove(CaseListing listing) {
        if (!listing.fromFile()) {
            return;
        }
        added.remove(listing.id());
        cases.removeIf(c -> c.id().equals(listing.id()));
        actions.remove(listing);
    }

    /**
     * Puts {@code listing} back in the place of a removed file's case with the same id, as when a
     * pack that replaced a built-in case is removed again.
     */
    public void restoreListing(CaseListing listing) {
        putListing(listing);
    }
}
