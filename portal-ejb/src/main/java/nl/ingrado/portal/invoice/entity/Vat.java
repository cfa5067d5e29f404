package nl.ingrado.portal.invoice.entity;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The VAT of a line: UNCL 5305 category S (standard rate), Z (zero rate) or E (exempt, with the
 * reason the invoice must state), and the rate in percent. Configured per purpose, e.g. "S:21",
 * "E:Vrijgesteld van btw (art. 11 lid 1 sub o Wet OB)".
 */
public record Vat(String category, BigDecimal rate, String exemptionReason) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final Pattern RATE = Pattern.compile("[0-9]{1,2}(\\.[0-9]{1,2})?");

    public Vat {
        switch (category) {
            case "S" -> {
                if (rate == null || rate.signum() <= 0) {
                    throw new IllegalArgumentException("a standard VAT rate must be above 0");
                }
                exemptionReason = null;
            }
            case "Z" -> {
                rate = BigDecimal.ZERO;
                exemptionReason = null;
            }
            case "E" -> {
                if (exemptionReason == null || exemptionReason.isBlank()) {
                    throw new IllegalArgumentException("an exempt line states why");
                }
                rate = BigDecimal.ZERO;
            }
            default -> throw new IllegalArgumentException("VAT category S, Z or E, not " + category);
        }
        rate = rate.setScale(2);
    }

    /** From a setting: "S:21", "Z" or "E:reason". */
    public static Vat parse(String setting) {
        var text = setting.strip();
        var category = text.substring(0, 1);
        var rest = text.length() > 2 && text.charAt(1) == ':' ? text.substring(2).strip() : "";
        return switch (category) {
            case "S" -> {
                if (!RATE.matcher(rest).matches()) {
                    throw new IllegalArgumentException(
                            "VAT setting S needs a rate, e.g. S:21, not " + setting);
                }
                yield new Vat("S", new BigDecimal(rest), null);
            }
            case "E" -> new Vat("E", BigDecimal.ZERO, rest);
            default -> new Vat(category, BigDecimal.ZERO, null);
        };
    }
}
