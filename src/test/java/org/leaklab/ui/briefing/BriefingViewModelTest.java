package org.leaklab.ui.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Case;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.SourceLink;
import org.leaklab.ui.common.SourceLinks;
import org.leaklab.ui.common.StatusMessages;

/** The briefing of the real Amazon case, in both languages. */
class BriefingViewModelTest {
    private static final Case AMAZON = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);

    private final Localization localization = new Localization(Locale.ENGLISH);
    private final StatusMessages status = new StatusMessages();
    private final List<String> opened = new ArrayList<>();
    private final BriefingViewModel briefing = new BriefingViewModel(AMAZON, localization,
            new SourceLinks(AMAZON.sources(), localization, status, opened::add), java.util.Optional.empty());

    @Test
    void tellsTheStoryOfTheCase() {
        assertEquals(AMAZON.summary().in(Locale.ENGLISH), briefing.story());
        assertTrue(briefing.story().contains("Shenzhen"));
        assertEquals("Amazon 2018: suspected data sales", briefing.title());
    }

    @Test
    void theTimelineHasEveryEventDatedAndCited() {
        List<BriefingViewModel.TimelineEntry> timeline = briefing.timeline();
        assertEquals(AMAZON.timeline().size(), timeline.size());
        assertEquals("May 2018", timeline.get(0).date());
        assertEquals(AMAZON.timeline().get(0).text().in(Locale.ENGLISH), timeline.get(0).text());
        // passive-voice, hothardware and multichannel-merchant are the third to fifth sources of the pack
        assertEquals("Sources: [3] [4] [5]", timeline.get(0).citation());
        assertEquals("September 16, 2018", timeline.get(1).date());
        assertEquals("2018", timeline.get(2).date(), "as precise as the sources, no more");
        assertEquals("September 2020", timeline.get(timeline.size() - 1).date());
    }

    @Test
    void rolesNameEveryoneInvolved() {
        List<String> names = briefing.roles().stream().map(BriefingViewModel.RoleCard::name).toList();
        assertEquals(List.of("Amazon employees", "Brokers", "Marketplace sellers", "Customers", "Amazon"),
                names);
        assertTrue(briefing.roles().get(1).description().contains("WeChat"));
    }

    @Test
    void sourcesOpenInTheBrowserWithAFullAddress() {
        List<SourceLink> sources = briefing.sources();
        assertEquals(AMAZON.sources().size(), sources.size());
        SourceLink passiveVoice = sources.get(2);
        assertEquals("passive-voice", passiveVoice.id());
        briefing.open(passiveVoice);
        assertEquals(List.of("https://thepassivevoice.com/amazon-investigates-employees-leaking-data-for-bribes/"),
                opened);
        SourceLink hibp = sources.stream().filter(s -> s.id().equals("hibp")).findFirst().orElseThrow();
        assertEquals(Optional.empty(), hibp.date(), "a source without a date shows none");
    }

    @Test
    void rendersAgainInGermanWithTheSameViewModel() {
        localization.setLocale(Locale.GERMAN);
        assertEquals(AMAZON.summary().in(Locale.GERMAN), briefing.story());
        assertEquals("Mai 2018", briefing.timeline().get(0).date());
        assertEquals("16. September 2018", briefing.timeline().get(1).date());
        assertEquals("Quellen: [3] [4] [5]", briefing.timeline().get(0).citation());
        assertEquals("Vermittler", briefing.roles().get(1).name());
    }
}
