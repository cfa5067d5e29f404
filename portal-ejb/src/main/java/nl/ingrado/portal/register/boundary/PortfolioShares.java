package nl.ingrado.portal.register.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import nl.ingrado.portal.register.entity.Norm;
import nl.ingrado.portal.register.entity.PointRecord;
import nl.ingrado.portal.register.entity.RecordStatus;
import nl.ingrado.portal.register.entity.Registrant;
import nl.ingrado.portal.register.entity.RegistrantStatus;
import nl.ingrado.portal.shared.control.AuditTrail;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.Columns;
import nl.ingrado.portal.shared.control.NativeRows;
import nl.ingrado.portal.shared.control.SecretTokens;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.Lengths;

/**
 * Consent-based portfolio sharing: a registrant gives someone (say, a new employer) a link that shows
 * their registration, progress and approved records until it expires or they withdraw it. Only the
 * SHA-256 of the link's secret is stored, so the link is shown once; evidence files and the email
 * address are never part of a shared portfolio.
 */
@Stateless
public class PortfolioShares {

    public static final String AUDIT_TYPE = "portfolio_share";
    public static final int MAX_DAYS = 90;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Registrants registrants;

    @Inject
    PointLedger ledger;

    public record Share(long id, String label, LocalDateTime createdAt, LocalDateTime expiresAt,
            LocalDateTime revokedAt) {

        public boolean isUsable(LocalDateTime now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    /** What someone with a valid link sees. Times are UTC. */
    public record Portfolio(String name, String number, RegistrantStatus status, java.time.LocalDate startsOn,
            java.time.LocalDate endsOn, Norm.Progress progress, List<PointRecord> approved,
            LocalDateTime expiresAt) {
    }

    /** Makes a share valid for {@code days} (1–90) and returns the link's secret: it is not stored. */
    public String create(long accountId, String label, Integer days) {
        var registrant = sharing(accountId);
        var cleanLabel = PointLedger.required(label, Lengths.TITLE, "label");
        if (days == null || days < 1 || days > MAX_DAYS) {
            throw BusinessException.onField("days", "krsd.share.days", MAX_DAYS);
        }
        var token = SecretTokens.newToken();
        var now = Clocks.nowUtc(clock);
        em.createNativeQuery(
                "INSERT INTO portfolio_share (registrant_id, token_hash, label, created_at, expires_at) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, registrant.id())
                .setParameter(2, SecretTokens.sha256(token)).setParameter(3, cleanLabel).setParameter(4, now)
                .setParameter(5, now.plusDays(days)).executeUpdate();
        long id = NativeRows.lastId(em);
        AuditTrail.record(em, AUDIT_TYPE, id, "CREATED", registrant.email(), now,
                "label: " + cleanLabel + "; valid for " + days + " days");
        return token;
    }

    /** The registrant's shares, newest first (revoked and expired ones stay listed as such). */
    @SuppressWarnings("unchecked")
    public List<Share> mine(long accountId) {
        var registrant = registrants.ofAccount(accountId);
        if (registrant.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("SELECT id, label, created_at, expires_at, revoked_at "
                + "FROM portfolio_share WHERE registrant_id = ? ORDER BY created_at DESC, id DESC")
                .setParameter(1, registrant.get().id()).getResultList();
        return rows.stream()
                .map(r -> new Share(((Number) r[0]).longValue(), (String) r[1], Columns.dateTime(r[2]),
                        Columns.dateTime(r[3]), Columns.dateTime(r[4])))
                .toList();
    }

    /** Withdraws one of the caller's own shares; someone else's share is "not found". */
    public void revoke(long accountId, long shareId) {
        var registrant = registrants.ofAccount(accountId)
                .orElseThrow(() -> new BusinessException("krsd.share.notFound"));
        var now = Clocks.nowUtc(clock);
        int changed = em.createNativeQuery("UPDATE portfolio_share SET revoked_at = ? WHERE id = ? "
                + "AND registrant_id = ? AND revoked_at IS NULL").setParameter(1, now)
                .setParameter(2, shareId)
                .setParameter(3, registrant.id()).executeUpdate();
        if (changed == 0) {
            throw new BusinessException("krsd.share.notFound");
        }
        AuditTrail.record(em, AUDIT_TYPE, shareId, "REVOKED", registrant.email(), now, "");
    }

    /** The portfolio behind a link, while the share is neither expired nor withdrawn. */
    @SuppressWarnings("unchecked")
    public Optional<Portfolio> open(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        var now = Clocks.nowUtc(clock);
        List<Object[]> rows = em.createNativeQuery("SELECT registrant_id, expires_at FROM portfolio_share "
                + "WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?")
                .setParameter(1, SecretTokens.sha256(token)).setParameter(2, now).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        var registrant = registrants.byId(((Number) rows.get(0)[0]).longValue()).orElseThrow();
        if (!registrant.status().isPublic() || registrant.period() == null) {
            return Optional.empty();
        }
        var period = registrant.period();
        var approved = ledger.ledger(registrant.id()).stream()
                .filter(r -> r.periodId() == period.id() && r.status() == RecordStatus.APPROVED).toList();
        return Optional.of(new Portfolio(registrant.name(), registrant.number(), registrant.status(),
                period.startsOn(), period.endsOn(), registrants.progress(period), approved,
                Columns.dateTime(rows.get(0)[1])));
    }

    private Registrant sharing(long accountId) {
        var registrant = registrants.own(accountId);
        if (!registrant.status().isPublic() || registrant.period() == null) {
            throw new BusinessException("krsd.share.notRegistered");
        }
        return registrant;
    }
}
