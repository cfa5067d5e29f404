package nl.ingrado.portal.register.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.ingrado.portal.mail.boundary.MailService;
import nl.ingrado.portal.register.entity.Activity;
import nl.ingrado.portal.register.entity.ActivityStatus;
import nl.ingrado.portal.register.entity.CatalogueEntry;
import nl.ingrado.portal.register.entity.Scheme;
import nl.ingrado.portal.shared.control.AuditTrail;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.Columns;
import nl.ingrado.portal.shared.control.NativeRows;
import nl.ingrado.portal.shared.control.PortalSettings;
import nl.ingrado.portal.shared.entity.AuditEntry;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.Lengths;

/**
 * Accreditation of activities: a training provider requests it (with documents), an auditor accredits,
 * rejects or asks for more information, and the requester is mailed each time. Accredited activities
 * form the catalogue, together with the Ingrado events that carry accreditation points.
 */
@Stateless
public class Accreditations {

    public static final String AUDIT_TYPE = "accredited_activity";
    /** Documents one request may carry in all. */
    public static final int MAX_DOCUMENTS = 10;

    private static final String SELECT = "SELECT id, scheme_id, accreditation_number, title, provider_name, "
            + "provider_account_id, event_id, description, programme, hours, trainers, category, points, valid_from, "
            + "valid_to, status, requested_at, requested_by, decided_at, decided_by, decision_reason "
            + "FROM accredited_activity ";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Schemes schemes;

    @Inject
    PointLedger ledger;

    @Inject
    MailService mail;

    @Inject
    PortalSettings settings;

    /** What the provider tells about the activity. Hours are net hours (no breaks, no travel). */
    public record Request(String title, String providerName, String description, String programme,
            BigDecimal hours, String trainers) {
    }

    /** An uploaded document: the name the browser gave and the bytes. */
    public record Upload(String filename, byte[] content) {
    }

    /** The auditor's terms: number (blank: the proposed one), category, points and validity. */
    public record Terms(String number, String category, BigDecimal points, LocalDate validFrom,
            LocalDate validTo) {
    }

    public enum Decision {
        ACCREDIT, REJECT, MORE_INFO
    }

    /** A document of a request, without its bytes. */
    public record Document(long fileId, String filename, String contentType, int sizeBytes) {

        public String size() {
            return sizeBytes < 1024 * 1024
                    ? Math.max(1, sizeBytes / 1024) + " kB"
                    : BigDecimal.valueOf(sizeBytes).divide(BigDecimal.valueOf(1024 * 1024), 1,
                            RoundingMode.HALF_UP)
                            + " MB";
        }
    }

    /** A provider asks for accreditation; the request waits for an auditor (REQUESTED). */
    public long request(long providerAccountId, Request r, List<Upload> documents) {
        var clean = validate(r);
        var uploads = present(documents);
        if (uploads.isEmpty()) {
            throw BusinessException.onField("documents", "provider.documents.required");
        }
        if (uploads.size() > MAX_DOCUMENTS) {
            throw BusinessException.onField("documents", "provider.documents.tooMany", MAX_DOCUMENTS);
        }
        var scheme = schemes.krsd();
        var actor = emailOf(providerAccountId);
        var now = Clocks.nowUtc(clock);
        em.createNativeQuery(
                "INSERT INTO accredited_activity (scheme_id, title, provider_name, provider_account_id, "
                        + "description, programme, hours, trainers, status, requested_at, requested_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'REQUESTED', ?, ?)")
                .setParameter(1, scheme.id()).setParameter(2, clean.title())
                .setParameter(3, clean.providerName())
                .setParameter(4, providerAccountId).setParameter(5, clean.description())
                .setParameter(6, clean.programme()).setParameter(7, clean.hours())
                .setParameter(8, clean.trainers())
                .setParameter(9, now).setParameter(10, actor).executeUpdate();
        long id = NativeRows.lastId(em);
        var names = attach(providerAccountId, id, uploads);
        AuditTrail.record(em, AUDIT_TYPE, id, "REQUESTED", actor, now,
                clean.title() + " (" + clean.providerName()
                        + ", " + clean.hours() + " hours); documents: " + String.join(", ", names));
        return id;
    }

