package nl.ingrado.portal.shared.entity;

import java.util.Locale;
import java.util.regex.Pattern;

/** Email addresses as the portal stores them: trimmed, lower case, one @ and a dotted domain. */
public final class Email {

    private static final Pattern SHAPE = Pattern
            .compile("^[^@\\s<>\"]{1,64}@[^@\\s<>\"]+\\.[^@\\s<>\"]{2,}$");

    private Email() {
    }

    public static String normalize(String raw) {
        return raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean isValid(String normalized) {
        return normalized.length() <= 254 && SHAPE.matcher(normalized).matches();
    }
}
