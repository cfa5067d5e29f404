package nl.ingrado.portal.register.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.ingrado.portal.register.control.Sampling;
import nl.ingrado.portal.shared.control.AuditTrail;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.Columns;
import nl.ingrado.portal.shared.control.NativeRows;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.Lengths;

/**
 * Sample audits (steekproef): an auditor draws a share of the registrants whose current period ends
 * in a window, reproducibly (seed, window and population size are stored, so the draw can be repeated
 * and checked), and records a finding per drawn registrant. Every draw and finding is in the audit trail.
 */
@Stateless
public class SampleAudits {

    public static final String AUDIT_TYPE = "sample_audit";
    static final int MAX_FINDING = Lengths.NOTE;
    private static final int INSERT_CHUNK = 500;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Schemes schemes;

    private static final SecureRandom SEEDS = new SecureRandom();

    /** What an auditor asks for, checked: a percentage in (0, 100], a window, and the seed (drawn when none given). */
    public record Draw(BigDecimal percentage, LocalDate from, LocalDate to, long seed) {

        /** Parses the form's texts; a bad value is refused on its field. */
        public static Draw parse(String percentage, String from, String to, String seed) {
            BigDecimal pct;
            try {
                pct = new BigDecimal(required(percentage, "percentage").replace(',', '.'));
            } catch (NumberFormatException e) {
                throw BusinessException.onField("percentage", "overview.sample.percentage");
            }
            if (pct.signum() <= 0 || pct.compareTo(BigDecimal.valueOf(100)) > 0 || pct.scale() > 2) {
                throw BusinessException.onField("percentage", "overview.sample.percentage");
            }
            var start = date(from, "windowFrom");
            var end = date(to, "windowTo");
            if (end.isBefore(start)) {
                throw BusinessException.onField("windowTo", "overview.sample.window");
            }
            long value;
            if (seed == null || seed.isBlank()) {
                value = SEEDS.nextLong();
            } else {
                try {
                    value = Long.parseLong(seed.strip());
                } catch (NumberFormatException e) {
                    throw BusinessException.onField("seed", "overview.sample.seed");
                }
            }
            return new Draw(pct, start, end, value);
        }

        private static String required(String value, String field) {
            if (value == null || value.isBlank()) {
                throw BusinessException.onField(field, "krsd.field.required");
            }
            return value.strip();
        }

        private static LocalDate date(String value, String field) {
            try {
                var date = LocalDate.parse(required(value, field));
                if (date.getYear() < 2000 || date.getYear() > 2200) {
                    throw BusinessException.onField(field, "overview.sample.date");
                }
                return date;
            } catch (DateTimeParseException e) {
                throw BusinessException.onField(field, "overview.sample.date");
            }
        }
    }

    public record SampleSummary(long id, long seed, BigDecimal percentage, LocalDate windowFrom,
            LocalDate windowTo, int population, LocalDateTime drawnAt, String drawnBy, int drawn,
            int recorded,
            int deficient) implements Serializable {
    }

    public record Member(long registrantId, String number, String firstName, String lastName,
            LocalDate endsOn,
            String outcome, String finding, String recordedBy,
            LocalDateTime recordedAt) implements Serializable {

        public String name() {
            return firstName + " " + lastName;
        }
    }

    public record Sample(SampleSummary summary, List<Member> members) implements Serializable {
    }

