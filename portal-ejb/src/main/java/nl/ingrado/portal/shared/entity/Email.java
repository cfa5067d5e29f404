package nl.ingrado.portal.shared.entity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Email addresses as the portal stores them: trimmed, lower case, and only what a mail can be sent
 * to without quoting (RFC 5321 dot-atoms): no quotes, angle brackets, spaces or control characters,
 * a dotted domain, at most 64 characters before the @ and {@value #MAX_LENGTH} in all. Forms, the
 * API and every service that takes an address use this one rule ({@link EmailAddress} on a field).
 */
public final class Email {

    /** The longest address a mail server accepts (RFC 5321 path limit), and the columns' length. */
    public static final int MAX_LENGTH = 254;

    private static final String ATOM = "[a-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
    private static final Pattern SHAPE = Pattern
            .compile("^(?=[^@]{1,64}@)" + ATOM + "(?:\\." + ATOM + ")*@(?:" + LABEL + "\\.)+[a-z]{2,63}$");

    private Email() {
    }

    public static String normalize(String raw) {
        return raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether a normalized address (see {@link #normalize}) has the shape a mail can be sent to. */
    public static boolean isValid(String normalized) {
        return normalized.length() <= MAX_LENGTH && SHAPE.matcher(normalized).matches();
    }

    /**
     * The normalized address typed in a form's field {@code email}, or a failure on that field:
     * {@code requiredKey} when it is empty, {@code invalidKey} when it has not the shape of {@link #isValid}.
     */
    public static String required(String raw, String requiredKey, String invalidKey) {
        var normalized = normalize(raw);
        if (normalized.isEmpty()) {
            throw BusinessException.onField("email", requiredKey);
        }
        if (!isValid(normalized)) {
            throw BusinessException.onField("email", invalidKey);
        }
        return normalized;
    }
}
