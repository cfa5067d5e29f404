package nl.ingrado.portal.event.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.ingrado.portal.event.control.EventCalendar;
import nl.ingrado.portal.event.control.Seats;
import nl.ingrado.portal.event.entity.Event;
import nl.ingrado.portal.event.entity.EventKind;
import nl.ingrado.portal.event.entity.Registration;
import nl.ingrado.portal.event.entity.RegistrationStatus;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.Pdfs;
import nl.ingrado.portal.shared.control.PortalSettings;
import nl.ingrado.portal.shared.control.SecretTokens;
import nl.ingrado.portal.shared.entity.BusinessException;

/** Reading events: the public calendar, one event with its seats, a person's own registrations. */
@Stateless
public class EventCatalog {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PortalSettings settings;

    @Inject
    Seats seats;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext context;

    public record EventSummary(long id, String kind, String title, Long rayonId, String rayon,
            LocalDateTime startsAt,
            LocalDateTime endsAt, String venue, boolean online, int capacity, long confirmed, long waiting,
            String audience, boolean open, BigDecimal points, String category) {

        public long free() {
            return Math.max(0, capacity - confirmed);
        }
    }

    public record WorkshopSeats(long id, String title, String description, String room, String speaker,
            int capacity,
            long confirmed, long waiting) {

        public long free() {
            return Math.max(0, capacity - confirmed);
        }
    }

    public record RoundSeats(long id, String name, List<WorkshopSeats> workshops) {
    }

    public record EventDetail(EventSummary summary, String description, String onlineUrl,
            LocalDateTime registrationOpensAt, LocalDateTime registrationClosesAt,
            LocalDateTime cancellationDeadline,
            BigDecimal feeNonMembers, String assemblyAgenda, String refusal, List<RoundSeats> rounds) {
    }

    public record MyChoice(long roundId, String round, long workshopId, String workshop, String status) {
    }

    public record MyRegistration(long id, EventSummary event, String status, long waitingPosition,
            boolean canCancel,
            boolean attended, boolean over, String checkinCode, List<MyChoice> choices) {
    }

