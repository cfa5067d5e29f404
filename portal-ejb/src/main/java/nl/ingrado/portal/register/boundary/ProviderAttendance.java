package nl.ingrado.portal.register.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serial;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.ingrado.portal.register.control.AttendanceLists;
import nl.ingrado.portal.register.entity.Activity;
import nl.ingrado.portal.register.entity.ActivityStatus;
import nl.ingrado.portal.register.entity.RecordSource;
import nl.ingrado.portal.register.entity.RecordStatus;
import nl.ingrado.portal.shared.control.AuditTrail;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.Columns;
import nl.ingrado.portal.shared.control.NativeRows;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * The provider of an accredited activity uploads the attendance list of one execution; every active
 * registrant on it gets an approved point record, unless the activity already counts in their period.
 * One upload is booked whole or not at all; numbers that cannot be booked are reported, not refused.
 */
@Stateless
public class ProviderAttendance {

    public static final int MAX_NUMBERS = 2000;
    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Accreditations accreditations;

    @Inject
    PointLedger ledger;

    @Inject
    Registrants registrants;

    /** What became of each number of an upload. */
    public record Report(long executionId, long activityId, LocalDate date, List<String> booked,
            List<String> alreadyCounted, List<String> unknown, List<String> notActive,
            List<String> outsidePeriod)
            implements
                Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** An execution of an activity and how many points records its list(s) booked. */
    public record Execution(long id, LocalDate heldOn, String uploadedBy, LocalDateTime uploadedAt,
            int booked) {
    }

    /**
     * Books the list of an execution on {@code date}. The activity must be the provider's own, accredited and
     * valid on that date. The numbers are read as {@link AttendanceLists#of} reads them.
     */
    public Report upload(long providerAccountId, long activityId, LocalDate date, List<String> numbers) {
        // first statement of the transaction, so the reads below see every upload committed before it
        var activity = accreditations.lockOwn(providerAccountId, activityId);
        checkExecution(activity, date);
        var distinct = attendanceList(numbers);
        var unknown = new ArrayList<String>();
        var notActive = new ArrayList<String>();
        var outside = new ArrayList<String>();
        var already = new ArrayList<String>();
        var active = activeRegistrants(distinct, unknown, notActive);
        // lock in id order (as anyone booking does one at a time), so the checks below hold until commit
        lock(active.keySet());
        var toBook = bookable(active, activityId, date, outside, already);
        var actor = (String) em.createNativeQuery("SELECT email FROM account WHERE id = ?")
                .setParameter(1, providerAccountId).getSingleResult();
        var now = Clocks.nowUtc(clock);
        long executionId = execution(activityId, date, actor, now, toBook.size());
        var booked = new ArrayList<String>();
        for (var registrantId : toBook) {
            ledger.book(new Booking(registrantId, date, activity.title(), activity.providerName(),
                    activity.number(),
                    null, activity.category(), activity.hours(), activity.points(),
                    RecordSource.PROVIDER_LIST,
                    RecordStatus.APPROVED, activityId, null, executionId, null, null, actor, null));
            booked.add(active.get(registrantId));
        }
        // the report lists follow the order of the upload
        var order = new HashMap<String, Integer>();
        for (int i = 0; i < distinct.size(); i++) {
            order.put(distinct.get(i), i);
        }
        booked.sort((a, b) -> order.get(a) - order.get(b));
        already.sort((a, b) -> order.get(a) - order.get(b));
        outside.sort((a, b) -> order.get(a) - order.get(b));
        AuditTrail.record(em, Accreditations.AUDIT_TYPE, activityId, "ATTENDANCE", actor, now, "execution "
                + executionId + " on " + date + ": " + booked.size() + " booked, " + already.size()
                + " already counted, " + unknown.size() + " unknown, " + notActive.size() + " not active, "
                + outside.size() + " outside their period");
        return new Report(executionId, activityId, date, List.copyOf(booked), List.copyOf(already),
                List.copyOf(unknown), List.copyOf(notActive), List.copyOf(outside));
    }

