package nl.ingrado.portal.shared.web;

import java.math.BigDecimal;
import nl.ingrado.portal.shared.entity.BusinessException;

/** Amounts, points and hours as people type them in a form: a comma or a point, shown with a comma. */
public final class Decimals {

    private Decimals() {
    }

    /** The number typed, or null when empty; anything else is the message {@code key} on {@code field}. */
    public static BigDecimal parse(String text, String field, String key) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw BusinessException.onField(field, key);
        }
    }

    /** A stored number as the form shows it again: no trailing zeros, a decimal comma. */
    public static String shown(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
