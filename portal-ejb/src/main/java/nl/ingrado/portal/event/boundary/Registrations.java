package nl.ingrado.portal.event.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ingrado.portal.event.control.Seats;
import nl.ingrado.portal.event.entity.Audience;
import nl.ingrado.portal.event.entity.Event;
import nl.ingrado.portal.event.entity.Registration;
import nl.ingrado.portal.event.entity.RegistrationStatus;
import nl.ingrado.portal.event.entity.Workshop;
import nl.ingrado.portal.member.boundary.Callers;
import nl.ingrado.portal.member.boundary.MemberService;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.Entities;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * Registering, changing workshops and cancelling, with capacity and waiting lists. Every change that
 * takes or frees a seat first locks the event's row ({@link Seats#lock}); counting and deciding then
 * happen while no other transaction can change that event's seats, so 100 seats go to exactly 100
 * people, and a freed seat goes to exactly one waiting person ({@link WaitingList}), however many
 * requests race. Mails leave after commit.
 */
@Stateless
public class Registrations {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Callers callers;

    @Inject
    EventMails mails;

    @Inject
    Seats seats;

    @Inject
    WaitingList waitingList;

    /** The result of a registration: confirmed or waiting (with the place in the queue). */
    public record Outcome(long registrationId, RegistrationStatus status, long waitingPosition,
            Map<String, String> workshops) {
    }

    /**
     * The logged-in person registers, picking one workshop per round ({@code choices}: round id →
     * workshop id). Refused when registration is closed, the event is over, the person is already
     * registered, or the event is for members and the person is not one.
     */
    public Outcome register(long eventId, long accountId, Map<Long, Long> choices, String remarks) {
        // who registers was read when this request was authenticated (Callers keeps it for the request);
        // none of it is about seats (a double registration is caught by the unique key)
        var who = callers.of(accountId).map(MemberService.CallerFacts::registrant)
                .orElseThrow(() -> new BusinessException("registration.noAccount"));
        return seat(eventId, accountId, who.displayName(), who.email(), who.language(), who.premium(),
                choices,
                remarks);
    }

    /** A guest whose address was just confirmed by the emailed link; only for events open to everyone. */
    public Outcome registerGuest(long eventId, String name, String email, String language,
            Map<Long, Long> choices,
            String remarks) {
        return seat(eventId, null, name, email, language, false, choices, remarks);
    }

    /**
     * Decides confirmed or waiting under the event's lock, and stores the registration. The first
     * statement reads the event with its workshops and their seat counters and locks the event's row
     * ({@link Seats#lockWithWorkshops}); what follows is checked in memory, and the rows are written: the
     * registration, its choices and its mail (V17's triggers move the counters; the mail's calendar
     * file is written after the commit). The lock is held from that read to the commit.
     */
    private Outcome seat(long eventId, Long accountId, String name, String email, String language,
            boolean member,
            Map<Long, Long> choices, String remarks) {
        var now = now();
        var event = seats.lockWithWorkshops(eventId);
        // what was sent is checked first: a choice naming nothing of this event is a 400 naming it,
        // whatever else would refuse the registration
        var picked = workshopsFor(event, choices);
        refuseUnlessOpen(event, member, now);
        var counters = Seats.asRead(event);
        boolean seat = counters.hasFreeSeat();
        var registration = Registration.of(event, accountId, name, email, language, member, remarks, seat,
                now);
        for (var workshop : picked) {
            registration.choose(workshop.getRound(), workshop, seat && Seats.asRead(workshop).hasFreeSeat(),
                    now);
        }
        try {
            em.persist(registration);
            em.flush();
        } catch (PersistenceException e) {
            if (isDuplicate(e)) {
                // the unique key on (event, live address) caught a double registration
                throw new BusinessException("registration.twice");
            }
            throw e;
        }
        // under the lock the waiting list is exactly the counter's people, so this one comes after them
        long position = seat ? 0 : counters.waiting() + 1;
        if (seat) {
            mails.confirmed(registration);
        } else {
            mails.waiting(registration, position);
        }
        return outcome(registration, position);
    }

