package nl.ingrado.portal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import nl.ingrado.portal.account.control.PasswordHasher;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void hashesWithPbkdf2Sha512AtLeast210000IterationsAndA256BitSalt() {
        var parts = PasswordHasher.hash("correct horse battery staple").split(":");
        assertEquals("PBKDF2WithHmacSHA512", parts[0]);
        assertTrue(Integer.parseInt(parts[1]) >= 210_000);
        assertEquals(32, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(64, Base64.getDecoder().decode(parts[3]).length);
    }

    @Test
    void verifiesOnlyTheRightPassword() {
        var hash = PasswordHasher.hash("correct horse battery staple");
        assertTrue(PasswordHasher.verify("correct horse battery staple", hash));
        assertFalse(PasswordHasher.verify("Correct horse battery staple", hash));
        assertFalse(PasswordHasher.verify("", hash));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(PasswordHasher.hash("zelfde wachtwoord"), PasswordHasher.hash("zelfde wachtwoord"));
    }

    @Test
    void refusesMalformedHashesInsteadOfFailing() {
        assertFalse(PasswordHasher.verify("x", null));
        assertFalse(PasswordHasher.verify("x", "plain-text"));
        assertFalse(PasswordHasher.verify("x", "PBKDF2WithHmacSHA512:abc:!!:!!"));
        assertFalse(PasswordHasher.verify("x", "MD5:1:AAAA:AAAA"));
    }

    @Test
    void keepsVerifyingHashesMadeWithOtherIterationCounts() {
        // a hash of "geheim" with 1000 iterations, as an older setting would have written it
        var salt = Base64.getEncoder().encodeToString(new byte[16]);
        var spec = new javax.crypto.spec.PBEKeySpec("geheim".toCharArray(), new byte[16], 1000, 512);
        try {
            var key = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec)
                    .getEncoded();
            var old = "PBKDF2WithHmacSHA512:1000:" + salt + ":" + Base64.getEncoder().encodeToString(key);
            assertTrue(PasswordHasher.verify("geheim", old));
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
