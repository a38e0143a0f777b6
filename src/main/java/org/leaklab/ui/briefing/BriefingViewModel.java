package org.leaklab.ui.briefing;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.leaklab.model.Case;
import org.leaklab.model.Role;
import org.leaklab.model.TimelineEvent;
import org.leaklab.ui.common.CaseDates;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.SourceLink;
import org.leaklab.ui.common.SourceLinks;

/**
 * The case briefing read before the scenarios: the story, what happened when, who was involved,
 * and the sources, each rendered in the current language whenever the view asks.
 */
public final class BriefingViewModel {
    /**
     * One dated step of the timeline, ready to show.
     *
     * @param date     the date as readers of the language write it
     * @param text     what happened
     * @param citation the sources reporting it, as "Sources: [2] [3]"; empty if none
     * @param sources  the same sources, for marks that open them
     */
    public record TimelineEntry(String date, String text, String citation, List<SourceLink> sources) {
    }

    /**
     * Someone involved, ready to show.
     *
     * @param id          the role's id, for the card's id
     * @param name        short name
     * @param description what they did or what happened to them
     * @param sources     the sources the description rests on
     */
    public record RoleCard(String id, String name, String description, List<SourceLink> sources) {
    }

    /**
     * The lesson plan the case is played with, for the teacher who starts it.
     *
     * @param text   "Lesson plan: 45-minute lesson: 7 of 12 scenarios"
     * @param change opens the choice of lesson plan
     */
    public record LessonPlanLine(String text, Runnable change) {
        public LessonPlanLine {
            Objects.requireNonNull(text);
            Objects.requireNonNull(change);
        }
    }

    private final Case caseData;
    private final Localization localization;
    private final SourceLinks sources;
    private final Optional<LessonPlanLine> lessonPlan;

    /** @param lessonPlan the lesson plan played and how to change it; empty where there is no choice */
    public BriefingViewModel(Case caseData, Localization localization, SourceLinks sources,
                             Optional<LessonPlanLine> lessonPlan) {
        this.caseData = Objects.requireNonNull(caseData);
        this.localization = Objects.requireNonNull(localization);
        this.sources = Objects.requireNonNull(sources);
        this.lessonPlan = Objects.requireNonNull(lessonPlan);
    }

    /** The lesson plan line, if the case offers a choice. */
    public Optional<LessonPlanLine> lessonPlan() {
        return lessonPlan;
    }

    private Locale locale() {
        return localization.getLocale();
    }

    /** The case's title. */
    public String title() {
        return caseData.title().in(locale());
    }

    /** The story, a paragraph. */
    public String story() {
        return caseData.summary().in(locale());
    }

    /** The timeline in the case's order. */
    public List<TimelineEntry> timeline() {
        return caseData.timeline().stream().map(this::entry).toList();
    }

    private TimelineEntry entry(TimelineEvent event) {
        String cited = sources.citation(event.sourceIds());
        return new TimelineEntry(CaseDates.format(event.date(), locale()), event.text().in(locale()),
                cited.isEmpty() ? "" : localization.get("briefing.timeline.sources", cited),
                sources.cited(event.sourceIds()));
    }

    /** Everyone involved, in the case's order. */
    public List<RoleCard> roles() {
        return caseData.roles().stream().map(this::card).toList();
    }

    private RoleCard card(Role role) {
        return new RoleCard(role.id(), role.name().in(locale()), role.description().in(locale()),
                sources.cited(role.sourceIds()));
    }

    /** "Sources:", before the marks of a timeline entry or a role. */
    public String marksLead() {
        return localization.get("sources.marks");
    }

    /** The sources, numbered as the timeline cites them. */
    public List<SourceLink> sources() {
        return sources.links();
    }

    /** Opens a source in the system browser. */
    public void open(SourceLink source) {
        sources.open(source);
    }

    /** Whether the case names any timeline, roles or sources at all (a minimal pack may not). */
    public boolean hasTimeline() {
        return !caseData.timeline().isEmpty();
    }

    public boolean hasRoles() {
        return !caseData.roles().isEmpty();
    }

    public boolean hasSources() {
        return !caseData.sources().isEmpty();
    }
}
