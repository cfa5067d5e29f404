package nl.ingrado.portal.shared.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as people read them in a sentence, in their language: "25 november 2026", "25 November 2026"
 * (day first in English too, as in British usage). ISO dates stay in machine formats (CSV, API, .ics).
 * Pages, messages and mail all format through here, so a date reads the same everywhere.
 */
public final class DateTexts {

    private DateTexts() {
    }

    /** "25 november 2026"; a date-time gives its day. Empty for null. */
    public static String longDate(Object date, Locale locale) {
        var day = date instanceof LocalDateTime time ? time.toLocalDate() : (LocalDate) date;
        return day == null ? "" : day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", language(locale)));
    }

    /** "25 november 2026, 14:00". Empty for null. */
    public static String dateTime(LocalDateTime time, Locale locale) {
        return time == null
                ? ""
                : time.format(DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", language(locale)));
    }

    /** "woensdag 25 november 2026". Empty for null. */
    public static String dayAndDate(Object date, Locale locale) {
        var day = date instanceof LocalDateTime time ? time.toLocalDate() : (LocalDate) date;
        return day == null
                ? ""
                : day.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", language(locale)));
    }

    /**
     * The arguments of a message with dates written out: {@code MessageFormat} would print a
     * {@code LocalDate} as ISO, and its {@code {0,date}} takes a {@code java.util.Date} in the server's
     * time zone, which moved a period's last day to the day before.
     */
    public static Object[] arguments(Locale locale, Object... args) {
        if (args == null) {
            return new Object[0];
        }
        var out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof LocalDate date) {
                out[i] = longDate(date, locale);
            } else if (out[i] instanceof LocalDateTime time) {
                out[i] = dateTime(time, locale);
            }
        }
        return out;
    }

    private static Locale language(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage())
                ? Locale.ENGLISH
                : Locale.forLanguageTag("nl");
    }
}
