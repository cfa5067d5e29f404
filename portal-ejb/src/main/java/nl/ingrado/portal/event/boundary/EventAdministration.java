package nl.ingrado.portal.event.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.ingrado.portal.event.control.EventCalendar;
import nl.ingrado.portal.event.control.Seats;
import nl.ingrado.portal.event.entity.Event;
import nl.ingrado.portal.event.entity.EventKind;
import nl.ingrado.portal.event.entity.Registration;
import nl.ingrado.portal.event.entity.RegistrationStatus;
import nl.ingrado.portal.event.entity.Workshop;
import nl.ingrado.portal.event.entity.WorkshopRound;
import nl.ingrado.portal.mail.boundary.MailService;
import nl.ingrado.portal.rayon.entity.Rayon;
import nl.ingrado.portal.shared.control.AuditTrail;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.Columns;
import nl.ingrado.portal.shared.control.Entities;
import nl.ingrado.portal.shared.control.PortalSettings;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * Organising events: staff plan any event, a rayon contact person only the rayondagen of their own
 * rayon. Every call takes the {@link Organiser} and refuses, as "not found", what is out of reach.
 * Changes that touch seats lock the event's row first ({@link Seats#lock}), so a capacity check
 * cannot race a registration. Every change leaves an audit entry in the same transaction.
 */
@Stateless
public class EventAdministration {

    /** The audit trail's entity type of events (and of their rounds and workshops). */
    public static final String AUDIT_EVENT = "event";
    public static final int MAX_MESSAGE = 5_000;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Registrations registrations;

    @Inject
    Seats seats;

    @Inject
    WaitingList waitingList;

    @Inject
    MailService mail;

    @Inject
    PortalSettings settings;

    /** A line in the organiser's list of events. */
    public record EventRow(long id, EventKind kind, String title, LocalDateTime startsAt,
            LocalDateTime endsAt,
            String rayon, int capacity, boolean cancelled, long confirmed, long waiting) {
    }

    /** One registration as organisers see it; {@code workshops} maps round id to the workshop's title. */
    public record RegistrationRow(long id, String name, String email, String language,
            RegistrationStatus status,
            LocalDateTime registeredAt, String remarks, boolean member, LocalDateTime attendedAt,
            Map<Long, String> workshops, String checkinCode) {

        public String workshopIn(long roundId) {
            return workshops.getOrDefault(roundId, "");
        }

        public boolean isLive() {
            return status != RegistrationStatus.CANCELLED;
        }
    }

    public record WorkshopCount(long roundId, String round, long workshopId, String title, int capacity,
            long confirmed, long waiting) {
    }

    public record RoundHeader(long id, String name) {
    }

    /** Everything on the registrations page and in its downloads. */
    public record RegistrationOverview(Event event, List<RoundHeader> rounds, List<RegistrationRow> live,
            List<RegistrationRow> waiting, long cancelled, List<WorkshopCount> workshops) {

        public long confirmedCount() {
            return live.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).count();
        }