    /**
     * The provider answers a request for more information: the request as it now reads, a note for the
     * auditor and, if they like, more documents. It goes back to the auditors (REQUESTED).
     */
    public void answer(long providerAccountId, long activityId, Request r, String note,
            List<Upload> documents) {
        var activity = lockOwn(providerAccountId, activityId);
        if (activity.status() != ActivityStatus.MORE_INFO) {
            throw new BusinessException("provider.answer.notAsked");
        }
        var clean = validate(r);
        var cleanNote = PointLedger.required(note, Lengths.NOTE, "note");
        var uploads = present(documents);
        if (uploads.size() + documents(activityId).size() > MAX_DOCUMENTS) {
            throw BusinessException.onField("documents", "provider.documents.tooMany", MAX_DOCUMENTS);
        }
        var description = clean.description() + "\n\n— " + cleanNote;
        if (description.length() > 20000) {
            throw BusinessException.onField("note", "krsd.field.tooLong", Lengths.NOTE);
        }
        var actor = emailOf(providerAccountId);
        var now = Clocks.nowUtc(clock);
        em.createNativeQuery("UPDATE accredited_activity SET title = ?, provider_name = ?, description = ?, "
                + "programme = ?, hours = ?, trainers = ?, status = 'REQUESTED', requested_at = ?, "
                + "version = version + 1 WHERE id = ? AND status = 'MORE_INFO'")
                .setParameter(1, clean.title()).setParameter(2, clean.providerName())
                .setParameter(3, description)
                .setParameter(4, clean.programme()).setParameter(5, clean.hours())
                .setParameter(6, clean.trainers())
                .setParameter(7, now).setParameter(8, activityId).executeUpdate();
        var names = attach(providerAccountId, activityId, uploads);
        AuditTrail.record(em, AUDIT_TYPE, activityId, "ANSWERED", actor, now,
                cleanNote + (names.isEmpty() ? "" : "; documents added: " + String.join(", ", names)));
    }

    /**
     * An auditor's decision on a waiting request. Accrediting sets number, category, points and validity;
     * rejecting and asking for more information need a reason, which the requester reads in the mail.
     */
    public void decide(String auditor, long activityId, Decision decision, Terms terms, String reason) {
        var found = em.createNativeQuery("SELECT scheme_id FROM accredited_activity WHERE id = ? FOR UPDATE")
                .setParameter(1, activityId).getResultList();
        if (found.isEmpty()) {
            throw new BusinessException("provider.activity.notFound");
        }
        long schemeId = ((Number) found.get(0)).longValue();
        // one decision at a time per scheme: two auditors cannot hand out the same number
        em.createNativeQuery("SELECT id FROM register_scheme WHERE id = ? FOR UPDATE")
                .setParameter(1, schemeId)
                .getResultList();
        var activity = byId(activityId).orElseThrow();
        if (activity.status() != ActivityStatus.REQUESTED) {
            throw new BusinessException("provider.decide.notRequested");
        }
        var cleanReason = PointLedger.optional(reason, Lengths.NOTE, "reason");
        var now = Clocks.nowUtc(clock);
        var requester = requesterOf(activity);
        if (decision == null) {
            throw new BusinessException("provider.decide.choose");
        }
        switch (decision) {
            case ACCREDIT -> accredit(auditor, activity, schemeId,
                    terms == null ? new Terms(null, null, null, null, null) : terms, cleanReason, now,
                    requester);
            case REJECT, MORE_INFO -> {
                if (cleanReason == null) {
                    throw BusinessException.onField("reason", "krsd.review.reason");
                }
                var status = decision == Decision.REJECT ? ActivityStatus.REJECTED : ActivityStatus.MORE_INFO;
                em.createNativeQuery(
                        "UPDATE accredited_activity SET status = ?, decided_at = ?, decided_by = ?, "
                                + "decision_reason = ?, version = version + 1 WHERE id = ? AND status = 'REQUESTED'")
                        .setParameter(1, status.name()).setParameter(2, now).setParameter(3, auditor)
                        .setParameter(4, cleanReason).setParameter(5, activityId).executeUpdate();
                AuditTrail.record(em, AUDIT_TYPE, activityId, status.name(), auditor, now, cleanReason);
                mail.send(requester.email(), requester.language(),
                        decision == Decision.REJECT
                                ? "krsd.accreditation.rejected"
                                : "krsd.accreditation.more_info",
                        requester.name(), activity.title(), cleanReason,
                        settings.baseUrl() + "/provider/request.xhtml?id=" + activityId);
            }
        }
    }

