package nl.ingrado.portal.register.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ingrado.portal.mail.boundary.MailService;
import nl.ingrado.portal.register.control.Dates;
import nl.ingrado.portal.register.entity.Norm;
import nl.ingrado.portal.register.entity.Period;
import nl.ingrado.portal.register.entity.PeriodOutcome;
import nl.ingrado.portal.register.entity.Registrant;
import nl.ingrado.portal.register.entity.RegistrantStatus;
import nl.ingrado.portal.shared.control.AuditTrail;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.Columns;
import nl.ingrado.portal.shared.control.NativeRows;
import nl.ingrado.portal.shared.control.PortalSettings;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.Lengths;

/**
 * Re-registration (herregistratie) at the end of a period: renew when the norm is met (a new period
 * follows), extend (uitstel, at most a year past the original end) or suspend when it is not, and
 * objections (bezwaar) against a decision. Every step is mailed to the registrant and audit-trailed on
 * the registrant, under the registrant's row lock.
 */
@Stateless
public class ReRegistrations {

    /** A period is due for a decision from this many months before its end. */
    public static final int DUE_MONTHS = 3;
    /** An extension ends at most this many months after the period's original end. */
    public static final int MAX_EXTENSION_MONTHS = 12;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Registrants registrants;

    @Inject
    Schemes schemes;

    @Inject
    MailService mail;

    @Inject
    PortalSettings settings;

    /** A period waiting for a decision, with where it stands. */
    public record DuePeriod(long registrantId, String name, String number, Period period,
            Norm.Progress progress) {
    }

    /** An objection against a decision on a period; {@code outcome} is null while open. */
    public record Objection(long id, long periodId, int periodSeq, String periodOutcome, LocalDate receivedOn,
            String text, String recordedBy, LocalDateTime recordedAt, String outcome, String outcomeReason,
            String decidedBy, LocalDateTime decidedAt) {

        public boolean isOpen() {
            return outcome == null;
        }
    }

    /**
     * Current periods of active registrants that ended or end within {@link #DUE_MONTHS} months and wait
     * for a decision (none yet, or an extension whose new end is near), ending first on top. Two queries
     * whatever the number of rows.
     */
    @SuppressWarnings("unchecked")
    public List<DuePeriod> due(LocalDate today) {
        List<Object[]> rows = em
                .createNativeQuery("SELECT r.id, r.first_name, r.last_name, r.registration_number, "
                        + "p.id, p.seq, p.starts_on, p.ends_on, p.original_ends_on, p.norm_factor, p.norm_points, p.outcome "
                        + "FROM register_period p JOIN registrant r ON r.id = p.registrant_id "
                        + "WHERE r.status = 'ACTIVE' AND (p.outcome IS NULL OR p.outcome = 'EXTENDED') AND p.ends_on <= ? "
                        + "AND p.seq = (SELECT MAX(seq) FROM register_period WHERE registrant_id = r.id) "
                        + "ORDER BY p.ends_on, r.last_name, r.id")
                .setParameter(1, today.plusMonths(DUE_MONTHS))
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        var periodIds = rows.stream().map(r -> ((Number) r[4]).longValue()).toList();
        Map<Long, Map<String, BigDecimal>> earned = new HashMap<>();
        List<Object[]> totals = em
                .createNativeQuery("SELECT period_id, category, points FROM register_period_total "
                        + "WHERE period_id IN ("
                        + String.join(",", periodIds.stream().map(String::valueOf).toList()) + ")")
                .getResultList();
        totals.forEach(t -> earned.computeIfAbsent(((Number) t[0]).longValue(), k -> new HashMap<>())
                .put((String) t[1], (BigDecimal) t[2]));
        var scheme = schemes.krsd();
        var due = new ArrayList<DuePeriod>();
        for (var r : rows) {
            var period = Registrants
                    .toPeriod(new Object[]{r[4], r[0], r[5], r[6], r[7], r[8], r[9], r[10], r[11]});
            var progress = Norm.progress(scheme, period.startsOn(), period.endsOn(), period.normFactor(),
                    period.normPoints(), earned.getOrDefault(period.id(), Map.of()), today);
            due.add(new DuePeriod(((Number) r[0]).longValue(), r[1] + " " + r[2], (String) r[3], period,
                    progress));
        }
        return due;
    }