    /**
     * Upcoming events (and those running now), soonest first, with their seat counts from one more query.
     * {@code kind} and {@code rayonId} may be null.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<EventSummary> upcoming(EventKind kind, Long rayonId, int max) {
        return upcoming(kind, rayonId, 0, max);
    }

    /** One page of {@link #upcoming(EventKind, Long, int)}: {@code max} events from the {@code first}. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<EventSummary> upcoming(EventKind kind, Long rayonId, int first, int max) {
        var now = now();
        var jpql = new StringBuilder(
                "select e from Event e left join fetch e.rayon where e.endsAt > :now and e.status = 'PUBLISHED'");
        if (kind != null) {
            jpql.append(" and e.kind = :kind");
        }
        if (rayonId != null) {
            jpql.append(" and e.rayon.id = :rayon");
        }
        jpql.append(" order by e.startsAt, e.id");
        var query = em.createQuery(jpql.toString(), Event.class).setParameter("now", now)
                .setFirstResult(first).setMaxResults(max);
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        if (rayonId != null) {
            query.setParameter("rayon", rayonId);
        }
        var events = query.getResultList();
        var counts = seats.of(events.stream().map(Event::getId).toList());
        return events.stream().map(e -> {
            var count = counts.getOrDefault(e.getId(), Seats.Count.NONE);
            return summary(e, count.confirmed(), count.waiting(), now);
        }).toList();
    }

    /** One event with its rounds, workshops and seats: four statements whatever the number of workshops. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<EventDetail> detail(long id) {
        var found = em
                .createQuery("select e from Event e left join fetch e.rayon where e.id = :id", Event.class)
                .setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var event = found.get(0);
        var now = now();
        var count = seats.of(List.of(id)).getOrDefault(id, Seats.Count.NONE);
        return Optional.of(new EventDetail(summary(event, count.confirmed(), count.waiting(), now),
                event.getDescription(),
                event.getOnlineUrl(), event.getRegistrationOpensAt(), event.getRegistrationClosesAt(),
                event.getCancellationDeadline(), event.getFeeNonMembers(), event.getAssemblyAgenda(),
                event.registrationRefusal(now), rounds(List.of(id)).getOrDefault(id, List.of())));
    }

    /**
     * The workshop rounds of these events with each workshop's seats, by event id: two statements for
     * any number of events (a page listing several events asks them all at once).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<Long, List<RoundSeats>> rounds(Collection<Long> eventIds) {
        var result = new LinkedHashMap<Long, List<RoundSeats>>();
        if (eventIds.isEmpty()) {
            return result;
        }
        var rows = em.createQuery("select r.event.id, r.id, r.name, w.id, w.title, w.description, w.room, "
                + "w.speaker, w.capacity from WorkshopRound r left join r.workshops w "
                + "where r.event.id in :events order by r.event.id, r.position, r.id, w.id", Object[].class)
                .setParameter("events", eventIds).getResultList();
        // the same counts as Seats.workshops, for all events in one statement
        var counts = new HashMap<Long, long[]>();
        for (var row : em.createQuery("select c.workshop.id, c.status, c.registration.status, count(c) "
                + "from RegistrationChoice c where c.round.event.id in :events and c.registration.status <> :cancelled "
                + "group by c.workshop.id, c.status, c.registration.status", Object[].class)
                .setParameter("events", eventIds).setParameter("cancelled", RegistrationStatus.CANCELLED)
                .getResultList()) {
            var count = counts.computeIfAbsent((Long) row[0], k -> new long[2]);
            if (row[2] == RegistrationStatus.CONFIRMED) {
                count[row[1] == RegistrationStatus.CONFIRMED ? 0 : 1] += (Long) row[3];
            }
        }
        var workshops = new LinkedHashMap<Long, List<WorkshopSeats>>();
        var roundsOf = new LinkedHashMap<Long, List<Long>>();
        var names = new HashMap<Long, String>();
        for (var row : rows) {
            long eventId = (Long) row[0];
            long roundId = (Long) row[1];
            if (!names.containsKey(roundId)) {
                names.put(roundId, (String) row[2]);
                roundsOf.computeIfAbsent(eventId, k -> new ArrayList<>()).add(roundId);
                workshops.put(roundId, new ArrayList<>());
            }
            if (row[3] != null) {
                var count = counts.getOrDefault((Long) row[3], new long[2]);
                workshops.get(roundId).add(new WorkshopSeats((Long) row[3], (String) row[4], (String) row[5],
                        (String) row[6], (String) row[7], ((Number) row[8]).intValue(), count[0], count[1]));
            }
        }
        roundsOf.forEach((eventId, roundIds) -> result.put(eventId, roundIds.stream()
                .map(roundId -> new RoundSeats(roundId, names.get(roundId),
                        List.copyOf(workshops.get(roundId))))
                .toList()));
        return result;
    }

    /**
     * The person's registrations that are not cancelled, soonest event first: three statements (the
     * registrations with their events, all their workshop choices, all their waiting places).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<MyRegistration> mine(long accountId) {
        return mine(accountId, null);
    }

    /** {@link #mine(long)} for one event only ({@code eventId}; null: all events). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<MyRegistration> mine(long accountId, Long eventId) {
        var now = now();
        var registrations = em.createQuery(
                "select r from Registration r join fetch r.event e where r.accountId = :a "
                        + "and r.status <> nl.ingrado.portal.event.entity.RegistrationStatus.CANCELLED "
                        + (eventId == null ? "" : "and e.id = :event ") + "order by e.startsAt desc",
                Registration.class).setParameter("a", accountId);
        if (eventId != null) {
            registrations.setParameter("event", eventId);
        }
        return mine(accountId,
                registrations.setHint("eclipselink.left-join-fetch", "r.event.rayon").getResultList(),
                now);
    }

    private List<MyRegistration> mine(long accountId, List<Registration> registrations, LocalDateTime now) {
        if (registrations.isEmpty()) {
            return List.of();
        }
        var choices = new HashMap<Long, List<MyChoice>>();
        for (var row : em.createQuery("select c.registration.id, c.round.id, c.round.name, c.workshop.id, "
                + "c.workshop.title, c.status from RegistrationChoice c where c.registration.id in :ids "
                + "order by c.round.position", Object[].class)
                .setParameter("ids", registrations.stream().map(Registration::getId).toList())
                .getResultList()) {
            choices.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(new MyChoice((Long) row[1],
                    (String) row[2], (Long) row[3], (String) row[4], ((Enum<?>) row[5]).name()));
        }
        var positions = new HashMap<Long, Long>();
        if (registrations.stream().anyMatch(r -> r.getStatus() == RegistrationStatus.WAITING)) {
            // the place on the waiting list as Seats.waitingPosition counts it, for all at once
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT w.id, COUNT(*) FROM registration w "
                    + "JOIN registration o ON o.event_id = w.event_id AND o.status = 'WAITING' AND o.id <= w.id "
                    + "WHERE w.account_id = ? AND w.status = 'WAITING' GROUP BY w.id")
                    .setParameter(1, accountId).getResultList();
            rows.forEach(row -> positions.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        }
        return registrations.stream().map(r -> {
            var event = r.getEvent();
            long position = r.getStatus() != RegistrationStatus.WAITING
                    ? 0
                    : positions.getOrDefault(r.getId(), 0L);
            return new MyRegistration(r.getId(), summary(event, 0, 0, now), r.getStatus().name(), position,
                    event.canCancel(now) && !event.isOver(now), r.getAttendedAt() != null, event.isOver(now),
                    r.getCheckinCode(), choices.getOrDefault(r.getId(), List.of()));
        }).toList();
    }

    /** The check-in code of one's own live registration, for its QR image: one small query. */
    public Optional<String> checkinCodeOf(long accountId, long registrationId) {
        return em
                .createQuery("select r.checkinCode from Registration r where r.id = :id and r.accountId = :a "
                        + "and r.status <> nl.ingrado.portal.event.entity.RegistrationStatus.CANCELLED",
                        String.class)
                .setParameter("id", registrationId).setParameter("a", accountId).getResultStream()
                .findFirst();
    }