    private void accredit(String auditor, Activity activity, long schemeId, Terms t, String reason,
            LocalDateTime now, Requester requester) {
        var number = accreditationNumber(activity.id(), schemeId, t.number());
        checkTerms(schemes.byId(schemeId), t);
        var points = t.points();
        em.createNativeQuery(
                "UPDATE accredited_activity SET status = 'ACCREDITED', accreditation_number = ?, "
                        + "category = ?, points = ?, valid_from = ?, valid_to = ?, decided_at = ?, decided_by = ?, "
                        + "decision_reason = ?, version = version + 1 WHERE id = ? AND status = 'REQUESTED'")
                .setParameter(1, number).setParameter(2, t.category()).setParameter(3, points)
                .setParameter(4, t.validFrom()).setParameter(5, t.validTo()).setParameter(6, now)
                .setParameter(7, auditor).setParameter(8, reason).setParameter(9, activity.id())
                .executeUpdate();
        AuditTrail.record(em, AUDIT_TYPE, activity.id(), "ACCREDITED", auditor, now, "number " + number
                + "; " + t.category() + " " + points + " points; valid " + t.validFrom() + " – "
                + t.validTo() + (reason == null ? "" : "; " + reason));
        mail.send(requester.email(), requester.language(), "krsd.accreditation.accredited",
                requester.name(), activity.title(), number, t.category(), points.stripTrailingZeros(),
                DAY.format(t.validFrom()), DAY.format(t.validTo()),
                settings.baseUrl() + "/provider/index.xhtml");
    }

