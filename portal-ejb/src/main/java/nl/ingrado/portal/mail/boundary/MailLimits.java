package nl.ingrado.portal.mail.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.SecretTokens;
import nl.ingrado.portal.shared.control.Settings;

/**
 * Limits on mail to an address a visitor typed (sign-up, password reset, guest registration, the
 * newsletter form): so many per recipient address and so many per client address in each clock hour
 * ({@code portal.mail-limit.per-address}, default 5; {@code portal.mail-limit.per-client}, default
 * 50). The counts live in {@code mail_limit}, so every node counts against the same limit. Past a
 * limit the caller mails nothing and answers the visitor exactly as it would otherwise.
 */
@Stateless
public class MailLimits {

    private final Settings values = Settings.fromConfig("portal.mail-limit.");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Counts one request to mail {@code recipient} for {@code clientAddress} (null when no visitor
     * asked) and says whether it may go. Counted in the caller's transaction: a request that rolls
     * back counts nothing.
     */
    public boolean allow(String recipient, String clientAddress) {
        var window = Clocks.nowUtc(clock).truncatedTo(ChronoUnit.HOURS);
        if (clientAddress != null && !take("CLIENT", clientAddress, window, perClient())) {
            return false;
        }
        return take("RECIPIENT", recipient == null ? "" : recipient.strip().toLowerCase(Locale.ROOT), window,
                perAddress());
    }

    public int perAddress() {
        return Math.max(1, values.number("per-address", 5));
    }

    public int perClient() {
        return Math.max(1, values.number("per-client", 50));
    }

    /** Counts older than a day serve no limit: removed nightly. */
    public int removeStale() {
        return em.createNativeQuery("DELETE FROM mail_limit WHERE window_start < ?")
                .setParameter(1, Clocks.nowUtc(clock).minusDays(1)).executeUpdate();
    }

    /**
     * One atomic increment (insert or add one, holding the row's lock to the end of the transaction),
     * then the value this transaction made: no two requests can both see the last free mail.
     */
    private boolean take(String scope, String subject, LocalDateTime window, int limit) {
        var hash = SecretTokens.sha256(subject);
        em.createNativeQuery(
                "INSERT INTO mail_limit (scope, subject_hash, window_start, used) VALUES (?, ?, ?, 1) "
                        + "ON DUPLICATE KEY UPDATE used = used + 1")
                .setParameter(1, scope).setParameter(2, hash)
                .setParameter(3, window).executeUpdate();
        var used = (Number) em.createNativeQuery(
                "SELECT used FROM mail_limit WHERE scope = ? AND subject_hash = ? AND window_start = ?")
                .setParameter(1, scope).setParameter(2, hash).setParameter(3, window).getSingleResult();
        return used.intValue() <= limit;
    }
}
