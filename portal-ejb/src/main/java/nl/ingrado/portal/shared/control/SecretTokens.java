package nl.ingrado.portal.shared.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random secrets handed out once (email links, API tokens). Only their SHA-256 is stored: a leaked
 * table gives nobody a working link. A plain hash suffices because the secrets have 256 bits.
 */
public final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Whether {@code text} can be a code of ours (URL-safe Base64, at most {@code maxLength}): anything
     * else names nothing, and never reaches a query on an ASCII column, which would refuse to compare it.
     */
    public static boolean isWellFormed(String text, int maxLength) {
        return text != null && !text.isEmpty() && text.length() <= maxLength
                && text.chars()
                        .allMatch(c -> c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                                || c == '-' || c == '_');
    }

    public static String sha256(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