    /** How many periods wait for a decision. */
    public long dueCount(LocalDate today) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM register_period p JOIN registrant r "
                + "ON r.id = p.registrant_id WHERE r.status = 'ACTIVE' AND (p.outcome IS NULL OR p.outcome = 'EXTENDED') "
                + "AND p.ends_on <= ? AND p.seq = (SELECT MAX(seq) FROM register_period WHERE registrant_id = r.id)")
                .setParameter(1, today.plusMonths(DUE_MONTHS)).getSingleResult()).longValue();
    }

    /** Whether a decision can be taken on the period now (for the page; {@link #decide} checks again). */
    public boolean decidable(Period period, RegistrantStatus status) {
        return status == RegistrantStatus.ACTIVE
                && (period.outcome() == null || period.outcome() == PeriodOutcome.EXTENDED)
                && !period.endsOn().isAfter(registrants.today().plusMonths(DUE_MONTHS))
                && latestSeq(period.registrantId()) == period.seq();
    }

    /**
     * The decision on a period. RENEWED only when the norm is met: period seq + 1 opens the day after the
     * end, with the norm the scheme has now. EXTENDED and SUSPENDED only when it is not met; an extension
     * moves the end to {@code newEnd} (later than the current end, not in the past, at most a year after
     * the original end) and the registrant stays active; a suspension suspends the registrant. A period
     * is decided once; an extended period gets one more decision (renew or suspend) when its new end
     * nears.
     */
    public void decide(String actor, long periodId, PeriodOutcome outcome, LocalDate newEnd, String reason) {
        if (outcome == null) {
            throw BusinessException.onField("outcome", "audit.rereg.outcome");
        }
        var registrantId = registrantOf(periodId);
        var registrant = registrants.lock(registrantId);
        var period = period(periodId);
        var today = registrants.today();
        if (period.outcome() == PeriodOutcome.RENEWED || period.outcome() == PeriodOutcome.SUSPENDED
                || period.outcome() == PeriodOutcome.EXTENDED && outcome == PeriodOutcome.EXTENDED
                || latestSeq(registrantId) != period.seq()) {
            throw new BusinessException("audit.rereg.decided");
        }
        if (registrant.status() != RegistrantStatus.ACTIVE) {
            throw new BusinessException("audit.rereg.notActive");
        }
        if (period.endsOn().isAfter(today.plusMonths(DUE_MONTHS))) {
            throw new BusinessException("audit.rereg.notDue", DUE_MONTHS);
        }
        var cleanReason = PointLedger.optional(reason, Lengths.NOTE, "reason");
        if (outcome != PeriodOutcome.RENEWED && cleanReason == null) {
            throw BusinessException.onField("reason", "audit.rereg.reason");
        }
        var progress = registrants.progress(period);
        boolean met = progress.missing().signum() == 0;
        if (outcome == PeriodOutcome.RENEWED && !met) {
            throw BusinessException.onField("outcome", "audit.rereg.notMet", progress.missing());
        }
        if (outcome != PeriodOutcome.RENEWED && met) {
            throw BusinessException.onField("outcome", "audit.rereg.met");
        }
        var decision = new Decided(actor, registrant, period, progress, Clocks.nowUtc(clock), cleanReason);
        switch (outcome) {
            case RENEWED -> renew(decision);
            case EXTENDED -> extend(decision, newEnd, today);
            case SUSPENDED -> suspend(decision);
        }
    }

    /** A decision on a period, checked: who took it, on what, where the period stood, when and why. */
    private record Decided(String actor, Registrant registrant, Period period, Norm.Progress progress,
            LocalDateTime now, String reason) {
    }

    private void renew(Decided d) {
        var registrant = d.registrant();
        var period = d.period();
        claim(period.id(), period.outcome(), "RENEWED", null, d.actor(), d.now(), d.reason());
        var scheme = schemes.byId(registrant.schemeId());
        var plan = registrants.openPeriod(scheme, registrant.id(), period.seq() + 1,
                period.endsOn().plusDays(1));
        AuditTrail.record(em, Registrants.AUDIT_TYPE, registrant.id(), "RENEWED", d.actor(), d.now(),
                "period " + period.seq() + " (" + period.startsOn() + " – " + period.endsOn()
                        + "): norm met; "
                        + "period " + (period.seq() + 1) + " " + plan.startsOn() + " – "
                        + plan.endsOn()
                        + ", norm " + plan.normPoints()
                        + (d.reason() == null ? "" : "; " + d.reason()));
        mail.send(registrant.email(), registrant.language(), "krsd.rereg.renewed", registrant.name(),
                registrant.number(), Dates.text(plan.startsOn(), registrant.language()),
                Dates.text(plan.endsOn(), registrant.language()), plan.normPoints(), memberLink());
    }

    private void extend(Decided d, LocalDate newEnd, LocalDate today) {
        var registrant = d.registrant();
        var period = d.period();
        if (newEnd == null) {
            throw BusinessException.onField("newEnd", "audit.rereg.newEnd.required");
        }
        var latest = period.originalEndsOn().plusMonths(MAX_EXTENSION_MONTHS);
        if (!newEnd.isAfter(period.endsOn()) || newEnd.isBefore(today) || newEnd.isAfter(latest)) {
            throw BusinessException.onField("newEnd", "audit.rereg.newEnd.range",
                    Dates.numeric(period.endsOn()), Dates.numeric(latest));
        }
        claim(period.id(), period.outcome(), "EXTENDED", newEnd, d.actor(), d.now(), d.reason());
        // the reminders count from the new end: six months and one month before it, once each
        em.createNativeQuery(
                "UPDATE register_period SET reminder_6m_at = IF(? > ?, NULL, reminder_6m_at), "
                        + "reminder_1m_at = NULL WHERE id = ?")
                .setParameter(1, newEnd)
                .setParameter(2, today.plusMonths(6)).setParameter(3, period.id()).executeUpdate();
        AuditTrail.record(em, Registrants.AUDIT_TYPE, registrant.id(), "EXTENDED", d.actor(), d.now(),
                "period " + period.seq() + ": end " + period.endsOn() + " → " + newEnd + " (original "
                        + period.originalEndsOn() + "), " + d.progress().missing() + " points missing; "
                        + d.reason());
        mail.send(registrant.email(), registrant.language(), "krsd.rereg.extended", registrant.name(),
                Dates.text(newEnd, registrant.language()), d.progress().missing(), d.reason(), memberLink());
    }

    private void suspend(Decided d) {
        var registrant = d.registrant();
        var period = d.period();
        claim(period.id(), period.outcome(), "SUSPENDED", null, d.actor(), d.now(), d.reason());
        em.createNativeQuery("UPDATE registrant SET status = 'SUSPENDED', version = version + 1 WHERE id = ?")
                .setParameter(1, registrant.id()).executeUpdate();
        AuditTrail.record(em, Registrants.AUDIT_TYPE, registrant.id(), "SUSPENDED", d.actor(), d.now(),
                "period " + period.seq() + " (" + period.startsOn() + " – " + period.endsOn() + "), "
                        + d.progress().missing() + " points missing; " + d.reason());
        mail.send(registrant.email(), registrant.language(), "krsd.rereg.suspended", registrant.name(),
                registrant.number(), d.progress().missing(), d.reason(), memberLink());
    }
    /** Writes the outcome only if the period is still where it was read: a decision goes in once. */
    private void claim(long periodId, PeriodOutcome was, String outcome, LocalDate newEnd, String actor,
            LocalDateTime now, String reason) {
        int changed = em
                .createNativeQuery("UPDATE register_period SET outcome = ?, ends_on = COALESCE(?, ends_on), "
                        + "decided_at = ?, decided_by = ?, decision_reason = ? WHERE id = ? AND "
                        + (was == null ? "outcome IS NULL" : "outcome = '" + was.name() + "'"))
                .setParameter(1, outcome).setParameter(2, newEnd).setParameter(3, now).setParameter(4, actor)
                .setParameter(5, reason).setParameter(6, periodId).executeUpdate();
        if (changed == 0) {
            throw new BusinessException("audit.rereg.decided");
        }
    }

    /** Records an objection (bezwaar) received against the decision on a period. */
    public long recordObjection(String actor, long periodId, LocalDate receivedOn, String text) {
        var registrantId = registrantOf(periodId);
        registrants.lock(registrantId);
        var period = period(periodId);
        if (period.outcome() == null) {
            throw new BusinessException("audit.objection.undecided");
        }
        if (receivedOn == null) {
            throw BusinessException.onField("receivedOn", "krsd.field.required");
        }
        if (receivedOn.isAfter(registrants.today())) {
            throw BusinessException.onField("receivedOn", "audit.objection.future");
        }
        var clean = PointLedger.required(text, Lengths.NOTE, "objectionText");
        if (!em.createNativeQuery("SELECT id FROM register_objection WHERE period_id = ? AND outcome IS NULL")
                .setParameter(1, periodId).getResultList().isEmpty()) {
            throw new BusinessException("audit.objection.open");
        }
        var now = Clocks.nowUtc(clock);
        em.createNativeQuery(
                "INSERT INTO register_objection (period_id, received_on, text, recorded_by, recorded_at) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, periodId).setParameter(2, receivedOn)
                .setParameter(3, clean).setParameter(4, actor).setParameter(5, now).executeUpdate();
        long id = NativeRows.lastId(em);
        AuditTrail.record(em, Registrants.AUDIT_TYPE, registrantId, "OBJECTION", actor, now,
                "objection " + id + " against " + period.outcome() + " of period " + period.seq()
                        + ", received "
                        + receivedOn + ": " + clean);
        return id;
    }

    /**
     * Decides an objection. Upheld against a suspension undoes it: the registrant is active again and the
     * period waits for a new decision. The registrant is mailed.
     */
    public void decideObjection(String actor, long objectionId, boolean upheld, String reason) {
        var found = em.createNativeQuery("SELECT period_id FROM register_objection WHERE id = ?")
                .setParameter(1, objectionId).getResultList();
        if (found.isEmpty()) {
            throw new BusinessException("audit.objection.notFound");
        }
        long periodId = ((Number) found.get(0)).longValue();
        var registrantId = registrantOf(periodId);
        var registrant = registrants.lock(registrantId);
        var clean = PointLedger.required(reason, Lengths.NOTE, "objectionReason");
        var period = period(periodId);
        var now = Clocks.nowUtc(clock);
        int changed = em.createNativeQuery("UPDATE register_objection SET outcome = ?, outcome_reason = ?, "
                + "decided_by = ?, decided_at = ? WHERE id = ? AND outcome IS NULL")
                .setParameter(1, upheld ? "UPHELD" : "DISMISSED").setParameter(2, clean)
                .setParameter(3, actor)
                .setParameter(4, now).setParameter(5, objectionId).executeUpdate();
        if (changed == 0) {
            throw new BusinessException("audit.objection.decided");
        }
        boolean reactivated = upheld && period.outcome() == PeriodOutcome.SUSPENDED
                && registrant.status() == RegistrantStatus.SUSPENDED;
        if (reactivated) {
            em.createNativeQuery(
                    "UPDATE registrant SET status = 'ACTIVE', version = version + 1 WHERE id = ?")
                    .setParameter(1, registrantId).executeUpdate();
            em.createNativeQuery(
                    "UPDATE register_period SET outcome = IF(ends_on > original_ends_on, 'EXTENDED', NULL), "
                            + "decided_at = NULL, decided_by = NULL, "
                            + "decision_reason = NULL WHERE id = ?")
                    .setParameter(1, periodId).executeUpdate();
        }
        AuditTrail.record(em, Registrants.AUDIT_TYPE, registrantId,
                upheld ? "OBJECTION_UPHELD" : "OBJECTION_DISMISSED",
                actor, now,
                "objection " + objectionId + " (period " + period.seq() + ", " + period.outcome() + "): "
                        + clean + (reactivated ? "; suspension undone, registrant active again" : ""));
        mail.send(registrant.email(), registrant.language(),
                upheld ? "krsd.objection.upheld" : "krsd.objection.dismissed", registrant.name(), clean,
                memberLink());
    }

    /** The objections of a registrant, newest first. */
    public List<Objection> objections(long registrantId) {
        return NativeRows.list(em, "SELECT o.id, o.period_id, p.seq, p.outcome, o.received_on, o.text, "
                + "o.recorded_by, o.recorded_at, o.outcome, o.outcome_reason, o.decided_by, o.decided_at "
                + "FROM register_objection o JOIN register_period p ON p.id = o.period_id WHERE p.registrant_id = ? "
                + "ORDER BY o.received_on DESC, o.id DESC",
                r -> new Objection(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                        ((Number) r[2]).intValue(), (String) r[3], Columns.date(r[4]), (String) r[5],
                        (String) r[6],
                        Columns.dateTime(r[7]), (String) r[8], (String) r[9], (String) r[10],
                        Columns.dateTime(r[11])),
                registrantId);
    }

    /** The decision recorded on a period: who, when, why (null while undecided). */
    public record Decision(String decidedBy, LocalDateTime decidedAt, String reason) {
    }

    @SuppressWarnings("unchecked")
    public Map<Long, Decision> decisions(long registrantId) {
        List<Object[]> rows = em.createNativeQuery("SELECT id, decided_by, decided_at, decision_reason FROM "
                + "register_period WHERE registrant_id = ? AND decided_at IS NOT NULL")
                .setParameter(1, registrantId)
                .getResultList();
        var map = new HashMap<Long, Decision>();
        rows.forEach(r -> map.put(((Number) r[0]).longValue(),
                new Decision((String) r[1], Columns.dateTime(r[2]), (String) r[3])));
        return map;
    }

    private long registrantOf(long periodId) {
        var found = em.createNativeQuery("SELECT registrant_id FROM register_period WHERE id = ?")
                .setParameter(1, periodId).getResultList();
        if (found.isEmpty()) {
            throw new BusinessException("audit.period.notFound");
        }
        return ((Number) found.get(0)).longValue();
    }

    private Period period(long periodId) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT id, registrant_id, seq, starts_on, ends_on, "
                + "original_ends_on, norm_factor, norm_points, outcome FROM register_period WHERE id = ?")
                .setParameter(1, periodId).getSingleResult();
        return Registrants.toPeriod(r);
    }

    private int latestSeq(long registrantId) {
        return ((Number) em.createNativeQuery("SELECT MAX(seq) FROM register_period WHERE registrant_id = ?")
                .setParameter(1, registrantId).getSingleResult()).intValue();
    }

    private String memberLink() {
        return settings.baseUrl() + "/member/krsd/index.xhtml";
    }
}
