package nl.ingrado.portal.register.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.ingrado.portal.mail.boundary.MailService;
import nl.ingrado.portal.member.entity.Job;
import nl.ingrado.portal.register.entity.Norm;
import nl.ingrado.portal.register.entity.Period;
import nl.ingrado.portal.register.entity.PeriodOutcome;
import nl.ingrado.portal.register.entity.Registrant;
import nl.ingrado.portal.register.entity.RegistrantStatus;
import nl.ingrado.portal.register.entity.Scheme;
import nl.ingrado.portal.shared.control.AuditTrail;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.Columns;
import nl.ingrado.portal.shared.control.NativeRows;
import nl.ingrado.portal.shared.control.PortalSettings;
import nl.ingrado.portal.shared.control.SecretTokens;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.Lengths;

/** Entering the register: applying, the decision on an application, and where a registrant stands. */
@Stateless
public class Registrants {

    public static final String AUDIT_TYPE = "registrant";

    private static final String SELECT = "SELECT r.id, r.scheme_id, r.account_id, a.email, a.preferred_language, "
            + "r.registration_number, r.first_name, r.last_name, r.job, r.employer, r.organisation_id, r.status, "
            + "r.show_employer, r.show_job, r.certificate_code, p.id, p.seq, p.starts_on, p.ends_on, "
            + "p.original_ends_on, p.norm_factor, p.norm_points, p.outcome FROM registrant r "
            + "LEFT JOIN account a ON a.id = r.account_id "
            + "LEFT JOIN register_period p ON p.registrant_id = r.id "
            + "AND p.seq = (SELECT MAX(seq) FROM register_period WHERE registrant_id = r.id) ";
    private static final String PERIOD = "SELECT id, registrant_id, seq, starts_on, ends_on, original_ends_on, "
            + "norm_factor, norm_points, outcome FROM register_period ";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Schemes schemes;

    @Inject
    MailService mail;

    @Inject
    PortalSettings settings;

    /** A professional applies; an auditor (or staff) decides. Someone refused earlier may apply again. */
    public long apply(long accountId, Application a) {
        var scheme = schemes.krsd();
        var first = PointLedger.required(a.firstName(), Lengths.FIRST_NAME, "firstName");
        var last = PointLedger.required(a.lastName(), Lengths.LAST_NAME, "lastName");
        var employer = PointLedger.required(a.employer(), Lengths.NAME, "employer");
        if (a.job() == null || a.job().isBlank()) {
            throw BusinessException.onField("job", "krsd.apply.job");
        }
        try {
            Job.valueOf(a.job());
        } catch (IllegalArgumentException e) {
            throw BusinessException.onField("job", "krsd.apply.job");
        }
        if (!a.conductAccepted()) {
            throw BusinessException.onField("conduct", "krsd.apply.conduct");
        }
        if (a.organisationId() != null && em.createNativeQuery("SELECT id FROM organisation WHERE id = ?")
                .setParameter(1, a.organisationId()).getResultList().isEmpty()) {
            throw BusinessException.onField("organisation", "krsd.apply.organisation");
        }
        var now = Clocks.nowUtc(clock);
        // the account row is the lock: two tabs applying at once make one application
        em.createNativeQuery("SELECT id FROM account WHERE id = ? FOR UPDATE").setParameter(1, accountId)
                .getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> existing = em
                .createNativeQuery("SELECT id, status FROM registrant WHERE scheme_id = ? "
                        + "AND account_id = ?")
                .setParameter(1, scheme.id()).setParameter(2, accountId).getResultList();
        long id;
        if (!existing.isEmpty()) {
            if (!"REJECTED".equals(existing.get(0)[1])) {
                throw new BusinessException("krsd.apply.already");
            }
            id = ((Number) existing.get(0)[0]).longValue();
            em.createNativeQuery(
                    "UPDATE registrant SET first_name = ?, last_name = ?, job = ?, employer = ?, "
                            + "organisation_id = ?, status = 'APPLIED', conduct_text = ?, conduct_accepted_at = ?, "
                            + "applied_at = ?, decided_at = NULL, decided_by = NULL, decision_reason = NULL, "
                            + "version = version + 1 WHERE id = ?")
                    .setParameter(1, first).setParameter(2, last)
                    .setParameter(3, a.job()).setParameter(4, employer).setParameter(5, a.organisationId())
                    .setParameter(6, scheme.codeOfConduct()).setParameter(7, now).setParameter(8, now)
                    .setParameter(9, id).executeUpdate();
        } else {
            em.createNativeQuery("INSERT INTO registrant (scheme_id, account_id, first_name, last_name, job, "
                    + "employer, organisation_id, status, conduct_text, conduct_accepted_at, applied_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, 'APPLIED', ?, ?, ?)").setParameter(1, scheme.id())
                    .setParameter(2, accountId).setParameter(3, first).setParameter(4, last)
                    .setParameter(5, a.job())
                    .setParameter(6, employer).setParameter(7, a.organisationId())
                    .setParameter(8, scheme.codeOfConduct()).setParameter(9, now).setParameter(10, now)
                    .executeUpdate();
            id = NativeRows.lastId(em);
        }
        AuditTrail.record(em, AUDIT_TYPE, id, "APPLIED", emailOf(accountId), now,
                "code of conduct accepted; employer: " + employer + "; job: " + a.job());
        return id;
    }

