package nl.ingrado.portal.event.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
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
    public List<EventSummary> upcoming(EventKind kind, Long rayonId, int max) {
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
                .setMaxResults(max);
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

    public Optional<EventDetail> detail(long id) {
        var event = em.find(Event.class, id);
        if (event == null) {
            return Optional.empty();
        }
        var now = now();
        var seatsOf = seats.workshops(event);
        var rounds = event.getRounds().stream().map(round -> new RoundSeats(round.getId(), round.getName(),
                round.getWorkshops().stream().map(w -> {
                    var count = seatsOf.getOrDefault(w.getId(), Seats.WorkshopCount.NONE);
                    return new WorkshopSeats(w.getId(), w.getTitle(), w.getDescription(), w.getRoom(),
                            w.getSpeaker(), w.getCapacity(), count.confirmed(), count.waiting());
                }).toList())).toList();
        return Optional.of(new EventDetail(summary(event, seats.confirmed(event), seats.waiting(event), now),
                event.getDescription(),
                event.getOnlineUrl(), event.getRegistrationOpensAt(), event.getRegistrationClosesAt(),
                event.getCancellationDeadline(), event.getFeeNonMembers(), event.getAssemblyAgenda(),
                event.registrationRefusal(now), rounds));
    }

    /** The person's registrations that are not cancelled, soonest event first. */
    public List<MyRegistration> mine(long accountId) {
        var now = now();
        var registrations = em.createQuery(
                "select r from Registration r join fetch r.event e where r.accountId = :a "
                        + "and r.status <> nl.ingrado.portal.event.entity.RegistrationStatus.CANCELLED order by e.startsAt desc",
                Registration.class).setParameter("a", accountId).getResultList();
        return registrations.stream().map(r -> {
            var event = r.getEvent();
            long position = r.getStatus() != RegistrationStatus.WAITING ? 0 : seats.waitingPosition(r);
            var choices = r.getChoices().stream()
                    .sorted(java.util.Comparator.comparingInt(c -> c.getRound().getPosition()))
                    .map(c -> new MyChoice(c.getRound().getId(), c.getRound().getName(),
                            c.getWorkshop().getId(),
                            c.getWorkshop().getTitle(), c.getStatus().name()))
                    .toList();
            return new MyRegistration(r.getId(), summary(event, 0, 0, now), r.getStatus().name(), position,
                    event.canCancel(now) && !event.isOver(now), r.getAttendedAt() != null, event.isOver(now),
                    r.getCheckinCode(), choices);
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

    /** The secret address of the person's calendar feed, made on first use. */
    public String feedToken(long accountId) {
        @SuppressWarnings("unchecked")
        List<String> found = em.createNativeQuery("SELECT token FROM calendar_feed WHERE account_id = ?")
                .setParameter(1, accountId).getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
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
