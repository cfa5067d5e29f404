package nl.ingrado.portal.register.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.ingrado.portal.shared.control.DateTexts;

/** Dates as register mails and messages write them. */
public final class Dates {

    private static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private Dates() {
    }

    /** "1 maart 2027" or "1 March 2027", for mail in the recipient's language. */
    public static String text(LocalDate date, String language) {
        return DateTexts.longDate(date, Locale.forLanguageTag("en".equals(language) ? "en" : "nl"));
    }

    /** "01-03-2027": the same in both languages, for rule messages that do not know the reader's language. */
    public static String numeric(LocalDate date) {
        return date == null ? "" : date.format(NUMERIC);
    }
}
