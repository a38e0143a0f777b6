package org.leaklab.session;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.leaklab.i18n.Messages;
import org.leaklab.model.Case;
import org.leaklab.model.Scenario;

/**
 * A class session as a CSV table for spreadsheets: one row per team and scenario. RFC 4180
 * (comma-separated, every field in double quotes, quotes doubled, CRLF line ends), UTF-8 with a
 * byte-order mark so that spreadsheet apps detect the encoding. A field that a spreadsheet would
 * read as a formula (starting with {@code = + - @}, a tab or a carriage return) is prefixed with
 * an apostrophe, so a team named {@code =HYPERLINK(...)} stays text.
 */
public final class SessionCsv {
    /** The UTF-8 byte-order mark. */
    public static final String BOM = "\uFEFF";

    private static final String LINE_END = "\r\n";
    private static final Messages MESSAGES = Messages.ui();
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private SessionCsv() {
    }

    /** The file's bytes: BOM and table, in UTF-8. */
    public static byte[] bytes(ClassSession session, Optional<Case> caseData, Locale locale, ZoneId zone) {
        return (BOM + text(session, caseData, locale, zone)).getBytes(StandardCharsets.UTF_8);
    }

    /** The table as text, without BOM; headers in {@code locale}'s language, times in {@code zone}. */
    public static String text(ClassSession session, Optional<Case> caseData, Locale locale, ZoneId zone) {
        StringBuilder csv = new StringBuilder();
        row(csv, List.of(MESSAGES.get(locale, "csv.header.date"), MESSAGES.get(locale, "csv.header.case"),
                MESSAGES.get(locale, "csv.header.scenario"), MESSAGES.get(locale, "csv.header.team"),
                MESSAGES.get(locale, "csv.header.answer"), MESSAGES.get(locale, "csv.header.score")));
        String date = DATE_TIME.format(session.startedAt().atZone(zone));
        String caseTitle = caseData.map(c -> c.title().in(locale)).orElse(session.caseId());
        for (ClassSession.Round round : session.rounds()) {
            Optional<Scenario> scenario = caseData.flatMap(c -> c.scenario(round.scenarioId()));
            String scenarioTitle = scenario.map(s -> s.title().in(locale)).orElse(round.scenarioId());
            for (ClassSession.TeamAnswer answer : round.answers()) {
                row(csv, List.of(date, caseTitle, scenarioTitle, answer.team(),
                        AnswerText.describe(answer.answer(), caseData, scenario, locale),
                        Long.toString(Math.round(answer.score()))));
            }
        }
        return csv.toString();
    }

    /** One field: neutralised against formula injection, then quoted as RFC 4180 says. */
    public static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static void row(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append(LINE_END);
    }
}
