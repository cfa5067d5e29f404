package nl.ingrado.portal.account.control;

import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * Length over composition rules (NIST SP 800-63B): at least 10 characters, at most 128 so that
 * hashing stays cheap, and not simply the email address.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = nl.ingrado.portal.shared.entity.Lengths.PASSWORD_MIN;
    public static final int MAX_LENGTH = nl.ingrado.portal.shared.entity.Lengths.PASSWORD;

    private PasswordPolicy() {
    }

    public static void check(String field, String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw BusinessException.onField(field, "password.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw BusinessException.onField(field, "password.tooLong", MAX_LENGTH);
        }
        if (email != null && password.strip().equalsIgnoreCase(email.strip())) {
            throw BusinessException.onField(field, "password.isEmail");
        }
    }
}