    /** The number given (spaces out, upper case), or the next free one of this year; it must be unused. */
    private String accreditationNumber(long activityId, long schemeId, String given) {
        var number = given == null || given.isBlank()
                ? proposedNumber(schemeId, LocalDate.now(clock.withZone(Clocks.AMSTERDAM)).getYear())
                : given.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!number.matches("[A-Z0-9][A-Z0-9-]{2,29}")) {
            throw BusinessException.onField("number", "provider.decide.numberFormat");
        }
        if (!em.createNativeQuery("SELECT id FROM accredited_activity WHERE accreditation_number = ? "
                + "AND id <> ?").setParameter(1, number).setParameter(2, activityId).getResultList()
                .isEmpty()) {
            throw BusinessException.onField("number", "provider.decide.numberTaken", number);
        }
        return number;
    }

    /** Category of the scheme, points in (0, 999.9] with one decimal, and a validity from ≤ to. */
    private static void checkTerms(Scheme scheme, Terms t) {
        if (t.category() == null || scheme.category(t.category()).isEmpty()) {
            throw BusinessException.onField("category", "krsd.record.category");
        }
        var points = t.points();
        if (points == null || points.signum() <= 0 || points.compareTo(new BigDecimal("999.9")) > 0
                || points.stripTrailingZeros().scale() > 1) {
            throw BusinessException.onField("points", "krsd.review.points");
        }
        if (t.validFrom() == null) {
            throw BusinessException.onField("validFrom", "krsd.field.required");
        }
        if (t.validTo() == null) {
            throw BusinessException.onField("validTo", "krsd.field.required");
        }
        if (t.validTo().isBefore(t.validFrom())) {
            throw BusinessException.onField("validTo", "provider.decide.validTo");
        }
    }
    /** The next free number of the year: {@code <prefix>-A-<year>-<seq>}, seq counted on from the highest. */
    public String proposedNumber(long schemeId, int year) {
        var prefix = schemes.byId(schemeId).numberPrefix() + "-A-" + year + "-";
        @SuppressWarnings("unchecked")
        List<String> taken = em.createNativeQuery("SELECT accreditation_number FROM accredited_activity "
                + "WHERE accreditation_number LIKE ?").setParameter(1, prefix + "%").getResultList();
        int highest = 0;
        for (var number : taken) {
            var tail = number.substring(prefix.length());
            if (tail.matches("\\d{1,6}")) {
                highest = Math.max(highest, Integer.parseInt(tail));
            }
        }
        return prefix + String.format("%03d", highest + 1);
    }

    public Optional<Activity> byId(long activityId) {
        return activities("WHERE id = ?", activityId).stream().findFirst();
    }

    /** An activity of this provider; someone else's is as absent as one that does not exist. */
    public Optional<Activity> ofProvider(long providerAccountId, long activityId) {
        return byId(activityId).filter(a -> a.isOwnedBy(providerAccountId));
    }

    /** A provider's requests and activities, newest first. */
    public List<Activity> ofProvider(long providerAccountId) {
        return activities("WHERE provider_account_id = ? ORDER BY requested_at DESC, id DESC",
                providerAccountId);
    }

    /** Requests waiting for an auditor, oldest first. */
    public List<Activity> waiting() {
        return activities("WHERE status = ? ORDER BY requested_at, id", ActivityStatus.REQUESTED.name());
    }

    /** Requests on which an auditor asked the provider for more, oldest first. */
    public List<Activity> awaitingProvider() {
        return activities("WHERE status = ? ORDER BY decided_at, id", ActivityStatus.MORE_INFO.name());
    }

    /** The provider name a provider used last, to fill in a new request. */
    public Optional<String> lastProviderName(long providerAccountId) {
        return ofProvider(providerAccountId).stream().map(Activity::providerName).findFirst();
    }

    /**
     * The catalogue: accredited activities and Ingrado events with accreditation points. With
     * {@code validNow}, only what counts today: activities valid today, events not over yet.
     */
    @SuppressWarnings("unchecked")
    public List<CatalogueEntry> catalogue(boolean validNow, LocalDate today) {
        var sql = "SELECT id, event_id, accreditation_number, title, provider_name, category, points, valid_from, "
                + "valid_to FROM accredited_activity WHERE status = 'ACCREDITED'"
                + (validNow ? " AND valid_from <= ? AND valid_to >= ?" : "")
                + " UNION ALL SELECT NULL, e.id, NULL, e.title, 'Ingrado', e.accreditation_category, "
                + "e.accreditation_points, DATE(e.starts_at), DATE(e.ends_at) FROM event e "
                + "WHERE e.accreditation_points IS NOT NULL AND e.status <> 'CANCELLED' "
                + "AND NOT EXISTS (SELECT 1 FROM accredited_activity a WHERE a.event_id = e.id)"
                + (validNow ? " AND DATE(e.ends_at) >= ?" : "") + " ORDER BY 4, 1 LIMIT 2000";
        var query = em.createNativeQuery(sql);
        if (validNow) {
            query.setParameter(1, today).setParameter(2, today).setParameter(3, today);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(r -> new CatalogueEntry(Columns.toLong(r[0]), Columns.toLong(r[1]), (String) r[2],
                        (String) r[3],
                        (String) r[4], (String) r[5], (BigDecimal) r[6], Columns.date(r[7]),
                        Columns.date(r[8]),
                        r[1] != null))
                .toList();
    }

    @SuppressWarnings("unchecked")
    public List<Document> documents(long activityId) {
        List<Object[]> rows = em.createNativeQuery("SELECT f.id, f.filename, f.content_type, f.size_bytes "
                + "FROM accreditation_document d JOIN register_file f ON f.id = d.file_id WHERE d.activity_id = ? "
                + "ORDER BY f.id").setParameter(1, activityId).getResultList();
        return rows.stream().map(r -> new Document(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                ((Number) r[3]).intValue())).toList();
    }

    /**
     * A document of a request, for the provider who owns the request or an auditor; anyone else (and any
     * file that is not an accreditation document) finds nothing.
     */
    public Optional<PointLedger.StoredFile> document(long fileId, long accountId, boolean auditor) {
        @SuppressWarnings("unchecked")
        List<Object> owners = em
                .createNativeQuery("SELECT a.provider_account_id FROM accreditation_document d "
                        + "JOIN accredited_activity a ON a.id = d.activity_id WHERE d.file_id = ?")
                .setParameter(1, fileId)
                .getResultList();
        if (owners.isEmpty()) {
            return Optional.empty();
        }
        boolean owner = owners.stream().anyMatch(o -> o != null && ((Number) o).longValue() == accountId);
        return auditor || owner ? ledger.file(fileId) : Optional.empty();
    }

    /** What happened to a request, newest first. */
    public List<AuditEntry> history(long activityId) {
        return AuditTrail.history(em, AUDIT_TYPE, activityId, null, null);
    }

    /**
     * Locks an activity of this provider (else not found, or not theirs) for a change in the caller's
     * transaction: answering a question, or an attendance list.
     */
    public Activity lockOwn(long providerAccountId, long activityId) {
        var found = em
                .createNativeQuery(
                        "SELECT provider_account_id FROM accredited_activity WHERE id = ? FOR UPDATE")
                .setParameter(1, activityId).getResultList();
        if (found.isEmpty()) {
            throw new BusinessException("provider.activity.notFound");
        }
        if (found.get(0) == null || ((Number) found.get(0)).longValue() != providerAccountId) {
            throw new BusinessException("provider.activity.notYours");
        }
        return byId(activityId).orElseThrow();
    }

    private List<String> attach(long ownerAccountId, long activityId, List<Upload> uploads) {
        var names = new ArrayList<String>();
        for (var upload : uploads) {
            long fileId = ledger.storeFile(ownerAccountId, upload.filename(), upload.content(), "documents");
            em.createNativeQuery("INSERT INTO accreditation_document (activity_id, file_id) VALUES (?, ?)")
                    .setParameter(1, activityId).setParameter(2, fileId).executeUpdate();
            names.add(upload.filename() == null ? String.valueOf(fileId) : upload.filename());
        }
        return names;
    }

    private static List<Upload> present(List<Upload> documents) {
        return documents == null
                ? List.of()
                : documents.stream().filter(d -> d != null && d.content() != null && d.content().length > 0)
                        .toList();
    }

    private static Request validate(Request r) {
        if (r == null) {
            throw BusinessException.onField("title", "krsd.field.required");
        }
        var title = PointLedger.required(r.title(), Lengths.ACTIVITY_TITLE, "title");
        var provider = PointLedger.required(r.providerName(), Lengths.TITLE, "providerName");
        var description = PointLedger.required(r.description(), Lengths.PROGRAMME, "description");
        var programme = PointLedger.required(r.programme(), Lengths.PROGRAMME, "programme");
        var hours = r.hours();
        if (hours == null || hours.signum() <= 0 || hours.compareTo(new BigDecimal("200")) > 0
                || hours.stripTrailingZeros().scale() > 1) {
            throw BusinessException.onField("hours", "krsd.submit.hours");
        }
        var trainers = PointLedger.required(r.trainers(), Lengths.REMARKS, "trainers");
        return new Request(title, provider, description, programme,
                hours.setScale(1, RoundingMode.UNNECESSARY),
                trainers);
    }

    private record Requester(String email, String language, String name) {
    }

    @SuppressWarnings("unchecked")
    private Requester requesterOf(Activity activity) {
        if (activity.providerAccountId() != null) {
            List<Object[]> rows = em
                    .createNativeQuery("SELECT email, preferred_language, display_name FROM account "
                            + "WHERE id = ?")
                    .setParameter(1, activity.providerAccountId()).getResultList();
            if (!rows.isEmpty()) {
                var r = rows.get(0);
                return new Requester((String) r[0], (String) r[1], (String) r[2]);
            }
        }
        return new Requester(activity.requestedBy(), "nl", activity.requestedBy());
    }

    private String emailOf(long accountId) {
        var rows = em.createNativeQuery("SELECT email FROM account WHERE id = ?").setParameter(1, accountId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new BusinessException("provider.activity.notFound");
        }
        return (String) rows.get(0);
    }

    @SuppressWarnings("unchecked")
    private List<Activity> activities(String where, Object parameter) {
        List<Object[]> rows = em.createNativeQuery(SELECT + where).setParameter(1, parameter).getResultList();
        return rows.stream().map(Accreditations::toActivity).toList();
    }

    static Activity toActivity(Object[] r) {
        return new Activity(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                (String) r[3],
                (String) r[4], Columns.toLong(r[5]), Columns.toLong(r[6]), (String) r[7], (String) r[8],
                (BigDecimal) r[9],
                (String) r[10], (String) r[11], (BigDecimal) r[12],
                r[13] == null ? null : Columns.date(r[13]),
                r[14] == null ? null : Columns.date(r[14]), ActivityStatus.valueOf((String) r[15]),
                Columns.dateTime(r[16]), (String) r[17], Columns.dateTime(r[18]), (String) r[19],
                (String) r[20]);
    }
}
