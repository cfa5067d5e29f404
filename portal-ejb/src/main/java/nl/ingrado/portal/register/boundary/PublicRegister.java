package nl.ingrado.portal.register.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.ingrado.portal.shared.control.Columns;
import nl.ingrado.portal.shared.control.SqlFilter;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * The public register (register raadplegen), without login: only name, registration number, status and
 * valid-until date, plus employer and job where the professional chose to show them. Applications and
 * refused applications are never public. Each question is one query.
 */
@Stateless
public class PublicRegister {

    /** At most this many names on one page of results. */
    public static final int PAGE_SIZE = 25;

    // the public fields only; employer and job are NULL unless opted in, so they never leave the database
    private static final String SELECT = "SELECT r.first_name, r.last_name, r.registration_number, r.status, "
            + "p.starts_on, p.ends_on, CASE WHEN r.show_employer THEN r.employer END, "
            + "CASE WHEN r.show_job THEN r.job END FROM registrant r "
            + "LEFT JOIN register_period p ON p.registrant_id = r.id "
            + "AND p.seq = (SELECT MAX(seq) FROM register_period WHERE registrant_id = r.id) "
            // an erased person (no account any more) is not in the public register at all
            + "WHERE r.status IN ('ACTIVE', 'SUSPENDED', 'EXPIRED', 'STRUCK_OFF') AND r.account_id IS NOT NULL ";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Registrants registrants;

    /**
     * One entry of the public register. {@code employer} and {@code job} (a member.entity.Job name) are
     * null unless shown; {@code validToday} is whether the registration is active with a period holding today.
     */
    public record Entry(String name, String number, String status, LocalDate validUntil, String employer,
            String job, boolean validToday) {
    }

    public record Page(List<Entry> entries, int page, boolean hasNext) {
    }

    /**
     * Registrants whose first or last name contains {@code query}, or whose registration number it is,
     * by last name. Page numbers start at 0.
     */
    @SuppressWarnings("unchecked")
    public Page search(String query, int page) {
        var q = query == null ? "" : query.strip();
        if (q.length() < 2) {
            throw BusinessException.onField("q", "krsd.search.tooShort");
        }
        if (q.length() > 100) {
            throw BusinessException.onField("q", "krsd.field.tooLong", 100);
        }
        int from = Math.max(0, Math.min(page, 10_000)) * PAGE_SIZE;
        var like = SqlFilter.contains(q);
        List<Object[]> rows = em
                .createNativeQuery(SELECT + "AND (r.registration_number = ? OR r.first_name LIKE ? "
                        + "OR r.last_name LIKE ? OR CONCAT(r.first_name, ' ', r.last_name) LIKE ?) "
                        + "ORDER BY r.last_name, r.first_name, r.registration_number LIMIT ? OFFSET ?")
                .setParameter(1, q.toUpperCase(Locale.ROOT)).setParameter(2, like).setParameter(3, like)
                .setParameter(4, like).setParameter(5, PAGE_SIZE + 1).setParameter(6, from).getResultList();
        var today = registrants.today();
        var entries = rows.stream().limit(PAGE_SIZE).map(r -> entry(r, today)).toList();
        return new Page(entries, from / PAGE_SIZE, rows.size() > PAGE_SIZE);
    }

    /** The public entry a certificate's code stands for (certificate codes are 24 characters). */
    @SuppressWarnings("unchecked")
    public Optional<Entry> verify(String code) {
        if (code == null || !code.matches("[A-Za-z0-9_-]{24}")) {
            return Optional.empty();
        }
        List<Object[]> rows = em.createNativeQuery(SELECT + "AND r.certificate_code = ?")
                .setParameter(1, code)
                .getResultList();
        var today = registrants.today();
        return rows.stream().findFirst().map(r -> entry(r, today));
    }

    private static Entry entry(Object[] r, LocalDate today) {
        var status = (String) r[3];
        var starts = r[4] == null ? null : Columns.date(r[4]);
        var ends = r[5] == null ? null : Columns.date(r[5]);
        boolean valid = "ACTIVE".equals(status) && starts != null && !today.isBefore(starts)
                && !today.isAfter(ends);
        return new Entry(r[0] + " " + r[1], (String) r[2], status, ends, (String) r[6], (String) r[7], valid);
    }
}