        public List<RegistrationRow> confirmed() {
            return live.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).toList();
        }
    }

    /** The organiser's events: upcoming ones first (soonest on top), then past ones (latest on top). */
    public List<EventRow> events(Organiser organiser) {
        if (!organiser.staff() && organiser.rayonIds().isEmpty()) {
            return List.of();
        }
        var sql = "SELECT e.id, e.kind, e.title, e.starts_at, e.ends_at, ra.name, e.capacity, e.status "
                + "FROM event e LEFT JOIN rayon ra ON ra.id = e.rayon_id "
                + (organiser.staff()
                        ? ""
                        // the ids are Longs from the database, never text from the user
                        : "WHERE e.kind = 'RAYONDAG' AND e.rayon_id IN (" + organiser.rayonIds().stream()
                                .map(String::valueOf).collect(Collectors.joining(",")) + ")");
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery(sql).getResultList();
        // the counts of all listed events in one more query, however many events there are
        var counts = seats.of(found.stream().map(r -> ((Number) r[0]).longValue()).toList());
        var now = now();
        var rows = new ArrayList<EventRow>();
        for (var r : found) {
            long id = ((Number) r[0]).longValue();
            var count = counts.getOrDefault(id, Seats.Count.NONE);
            rows.add(new EventRow(id, EventKind.valueOf((String) r[1]), (String) r[2], Columns.dateTime(r[3]),
                    Columns.dateTime(r[4]),
                    (String) r[5], ((Number) r[6]).intValue(), "CANCELLED".equals(r[7]), count.confirmed(),
                    count.waiting()));
        }
        Comparator<EventRow> upcomingFirst = Comparator.comparing(row -> !row.endsAt().isAfter(now));
        rows.sort(upcomingFirst.thenComparing((a, b) -> a.endsAt().isAfter(now)
                ? a.startsAt().compareTo(b.startsAt())
                : b.startsAt().compareTo(a.startsAt())));
        return rows;
    }

    /** The event with its rounds and workshops, for the form. */
    public Event event(Organiser organiser, long id) {
        var event = em.find(Event.class, id);
        organiser.require(event);
        // read while the persistence context is open, so the page can show them
        event.getRounds().forEach(round -> round.getWorkshops().size());
        if (event.getRayon() != null) {
            event.getRayon().getName();
        }
        return event;
    }

    public long create(Organiser organiser, Event.Details details, boolean autoPromote) {
        organiser.requireMayPlan(details.kind(), details.rayon() == null ? null : details.rayon().getId());
        var event = Event.plan(withManagedRayon(details), Clocks.nowUtc(clock));
        event.setAutoPromote(autoPromote);
        em.persist(event);
        em.flush();
        AuditTrail.record(em, AUDIT_EVENT, event.getId(), "CREATE", organiser.email(), Clocks.nowUtc(clock),
                snapshot(event));
        return event.getId();
    }

    /**
     * New details, refused when someone saved the event since the form was opened, or when the
     * capacity drops below the seats already confirmed. A raised capacity goes to the waiting list
     * at once when automatic promotion is on.
     */
    public void update(Organiser organiser, long id, long expectedVersion, Event.Details details,
            boolean autoPromote) {
        var event = lock(organiser, id);
        if (event.getVersion() != expectedVersion) {
            throw new BusinessException("event.changedMeanwhile");
        }
        organiser.requireMayPlan(details.kind(), details.rayon() == null ? null : details.rayon().getId());
        long confirmed = seats.confirmed(event);
        if (details.capacity() != null && details.capacity() < confirmed) {
            throw BusinessException.onField("capacity", "event.capacity.belowConfirmed", confirmed);
        }
        var before = snapshot(event);
        event.change(withManagedRayon(details));
        event.setAutoPromote(autoPromote);
        var after = snapshot(event);
        var changes = new LinkedHashMap<String, String>();
        after.forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                changes.put(field, before.get(field) + " → " + value);
            }
        });
        if (changes.isEmpty()) {
            return;
        }
        em.flush();
        AuditTrail.record(em, AUDIT_EVENT, id, "UPDATE", organiser.email(), Clocks.nowUtc(clock), changes);
        // gives freed seats to the waiting list (and workshop seats) when promotion is automatic
        waitingList.setAutoPromote(id, autoPromote);
    }

    public long addRound(Organiser organiser, long eventId, String name) {
        var event = lock(organiser, eventId);
        var round = event.addRound(name);
        em.flush();
        AuditTrail.record(em, AUDIT_EVENT, eventId, "ADD_ROUND", organiser.email(), Clocks.nowUtc(clock),
                Map.of("round", round.getName()));
        return round.getId();
    }

    public long addWorkshop(Organiser organiser, long roundId, String title, String description, String room,
            String speaker, Integer capacity) {
        var round = em.find(WorkshopRound.class, roundId);
        if (round == null) {
            throw BusinessException.onField("workshopRound", "event.round.required");
        }
        var event = lock(organiser, round.getEvent().getId());
        var workshop = round.addWorkshop(title, description, room, speaker, capacity);
        em.flush();
        AuditTrail.record(em, AUDIT_EVENT, event.getId(), "ADD_WORKSHOP", organiser.email(),
                Clocks.nowUtc(clock), Map.of("round", round.getName(), "workshop", workshop.getTitle(),
                        "capacity", String.valueOf(workshop.getCapacity())));
        return workshop.getId();
    }

    /** Changes a workshop; its capacity cannot drop below the seats it has confirmed. */
    public void updateWorkshop(Organiser organiser, long workshopId, String title, String description,
            String room, String speaker, Integer capacity) {
        var found = Entities.found(em, Workshop.class, workshopId, "event.notFound");
        var event = lock(organiser, found.getRound().getEvent().getId());
        var workshop = em.find(Workshop.class, workshopId);
        long confirmed = seats.confirmed(workshop);
        if (capacity != null && capacity < confirmed) {
            throw BusinessException.onField("workshopCapacity", "event.capacity.belowConfirmed", confirmed);
        }
        var before = workshop.getTitle() + " (" + workshop.getCapacity() + ")";
        workshop.change(title, description, room, speaker, capacity);
        em.flush();
        AuditTrail.record(em, AUDIT_EVENT, event.getId(), "UPDATE_WORKSHOP", organiser.email(),
                Clocks.nowUtc(clock), Map.of("workshop",
                        before + " → " + workshop.getTitle() + " (" + workshop.getCapacity() + ")"));
        waitingList.setAutoPromote(event.getId(), event.isAutoPromote());
    }

    /** Who registered, per workshop, and the waiting list in the order seats will be given. */
    public RegistrationOverview registrations(Organiser organiser, long eventId) {
        var event = event(organiser, eventId);
        var titles = new HashMap<Long, String>();
        var rounds = new ArrayList<RoundHeader>();
        for (var round : event.getRounds()) {
            rounds.add(new RoundHeader(round.getId(), round.getName()));
            round.getWorkshops().forEach(w -> titles.put(w.getId(), w.getTitle()));
        }
        var choices = new HashMap<Long, Map<Long, String>>();
        @SuppressWarnings("unchecked")
        List<Object[]> picked = em
                .createQuery("select c.registration.id, c.round.id, c.workshop.id, c.status, "
                        + "c.registration.status from RegistrationChoice c where c.registration.event = :event")
                .setParameter("event", event).getResultList();
        for (var c : picked) {
            var status = (RegistrationStatus) c[3];
            var registrationStatus = (RegistrationStatus) c[4];
            long workshopId = ((Number) c[2]).longValue();
            if (registrationStatus == RegistrationStatus.CANCELLED) {
                continue;
            }
            var title = titles.getOrDefault(workshopId, "");
            choices.computeIfAbsent(((Number) c[0]).longValue(), k -> new HashMap<>()).put(
                    ((Number) c[1]).longValue(),
                    status == RegistrationStatus.WAITING ? title + " (*)" : title);
        }
        var all = em.createQuery("select r from Registration r where r.event = :event order by r.id",
                Registration.class).setParameter("event", event).getResultList();
        var live = new ArrayList<RegistrationRow>();
        var waiting = new ArrayList<RegistrationRow>();
        long cancelled = 0;
        for (var r : all) {
            var row = new RegistrationRow(r.getId(), r.getName(), r.getEmail(), r.getLanguage(),
                    r.getStatus(),
                    r.getRegisteredAt(), r.getRemarks(), r.isMember(), r.getAttendedAt(),
                    choices.getOrDefault(r.getId(), Map.of()), r.getCheckinCode());
            switch (r.getStatus()) {
                case CANCELLED -> cancelled++;
                case WAITING -> {
                    live.add(row);
                    waiting.add(row);
                }
                default -> live.add(row);
            }
        }
        live.sort(Comparator.comparing(RegistrationRow::name, String.CASE_INSENSITIVE_ORDER));
        var counts = seats.workshops(event);
        var workshops = new ArrayList<WorkshopCount>();
        for (var round : event.getRounds()) {
            for (var w : round.getWorkshops()) {
                var count = counts.getOrDefault(w.getId(), Seats.WorkshopCount.NONE);
                // everyone without a seat in it waits: also those still waiting for the event itself
                workshops.add(new WorkshopCount(round.getId(), round.getName(), w.getId(), w.getTitle(),
                        w.getCapacity(), count.confirmed(), count.waiting() + count.ofWaiting()));
            }
        }
        return new RegistrationOverview(event, rounds, live, waiting, cancelled, workshops);
    }

    /** Staff (or the rayon's contact) cancel a registration; the freed seat goes to the waiting list. */
    public void cancelRegistration(Organiser organiser, long registrationId) {
        var registration = registrationInReach(organiser, registrationId);
        registrations.cancelByStaff(registrationId);
        AuditTrail.record(em, AUDIT_EVENT, registration.getEvent().getId(), "CANCEL_REGISTRATION",
                organiser.email(), Clocks.nowUtc(clock), Map.of("registration", registration.getEmail()));
    }

    /** Gives a waiting person a seat by hand, when automatic promotion is off. */
    public void promote(Organiser organiser, long registrationId) {
        var registration = registrationInReach(organiser, registrationId);
        waitingList.promoteByStaff(registrationId);
        AuditTrail.record(em, AUDIT_EVENT, registration.getEvent().getId(), "PROMOTE", organiser.email(),
                Clocks.nowUtc(clock), Map.of("registration", registration.getEmail()));
    }

    /** Mails a message to everyone registered (confirmed or waiting); returns how many. */
    public int message(Organiser organiser, long eventId, String text) {
        var event = event(organiser, eventId);
        var clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw BusinessException.onField("text", "event.message.required");
        }
        if (clean.length() > MAX_MESSAGE) {
            throw BusinessException.onField("text", "event.message.tooLong", MAX_MESSAGE);
        }
        var live = em.createQuery("select r from Registration r where r.event = :event and r.status <> "
                + "nl.ingrado.portal.event.entity.RegistrationStatus.CANCELLED order by r.id",
                Registration.class)
                .setParameter("event", event).getResultList();
        if (live.isEmpty()) {
            throw BusinessException.onField("text", "event.message.nobody");
        }
        var link = settings.baseUrl() + "/member/registrations.xhtml";
        for (var r : live) {
            mail.send(r.getEmail(), r.getLanguage(), "event.message", r.getName(), event.getTitle(),
                    EventCalendar.when(event, r.getLanguage()), EventCalendar.location(event), link, clean);
        }
        AuditTrail.record(em, AUDIT_EVENT, eventId, "MESSAGE", organiser.email(), Clocks.nowUtc(clock),
                Map.of("recipients", String.valueOf(live.size()), "message",
                        clean.length() > 200 ? clean.substring(0, 200) + "…" : clean));
        return live.size();
    }

    private Registration registrationInReach(Organiser organiser, long registrationId) {
        var registration = Entities.found(em, Registration.class, registrationId, "registration.notFound");
        organiser.require(registration.getEvent());
        return registration;
    }

    private Event lock(Organiser organiser, long eventId) {
        var event = seats.lock(eventId);
        organiser.require(event);
        return event;
    }

    /** The rayon the form chose, as this persistence context's own instance. */
    private Event.Details withManagedRayon(Event.Details d) {
        if (d.rayon() == null) {
            return d;
        }
        var rayon = em.find(Rayon.class, d.rayon().getId());
        if (rayon == null) {
            throw BusinessException.onField("rayon", "event.rayon.required");
        }
        return new Event.Details(d.kind(), d.title(), d.description(), rayon, d.venue(), d.onlineUrl(),
                d.startsAt(), d.endsAt(), d.registrationOpensAt(), d.registrationClosesAt(),
                d.cancellationDeadline(), d.capacity(), d.audience(), d.feeNonMembers(),
                d.accreditationPoints(), d.accreditationCategory(), d.assemblyAgenda(), d.reminderDays());
    }

    /** The rayon with this id, for building {@link Event.Details} in the web layer. */
    public Rayon rayon(Long id) {
        return id == null ? null : em.find(Rayon.class, id);
    }

    private static Map<String, String> snapshot(Event e) {
        var values = new LinkedHashMap<String, String>();
        values.put("kind", String.valueOf(e.getKind()));
        values.put("title", e.getTitle());
        values.put("rayon", e.getRayon() == null ? "" : e.getRayon().getName());
        values.put("venue", nz(e.getVenue()));
        values.put("onlineUrl", nz(e.getOnlineUrl()));
        values.put("startsAt", String.valueOf(e.getStartsAt()));
        values.put("endsAt", String.valueOf(e.getEndsAt()));
        values.put("registrationOpensAt", String.valueOf(e.getRegistrationOpensAt()));
        values.put("registrationClosesAt", String.valueOf(e.getRegistrationClosesAt()));
        values.put("cancellationDeadline", String.valueOf(e.getCancellationDeadline()));
        values.put("capacity", String.valueOf(e.getCapacity()));
        values.put("audience", String.valueOf(e.getAudience()));
        values.put("feeNonMembers", plain(e.getFeeNonMembers()));
        values.put("accreditation",
                plain(e.getAccreditationPoints()) + " " + nz(e.getAccreditationCategory()));
        values.put("reminderDays", String.valueOf(e.getReminderDays()));
        values.put("autoPromote", String.valueOf(e.isAutoPromote()));
        values.put("description", abbreviated(e.getDescription()));
        values.put("assemblyAgenda", abbreviated(e.getAssemblyAgenda()));
        return values;
    }

    /** Long texts go into the audit entry shortened: enough to see what changed. */
    private static String abbreviated(String text) {
        return text == null ? "" : text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    /** Events not yet over that have people on their waiting list: one count, for the staff's home page. */
    public long eventsWithWaitingCount() {
        return em.createQuery("select count(distinct r.event) from Registration r where r.status = "
                + "nl.ingrado.portal.event.entity.RegistrationStatus.WAITING and r.event.endsAt > :now",
                Long.class).setParameter("now", now()).getSingleResult();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(Clocks.AMSTERDAM));
    }
}
