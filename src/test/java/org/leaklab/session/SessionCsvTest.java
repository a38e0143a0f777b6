package org.leaklab.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Case;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.model.RankingAnswer;

class SessionCsvTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void plainFieldsAreQuoted() {
        assertEquals("\"Foxes\"", SessionCsv.field("Foxes"));
        assertEquals("\"\"", SessionCsv.field(""));
        assertEquals("\"\"", SessionCsv.field(null));
    }

    @Test
    void quotesCommasAndNewlinesStayInsideOneField() {
        assertEquals("\"The \"\"best\"\" team\"", SessionCsv.field("The \"best\" team"));
        assertEquals("\"a, b\"", SessionCsv.field("a, b"));
        assertEquals("\"line one\nline two\r\nthree\"", SessionCsv.field("line one\nline two\r\nthree"));
    }

    @Test
    void formulaTriggersAreNeutralised() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", SessionCsv.field("=HYPERLINK(\"http://x\")"));
        assertEquals("\"'+1\"", SessionCsv.field("+1"));
        assertEquals("\"'-2+3\"", SessionCsv.field("-2+3"));
        assertEquals("\"'@SUM(A1)\"", SessionCsv.field("@SUM(A1)"));
        assertEquals("\"'\t=1\"", SessionCsv.field("\t=1"));
        assertEquals("\"'\r=1\"", SessionCsv.field("\r=1"));
        assertEquals("\"a=b\"", SessionCsv.field("a=b"), "only a leading trigger matters");
    }

    @Test
    void theFileStartsWithAUtf8ByteOrderMarkAndKeepsUmlauts() {
        ClassSession session = new ClassSession("s", Instant.parse("2024-03-05T09:15:00Z"), "gone-case",
                List.of("Füchse", "Eulen"), List.of(new ClassSession.Round("est",
                        List.of(new ClassSession.TeamAnswer("Füchse", new EstimateAnswer(300), 100)))));
        byte[] bytes = SessionCsv.bytes(session, Optional.empty(), Locale.GERMAN, BERLIN);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals("\"Datum\";\"Fall\";\"Szenario\";\"Team\";\"Antwort\";\"Punkte\"\r\n"
                + "\"2024-03-05 10:15\";\"gone-case\";\"est\";\"Füchse\";\"$300\";\"100\"\r\n"
                + "\"2024-03-05 10:15\";\"gone-case\";\"Gesamt\";\"Füchse\";\"\";\"100\"\r\n"
                + "\"2024-03-05 10:15\";\"gone-case\";\"Gesamt\";\"Eulen\";\"\";\"0\"\r\n", text);
    }

    @Test
    void aSessionOfTheAmazonCaseNamesScenariosItemsAndTeams() {
        Case amazon = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);
        ClassSession session = new ClassSession("s", Instant.parse("2024-03-05T09:15:00Z"), amazon.id(),
                List.of("=cmd|' /C calc'!A0", "Owls"), List.of(new ClassSession.Round("rank-platform", List.of(
                        new ClassSession.TeamAnswer("=cmd|' /C calc'!A0", new RankingAnswer(List.of("sales-stats",
                                "keyword-stats", "reviewer-emails", "review-deletion", "account-reinstatement")), 61.6)))));
        String text = SessionCsv.text(session, Optional.of(amazon), Locale.ENGLISH, BERLIN);
        String[] lines = text.split("\r\n");
        assertEquals(4, lines.length, "header, one answer, a total per team: " + text);
        assertTrue(lines[1].startsWith("\"2024-03-05 10:15\",\"" + amazon.title().in(Locale.ENGLISH) + "\","), lines[1]);
        assertTrue(lines[1].contains(",\"'=cmd|' /C calc'!A0\","), "the injected team name is neutralised: " + lines[1]);
        String firstItem = amazon.item("sales-stats").orElseThrow().name().in(Locale.ENGLISH);
        assertTrue(lines[1].contains("\"" + firstItem + " > "), lines[1]);
        assertTrue(lines[1].endsWith(",\"62\""), "scores are rounded to whole points: " + lines[1]);
    }

    @Test
    void germanSpreadsheetsGetSemicolonsAndDecimalCommasEnglishOnesCommas() {
        assertEquals(';', SessionCsv.separator(Locale.GERMAN));
        assertEquals(';', SessionCsv.separator(Locale.GERMANY));
        assertEquals(',', SessionCsv.separator(Locale.ENGLISH));
        assertEquals(',', SessionCsv.separator(Locale.US));
        ClassSession session = new ClassSession("s", Instant.parse("2024-03-05T09:15:00Z"), "gone-case",
                List.of("A; B", "Owls"), List.of(new ClassSession.Round("est", List.of(
                        new ClassSession.TeamAnswer("A; B", new EstimateAnswer(1250.75), 99.6)))));
        String german = SessionCsv.text(session, Optional.empty(), Locale.GERMAN, BERLIN);
        assertTrue(german.contains(";\"A; B\";\"$1.250,75\";\"100\"\r\n"), "decimal comma: " + german);
        String english = SessionCsv.text(session, Optional.empty(), Locale.ENGLISH, BERLIN);
        assertTrue(english.contains(",\"A; B\",\"$1,250.75\",\"100\"\r\n"), english);
    }

    @Test
    void theTotalsRowsAddUpEachTeamAsTheLeaderboardDoes() {
        ClassSession session = new ClassSession("s", Instant.parse("2024-03-05T09:15:00Z"), "gone-case",
                List.of("Foxes", "Owls"), List.of(
                        new ClassSession.Round("one", List.of(new ClassSession.TeamAnswer("Foxes", new EstimateAnswer(1), 40),
                                new ClassSession.TeamAnswer("Owls", new EstimateAnswer(2), 70))),
                        new ClassSession.Round("two", List.of(new ClassSession.TeamAnswer("Foxes", new EstimateAnswer(3), 55)))));
        String[] lines = SessionCsv.text(session, Optional.empty(), Locale.ENGLISH, BERLIN).split("\r\n");
        assertEquals(6, lines.length);
        assertEquals("\"2024-03-05 10:15\",\"gone-case\",\"Total\",\"Foxes\",\"\",\"95\"", lines[4]);
        assertEquals("\"2024-03-05 10:15\",\"gone-case\",\"Total\",\"Owls\",\"\",\"70\"", lines[5]);
    }
}