    /** A list is uploaded for an accredited activity, on a day it is valid and that has come. */
    private void checkExecution(Activity activity, LocalDate date) {
        if (activity.status() != ActivityStatus.ACCREDITED) {
            throw new BusinessException("provider.attendance.notAccredited");
        }
        if (date == null) {
            throw BusinessException.onField("date", "krsd.field.required");
        }
        if (date.isAfter(registrants.today())) {
            throw BusinessException.onField("date", "provider.attendance.future");
        }
        if (!activity.isValidOn(date)) {
            throw BusinessException.onField("date", "provider.attendance.notValid",
                    activity.validFrom(), activity.validTo());
        }
    }

    /** The distinct numbers of the list; an empty or too long list is refused. */
    private static List<String> attendanceList(List<String> numbers) {
        var distinct = AttendanceLists.of(numbers);
        if (distinct.isEmpty()) {
            throw BusinessException.onField("numbers", "provider.attendance.empty");
        }
        if (distinct.size() > MAX_NUMBERS) {
            throw BusinessException.onField("numbers", "provider.attendance.tooMany", MAX_NUMBERS);
        }
        return distinct;
    }

    /** Active registrant id → their number; the other numbers go to {@code unknown} or {@code notActive}. */
    private TreeMap<Long, String> activeRegistrants(List<String> distinct, List<String> unknown,
            List<String> notActive) {
        var found = registrantsByNumber(distinct.stream().filter(AttendanceLists::looksLikeNumber).toList());
        var active = new TreeMap<Long, String>();
        for (var number : distinct) {
            var registrant = found.get(number);
            if (registrant == null) {
                unknown.add(number);
            } else if (!"ACTIVE".equals(registrant.status())) {
                notActive.add(number);
            } else {
                active.put(registrant.id(), number);
            }
        }
        return active;
    }

    /** Locks the registrants' rows in the order of their ids. */
    private void lock(Set<Long> registrantIds) {
        for (var chunk : chunks(new ArrayList<>(registrantIds))) {
            var query = em.createNativeQuery("SELECT id FROM registrant WHERE id IN (" + marks(chunk.size())
                    + ") ORDER BY id FOR UPDATE");
            bind(query, chunk);
            query.getResultList();
        }
    }

    /**
     * The registrants that get a record: those with a period on {@code date} in which the activity does not
     * count yet. The numbers of the others go to {@code outside} or {@code already}.
     */
    private List<Long> bookable(TreeMap<Long, String> active, long activityId, LocalDate date,
            List<String> outside, List<String> already) {
        var periods = periodsOn(active.keySet(), date);
        var keys = new HashMap<String, Long>();
        for (var registrantId : active.keySet()) {
            var period = periods.get(registrantId);
            if (period != null) {
                keys.put(period + "/a" + activityId, registrantId);
            }
        }
        var taken = takenKeys(keys.keySet());
        var toBook = new ArrayList<Long>();
        for (var entry : active.entrySet()) {
            var period = periods.get(entry.getKey());
            if (period == null) {
                outside.add(entry.getValue());
            } else if (taken.contains(period + "/a" + activityId)) {
                already.add(entry.getValue());
            } else {
                toBook.add(entry.getKey());
            }
        }
        return toBook;
    }
    /** The provider's own activity (else not found, or not theirs). */
    public Activity activity(long providerAccountId, long activityId) {
        return accreditations.ofProvider(providerAccountId, activityId).orElseThrow(() -> accreditations
                .byId(activityId).isPresent()
                        ? new BusinessException("provider.activity.notYours")
                        : new BusinessException("provider.activity.notFound"));
    }

