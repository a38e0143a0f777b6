package org.leaklab.session;

import java.nio.charset.StandardCharsets;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.leaklab.i18n.Messages;
import org.leaklab.model.Case;
import org.leaklab.model.Scenario;

/**
 * A class session as a CSV table for spreadsheets: one row per team and scenario, then one
 * total row per team. RFC 4180 (every field in double quotes, quotes doubled, CRLF line ends),
 * UTF-8 with a byte-order mark so that spreadsheet apps detect the encoding. The separator is
 * the one the language's spreadsheets expect when they open a file by double-click: a comma in
 * English, a semicolon in German (where the comma is the decimal mark, and numbers are written
 * with it). A field that a spreadsheet would read as a formula (starting with {@code = + - @}, a
 * tab or a carriage return) is prefixed with an apostrophe, so a team named
 * {@code =HYPERLINK(...)} stays text.
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

    /**
     * The field separator spreadsheets in {@code locale}'s language expect: a semicolon where the
     * comma is the decimal mark (German), else a comma.
     */
    public static char separator(Locale locale) {
        char decimal = DecimalFormatSymbols.getInstance(Messages.supportedLocale(locale)).getDecimalSeparator();
        return decimal == ',' ? ';' : ',';
    }

    /** The table as text, without BOM; headers in {@code locale}'s language, times in {@code zone}. */
    public static String text(ClassSession session, Optional<Case> caseData, Locale locale, ZoneId zone) {
        StringBuilder csv = new StringBuilder();
        char separator = separator(locale);
        NumberFormat points = NumberFormat.getIntegerInstance(Messages.supportedLocale(locale));
        points.setGroupingUsed(false);
        row(csv, separator, List.of(MESSAGES.get(locale, "csv.header.date"), MESSAGES.get(locale, "csv.header.case"),
                MESSAGES.get(locale, "csv.header.scenario"), MESSAGES.get(locale, "csv.header.team"),
                MESSAGES.get(locale, "csv.header.answer"), MESSAGES.get(locale, "csv.header.score")));
        String date = DATE_TIME.format(session.startedAt().atZone(zone));
        String caseTitle = caseData.map(c -> c.title().in(locale)).orElse(session.caseId());
        for (ClassSession.Round round : session.rounds()) {
            Optional<Scenario> scenario = caseData.flatMap(c -> c.scenario(round.scenarioId()));
            String scenarioTitle = scenario.map(s -> s.title().in(locale)).orElse(round.scenarioId());
            for (ClassSession.TeamAnswer answer : round.answers()) {
                row(csv, separator, List.of(date, caseTitle, scenarioTitle, answer.team(),
                        AnswerText.describe(answer.answer(), caseData, scenario, locale),
                        points.format(Math.round(answer.score()))));
            }
        }
        // One total per team, in the order the teams were set up.
        String total = MESSAGES.get(locale, "csv.total");
        for (String team : session.teams()) {
            row(csv, separator, List.of(date, caseTitle, total, team, "",
                    points.format(Math.round(session.totals().getOrDefault(team, 0.0)))));
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

    private static void row(StringBuilder csv, char separator, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(separator);
            }
            csv.append(field(fields.get(i)));
        }
        csv.append(LINE_END);
    }
}
