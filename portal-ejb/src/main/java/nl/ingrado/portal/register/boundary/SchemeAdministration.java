package nl.ingrado.portal.register.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.ingrado.portal.register.entity.Scheme;
import nl.ingrado.portal.shared.control.AuditTrail;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.Lengths;

/**
 * Changes to the rules of a register scheme by an auditor. Periods carry the norm they were opened
 * with, so a change applies to periods opened afterwards; running periods keep theirs. Every change is
 * audit-trailed with the old and new values.
 */
@Stateless
public class SchemeAdministration {

    public static final String AUDIT_TYPE = "register_scheme";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Schemes schemes;

    /** What an auditor may change. {@code minimums} and {@code caps} by category code; null is none. */
    public record Rules(int periodYears, BigDecimal normPoints, BigDecimal pointsPerHour,
            LocalDate cohortStart,
            boolean proRata, BigDecimal annualFee, String codeOfConduct, Map<String, BigDecimal> minimums,
            Map<String, BigDecimal> caps) {
    }

    /** The scheme's version, for the optimistic check of {@link #update}. */
    public long version(long schemeId) {
        return ((Number) em.createNativeQuery("SELECT version FROM register_scheme WHERE id = ?")
                .setParameter(1, schemeId).getSingleResult()).longValue();
    }

    public void update(String actor, long schemeId, long version, Rules rules) {
        var old = schemes.byId(schemeId);
        checkNumbers(rules);
        var conduct = PointLedger.required(rules.codeOfConduct(), Lengths.TEXT, "codeOfConduct");
        checkCategories(old, rules);
        var now = Clocks.nowUtc(clock);
        int changed = em.createNativeQuery("UPDATE register_scheme SET period_years = ?, norm_points = ?, "
                + "points_per_hour = ?, cohort_start = ?, pro_rata = ?, annual_fee = ?, code_of_conduct = ?, "
                + "version = version + 1 WHERE id = ? AND version = ?").setParameter(1, rules.periodYears())
                .setParameter(2, rules.normPoints()).setParameter(3, rules.pointsPerHour())
                .setParameter(4, rules.cohortStart()).setParameter(5, rules.proRata())
                .setParameter(6, rules.annualFee()).setParameter(7, conduct).setParameter(8, schemeId)
                .setParameter(9, version).executeUpdate();
        if (changed == 0) {
            throw new BusinessException("audit.scheme.changed");
        }
        var changes = new LinkedHashMap<String, String>();
        note(changes, "period_years", old.periodYears(), rules.periodYears());
        note(changes, "norm_points", old.normPoints(), rules.normPoints());
        note(changes, "points_per_hour", old.pointsPerHour(), rules.pointsPerHour());
        note(changes, "cohort_start", old.cohortStart(), rules.cohortStart());
        note(changes, "pro_rata", old.proRata(), rules.proRata());
        note(changes, "annual_fee", old.annualFee(), rules.annualFee());
        if (!old.codeOfConduct().equals(conduct)) {
            changes.put("code_of_conduct", "changed");
        }
        updateCategories(old, rules, changes);
        if (!changes.isEmpty()) {
            AuditTrail.record(em, AUDIT_TYPE, schemeId, "UPDATED", actor, now, changes);
        }
    }

    /** The period's length, the norm, points per hour and the fee, each within its bounds. */
    private static void checkNumbers(Rules rules) {
        if (rules.periodYears() < 1 || rules.periodYears() > 10) {
            throw BusinessException.onField("periodYears", "audit.scheme.periodYears");
        }
        positive(rules.normPoints(), "9999.9", 1, "normPoints");
        positive(rules.pointsPerHour(), "99.99", 2, "pointsPerHour");
        if (rules.annualFee() != null && (rules.annualFee().signum() < 0
                || rules.annualFee().compareTo(new BigDecimal("999999.99")) > 0
                || rules.annualFee().stripTrailingZeros().scale() > 2)) {
            throw BusinessException.onField("annualFee", "audit.scheme.fee");
        }
    }

    /** A category's minimum lies within the norm, its cap at or above the minimum; the minimums fit the norm. */
    private static void checkCategories(Scheme old, Rules rules) {
        var minimumSum = BigDecimal.ZERO;
        for (var c : old.categories()) {
            var min = rules.minimums().get(c.code());
            var cap = rules.caps().get(c.code());
            if (min != null) {
                if (min.signum() < 0 || min.compareTo(rules.normPoints()) > 0
                        || min.stripTrailingZeros().scale() > 1) {
                    throw BusinessException.onField("min_" + c.code(), "audit.scheme.minimum");
                }
                minimumSum = minimumSum.add(min);
            }
            if (cap != null && (cap.signum() <= 0 || cap.compareTo(new BigDecimal("9999.9")) > 0
                    || cap.stripTrailingZeros().scale() > 1 || min != null && cap.compareTo(min) < 0)) {
                throw BusinessException.onField("cap_" + c.code(), "audit.scheme.cap");
            }
        }
        if (minimumSum.compareTo(rules.normPoints()) > 0) {
            throw BusinessException.onField("normPoints", "audit.scheme.minimumsOverNorm");
        }
    }

    private void updateCategories(Scheme old, Rules rules, Map<String, String> changes) {
        for (var c : old.categories()) {
            var min = rules.minimums().get(c.code());
            var cap = rules.caps().get(c.code());
            em.createNativeQuery(
                    "UPDATE register_category SET min_points = ?, cap_points = ? WHERE scheme_id = ? "
                            + "AND code = ?")
                    .setParameter(1, min).setParameter(2, cap).setParameter(3, old.id())
                    .setParameter(4, c.code()).executeUpdate();
            note(changes, c.code() + " minimum", c.minPoints(), min);
            note(changes, c.code() + " cap", c.capPoints(), cap);
        }
    }

    private static void positive(BigDecimal value, String max, int scale, String field) {
        if (value == null || value.signum() <= 0 || value.compareTo(new BigDecimal(max)) > 0
                || value.stripTrailingZeros().scale() > scale) {
            throw BusinessException.onField(field, "audit.scheme." + field);
        }
    }

    private static void note(Map<String, String> changes, String name, Object was, Object now) {
        boolean same = was instanceof BigDecimal a && now instanceof BigDecimal b
                ? a.compareTo(b) == 0
                : Objects.equals(was, now);
        if (!same) {
            changes.put(name, plain(was) + " → " + plain(now));
        }
    }

    private static String plain(Object value) {
        return value == null
                ? "–"
                : value instanceof BigDecimal d
                        ? d.stripTrailingZeros().toPlainString()
                        : value.toString();
    }

    /** The history of the scheme's rules, newest first. */
    public List<nl.ingrado.portal.shared.entity.AuditEntry> history(long schemeId) {
        return AuditTrail.history(em, AUDIT_TYPE, schemeId, null, null);
    }
}