    /** The executions of the provider's own activity, newest first. */
    @SuppressWarnings("unchecked")
    public List<Execution> executions(long providerAccountId, long activityId) {
        activity(providerAccountId, activityId);
        List<Object[]> rows = em.createNativeQuery("SELECT id, held_on, uploaded_by, uploaded_at, booked "
                + "FROM activity_execution WHERE activity_id = ? ORDER BY held_on DESC, id DESC")
                .setParameter(1, activityId).getResultList();
        return rows.stream().map(r -> new Execution(((Number) r[0]).longValue(), Columns.date(r[1]),
                (String) r[2],
                local(r[3] instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) r[3]),
                ((Number) r[4]).intValue())).toList();
    }

    /** Stored in UTC, shown as Dutch wall-clock time. */
    private static LocalDateTime local(LocalDateTime utc) {
        return utc.atZone(java.time.ZoneOffset.UTC).withZoneSameInstant(Clocks.AMSTERDAM).toLocalDateTime();
    }

    /** The execution of that date (a later list for the same day adds to it). */
    private long execution(long activityId, LocalDate date, String actor, LocalDateTime now, int booked) {
        var existing = em
                .createNativeQuery("SELECT id FROM activity_execution WHERE activity_id = ? AND held_on = ? "
                        + "ORDER BY id LIMIT 1")
                .setParameter(1, activityId).setParameter(2, date).getResultList();
        if (!existing.isEmpty()) {
            long id = ((Number) existing.get(0)).longValue();
            em.createNativeQuery(
                    "UPDATE activity_execution SET booked = booked + ?, uploaded_by = ?, uploaded_at = ? "
                            + "WHERE id = ?")
                    .setParameter(1, booked).setParameter(2, actor).setParameter(3, now)
                    .setParameter(4, id).executeUpdate();
            return id;
        }
        em.createNativeQuery(
                "INSERT INTO activity_execution (activity_id, held_on, uploaded_by, uploaded_at, booked) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, activityId).setParameter(2, date).setParameter(3, actor)
                .setParameter(4, now).setParameter(5, booked).executeUpdate();
        return NativeRows.lastId(em);
    }

    private record Found(long id, String status) {
    }

    @SuppressWarnings("unchecked")
    private Map<String, Found> registrantsByNumber(List<String> numbers) {
        var found = new HashMap<String, Found>();
        for (var chunk : chunks(numbers)) {
            var query = em.createNativeQuery("SELECT registration_number, id, status FROM registrant "
                    + "WHERE registration_number IN (" + marks(chunk.size()) + ")");
            bind(query, chunk);
            for (Object[] r : (List<Object[]>) query.getResultList()) {
                found.put(((String) r[0]).toUpperCase(java.util.Locale.ROOT),
                        new Found(((Number) r[1]).longValue(), (String) r[2]));
            }
        }
        return found;
    }

    /** registrant id → id of their period holding {@code date} (the latest, as {@link Registrants#periodOn}). */
    @SuppressWarnings("unchecked")
    private Map<Long, Long> periodsOn(Set<Long> registrantIds, LocalDate date) {
        var periods = new HashMap<Long, Long>();
        for (var chunk : chunks(new ArrayList<>(registrantIds))) {
            var query = em.createNativeQuery(
                    "SELECT registrant_id, id FROM register_period WHERE registrant_id IN ("
                            + marks(chunk.size()) + ") AND starts_on <= ? AND ends_on >= ? ORDER BY seq");
            bind(query, chunk);
            query.setParameter(chunk.size() + 1, date).setParameter(chunk.size() + 2, date);
            for (Object[] r : (List<Object[]>) query.getResultList()) {
                periods.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
            }
        }
        return periods;
    }

    @SuppressWarnings("unchecked")
    private Set<String> takenKeys(Set<String> keys) {
        var taken = new HashSet<String>();
        for (var chunk : chunks(new ArrayList<>(keys))) {
            var query = em.createNativeQuery("SELECT once_key FROM point_record WHERE once_key IN ("
                    + marks(chunk.size()) + ")");
            bind(query, chunk);
            taken.addAll((List<String>) query.getResultList());
        }
        return taken;
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        var chunks = new ArrayList<List<T>>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }

    private static String marks(int count) {
        return java.util.stream.Stream.generate(() -> "?").limit(count).collect(Collectors.joining(", "));
    }

    private static void bind(jakarta.persistence.Query query, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
    }
}
