package nl.ingrado.portal.question.entity;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal data of young people that a question must never hold, found in typed text: a citizen
 * service number (BSN), a date of birth, a postcode with house number.
 * <ul>
 * <li>BSN: nine digits, also written with dots or spaces (123.456.782, 123 456 782), that pass the
 * 11-proef. Nine digits that fail it (an order number, a case number) pass.</li>
 * <li>Date of birth: a full date (day, month and year: 12-03-2011, 12/3/2011, 2011-03-12, 12 maart
 * 2011, 12 mrt. 2011) whose year is a birth year of a pupil or young person (3 to 30 years ago), or any
 * full date after "geboren", "geb.", "geboortedatum" or "born". Dates of laws, school years and deadlines
 * mostly lie outside that window; one inside it is refused even so, because an adviser never needs
 * the exact day of a young person's birth to answer, and a month and year ("maart 2011") or an age do.</li>
 * <li>Address: a Dutch postcode (1234 AB, 1234AB, 1234ab) next to a house number, before it (1234 AB
 * 12) or after it (Dorpsstraat 12, 1234 AB). A postcode alone, say of a school's area, passes.</li>
 * </ul>
 */
public final class PersonalData {

    /** What was found, and where in the text. */
    public enum Kind {
        BSN, BIRTH_DATE, ADDRESS
    }

    public record Finding(Kind kind, String text) {
    }

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static final Pattern NINE_DIGITS = Pattern.compile("(?<![\\d.,])\\d(?:[ .]?\\d){8}(?![\\d])");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("januari", 1),
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("februari", 2), Map.entry("feb", 2),
            Map.entry("february", 2), Map.entry("maart", 3), Map.entry("mrt", 3), Map.entry("march", 3),
            Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4), Map.entry("mei", 5),
            Map.entry("may", 5), Map.entry("juni", 6), Map.entry("jun", 6), Map.entry("june", 6),
            Map.entry("juli", 7), Map.entry("jul", 7), Map.entry("july", 7), Map.entry("augustus", 8),
            Map.entry("aug", 8), Map.entry("august", 8), Map.entry("september", 9), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("oktober", 10), Map.entry("okt", 10), Map.entry("october", 10),
            Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12),
            Map.entry("dec", 12));

    private static final Pattern NUMERIC_DATE = Pattern
            .compile("(?<![\\d])(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})(?![\\d])");
    private static final Pattern ISO_DATE = Pattern
            .compile("(?<![\\d])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d])");
    private static final Pattern WORD_DATE = Pattern.compile(
            "(?<![\\d])(\\d{1,2})(?:e|ste|de)?\\s+(" + String.join("|", MONTHS.keySet())
                    + ")\\.?\\s+(\\d{4})(?![\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BIRTH_WORD = Pattern.compile(
            "(geboren|geb\\.|geboortedatum|geboortedag|born|date of birth|d\\.o\\.b\\.?)[^.\\n]{0,30}$",
            Pattern.CASE_INSENSITIVE);

    // upper case letters, or lower case written against the digits: "in 2019 en 12 …" is no address
    private static final String POSTCODE = "[1-9]\\d{3}(?: ?[A-Z]{2}|[a-z]{2})(?![A-Za-z])";
    // written in one piece (1234AB12) only in capitals: "5678ab12" is a case or file number, not an address
    private static final Pattern POSTCODE_THEN_NUMBER = Pattern
            .compile("(?<![\\d])(?:[1-9]\\d{3} ?[A-Z]{2}[ ,]*"
                    + "|[1-9]\\d{3}[a-z]{2}[ ,]+)(?![A-Za-z])(?:nr\\.? ?)?\\d{1,5}(?![\\d])");
    private static final Pattern NUMBER_THEN_POSTCODE = Pattern
            .compile("(?<![\\d])\\d{1,5}[a-zA-Z]?(?: ?-? ?\\w{1,4})?,? +" + POSTCODE);

    private PersonalData() {
    }

    /** The first piece of personal data in {@code text}, if any. */
    public static Optional<Finding> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        var bsn = NINE_DIGITS.matcher(text);
        while (bsn.find()) {
            if (isBsn(bsn.group().replaceAll("[ .]", ""))) {
                return Optional.of(new Finding(Kind.BSN, bsn.group()));
            }
        }
        int thisYear = Year.now(AMSTERDAM).getValue();
        var date = findDate(text, NUMERIC_DATE, 1, 2, 3, thisYear);
        if (date.isEmpty()) {
            date = findDate(text, ISO_DATE, 3, 2, 1, thisYear);
        }
        if (date.isEmpty()) {
            date = findDate(text, WORD_DATE, 1, 2, 3, thisYear);
        }
        if (date.isPresent()) {
            return date;
        }
        for (var pattern : new Pattern[]{POSTCODE_THEN_NUMBER, NUMBER_THEN_POSTCODE}) {
            var address = pattern.matcher(text);
            if (address.find()) {
                return Optional.of(new Finding(Kind.ADDRESS, address.group()));
            }
        }
        return Optional.empty();
    }

    /** The 11-proef: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11 (and the number is not all zeros). */
    public static boolean isBsn(String digits) {
        if (!digits.matches("\\d{9}") || digits.equals("000000000")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (digits.charAt(i) - '0') * (9 - i);
        }
        sum -= digits.charAt(8) - '0';
        return sum % 11 == 0;
    }

    private static Optional<Finding> findDate(String text, Pattern pattern, int dayGroup, int monthGroup,
            int yearGroup, int thisYear) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int day = Integer.parseInt(m.group(dayGroup));
            var monthText = m.group(monthGroup).toLowerCase(Locale.ROOT);
            int month = monthText.matches("\\d+")
                    ? Integer.parseInt(monthText)
                    : MONTHS.getOrDefault(monthText, 0);
            var yearText = m.group(yearGroup);
            int year = Integer.parseInt(yearText);
            if (yearText.length() == 2) {
                // a two-digit year is a birth year when it is said to be one; which century, the nearer past
                year += year > thisYear % 100 ? 1900 : 2000;
            }
            if (!isDate(year, month, day)) {
                continue;
            }
            boolean saidToBeBirth = BIRTH_WORD.matcher(text.substring(Math.max(0, m.start() - 40), m.start()))
                    .find();
            boolean birthYear = yearText.length() == 4 && year >= thisYear - 30 && year <= thisYear - 3;
            if (saidToBeBirth || birthYear) {
                return Optional.of(new Finding(Kind.BIRTH_DATE, m.group()));
            }
        }
        return Optional.empty();
    }

    private static boolean isDate(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }
}
