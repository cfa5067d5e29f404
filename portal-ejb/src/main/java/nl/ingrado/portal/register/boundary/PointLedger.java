package nl.ingrado.portal.register.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.ingrado.portal.mail.boundary.MailService;
import nl.ingrado.portal.register.control.Uploads;
import nl.ingrado.portal.register.entity.PointRecord;
import nl.ingrado.portal.register.entity.RecordSource;
import nl.ingrado.portal.register.entity.RecordStatus;
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
 * The ledger of point records. Every line is written here, under the registrant's row lock; a record is
 * never deleted and once approved never changed (the database refuses both): a correction is a new record.
 */
@Stateless
public class PointLedger {

    public static final String AUDIT_TYPE = "point_record";

    private static final String SELECT = "SELECT id, registrant_id, period_id, activity_date, title, provider, "
            + "accreditation_claim, description, category, hours, points, source, status, activity_id, event_id, "
            + "corrects_id, evidence_file_id, submitted_at, submitted_by, reviewed_at, reviewed_by, reason "
            + "FROM point_record ";

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

    /** The decision of an auditor on a pending record. */
    public enum Decision {
        APPROVE, REJECT, MORE_INFO
    }

    /**
     * Books a line. The period is the one holding the activity date. The same accredited activity or event
     * counts once per period: a second booking is refused ({@code krsd.record.once}).
     */
    public long book(Booking b) {
        var registrant = registrants.lock(b.registrantId());
        var scheme = schemes.byId(registrant.schemeId());
        if (scheme.category(b.category()).isEmpty()) {
            throw BusinessException.onField("category", "krsd.record.category");
        }
        var period = registrants.periodOn(b.registrantId(), b.activityDate())
                .orElseThrow(() -> BusinessException.onField("date", "krsd.record.outsidePeriod"));
        if (b.activityId() != null || b.eventId() != null) {
            var taken = em.createNativeQuery("SELECT id FROM point_record WHERE once_key = ?")
                    .setParameter(1,
                            period.id()
                                    + (b.activityId() != null ? "/a" + b.activityId() : "/e" + b.eventId()))
                    .getResultList();
            if (!taken.isEmpty() && b.correctsId() == null) {
                throw new BusinessException("krsd.record.once");
            }
        }
        var now = Clocks.nowUtc(clock);
        boolean reviewed = b.status() != RecordStatus.PENDING;
        em.createNativeQuery(
                "INSERT INTO point_record (registrant_id, period_id, activity_date, title, provider, "
                        + "accreditation_claim, description, category, hours, points, source, status, activity_id, event_id, "
                        + "execution_id, corrects_id, evidence_file_id, submitted_at, submitted_by, reviewed_at, reviewed_by, "
                        + "reason, scheme_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, b.registrantId()).setParameter(2, period.id())
                .setParameter(3, b.activityDate())
                .setParameter(4, b.title()).setParameter(5, b.provider())
                .setParameter(6, b.accreditationClaim())
                .setParameter(7, b.description()).setParameter(8, b.category()).setParameter(9, b.hours())
                .setParameter(10, b.points()).setParameter(11, b.source().name())
                .setParameter(12, b.status().name())
                .setParameter(13, b.activityId()).setParameter(14, b.eventId())
                .setParameter(15, b.executionId())
                .setParameter(16, b.correctsId()).setParameter(17, b.evidenceFileId()).setParameter(18, now)
                .setParameter(19, b.actor()).setParameter(20, reviewed ? now : null)
                .setParameter(21, reviewed ? b.actor() : null).setParameter(22, b.reason())
                .setParameter(23, registrant.schemeId()).executeUpdate();
        long id = NativeRows.lastId(em);
        AuditTrail.record(em, AUDIT_TYPE, id, "BOOKED", b.actor(), now, b.source() + " " + b.status() + " "
                + b.category() + " " + b.points() + " points, " + b.activityDate() + ": " + b.title()
                + (b.reason() == null ? "" : " (" + b.reason() + ")"));
        return id;
    }

    /**
     * A registrant submits an activity outside the catalogue, with evidence (PDF, JPEG or PNG by content,
     * at most 5 MB). Points are hours times the scheme's points per hour; an auditor reviews.
     */
    public long submit(long accountId, Submission s) {
        var registrant = activeRegistrant(accountId);
        var scheme = schemes.byId(registrant.schemeId());
        var title = required(s.title(), Lengths.ACTIVITY_TITLE, "title");
        var provider = required(s.provider(), Lengths.TITLE, "provider");
        if (s.date() == null) {
            throw BusinessException.onField("date", "krsd.field.required");
        }
        if (s.date().isAfter(registrants.today())) {
            throw BusinessException.onField("date", "krsd.submit.future");
        }
        if (s.hours() == null || s.hours().signum() <= 0 || s.hours().compareTo(new BigDecimal("200")) > 0
                || s.hours().stripTrailingZeros().scale() > 1) {
            throw BusinessException.onField("hours", "krsd.submit.hours");
        }
        if (s.category() == null || scheme.category(s.category()).isEmpty()) {
            throw BusinessException.onField("category", "krsd.record.category");
        }
        var claim = optional(s.accreditationClaim(), Lengths.TITLE, "claim");
        var description = optional(s.description(), Lengths.NOTE, "description");
        long fileId = storeFile(accountId, s.evidenceName(), s.evidence(), "evidence");
        var points = s.hours().multiply(scheme.pointsPerHour()).setScale(1, RoundingMode.HALF_UP);
        return book(new Booking(registrant.id(), s.date(), title, provider, claim, description, s.category(),
                s.hours(),
                points, RecordSource.SUBMISSION, RecordStatus.PENDING, null, null, null, null, fileId,
                registrant.email(), null));
    }

    /**
     * Stores an uploaded file after checking it by content (PDF, JPEG, PNG) and size. {@code field} is the
     * form field to blame. Files live in the database, never in the web root.
     */
    public long storeFile(long ownerAccountId, String filename, byte[] content, String field) {
        if (content == null || content.length == 0) {
            throw BusinessException.onField(field, "krsd.file.required");
        }
        if (content.length > Uploads.MAX_BYTES) {
            throw BusinessException.onField(field, "krsd.file.tooLarge", Uploads.MAX_BYTES / 1024 / 1024);
        }
        var type = Uploads.contentType(content)
                .orElseThrow(() -> BusinessException.onField(field, "krsd.file.type"));
        em.createNativeQuery(
                "INSERT INTO register_file (owner_account_id, filename, content_type, size_bytes, content, "
                        + "uploaded_at) VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, ownerAccountId)
                .setParameter(2, Uploads.cleanName(filename, type)).setParameter(3, type)
                .setParameter(4, content.length).setParameter(5, content)
                .setParameter(6, Clocks.nowUtc(clock))
                .executeUpdate();
        return NativeRows.lastId(em);
    }

    /** A file to download: name, type and bytes. */
    public record StoredFile(long id, long ownerAccountId, String filename, String contentType,
            byte[] content) {
    }

    public Optional<StoredFile> file(long fileId) {
        return NativeRows.first(em, "SELECT id, owner_account_id, filename, content_type, content "
                + "FROM register_file WHERE id = ?",
                r -> new StoredFile(((Number) r[0]).longValue(),
                        r[1] == null ? 0 : ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                        (byte[]) r[4]),
                fileId);
    }

    /**
     * An auditor's decision on a pending record: approve (points and category may be set), reject or ask
     * for more information (both with a reason). The registrant is mailed.
     */
    public void review(String auditor, long recordId, Decision decision, BigDecimal points, String category,
            String reason) {
        var record = record(recordId).orElseThrow(() -> new BusinessException("krsd.record.notFound"));
        var registrant = registrants.lock(record.registrantId());
        record = record(recordId).orElseThrow();
        if (record.status() != RecordStatus.PENDING) {
            throw new BusinessException("krsd.review.notPending");
        }
        var cleanReason = optional(reason, Lengths.NOTE, "reason");
        var now = Clocks.nowUtc(clock);
        switch (decision) {
            case APPROVE -> {
                var finalPoints = points == null ? record.points() : points;
                var finalCategory = category == null || category.isBlank() ? record.category() : category;
                if (finalPoints.signum() <= 0 || finalPoints.compareTo(new BigDecimal("999.9")) > 0
                        || finalPoints.stripTrailingZeros().scale() > 1) {
                    throw BusinessException.onField("points", "krsd.review.points");
                }
                var scheme = schemes.byId(registrant.schemeId());
                if (scheme.category(finalCategory).isEmpty()) {
                    throw BusinessException.onField("category", "krsd.record.category");
                }
                record.checkApproval(finalPoints, scheme.pointsPerHour(), cleanReason);
                em.createNativeQuery("UPDATE point_record SET status = 'APPROVED', points = ?, category = ?, "
                        + "reviewed_at = ?, reviewed_by = ?, reason = ? WHERE id = ? AND status = 'PENDING'")
                        .setParameter(1, finalPoints).setParameter(2, finalCategory).setParameter(3, now)
                        .setParameter(4, auditor).setParameter(5, cleanReason).setParameter(6, recordId)
                        .executeUpdate();
                AuditTrail.record(em, AUDIT_TYPE, recordId, "APPROVED", auditor, now,
                        finalCategory + " " + finalPoints + " points"
                                + (cleanReason == null ? "" : ": " + cleanReason));
            }
            case REJECT, MORE_INFO -> {
                if (cleanReason == null) {
                    throw BusinessException.onField("reason", "krsd.review.reason");
                }
                em.createNativeQuery(
                        "UPDATE point_record SET status = ?, reviewed_at = ?, reviewed_by = ?, reason = ? "
                                + "WHERE id = ? AND status = 'PENDING'")
                        .setParameter(1, decision == Decision.REJECT
                                ? "REJECTED"
                                : "MORE_INFO")
                        .setParameter(2, now).setParameter(3, auditor).setParameter(4, cleanReason)
                        .setParameter(5, recordId).executeUpdate();
                AuditTrail.record(em, AUDIT_TYPE, recordId,
                        decision == Decision.REJECT ? "REJECTED" : "MORE_INFO",
                        auditor, now, cleanReason);
            }
        }
        mail.send(registrant.email(), registrant.language(), "krsd.reviewed." + decision.name().toLowerCase(),
                registrant.name(), record.title(), cleanReason == null ? "" : cleanReason,
                settings.baseUrl() + "/member/krsd/records.xhtml");
    }

    /**
     * The registrant answers a request for more information: a note and, if they like, new evidence; the
     * record goes back to the queue.
     */
    public void answer(long accountId, long recordId, String note, String evidenceName, byte[] evidence) {
        var registrant = registrants.ofAccount(accountId)
                .orElseThrow(() -> new BusinessException("krsd.record.notFound"));
        registrants.lock(registrant.id());
        var record = record(recordId).filter(r -> r.registrantId() == registrant.id())
                .orElseThrow(() -> new BusinessException("krsd.record.notFound"));
        if (record.status() != RecordStatus.MORE_INFO) {
            throw new BusinessException("krsd.answer.notAsked");
        }
        var cleanNote = required(note, Lengths.NOTE, "note");
        Long fileId = evidence == null || evidence.length == 0
                ? record.evidenceFileId()
                : storeFile(accountId, evidenceName, evidence, "evidence");
        var description = (record.description() == null ? "" : record.description() + "\n\n") + "— "
                + cleanNote;
        if (description.length() > 8000) {
            throw BusinessException.onField("note", "krsd.field.tooLong", Lengths.NOTE);
        }
        var now = Clocks.nowUtc(clock);
        em.createNativeQuery(
                "UPDATE point_record SET status = 'PENDING', description = ?, evidence_file_id = ?, "
                        + "submitted_at = ?, reason = NULL, reviewed_at = NULL, reviewed_by = NULL WHERE id = ? "
                        + "AND status = 'MORE_INFO'")
                .setParameter(1, description).setParameter(2, fileId).setParameter(3, now)
                .setParameter(4, recordId).executeUpdate();
        AuditTrail.record(em, AUDIT_TYPE, recordId, "ANSWERED", registrant.email(), now, cleanNote);
    }

    /**
     * Corrects an approved record by a new approved record of {@code delta} points (negative takes points
     * away) with a reason; the original stays as it was.
     */
    public long correct(String auditor, long recordId, BigDecimal delta, String reason) {
        var original = record(recordId).orElseThrow(() -> new BusinessException("krsd.record.notFound"));
        if (original.status() != RecordStatus.APPROVED) {
            throw new BusinessException("krsd.correct.notApproved");
        }
        if (delta == null || delta.signum() == 0 || delta.abs().compareTo(new BigDecimal("999.9")) > 0
                || delta.stripTrailingZeros().scale() > 1) {
            throw BusinessException.onField("delta", "krsd.correct.delta");
        }
        var cleanReason = required(reason, Lengths.REASON, "reason");
        var title = "Correctie: " + original.title();
        return book(new Booking(original.registrantId(), original.activityDate(),
                title.length() > Lengths.ACTIVITY_TITLE ? title.substring(0, Lengths.ACTIVITY_TITLE) : title,
                original.provider(), null, null,
                original.category(), null, delta, RecordSource.CORRECTION, RecordStatus.APPROVED, null, null,
                null,
                recordId, null, auditor, cleanReason));
    }

    public Optional<PointRecord> record(long recordId) {
        return records("WHERE id = ?", recordId).stream().findFirst();
    }

    /** A registrant's ledger, newest first. */
    public List<PointRecord> ledger(long registrantId) {
        return records("WHERE registrant_id = ? ORDER BY activity_date DESC, id DESC", registrantId);
    }

    /** The sum of a registrant's approved records in a period per category, straight from the ledger. */
    @SuppressWarnings("unchecked")
    public java.util.Map<String, BigDecimal> approvedSums(long periodId) {
        List<Object[]> rows = em
                .createNativeQuery("SELECT category, SUM(points) FROM point_record WHERE period_id = ? "
                        + "AND status = 'APPROVED' GROUP BY category")
                .setParameter(1, periodId).getResultList();
        var sums = new java.util.HashMap<String, BigDecimal>();
        rows.forEach(r -> sums.put((String) r[0], (BigDecimal) r[1]));
        return sums;
    }

    private List<PointRecord> records(String where, Object parameter) {
        return NativeRows.list(em, SELECT + where, PointLedger::toRecord, parameter);
    }

    static PointRecord toRecord(Object[] r) {
        return new PointRecord(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(),
                Columns.date(r[3]), (String) r[4], (String) r[5], (String) r[6], (String) r[7],
                (String) r[8],
                (BigDecimal) r[9], (BigDecimal) r[10], RecordSource.valueOf((String) r[11]),
                RecordStatus.valueOf((String) r[12]), Columns.toLong(r[13]), Columns.toLong(r[14]),
                Columns.toLong(r[15]),
                Columns.toLong(r[16]),
                Columns.dateTime(r[17]), (String) r[18], Columns.dateTime(r[19]), (String) r[20],
                (String) r[21]);
    }

    private Registrant activeRegistrant(long accountId) {
        var registrant = registrants.own(accountId);
        if (registrant.status() != RegistrantStatus.ACTIVE) {
            throw new BusinessException("krsd.notActive");
        }
        return registrant;
    }

    static String required(String value, int max, String field) {
        var clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            throw BusinessException.onField(field, "krsd.field.required");
        }
        if (clean.length() > max) {
            throw BusinessException.onField(field, "krsd.field.tooLong", max);
        }
        return clean;
    }

    static String optional(String value, int max, String field) {
        var clean = value == null ? "" : value.strip();
        if (clean.length() > max) {
            throw BusinessException.onField(field, "krsd.field.tooLong", max);
        }
        return clean.isEmpty() ? null : clean;
    }
}
