package nl.ingrado.portal.shared.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes CSV as spreadsheets do (RFC 4180: quotes around fields with separators, quotes or
 * line breaks). Reading detects the separator from the header line: the semicolon of Dutch Excel or
 * the comma. Writing defuses formulas, so an exported name like {@code =HYPERLINK(...)} stays text.
 */
public final class Csv {

    private Csv() {
    }

    /** The records of the text, each a list of fields; a byte-order mark and empty lines are skipped. */
    public static List<List<String>> parse(String text) {
        var input = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int endOfHeader = input.indexOf('\n');
        var header = endOfHeader < 0 ? input : input.substring(0, endOfHeader);
        char separator = count(header, ';') > count(header, ',') ? ';' : ',';
        var records = new ArrayList<List<String>>();
        var record = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < input.length() && input.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == separator) {
                record.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < input.length() && input.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
                addUnlessEmpty(records, record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !record.isEmpty() || wasQuoted) {
            record.add(field.toString());
            addUnlessEmpty(records, record);
        }
        return records;
    }

    /** One CSV line (with CRLF) of the values, separated by semicolons, formulas defused. */
    public static String line(List<?> values) {
        var out = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(field(values.get(i)));
        }
        return out.append("\r\n").toString();
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        var text = value.toString();
        if (!text.isEmpty() && !(value instanceof Number) && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                || text.contains(",")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static void addUnlessEmpty(List<List<String>> records, List<String> record) {
        if (!(record.size() == 1 && record.get(0).isBlank())) {
            records.add(record);
        }
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }
}
