package nl.ingrado.portal.event.control;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import nl.ingrado.portal.shared.control.Clocks;

/**
 * Writes iCalendar (RFC 5545) text: {@link Method#PUBLISH} for the subscribable feed,
 * {@link Method#REQUEST} and {@link Method#CANCEL} for the attachment of a confirmation mail.
 * Times are written in Europe/Amsterdam with their own VTIMEZONE, so that calendars show the
 * local time even when the rules of the reader's time zone database differ.
 */
public final class Ics {

    public static final String MEDIA_TYPE = "text/calendar";
    static final String PRODUCT_ID = "-//Ingrado//Portal//NL";

    private static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";
    private static final ZoneId ZONE = Clocks.AMSTERDAM;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    // EU rules since 1996; the DTSTART of each rule is a date on which it fired.
    private static final List<String> VTIMEZONE = List.of(
            "BEGIN:VTIMEZONE",
            "TZID:Europe/Amsterdam",
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "TZNAME:CEST",
            "DTSTART:19810329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "TZNAME:CET",
            "DTSTART:19961027T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE");

    /** The iTIP method; mail clients only offer to add or remove the event for REQUEST and CANCEL. */
    public enum Method {
        PUBLISH, REQUEST, CANCEL
    }

    /**
     * One event. The uid must stay the same for the life of the event, and the sequence must go up
     * with every change that is sent again, or calendars ignore the update.
     */
    public record Entry(String uid, int sequence, String summary, String description, String location,
            String url, ZonedDateTime start, ZonedDateTime end, boolean cancelled) {

        public Entry {
            if (uid == null || uid.isBlank()) {
                throw new IllegalArgumentException("uid is required");
            }
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (sequence < 0) {
                throw new IllegalArgumentException("sequence must not be negative");
            }
            if (end.isBefore(start)) {
                throw new IllegalArgumentException("end before start");
            }
        }
    }

    private Ics() {
    }

    /**
     * @param calendarName shown by clients that subscribe to a feed; may be null
     * @param stamp when this text was made, usually the injected clock's now
     */
    public static String calendar(Method method, String calendarName, Instant stamp, List<Entry> entries) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(stamp, "stamp");
        var out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:" + PRODUCT_ID);
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:" + method.name());
        if (calendarName != null && !calendarName.isBlank()) {
            line(out, "X-WR-CALNAME:" + text(calendarName));
        }
        VTIMEZONE.forEach(l -> line(out, l));
        for (var entry : entries) {
            if (method == Method.CANCEL && !entry.cancelled()) {
                throw new IllegalArgumentException("CANCEL needs cancelled entries: " + entry.uid());
            }
            event(out, entry, stamp);
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    public static String calendar(Method method, Instant stamp, Entry... entries) {
        return calendar(method, null, stamp, List.of(entries));
    }

    private static void event(StringBuilder out, Entry e, Instant stamp) {
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + text(e.uid()));
        line(out, "SEQUENCE:" + e.sequence());
        line(out, "DTSTAMP:" + UTC.format(stamp.truncatedTo(ChronoUnit.SECONDS)));
        line(out, "DTSTART;TZID=Europe/Amsterdam:" + local(e.start()));
        line(out, "DTEND;TZID=Europe/Amsterdam:" + local(e.end()));
        line(out, "SUMMARY:" + text(e.summary()));
        if (present(e.description())) {
            line(out, "DESCRIPTION:" + text(e.description()));
        }
        if (present(e.location())) {
            line(out, "LOCATION:" + text(e.location()));
        }
        if (present(e.url())) {
            // a URI value: commas and semicolons are part of it, so no TEXT escaping
            line(out, "URL:" + e.url().replaceAll("[\\p{Cntrl}\\s]", ""));
        }
        line(out, "STATUS:" + (e.cancelled() ? "CANCELLED" : "CONFIRMED"));
        line(out, "END:VEVENT");
    }

    private static String local(ZonedDateTime time) {
        return LOCAL.format(time.withZoneSameInstant(ZONE).truncatedTo(ChronoUnit.SECONDS));
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    /** Escapes a TEXT value (RFC 5545 3.3.11); other control characters are not allowed at all. */
    static String text(String value) {
        var out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    out.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> {
                    if (c == '\t' || !Character.isISOControl(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * Appends one content line, folded so that no physical line has more than 75 UTF-8 octets.
     * Folds fall between code points, so no multi-byte character is cut in two.
     */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length();) {
            int codePoint = content.codePointAt(i);
            int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }
}