    /** Whether the database refused a duplicate key (MariaDB's error 1062), not something else. */
    private static boolean isDuplicate(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getErrorCode() == 1062) {
                return true;
            }
        }
        return false;
    }

    private static void refuseUnlessOpen(Event event, boolean member, LocalDateTime now) {
        var refusal = event.registrationRefusal(now);
        if (refusal != null) {
            throw new BusinessException(refusal);
        }
        if (event.getAudience() == Audience.MEMBERS && !member) {
            throw new BusinessException("registration.membersOnly");
        }
    }

    /**
     * A guest cancels with the secret code from their mail, before the deadline. True when the seat
     * went to someone on the waiting list (so the page says so only when it happened).
     */
    public boolean cancelByCode(String code) {
        var registration = guestByCode(code);
        var event = seats.lock(registration.getEvent().getId());
        em.refresh(registration);
        if (!event.canCancel(now())) {
            throw new BusinessException("registration.cancelTooLate");
        }
        return cancel(event, registration);
    }

    /** A guest's registration by its code; a member's is not reachable this way (they log in). */
    public Registration guestByCode(String code) {
        var registration = byCode(code);
        if (registration.getAccountId() != null) {
            throw new BusinessException("registration.notFound");
        }
        return registration;
    }

    public String codeOf(long registrationId) {
        return em.find(Registration.class, registrationId).getCheckinCode();
    }

    /** A registration by its secret code (the guest's key; also the QR code); not found otherwise. */
    public Registration byCode(String code) {
        return em.createQuery("select r from Registration r where r.checkinCode = :code", Registration.class)
                .setParameter("code", code == null ? "" : code.strip()).getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("registration.notFound"));
    }

    /**
     * The person cancels their own registration, before the cancellation deadline. True when the seat
     * went to someone on the waiting list.
     */
    public boolean cancelOwn(long eventId, long accountId) {
        var event = seats.lock(eventId);
        var registration = liveOf(eventId, accountId);
        if (!event.canCancel(now())) {
            throw new BusinessException("registration.cancelTooLate");
        }
        return cancel(event, registration);
    }

    /** Staff cancel someone's registration, also after the deadline. */
    public void cancelByStaff(long registrationId) {
        var registration = Entities.found(em, Registration.class, registrationId, "registration.notFound");
        var event = seats.lock(registration.getEvent().getId());
        em.refresh(registration);
        cancel(event, registration);
    }

    private boolean cancel(Event event, Registration registration) {
        registration.cancel(now());
        em.flush();
        mails.cancelled(registration);
        return waitingList.fillFreedSeats(event) > 0;
    }

    /** The person picks another workshop in a round, while that workshop has a free seat. */
    public void changeWorkshop(long eventId, long accountId, long roundId, long workshopId) {
        var event = seats.lock(eventId);
        var registration = liveOf(eventId, accountId);
        if (event.isOver(now())) {
            throw new BusinessException("registration.eventOver");
        }
        var workshop = em.find(Workshop.class, workshopId);
        if (workshop == null || workshop.getRound().getId() != roundId
                || !workshop.getRound().getEvent().getId().equals(eventId)) {
            throw BusinessException.onField("workshop", "registration.workshop.unknown");
        }
        var choice = registration.choiceIn(roundId)
                .orElseThrow(() -> BusinessException.onField("workshop", "registration.workshop.unknown"));
        if (choice.getWorkshop().getId() == workshopId) {
            return;
        }
        if (seats.free(workshop) <= 0) {
            throw BusinessException.onField("workshop", "registration.workshop.full", workshop.getTitle());
        }
        choice.switchTo(workshop, registration.getStatus() == RegistrationStatus.CONFIRMED, now());
        registration.changed();
        em.flush();
        mails.changed(registration);
        waitingList.fillFreedSeats(event);
    }

    /** A registration as staff see it in lists and the API. */
    public record Listed(long id, String name, String email, String status, long waitingPosition,
            boolean member,
            String registeredAt, String attendedAt, String remarks) {
    }

    /** Every registration of an event: confirmed first, then the waiting list in order, then cancelled. */
    public List<Listed> list(long eventId) {
        var event = find(eventId);
        var all = em
                .createQuery("select r from Registration r where r.event = :e order by r.id",
                        Registration.class)
                .setParameter("e", event).getResultList();
        var listed = new ArrayList<Listed>();
        long position = 0;
        for (var status : RegistrationStatus.values()) {
            for (var r : all) {
                if (r.getStatus() == status) {
                    listed.add(new Listed(r.getId(), r.getName(), r.getEmail(), status.name(),
                            status == RegistrationStatus.WAITING ? ++position : 0, r.isMember(),
                            String.valueOf(r.getRegisteredAt()),
                            r.getAttendedAt() == null ? null : String.valueOf(r.getAttendedAt()),
                            r.getRemarks()));
                }
            }
        }
        return listed;
    }

    public Outcome outcome(Registration registration) {
        return outcome(registration,
                registration.getStatus() == RegistrationStatus.WAITING ? waitingPosition(registration) : 0);
    }

    private static Outcome outcome(Registration registration, long waitingPosition) {
        var workshops = new java.util.LinkedHashMap<String, String>();
        for (var choice : registration.getChoices()) {
            workshops.put(String.valueOf(choice.getWorkshop().getId()), choice.getStatus().name());
        }
        return new Outcome(registration.getId(), registration.getStatus(), waitingPosition, workshops);
    }

    /** 1 for the first person waiting. */
    public long waitingPosition(Registration registration) {
        return seats.waitingPosition(registration);
    }

    public Registration liveOf(long eventId, long accountId) {
        return em.createNamedQuery(Registration.LIVE_OF_ACCOUNT, Registration.class)
                .setParameter("event", eventId)
                .setParameter("account", accountId).getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("registration.notFound"));
    }

    /**
     * The workshops picked, one per round that has workshops. An entry naming a round or workshop that
     * is not of this event is refused with the field {@code workshops.<round>}, as the API names it.
     */
    private List<Workshop> workshopsFor(Event event, Map<Long, Long> choices) {
        if (choices != null) {
            choices.forEach((round, workshop) -> {
                boolean known = event.getRounds().stream().filter(r -> r.getId().equals(round))
                        .anyMatch(r -> r.getWorkshops().stream().anyMatch(w -> w.getId().equals(workshop)));
                if (!known) {
                    throw BusinessException.onField("workshops." + round, "registration.workshop.unknown");
                }
            });
        }
        var picked = new ArrayList<Workshop>();
        for (var round : event.getRounds()) {
            var workshopId = choices == null ? null : choices.get(round.getId());
            if (round.getWorkshops().isEmpty()) {
                continue;
            }
            if (workshopId == null) {
                throw BusinessException.onField("workshop", "registration.workshop.required",
                        round.getName());
            }
            var workshop = round.getWorkshops().stream().filter(w -> w.getId().equals(workshopId)).findFirst()
                    .orElseThrow(
                            () -> BusinessException.onField("workshop", "registration.workshop.unknown"));
            picked.add(workshop);
        }
        return picked;
    }

    private Event find(long eventId) {
        return Entities.found(em, Event.class, eventId, "event.notFound");
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(Clocks.AMSTERDAM));
    }
}