    /** Draws and stores a sample; returns its id. An empty population is refused: there is nothing to audit. */
    public long draw(String actor, Draw draw) {
        var scheme = schemes.krsd();
        var population = population(scheme.id(), draw.from(), draw.to());
        if (population.isEmpty()) {
            throw BusinessException.onField("windowFrom", "overview.sample.empty");
        }
        var drawn = Sampling.draw(population, draw.percentage(), draw.seed());
        var now = Clocks.nowUtc(clock);
        em.createNativeQuery("INSERT INTO sample_audit (scheme_id, seed, percentage, window_from, window_to, "
                + "population, drawn_at, drawn_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, scheme.id())
                .setParameter(2, draw.seed()).setParameter(3, draw.percentage()).setParameter(4, draw.from())
                .setParameter(5, draw.to()).setParameter(6, population.size()).setParameter(7, now)
                .setParameter(8, actor).executeUpdate();
        long id = NativeRows.lastId(em);
        for (int start = 0; start < drawn.size(); start += INSERT_CHUNK) {
            var chunk = drawn.subList(start, Math.min(drawn.size(), start + INSERT_CHUNK));
            var sql = new StringBuilder(
                    "INSERT INTO sample_audit_member (sample_audit_id, registrant_id) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "(?, ?)" : ", (?, ?)");
            }
            var insert = em.createNativeQuery(sql.toString());
            for (int i = 0; i < chunk.size(); i++) {
                insert.setParameter(2 * i + 1, id).setParameter(2 * i + 2, chunk.get(i));
            }
            insert.executeUpdate();
        }
        AuditTrail.record(em, AUDIT_TYPE, id, "DRAWN", actor, now, "seed " + draw.seed() + "; "
                + draw.percentage().toPlainString() + "% of " + population.size() + " whose period ends "
                + draw.from() + " – " + draw.to() + "; drawn " + drawn.size());
        return id;
    }

    /** The population of a window: registrants in the register whose current period ends in it, in id order. */
    @SuppressWarnings("unchecked")
    public List<Long> population(long schemeId, LocalDate from, LocalDate to) {
        List<Object> ids = em.createNativeQuery("SELECT r.id FROM registrant r JOIN register_period p "
                + "ON p.registrant_id = r.id AND p.seq = (SELECT MAX(x.seq) FROM register_period x "
                + "WHERE x.registrant_id = r.id) WHERE r.scheme_id = ? AND r.status IN ('ACTIVE', 'SUSPENDED', "
                + "'EXPIRED') AND p.ends_on BETWEEN ? AND ? ORDER BY r.id").setParameter(1, schemeId)
                .setParameter(2, from).setParameter(3, to).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** All samples, newest first, with how many findings are recorded. */
    @SuppressWarnings("unchecked")
    public List<SampleSummary> list() {
        List<Object[]> rows = em
                .createNativeQuery(SUMMARY + " GROUP BY s.id ORDER BY s.drawn_at DESC, s.id DESC")
                .getResultList();
        return rows.stream().map(SampleAudits::toSummary).toList();
    }

    @SuppressWarnings("unchecked")
    public Optional<Sample> sample(long id) {
        List<Object[]> head = em.createNativeQuery(SUMMARY + " WHERE s.id = ? GROUP BY s.id")
                .setParameter(1, id)
                .getResultList();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        List<Object[]> rows = em
                .createNativeQuery("SELECT m.registrant_id, r.registration_number, r.first_name, "
                        + "r.last_name, p.ends_on, m.outcome, m.finding, m.recorded_by, m.recorded_at "
                        + "FROM sample_audit_member m JOIN registrant r ON r.id = m.registrant_id "
                        + "LEFT JOIN register_period p ON p.registrant_id = r.id AND p.seq = (SELECT MAX(x.seq) "
                        + "FROM register_period x WHERE x.registrant_id = r.id) WHERE m.sample_audit_id = ? "
                        + "ORDER BY r.last_name, r.first_name, r.id")
                .setParameter(1, id).getResultList();
        var members = new ArrayList<Member>();
        for (var r : rows) {
            members.add(new Member(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    r[4] == null ? null : Columns.date(r[4]), (String) r[5], (String) r[6], (String) r[7],
                    Columns.dateTime(r[8])));
        }
        return Optional.of(new Sample(toSummary(head.get(0)), List.copyOf(members)));
    }

    /**
     * Records the finding for one drawn registrant: IN_ORDER, or DEFICIENT with what is wrong. A finding
     * may be recorded again (the audit trail keeps every version).
     */
    public void record(String actor, long sampleId, long registrantId, String outcome, String finding) {
        if (outcome == null || !List.of("IN_ORDER", "DEFICIENT").contains(outcome)) {
            throw BusinessException.onField("outcome", "overview.finding.outcome");
        }
        var text = finding == null || finding.isBlank() ? null : finding.strip();
        if ("DEFICIENT".equals(outcome) && text == null) {
            throw BusinessException.onField("finding", "overview.finding.required");
        }
        if (text != null && text.length() > MAX_FINDING) {
            throw BusinessException.onField("finding", "krsd.field.tooLong", MAX_FINDING);
        }
        var now = Clocks.nowUtc(clock);
        int updated = em.createNativeQuery("UPDATE sample_audit_member SET outcome = ?, finding = ?, "
                + "recorded_by = ?, recorded_at = ? WHERE sample_audit_id = ? AND registrant_id = ?")
                .setParameter(1, outcome).setParameter(2, text).setParameter(3, actor).setParameter(4, now)
                .setParameter(5, sampleId).setParameter(6, registrantId).executeUpdate();
        if (updated == 0) {
            throw new BusinessException("overview.sample.notFound");
        }
        AuditTrail.record(em, AUDIT_TYPE, sampleId, "FINDING", actor, now,
                "registrant " + registrantId + ": " + outcome + (text == null ? "" : "; " + text));
    }

    private static final String SUMMARY = "SELECT s.id, s.seed, s.percentage, s.window_from, s.window_to, "
            + "s.population, s.drawn_at, s.drawn_by, COUNT(m.registrant_id), "
            + "COALESCE(SUM(m.outcome <> 'OPEN'), 0), COALESCE(SUM(m.outcome = 'DEFICIENT'), 0) "
            + "FROM sample_audit s LEFT JOIN sample_audit_member m ON m.sample_audit_id = s.id";

    private static SampleSummary toSummary(Object[] r) {
        return new SampleSummary(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (BigDecimal) r[2],
                Columns.date(r[3]), Columns.date(r[4]), ((Number) r[5]).intValue(), Columns.dateTime(r[6]),
                (String) r[7], ((Number) r[8]).intValue(), ((Number) r[9]).intValue(),
                ((Number) r[10]).intValue());
    }
}
