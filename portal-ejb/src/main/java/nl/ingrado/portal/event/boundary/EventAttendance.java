package nl.ingrado.portal.event.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.ingrado.portal.event.entity.Event;
import nl.ingrado.portal.event.entity.Registration;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.SqlFilter;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * The day itself, for organisers: who is coming, who is in, checking people in by name or by the
 * code in their QR code, and the no-shows afterwards. Every call first checks that the organiser
 * may touch the event, then leaves the rules of checking in to {@link CheckIns}.
 */
@Stateless
public class EventAttendance {

    /** Enough for a tablet screen; a longer list means the organiser should type more of the name. */
    public static final int MAX_LISTED = 100;

    // the code is 22 URL-safe Base64 characters; a scanner may deliver it inside a link
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{22}");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CheckIns checkIns;

    @Inject
    Clock clock;

    public record Overview(long eventId, String title, LocalDateTime startsAt, LocalDateTime endsAt,
            boolean started, boolean over, Counts counts) {
    }

    public record Counts(long confirmed, long checkedIn, long noShows) {
    }

    public record Registrant(long id, String name, String email, LocalDateTime attendedAt, boolean noShow) {

        public boolean isIn() {
            return attendedAt != null;
        }
    }

    /** Who was checked in, and whether that had already happened before (a second scan, say). */
    public record CheckIn(String name, boolean already) {
    }

    /** The event with its counts; empty when it does not exist or is not the organiser's. */
    public Optional<Overview> overview(Organiser organiser, long eventId) {
        var event = em.find(Event.class, eventId);
        if (event == null || !organiser.mayOrganise(event)) {
            return Optional.empty();
        }
        var now = now();
        return Optional.of(new Overview(eventId, event.getTitle(), event.getStartsAt(), event.getEndsAt(),
                !now.isBefore(event.getStartsAt()), event.isOver(now), counts(eventId)));
    }

    /** Confirmed registrants whose name contains {@code search} (all when blank), by name. */
    public List<Registrant> registrants(Organiser organiser, long eventId, String search) {
        event(organiser, eventId);
        var words = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        var pattern = SqlFilter.contains(words);
        return em.createQuery("select r from Registration r where r.event.id = :event and r.status = "
                + "nl.ingrado.portal.event.entity.RegistrationStatus.CONFIRMED and lower(r.name) like :name "
                + "order by r.name, r.id", Registration.class)
                .setParameter("event", eventId).setParameter("name", pattern)
                .setMaxResults(MAX_LISTED).getResultStream()
                .map(r -> new Registrant(r.getId(), r.getName(), r.getEmail(), r.getAttendedAt(),
                        r.isNoShow()))
                .toList();
    }

    /** Confirmed, checked in and no-shows, counted by the database in one pass. */
    public Counts counts(long eventId) {
        var row = (Object[]) em.createNativeQuery("SELECT COALESCE(SUM(status = 'CONFIRMED'), 0), "
                + "COALESCE(SUM(attended_at IS NOT NULL), 0), COALESCE(SUM(status = 'CONFIRMED' AND no_show), 0) "
                + "FROM registration WHERE event_id = ?").setParameter(1, eventId).getSingleResult();
        return new Counts(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue());
    }

    /** Checks in a registrant of this event, picked from the list. */
    public CheckIn checkIn(Organiser organiser, long eventId, long registrationId) {
        event(organiser, eventId);
        var registration = em.find(Registration.class, registrationId);
        if (registration == null || !registration.getEvent().getId().equals(eventId)) {
            throw new BusinessException("registration.notFound");
        }
        boolean already = registration.getAttendedAt() != null;
        checkIns.checkIn(registrationId);
        return new CheckIn(registration.getName(), already);
    }

    /** Checks in by the scanned or typed code; a code of another event is as unknown as a made-up one. */
    public CheckIn checkInByCode(Organiser organiser, long eventId, String scanned) {
        event(organiser, eventId);
        var matcher = CODE.matcher(scanned == null ? "" : scanned.strip());
        String code = null;
        while (matcher.find()) {
            code = matcher.group();
        }
        if (code == null) {
            throw new BusinessException("attendance.unknownCode");
        }
        // the column's collation ignores case, so compare exactly here: the code is case-sensitive
        var exact = code;
        var found = em
                .createQuery(
                        "select r from Registration r where r.event.id = :event and r.checkinCode = :code",
                        Registration.class)
                .setParameter("event", eventId).setParameter("code", code).getResultStream()
                .filter(r -> r.getCheckinCode().equals(exact)).findFirst()
                .orElseThrow(() -> new BusinessException("attendance.unknownCode"));
        boolean already = found.getAttendedAt() != null;
        checkIns.checkInByCode(eventId, code);
        return new CheckIn(found.getName(), already);
    }

    /** After the event: every confirmed registrant not checked in becomes a no-show. */
    public int markNoShows(Organiser organiser, long eventId) {
        event(organiser, eventId);
        return checkIns.markNoShows(eventId);
    }

    private Event event(Organiser organiser, long eventId) {
        var event = em.find(Event.class, eventId);
        organiser.require(event);
        return event;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(Clocks.AMSTERDAM));
    }
}
