package nl.ingrado.portal.question.control;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes what points to a person out of a text an adviser turns into a knowledge-base article:
 * e-mail addresses, phone numbers, BSN-like numbers, postcodes and street addresses with house numbers,
 * dates and names after a form of address ("mevrouw Jansen", "dhr. De Vries"), each replaced by a
 * placeholder such as [naam] the editor can see and rewrite. A safety net, not a guarantee: the adviser
 * still reads the draft before publishing it.
 */
public final class Anonymiser {

    private static final String MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september"
            + "|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec";
    private static final String PARTICLES = "(?:(?:van|de|der|den|het|ter|ten|te|in|op|'t|d')\\s+)*";
    private static final String NAME = "\\p{Lu}[\\p{L}'’-]*\\.?";

    private record Rule(Pattern pattern, String replacement) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9-]+(?:\\.[\\p{L}0-9-]+)+"),
                    "[e-mailadres]"),
            // phone numbers: +31 6 12345678, 06-12345678, 030 123 45 67, 0031 ...
            new Rule(Pattern.compile(
                    "(?<![\\w])(?:\\+31|0031|0)[\\s-]?(?:\\(0\\)[\\s-]?)?[1-9](?:[\\s-]?\\d){8}(?!\\d)"),
                    "[telefoonnummer]"),
            // a citizen service number (BSN) or anything like it: nine digits, also written 123.456.789
            new Rule(Pattern.compile(
                    "(?<![\\d.])\\d{3}[. ]?\\d{3}[. ]?\\d{3}(?![\\d.])|(?<!\\d)\\d{4}\\.\\d{2}\\.\\d{3}(?!\\d)"),
                    "[BSN]"),
            new Rule(Pattern.compile(
                    "(?i)\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|\\d{2})\\b"
                            + "|\\b\\d{1,2}\\s+(?:" + MONTHS + ")\\.?(?:\\s+\\d{4})?\\b"),
                    "[datum]"),
            // a street with its house number: Kerkstraat 12a, Laan van Meerdervoort 5
            new Rule(Pattern.compile(
                    "\\b\\p{Lu}[\\p{L}-]*(?:straat|laan|weg|plein|gracht|kade|dijk|singel|steeg|pad|hof"
                            + "|dreef|markt|park|plantsoen|veld|erf|ring|baan|wal)(?:\\s+(?:van|de|der|den)?\\s*\\p{Lu}[\\p{L}-]*)?"
                            + "\\s+\\d{1,5}(?:\\s?[a-zA-Z](?![\\p{L}]))?(?:-\\d+)?"),
                    "[adres]"),
            new Rule(
                    Pattern.compile("\\b[1-9]\\d{3}\\s?(?!SA|SD|SS)[A-Z]{2}\\b(?:\\s+\\d{1,5}[a-zA-Z]?\\b)?"),
                    "[postcode]"));

    /** A name after a form of address, or after words that name a child or parent. */
    private static final Pattern TITLED_NAME = Pattern.compile(
            "(?i)(\\b(?:mevrouw|meneer|mevr\\.?|mw\\.?|dhr\\.?|de heer|mr\\.?|dr\\.?|ir\\.?|leerling|jongere|"
                    + "zoon|dochter|moeder|vader|broer|zus|naam|genaamd|heet)\\s*:?\\s+)"
                    + "(?-i)(" + PARTICLES + NAME + "(?:\\s+" + PARTICLES + NAME + "){0,3})");

    private Anonymiser() {
    }

    /** {@code text} with what points to a person replaced by placeholders; null stays null. */
    public static String anonymise(String text) {
        if (text == null) {
            return null;
        }
        var result = text;
        for (var rule : RULES) {
            result = rule.pattern().matcher(result).replaceAll(Matcher.quoteReplacement(rule.replacement()));
        }
        var names = TITLED_NAME.matcher(result);
        var out = new StringBuilder();
        while (names.find()) {
            names.appendReplacement(out, Matcher.quoteReplacement(names.group(1) + "[naam]"));
        }
        names.appendTail(out);
        return out.toString();
    }
}
