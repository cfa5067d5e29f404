package nl.ingrado.portal.register.control;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the registration numbers out of an attendance list as providers send them: typed one per line,
 * pasted from a spreadsheet (tabs, names next to the number) or a CSV file with a column of numbers.
 * Spaces, case and duplicates do not matter; a header line is skipped. Anything that is not a number
 * is kept as typed, so that the report can call it unknown.
 */
public final class AttendanceLists {

    /** A registration number as people write it: prefix, an optional dash, digits ("krsd 12", "KRSD-000012"). */
    private static final Pattern NUMBER = Pattern.compile("^([A-Z]{2,10})-?(\\d{1,12})$");
    private static final Pattern CELLS = Pattern.compile("[,;\\t]");
    /** Longer than any registration number: shown in the report cut to this length. */
    private static final int MAX_SHOWN = 30;

    private AttendanceLists() {
    }

    /** The distinct numbers in a list (text or CSV), in the order they first appear. */
    public static List<String> parse(String text) {
        var numbers = new LinkedHashSet<String>();
        if (text == null) {
            return List.of();
        }
        boolean first = true;
        for (var line : text.replace("\uFEFF", "").split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            var cells = CELLS.split(line);
            String found = null;
            String firstCell = null;
            for (var cell : cells) {
                var clean = unquote(cell);
                if (clean.isEmpty()) {
                    continue;
                }
                if (firstCell == null) {
                    firstCell = clean;
                }
                var number = normalise(clean);
                if (NUMBER.matcher(number).matches()) {
                    found = number;
                    break;
                }
            }
            if (found != null) {
                numbers.add(found);
            } else if (firstCell != null && !(first && isHeader(line))) {
                numbers.add(shown(firstCell));
            }
            first = false;
        }
        return List.copyOf(numbers);
    }

    /** The distinct numbers of a list given one by one (the API). */
    public static List<String> of(Collection<String> given) {
        var numbers = new LinkedHashSet<String>();
        if (given != null) {
            for (var value : given) {
                if (value != null && !value.isBlank()) {
                    var number = normalise(value);
                    numbers.add(NUMBER.matcher(number).matches() ? number : shown(value.strip()));
                }
            }
        }
        return List.copyOf(numbers);
    }

    /** A CSV file's text: UTF-8 (with or without a byte order mark). */
    public static String text(byte[] csv) {
        return csv == null ? "" : new String(csv, StandardCharsets.UTF_8);
    }

    /**
     * "krsd - 12" → "KRSD-000012": upper case, no spaces, a dash between prefix and digits, digits padded
     * to the six the register gives out.
     */
    public static String normalise(String value) {
        var compact = value.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        var matcher = NUMBER.matcher(compact);
        if (!matcher.matches()) {
            return compact;
        }
        var digits = matcher.group(2);
        if (digits.length() < 6) {
            digits = "0".repeat(6 - digits.length()) + digits;
        }
        return matcher.group(1) + "-" + digits;
    }

    /** Whether a value could be a registration number at all (else it is unknown without asking). */
    public static boolean looksLikeNumber(String normalised) {
        return NUMBER.matcher(normalised).matches() && normalised.length() <= 20;
    }

    private static boolean isHeader(String line) {
        return !line.matches(".*\\d.*");
    }

    private static String unquote(String cell) {
        var clean = cell.strip();
        if (clean.length() >= 2 && clean.startsWith("\"") && clean.endsWith("\"")) {
            clean = clean.substring(1, clean.length() - 1).replace("\"\"", "\"").strip();
        }
        return clean;
    }

    private static String shown(String value) {
        var clean = value.strip();
        return clean.length() > MAX_SHOWN ? clean.substring(0, MAX_SHOWN) + "…" : clean;
    }
}
