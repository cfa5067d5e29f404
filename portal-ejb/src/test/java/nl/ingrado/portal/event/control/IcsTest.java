package nl.ingrado.portal.event.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.ingrado.portal.event.control.Ics.Entry;
import nl.ingrado.portal.event.control.Ics.Method;

class IcsTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant STAMP = Instant.parse("2026-05-04T10:15:30.123Z");

    private static Entry entry(String uid, String summary, ZonedDateTime start, boolean cancelled) {
        return new Entry(uid, 0, summary, "Beschrijving", "Utrecht", "https://portal.ingrado.nl/event/1",
                start,
                start.plusHours(2), cancelled);
    }

    private static Entry winter() {
        return entry("event-1@ingrado.nl", "Regiobijeenkomst",
                ZonedDateTime.of(2026, 11, 22, 9, 30, 0, 0, AMSTERDAM), false);
    }

    /** The logical lines: folds undone, one element per content line. */
    private static List<String> unfold(String ics) {
        var unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.endsWith("\r\n"));
        return Arrays.asList(unfolded.substring(0, unfolded.length() - 2).split("\r\n", -1));
    }

    private static String value(List<String> lines, String name) {
        return lines.stream().filter(l -> l.startsWith(name + ":") || l.startsWith(name + ";")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1))
                .orElseThrow(() -> new AssertionError("no " + name));
    }

    @Test
    void longDutchAndEmojiTextIsFoldedAt75OctetsWithoutCuttingCharacters() throws CharacterCodingException {
        var summary = "Coördinatie van het verzuimbeleid: één dag over ‘thuiszitters’ en €-budgetten 🎓📚 "
                .repeat(6);
        var ics = Ics.calendar(Method.PUBLISH, STAMP, entry("long@ingrado.nl", summary,
                ZonedDateTime.of(2026, 3, 12, 13, 0, 0, 0, AMSTERDAM), false));

        var bytes = ics.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        int physical = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                assertEquals('\r', bytes[i - 1], "bare LF");
                int length = i - 1 - start;
                assertTrue(length <= 75, "line of " + length + " octets");
                // every physical line must be valid UTF-8 on its own
                StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, start, length));
                start = i + 1;
                physical++;
            } else if (bytes[i] == '\r') {
                assertEquals('\n', bytes[i + 1], "bare CR");
            }
        }
        assertEquals(bytes.length, start);
        assertTrue(physical > unfold(ics).size(), "something was folded");
        assertEquals(Ics.text(summary.strip()), value(unfold(ics), "SUMMARY").strip());
    }

    @Test
    void foldsAtExactly75Octets() {
        var out = new StringBuilder();
        Ics.line(out, "X".repeat(75));
        assertEquals("X".repeat(75) + "\r\n", out.toString());
        out.setLength(0);
        Ics.line(out, "X".repeat(76));
        assertEquals("X".repeat(75) + "\r\n X\r\n", out.toString());
        out.setLength(0);
        // 74 octets then a 2-octet character: it moves to the next line whole
        Ics.line(out, "X".repeat(74) + "é");
        assertEquals("X".repeat(74) + "\r\n é\r\n", out.toString());
    }

    @Test
    void escapesTextValues() {
        assertEquals("a\\\\b\\;c\\,d\\ne\\nf\\ng", Ics.text("a\\b;c,d\ne\r\nf\rg"));
        assertEquals("tab\tstays; bell goes".replace(";", "\\;"), Ics.text("tab\tstays; bell\u0007 goes"));

        var ics = Ics.calendar(Method.PUBLISH, "Ingrado, activiteiten; alle", STAMP,
                List.of(new Entry("x@ingrado.nl", 0, "Kennis, kunde; en meer", "Regel 1\nRegel 2",
                        "Zaal A, Utrecht",
                        "https://example.org/a?b=1,2;c", winter().start(), winter().end(), false)));
        var lines = unfold(ics);
        assertEquals("Ingrado\\, activiteiten\\; alle", value(lines, "X-WR-CALNAME"));
        assertEquals("Kennis\\, kunde\\; en meer", value(lines, "SUMMARY"));
        assertEquals("Regel 1\\nRegel 2", value(lines, "DESCRIPTION"));
        assertEquals("Zaal A\\, Utrecht", value(lines, "LOCATION"));
        assertEquals("https://example.org/a?b=1,2;c", value(lines, "URL"));
    }

    @Test
    void summerAndWinterTimesRoundTripThroughAmsterdamLocalTime() {
        var summer = ZonedDateTime.of(2026, 7, 1, 17, 30, 0, 0, ZoneOffset.UTC); // 19:30 CEST
        var winter = ZonedDateTime.of(2026, 11, 22, 8, 30, 0, 0, ZoneOffset.UTC); // 09:30 CET
        for (var start : List.of(summer, winter)) {
            var all = unfold(
                    Ics.calendar(Method.PUBLISH, STAMP, entry("t@ingrado.nl", "Tijd", start, false)));
            var lines = all.subList(all.indexOf("BEGIN:VEVENT"), all.size());
            var dtstart = lines.stream().filter(l -> l.startsWith("DTSTART;")).findFirst().orElseThrow();
            assertTrue(dtstart.startsWith("DTSTART;TZID=Europe/Amsterdam:"));
            var local = LocalDateTime.parse(value(lines, "DTSTART"),
                    DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));
            assertEquals(start.toInstant(), local.atZone(AMSTERDAM).toInstant());
            var end = LocalDateTime.parse(value(lines, "DTEND"),
                    DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));
            assertEquals(start.plusHours(2).toInstant(), end.atZone(AMSTERDAM).toInstant());
        }
        assertTrue(Ics.calendar(Method.PUBLISH, STAMP, entry("s@ingrado.nl", "Zomer", summer, false))
                .contains("\r\nDTSTART;TZID=Europe/Amsterdam:20260701T193000\r\n"));
        assertTrue(Ics.calendar(Method.PUBLISH, STAMP, entry("w@ingrado.nl", "Winter", winter, false))
                .contains("\r\nDTSTART;TZID=Europe/Amsterdam:20261122T093000\r\n"));
    }

    @Test
    void timeZoneRulesMatchJavaTimeForAmsterdam() {
        var ics = Ics.calendar(Method.PUBLISH, STAMP, winter());
        assertTrue(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n"));
        assertTrue(ics.contains(
                "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nDTSTART:19810329T020000\r\n"
                        + "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"));
        assertTrue(ics.contains(
                "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nDTSTART:19961027T030000\r\n"
                        + "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"));
        // the rule start dates are themselves last Sundays, as RFC 5545 requires of DTSTART
        assertEquals(lastSunday(1981, Month.MARCH), LocalDate.of(1981, 3, 29));
        assertEquals(lastSunday(1996, Month.OCTOBER), LocalDate.of(1996, 10, 27));
        var rules = AMSTERDAM.getRules();
        for (int year = 1997; year <= 2040; year++) {
            var spring = rules.nextTransition(LocalDate.of(year, 1, 1).atStartOfDay(AMSTERDAM).toInstant());
            assertEquals(lastSunday(year, Month.MARCH).atTime(2, 0), spring.getDateTimeBefore());
            var autumn = rules.nextTransition(spring.getInstant());
            assertEquals(lastSunday(year, Month.OCTOBER).atTime(3, 0), autumn.getDateTimeBefore());
        }
    }

    private static LocalDate lastSunday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
    }

    @Test
    void headerStampUidAndSequence() {
        var lines = unfold(Ics.calendar(Method.REQUEST, STAMP,
                new Entry("event-7@ingrado.nl", 3, "Cursus", null, null, null, winter().start(),
                        winter().end(),
                        false)));
        assertEquals("BEGIN:VCALENDAR", lines.get(0));
        assertEquals("END:VCALENDAR", lines.get(lines.size() - 1));
        assertEquals("2.0", value(lines, "VERSION"));
        assertEquals("-//Ingrado//Portal//NL", value(lines, "PRODID"));
        assertEquals("REQUEST", value(lines, "METHOD"));
        assertEquals("20260504T101530Z", value(lines, "DTSTAMP"));
        assertEquals("event-7@ingrado.nl", value(lines, "UID"));
        assertEquals("3", value(lines, "SEQUENCE"));
        assertEquals("CONFIRMED", value(lines, "STATUS"));
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("X-WR-CALNAME")
                || l.startsWith("DESCRIPTION") || l.startsWith("LOCATION") || l.startsWith("URL")));
    }

    @Test
    void cancelledEntry() {
        var cancelled = new Entry("event-1@ingrado.nl", 2, "Regiobijeenkomst", null, null, null,
                winter().start(), winter().end(), true);
        var lines = unfold(Ics.calendar(Method.CANCEL, STAMP, cancelled));
        assertEquals("CANCEL", value(lines, "METHOD"));
        assertEquals("CANCELLED", value(lines, "STATUS"));
        assertEquals("2", value(lines, "SEQUENCE"));
        // a feed keeps showing a cancelled event as cancelled
        assertEquals("CANCELLED", value(unfold(Ics.calendar(Method.PUBLISH, STAMP, cancelled)), "STATUS"));
        assertThrows(IllegalArgumentException.class, () -> Ics.calendar(Method.CANCEL, STAMP, winter()));
    }

    @Test
    void multipleEntriesShareOneTimeZone() {
        var ics = Ics.calendar(Method.PUBLISH, "Ingrado activiteiten", STAMP, List.of(winter(),
                entry("event-2@ingrado.nl", "Zomercongres",
                        ZonedDateTime.of(2026, 6, 18, 9, 0, 0, 0, AMSTERDAM),
                        false),
                entry("event-3@ingrado.nl", "Vervallen", ZonedDateTime.of(2026, 9, 3, 14, 0, 0, 0, AMSTERDAM),
                        true)));
        var lines = unfold(ics);
        assertEquals(3, lines.stream().filter("BEGIN:VEVENT"::equals).count());
        assertEquals(3, lines.stream().filter("END:VEVENT"::equals).count());
        assertEquals(1, lines.stream().filter("BEGIN:VTIMEZONE"::equals).count());
        assertEquals(List.of("event-1@ingrado.nl", "event-2@ingrado.nl", "event-3@ingrado.nl"),
                lines.stream().filter(l -> l.startsWith("UID:")).map(l -> l.substring(4)).toList());
        assertEquals(List.of("CONFIRMED", "CONFIRMED", "CANCELLED"),
                lines.stream().filter(l -> l.startsWith("STATUS:")).map(l -> l.substring(7)).toList());
        assertEquals("Ingrado activiteiten", value(lines, "X-WR-CALNAME"));
        assertTrue(lines.indexOf("END:VTIMEZONE") < lines.indexOf("BEGIN:VEVENT"));
    }

    @Test
    void rejectsEntriesThatCannotBeRight() {
        var start = winter().start();
        assertThrows(IllegalArgumentException.class,
                () -> new Entry(" ", 0, "x", null, null, null, start, start, false));
        assertThrows(IllegalArgumentException.class,
                () -> new Entry("u", 0, "x", null, null, null, start, start.minusMinutes(1), false));
        assertThrows(IllegalArgumentException.class,
                () -> new Entry("u", -1, "x", null, null, null, start, start, false));
    }
}
