package nl.ingrado.portal.register.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.ingrado.portal.register.entity.RecordSource;
import nl.ingrado.portal.register.entity.RecordStatus;
import nl.ingrado.portal.register.entity.RegistrantStatus;
import nl.ingrado.portal.shared.control.AuditTrail;
import nl.ingrado.portal.shared.control.Columns;
import nl.ingrado.portal.shared.entity.AuditEntry;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.Lengths;

/**
 * The auditor's desk: what waits (applications, submissions, accreditation requests, periods due), a
 * registrant's file with its history, and points booked by hand.
 */
@Stateless
public class AuditorDesk {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PointLedger ledger;

    @Inject
    Registrants registrants;

    @Inject
    ReRegistrations reRegistrations;

    /** What waits for the auditors. */
    public record Counts(long applications, long submissions, long accreditationRequests, long periodsDue) {

        public long total() {
            return applications + submissions + accreditationRequests + periodsDue;
        }
    }

    public record ApplicationRow(long id, String firstName, String lastName, String email, String job,
            String employer, LocalDateTime appliedAt, LocalDateTime conductAcceptedAt) {

        public String name() {
            return firstName + " " + lastName;
        }
    }

    /** A pending submission in the queue, with whose it is. */
    public record QueueRow(long recordId, long registrantId, String registrantName, String number,
            String title,
            String provider, LocalDate activityDate, BigDecimal hours, BigDecimal points, String category,
            String accreditationClaim, Long evidenceFileId, LocalDateTime submittedAt) {
    }

    /** KRSD applications waiting for a decision: one count, for the staff's home page. */
    public long applicationCount() {
        return count("SELECT COUNT(*) FROM registrant WHERE status = 'APPLIED'");
    }

    public Counts counts(LocalDate today) {
        return new Counts(count("SELECT COUNT(*) FROM registrant WHERE status = 'APPLIED'"),
                count("SELECT COUNT(*) FROM point_record WHERE status = 'PENDING'"),
                count("SELECT COUNT(*) FROM accredited_activity WHERE status = 'REQUESTED'"),
                reRegistrations.dueCount(today));
    }

    /** Applications waiting for a decision, oldest first. */
    @SuppressWarnings("unchecked")
    public List<ApplicationRow> applications() {
        List<Object[]> rows = em
                .createNativeQuery("SELECT r.id, r.first_name, r.last_name, a.email, r.job, r.employer, "
                        + "r.applied_at, r.conduct_accepted_at FROM registrant r JOIN account a ON a.id = r.account_id "
                        + "WHERE r.status = 'APPLIED' ORDER BY r.applied_at, r.id")
                .getResultList();
        return rows.stream()
                .map(r -> new ApplicationRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                        (String) r[3], (String) r[4], (String) r[5], Columns.dateTime(r[6]),
                        Columns.dateTime(r[7])))
                .toList();
    }

    /** Pending submissions, oldest first (by when they were submitted, or answered after a question). */
    @SuppressWarnings("unchecked")
    public List<QueueRow> queue() {
        List<Object[]> rows = em
                .createNativeQuery("SELECT p.id, r.id, r.first_name, r.last_name, r.registration_number, "
                        + "p.title, p.provider, p.activity_date, p.hours, p.points, p.category, p.accreditation_claim, "
                        + "p.evidence_file_id, p.submitted_at FROM point_record p JOIN registrant r ON r.id = p.registrant_id "
                        + "WHERE p.status = 'PENDING' ORDER BY p.submitted_at, p.id")
                .getResultList();
        return rows.stream().map(r -> new QueueRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                r[2] + " " + r[3], (String) r[4], (String) r[5], (String) r[6], Columns.date(r[7]),
                (BigDecimal) r[8], (BigDecimal) r[9], (String) r[10], (String) r[11],
                r[12] == null ? null : ((Number) r[12]).longValue(), Columns.dateTime(r[13]))).toList();
    }

    /** The history of a registrant and of every line of their ledger, newest first. */
    @SuppressWarnings("unchecked")
    public List<AuditEntry> history(long registrantId) {
        List<Number> recordIds = em.createNativeQuery("SELECT id FROM point_record WHERE registrant_id = ?")
                .setParameter(1, registrantId).getResultList();
        return AuditTrail.history(em, Registrants.AUDIT_TYPE, registrantId, PointLedger.AUDIT_TYPE,
                recordIds.stream().map(Number::longValue).toList());
    }

    /**
     * Points an auditor books by hand (e.g. taken over from an earlier register): approved at once, with
     * a reason. The date decides the period.
     */
    public long bookManually(String auditor, long registrantId, LocalDate date, String title, String category,
            BigDecimal points, String reason) {
        var cleanTitle = PointLedger.required(title, Lengths.ACTIVITY_TITLE, "title");
        // points go to those in the register, not to applicants or the struck off
        registrants.byId(registrantId)
                .filter(r -> r.status() == RegistrantStatus.ACTIVE
                        || r.status() == RegistrantStatus.SUSPENDED)
                .orElseThrow(() -> new BusinessException("audit.book.notInRegister"));
        if (date == null) {
            throw BusinessException.onField("date", "krsd.field.required");
        }
        if (category == null || category.isBlank()) {
            throw BusinessException.onField("category", "krsd.record.category");
        }
        if (points == null || points.signum() <= 0 || points.compareTo(new BigDecimal("999.9")) > 0
                || points.stripTrailingZeros().scale() > 1) {
            throw BusinessException.onField("points", "krsd.review.points");
        }
        var cleanReason = PointLedger.required(reason, Lengths.REASON, "reason");
        return ledger
                .book(new Booking(registrantId, date, cleanTitle, null, null, null, category, null, points,
                        RecordSource.MANUAL, RecordStatus.APPROVED, null, null, null, null, null, auditor,
                        cleanReason));
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
