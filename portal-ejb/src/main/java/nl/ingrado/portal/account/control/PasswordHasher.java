package nl.ingrado.portal.account.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2 password hashes in the encoding of Jakarta Security's Pbkdf2PasswordHash
 * ({@code algorithm:iterations:salt:hash}, Base64), so stored hashes stay readable by either.
 * The iteration count travels with each hash: raising it later keeps old hashes verifiable.
 */
public final class PasswordHasher {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA512. */
    public static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 32;
    private static final int KEY_BYTES = 64;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHasher() {
    }

    public static String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] key = derive(ALGORITHM, password, salt, ITERATIONS, KEY_BYTES);
        var b64 = Base64.getEncoder();
        return ALGORITHM + ":" + ITERATIONS + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(key);
    }

    public static boolean verify(String password, String encoded) {
        String[] parts = encoded == null ? new String[0] : encoded.split(":");
        if (parts.length != 4 || !parts[0].startsWith("PBKDF2WithHmac")) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            byte[] actual = derive(parts[0], password, salt, iterations, expected.length);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] derive(String algorithm, String password, byte[] salt, int iterations,
            int keyBytes) {
        var spec = new PBEKeySpec(password.toCharArray(), salt, iterations, keyBytes * 8);
        try {
            return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 unavailable", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Prints a hash for a password given as argument: used to write demo accounts into SQL. */
    public static void main(String[] args) {
        System.out
                .println(hash(new String(args[0].getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)));
    }
}
