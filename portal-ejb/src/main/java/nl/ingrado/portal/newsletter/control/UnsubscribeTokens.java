package nl.ingrado.portal.newsletter.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

/**
 * Signed unsubscribe tokens for links, the List-Unsubscribe header and the mailto subject:
 * {@code s<subscriber>e<edition>.<HMAC-SHA256, 128 bits>}. Nothing is stored per token, so every message
 * can carry one; the key lives in the database ({@code nl_secret}) so all nodes sign alike.
 * Edition 0 means "not from an edition" (say, a link on the profile page).
 * <p>
 * The same key also marks each sent message ({@link #deliveryMac}), so that a bounce can name the
 * delivery it is about only when it quotes a message we really sent: ids alone are sequential and easy
 * to forge. The mark's MAC is over {@code bounce:e<edition>.s<subscriber>}, a payload no unsubscribe
 * token ({@code s<subscriber>e<edition>}) can have, so neither can stand for the other.
 */
@ApplicationScoped
public class UnsubscribeTokens {

    private static final Pattern FORMAT = Pattern.compile("s(\\d{1,18})e(\\d{1,18})\\.([A-Za-z0-9_-]{22})");

    /** Who a valid token names. */
    public record Target(long subscriberId, long editionId) {
        public Long edition() {
            return editionId == 0 ? null : editionId;
        }
    }

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    private volatile byte[] key;

    /** Tokens under a given key, without a database (unit tests). */
    static UnsubscribeTokens withKey(byte[] key) {
        var tokens = new UnsubscribeTokens();
        tokens.key = key.clone();
        return tokens;
    }

    public String sign(long subscriberId, long editionId) {
        var payload = "s" + subscriberId + "e" + editionId;
        return payload + "." + mac(payload);
    }

    public Optional<Target> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        var m = FORMAT.matcher(token.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        var payload = "s" + m.group(1) + "e" + m.group(2);
        // constant-time comparison: the signature must not leak by timing
        if (!MessageDigest.isEqual(mac(payload).getBytes(StandardCharsets.US_ASCII),
                m.group(3).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        return Optional.of(new Target(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))));
    }

    /**
     * The MAC of a delivery mark: the engine writes {@code X-Ingrado-Delivery: e<edition>.s<subscriber>.<mac>}
     * and puts it in the Message-ID; a bounce that quotes it names that delivery.
     */
    public String deliveryMac(long editionId, long subscriberId) {
        return mac(deliveryPayload(editionId, subscriberId));
    }

    /** Whether {@code mac} is the mark of that delivery (constant-time). */
    public boolean verifyDelivery(long editionId, long subscriberId, String mac) {
        if (mac == null) {
            return false;
        }
        return MessageDigest.isEqual(
                mac(deliveryPayload(editionId, subscriberId)).getBytes(StandardCharsets.US_ASCII),
                mac.getBytes(StandardCharsets.US_ASCII));
    }

    private static String deliveryPayload(long editionId, long subscriberId) {
        return "bounce:e" + editionId + ".s" + subscriberId;
    }

    private String mac(String payload) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            var full = mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(full, 16));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        var k = key;
        if (k == null) {
            try (var c = dataSource.getConnection();
                    var s = c.prepareStatement("SELECT value FROM nl_secret WHERE id = 1");
                    var r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("nl_secret is empty");
                }
                k = HexFormat.of().parseHex(r.getString(1));
                key = k;
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the unsubscribe key", e);
            }
        }
        return k;
    }
}