    /**
     * Approving gives the registration number and opens the first period; refusing needs a reason.
     * The applicant is mailed either way.
     */
    public void decide(String actor, long registrantId, boolean approve, String reason) {
        var r = lock(registrantId);
        if (r.status() != RegistrantStatus.APPLIED) {
            throw new BusinessException("krsd.decide.notApplied");
        }
        var now = Clocks.nowUtc(clock);
        var cleanReason = PointLedger.optional(reason, Lengths.NOTE, "reason");
        if (approve) {
            var scheme = schemes.byId(r.schemeId());
            var number = scheme.numberPrefix() + "-" + String.format("%06d", registrantId);
            em.createNativeQuery("UPDATE registrant SET status = 'ACTIVE', registration_number = ?, "
                    + "certificate_code = ?, decided_at = ?, decided_by = ?, decision_reason = ?, version = version + 1 "
                    + "WHERE id = ?").setParameter(1, number)
                    .setParameter(2, SecretTokens.newToken().substring(0, 24))
                    .setParameter(3, now).setParameter(4, actor).setParameter(5, cleanReason)
                    .setParameter(6, registrantId)
                    .executeUpdate();
            var plan = openPeriod(scheme, registrantId, 1, today());
            AuditTrail.record(em, AUDIT_TYPE, registrantId, "APPROVED", actor, now,
                    "number " + number + "; period " + plan.startsOn() + " – " + plan.endsOn() + "; norm "
                            + plan.normPoints());
            mail.send(r.email(), r.language(), "krsd.approved", r.name(), number, plan.startsOn(),
                    plan.endsOn(),
                    plan.normPoints(), settings.baseUrl() + "/member/krsd/index.xhtml");
        } else {
            if (cleanReason == null) {
                throw BusinessException.onField("reason", "krsd.decide.reason");
            }
            em.createNativeQuery("UPDATE registrant SET status = 'REJECTED', decided_at = ?, decided_by = ?, "
                    + "decision_reason = ?, version = version + 1 WHERE id = ?").setParameter(1, now)
                    .setParameter(2, actor).setParameter(3, cleanReason).setParameter(4, registrantId)
                    .executeUpdate();
            AuditTrail.record(em, AUDIT_TYPE, registrantId, "REJECTED", actor, now, cleanReason);
            mail.send(r.email(), r.language(), "krsd.refused", r.name(), cleanReason);
        }
    }