    /**
     * The secret address of the person's calendar feed, made on first use: a plain read (one statement)
     * once it exists, the insert in a transaction of its own the first time.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String feedToken(long accountId) {
        @SuppressWarnings("unchecked")
        List<String> found = em.createNativeQuery("SELECT token FROM calendar_feed WHERE account_id = ?")
                .setParameter(1, accountId).getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        return context.getBusinessObject(EventCatalog.class).newFeedToken(accountId);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public String newFeedToken(long accountId) {
        // two tabs may ask at once: the first insert wins, both read the same token
        em.createNativeQuery("INSERT IGNORE INTO calendar_feed (account_id, token) VALUES (?, ?)")
                .setParameter(1, accountId).setParameter(2, SecretTokens.newToken()).executeUpdate();
        return (String) em.createNativeQuery("SELECT token FROM calendar_feed WHERE account_id = ?")
                .setParameter(1, accountId).getSingleResult();
    }

    /** The iCalendar feed of a secret address: the person's live registrations; empty when unknown. */
    public Optional<String> feed(String token) {
        if (!SecretTokens.isWellFormed(token, 43)) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Number> found = em.createNativeQuery("SELECT account_id FROM calendar_feed WHERE token = ?")
                .setParameter(1, token).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var registrations = em
                .createQuery("select r from Registration r join fetch r.event where r.accountId = :a "
                        + "and r.status <> nl.ingrado.portal.event.entity.RegistrationStatus.CANCELLED",
                        Registration.class)
                .setParameter("a", found.get(0).longValue()).getResultList();
        return Optional.of(EventCalendar.feed(registrations, settings.baseUrl(), clock.instant(), "Ingrado"));
    }

    /** The certificate of attendance (PDF) of one's own attended registration. */
    public byte[] certificate(long accountId, long registrationId, Texts texts) {
        var registration = em.find(Registration.class, registrationId);
        if (registration == null || !java.util.Objects.equals(registration.getAccountId(), accountId)) {
            throw new BusinessException("registration.notFound");
        }
        if (registration.getAttendedAt() == null) {
            throw new BusinessException("certificate.notAttended");
        }
        var event = registration.getEvent();
        var language = registration.getLanguage();
        String points = event.isAccredited()
                ? texts.points(event.getAccreditationPoints().stripTrailingZeros().toPlainString(),
                        event.getAccreditationCategory())
                : null;
        return Pdfs.certificate(new Pdfs.Certificate(texts.title(), registration.getName(), event.getTitle(),
                EventCalendar.when(event, language), EventCalendar.location(event), points,
                texts.issued(EventCalendar.day(registration.getAttendedAt().toLocalDate(), language)),
                settings.baseUrl() + "/events/certificate.xhtml?code=" + registration.getCheckinCode(),
                texts.footer()));
    }

    /** The words on a certificate, in the registrant's language; given by the web layer. */
    public interface Texts {
        String title();

        String points(String points, String category);

        String issued(String date);

        String footer();
    }

    /** Whether a certificate's code belongs to an attended registration: name, event and date. */
    public Optional<String[]> verifyCertificate(String code) {
        return em.createQuery("select r from Registration r join fetch r.event where r.checkinCode = :c "
                + "and r.attendedAt is not null", Registration.class)
                .setParameter("c", code == null ? "" : code)
                .getResultStream().findFirst().map(r -> new String[]{r.getName(), r.getEvent().getTitle(),
                        r.getEvent().getStartsAt().toLocalDate().toString()});
    }

    private EventSummary summary(Event e, long confirmed, long waiting, LocalDateTime now) {
        return new EventSummary(e.getId(), e.getKind().name(), e.getTitle(),
                e.getRayon() == null ? null : e.getRayon().getId(),
                e.getRayon() == null ? null : e.getRayon().getName(),
                e.getStartsAt(), e.getEndsAt(), e.getVenue(), e.getOnlineUrl() != null, e.getCapacity(),
                confirmed,
                waiting, e.getAudience().name(), e.isOpenForRegistration(now), e.getAccreditationPoints(),
                e.getAccreditationCategory());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(Clocks.AMSTERDAM));
    }
}