    /** Opens period {@code seq} from {@code from}, with the norm (pro-rata where the scheme says so). */
    public Norm.PeriodPlan openPeriod(Scheme scheme, long registrantId, int seq, LocalDate from) {
        var plan = Norm.plan(scheme, from);
        em.createNativeQuery(
                "INSERT INTO register_period (registrant_id, seq, starts_on, ends_on, original_ends_on, "
                        + "norm_factor, norm_points) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, registrantId)
                .setParameter(2, seq).setParameter(3, plan.startsOn()).setParameter(4, plan.endsOn())
                .setParameter(5, plan.endsOn()).setParameter(6, plan.factor())
                .setParameter(7, plan.normPoints())
                .executeUpdate();
        return plan;
    }

    /** The registrant (any status) of an account, if they ever applied. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Registrant> ofAccount(long accountId) {
        return find(
                "WHERE r.account_id = ? AND r.scheme_id = (SELECT id FROM register_scheme WHERE code = 'KRSD')",
                accountId);
    }

    /** The registrants who owe the annual fee: those active in the KRSD register, with an account. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Registrant> active() {
        return NativeRows.list(em, SELECT + "WHERE r.status = 'ACTIVE' AND r.account_id IS NOT NULL "
                + "AND r.scheme_id = (SELECT id FROM register_scheme WHERE code = 'KRSD') ORDER BY r.last_name, r.id",
                Registrants::toRegistrant);
    }

    /** The caller's own registrant (any status); refused with {@code krsd.notRegistered} when they never applied. */
    public Registrant own(long accountId) {
        return ofAccount(accountId).orElseThrow(() -> new BusinessException("krsd.notRegistered"));
    }

    public Optional<Registrant> byId(long registrantId) {
        return find("WHERE r.id = ?", registrantId);
    }

    public Optional<Registrant> byNumber(String number) {
        return number == null
                ? Optional.empty()
                : find("WHERE r.registration_number = ?", number.strip().toUpperCase());
    }

    /** Locks the registrant's row: every change to their ledger or periods goes one at a time. */
    public Registrant lock(long registrantId) {
        if (em.createNativeQuery("SELECT id FROM registrant WHERE id = ? FOR UPDATE")
                .setParameter(1, registrantId)
                .getResultList().isEmpty()) {
            throw new BusinessException("krsd.registrant.notFound");
        }
        return byId(registrantId).orElseThrow();
    }

    /** The period of a registrant that holds {@code date}, if any. */
    public Optional<Period> periodOn(long registrantId, LocalDate date) {
        return NativeRows.first(em, PERIOD + "WHERE registrant_id = ? AND starts_on <= ? AND ends_on >= ? "
                + "ORDER BY seq DESC LIMIT 1", Registrants::toPeriod, registrantId, date, date);
    }

    public List<Period> periods(long registrantId) {
        return NativeRows.list(em, PERIOD + "WHERE registrant_id = ? ORDER BY seq", Registrants::toPeriod,
                registrantId);
    }

    /**
     * Where a period stands, from the approved points per category. The totals table is kept by the
     * database in the same transaction as every record, so it equals the sum of the approved records.
     */
    @SuppressWarnings("unchecked")
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Norm.Progress progress(Period period) {
        List<Object[]> rows = em.createNativeQuery("SELECT category, points FROM register_period_total "
                + "WHERE period_id = ?").setParameter(1, period.id()).getResultList();
        Map<String, BigDecimal> earned = new HashMap<>();
        rows.forEach(r -> earned.put((String) r[0], (BigDecimal) r[1]));
        // only the scheme is needed here, not the whole registrant with its current period
        long schemeId = ((Number) em.createNativeQuery("SELECT scheme_id FROM registrant WHERE id = ?")
                .setParameter(1, period.registrantId()).getSingleResult()).longValue();
        return Norm.progress(schemes.byId(schemeId), period.startsOn(), period.endsOn(),
                period.normFactor(), period.normPoints(), earned, today());
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Clocks.AMSTERDAM));
    }

    private Optional<Registrant> find(String where, Object parameter) {
        return NativeRows.first(em, SELECT + where, Registrants::toRegistrant, parameter);
    }

    static Registrant toRegistrant(Object[] r) {
        Period period = r[15] == null
                ? null
                : new Period(((Number) r[15]).longValue(), ((Number) r[0]).longValue(),
                        ((Number) r[16]).intValue(),
                        Columns.date(r[17]), Columns.date(r[18]), Columns.date(r[19]),
                        (BigDecimal) r[20],
                        (BigDecimal) r[21], r[22] == null ? null : PeriodOutcome.valueOf((String) r[22]));
        // an erased registrant has no account any more (0), no email and no language
        return new Registrant(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                r[2] == null ? 0 : ((Number) r[2]).longValue(),
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8],
                (String) r[9],
                r[10] == null ? null : ((Number) r[10]).longValue(), RegistrantStatus.valueOf((String) r[11]),
                Columns.flag(r[12]), Columns.flag(r[13]), (String) r[14], period);
    }

    static Period toPeriod(Object[] r) {
        return new Period(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).intValue(),
                Columns.date(r[3]), Columns.date(r[4]), Columns.date(r[5]), (BigDecimal) r[6],
                (BigDecimal) r[7],
                r[8] == null ? null : PeriodOutcome.valueOf((String) r[8]));
    }

    private String emailOf(long accountId) {
        return (String) em.createNativeQuery("SELECT email FROM account WHERE id = ?")
                .setParameter(1, accountId)
                .getSingleResult();
    }
}
