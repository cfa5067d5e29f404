package nl.ingrado.portal.event.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ingrado.portal.account.boundary.AccountService;
import nl.ingrado.portal.event.entity.Audience;
import nl.ingrado.portal.event.entity.Event;
import nl.ingrado.portal.event.entity.Registration;
import nl.ingrado.portal.event.entity.RegistrationChoice;
import nl.ingrado.portal.event.entity.RegistrationStatus;
import nl.ingrado.portal.event.entity.Workshop;
import nl.ingrado.portal.member.boundary.MemberService;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.TestSwitches;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * Registration with capacity and waiting lists. Every change that takes or frees a seat first locks
 * the event's row ({@code SELECT … FOR UPDATE}); counting and deciding then happen while no other
 * transaction can change that event's seats, so 100 seats go to exactly 100 people, and a freed
 * seat goes to exactly one waiting person, however many requests race. Mails leave after commit.
 */
@Stateless
public class Registrations {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MemberService members;

    @Inject
    AccountService accounts;

    @Inject
    EventMails mails;

    @Inject
    jakarta.enterprise.event.Event<Attended> attended;

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
        // who registers is read before the lock, to keep the time others wait for the event short;
        // none of it is about seats (a double registration is still caught by the unique key)
        var account = accounts.find(accountId)
                .orElseThrow(() -> new BusinessException("registration.noAccount"));
        if (!em.createNamedQuery(Registration.LIVE_OF_ACCOUNT, Registration.class)
                .setParameter("event", eventId)
                .setParameter("account", accountId).getResultList().isEmpty()) {
            throw new BusinessException("registration.twice");
        }
        boolean member = members.personOf(accountId).map(p -> members.isPremium(p.getId())).orElse(false);
        // READ COMMITTED: every count after this lock sees all seats committed before it
        var race = TestSwitches.unlockedRaceDelay();
        var event = race == null ? lock(eventId) : find(eventId);
        return seat(event, accountId, account.getDisplayName(), account.getEmail(),
                account.getPreferredLanguage(),
                member, choices, remarks, race);
    }

    /** A guest whose address was just confirmed by the emailed link; only for events open to everyone. */
    public Outcome registerGuest(long eventId, String name, String email, String language,
            Map<Long, Long> choices,
            String remarks) {
        var event = lock(eventId);
        return seat(event, null, name, email, language, false, choices, remarks, null);
    }

    /** Decides confirmed or waiting under the event's lock, and stores the registration. */
    private Outcome seat(Event event, Long accountId, String name, String email, String language,
            boolean member,
            Map<Long, Long> choices, String remarks, Integer race) {
        var now = now();
        var refusal = event.registrationRefusal(now);
        if (refusal != null) {
            throw new BusinessException(refusal);
        }
        if (event.getAudience() == Audience.MEMBERS && !member) {
            throw new BusinessException("registration.membersOnly");
        }
        var picked = workshopsFor(event, choices);
        long confirmed = confirmedSeats(event);
        if (race != null) {
            sleep(race);
        }
        // a free seat is only free when nobody waits for it (with auto-promotion off, staff give it)
        boolean seat = confirmed < event.getCapacity() && waiting(event) == 0;
        var registration = Registration.of(event, accountId, name, email, language, member, remarks, seat,
                now);
        for (var workshop : picked) {
            boolean workshopSeat = seat && confirmedSeats(workshop) < workshop.getCapacity()
                    && waitingFor(workshop) == 0;
            registration.choose(workshop.getRound(), workshop, workshopSeat, now);
        }
        try {
            em.persist(registration);
            em.flush();
        } catch (PersistenceException e) {
            // the unique key on (event, live address) caught a double registration
            throw new BusinessException("registration.twice");
        }
        if (seat) {
            mails.confirmed(registration);
        } else {
            mails.waiting(registration, waitingPosition(registration));
        }
        return outcome(registration);
    }

    /** A guest cancels with the secret code from their mail, before the deadline. */
    public void cancelByCode(String code) {
        var registration = guestByCode(code);
        var event = lock(registration.getEvent().getId());
        em.refresh(registration);
        if (!event.canCancel(now())) {
            throw new BusinessException("registration.cancelTooLate");
        }
        cancel(event, registration);
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

    /** The person cancels their own registration, before the cancellation deadline. */
    public void cancelOwn(long eventId, long accountId) {
        var event = lock(eventId);
        var registration = liveOf(eventId, accountId);
        if (!event.canCancel(now())) {
            throw new BusinessException("registration.cancelTooLate");
        }
        cancel(event, registration);
    }

    /** Staff cancel someone's registration, also after the deadline. */
    public void cancelByStaff(long registrationId) {
        var registration = em.find(Registration.class, registrationId);
        if (registration == null) {
            throw new BusinessException("registration.notFound");
        }
        var event = lock(registration.getEvent().getId());
        em.refresh(registration);
        cancel(event, registration);
    }

    private void cancel(Event event, Registration registration) {
        registration.cancel(now());
        em.flush();
        mails.cancelled(registration);
        fillFreedSeats(event);
    }

    /** The person picks another workshop in a round, while that workshop has a free seat. */
    public void changeWorkshop(long eventId, long accountId, long roundId, long workshopId) {
        var event = lock(eventId);
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
        if (confirmedSeats(workshop) >= workshop.getCapacity()) {
            throw BusinessException.onField("workshop", "registration.workshop.full", workshop.getTitle());
        }
        choice.switchTo(workshop, registration.getStatus() == RegistrationStatus.CONFIRMED, now());
        registration.changed();
        em.flush();
        mails.changed(registration);
        fillFreedSeats(event);
    }

    /** Staff promote a waiting person by hand (when auto-promotion is off), within capacity. */
    public void promoteByStaff(long registrationId) {
        var registration = em.find(Registration.class, registrationId);
        if (registration == null) {
            throw new BusinessException("registration.notFound");
        }
        var event = lock(registration.getEvent().getId());
        em.refresh(registration);
        if (registration.getStatus() != RegistrationStatus.WAITING) {
            throw new BusinessException("registration.notWaiting");
        }
        if (confirmedSeats(event) >= event.getCapacity()) {
            throw new BusinessException("registration.full");
        }
        promote(registration);
        fillWorkshops(event);
    }

    /** Staff switch automatic promotion on or off (off when the event is near, say). */
    public void setAutoPromote(long eventId, boolean on) {
        var event = lock(eventId);
        event.setAutoPromote(on);
        if (on) {
            fillFreedSeats(event);
        } else {
            // workshop seats among confirmed people are always given in order
            fillWorkshops(event);
        }
    }

    /**
     * Gives free seats to the first people waiting: event seats (when auto-promotion is on), then
     * workshop seats among confirmed registrants, first come first served.
     */
    void fillFreedSeats(Event event) {
        if (event.isOver(now())) {
            return; // nobody is told "you have a seat" for an event that is over
        }
        if (event.isAutoPromote()) {
            long free = event.getCapacity() - confirmedSeats(event);
            if (free > 0) {
                var waiting = em
                        .createQuery("select r from Registration r where r.event = :event and r.status = "
                                + "nl.ingrado.portal.event.entity.RegistrationStatus.WAITING order by r.id",
                                Registration.class)
                        .setParameter("event", event).setMaxResults((int) free).getResultList();
                waiting.forEach(this::promote);
            }
        }
        fillWorkshops(event);
    }

    private void promote(Registration registration) {
        registration.promote(now());
        em.flush();
        mails.promoted(registration);
    }

    private void fillWorkshops(Event event) {
        for (var round : event.getRounds()) {
            for (var workshop : round.getWorkshops()) {
                long free = workshop.getCapacity() - confirmedSeats(workshop);
                if (free <= 0) {
                    continue;
                }
                var waiting = em.createQuery(
                        "select c from RegistrationChoice c where c.workshop = :w and c.status = "
                                + "nl.ingrado.portal.event.entity.RegistrationStatus.WAITING and c.registration.status = "
                                + "nl.ingrado.portal.event.entity.RegistrationStatus.CONFIRMED order by c.chosenAt, c.id",
                        RegistrationChoice.class).setParameter("w", workshop).setMaxResults((int) free)
                        .getResultList();
                for (var choice : waiting) {
                    choice.promote();
                    choice.getRegistration().changed();
                    em.flush();
                    mails.workshopPromoted(choice.getRegistration(), workshop);
                }
            }
        }
    }

    /** Checks someone in (staff, on the day): by registration id. Fires {@link Attended} once. */
    public Registration checkIn(long registrationId) {
        var registration = em.find(Registration.class, registrationId);
        if (registration == null) {
            throw new BusinessException("registration.notFound");
        }
        return checkIn(registration);
    }

    /** Checks in a registration of this event (an id of another event is not found). */
    public Registration checkInOf(long eventId, long registrationId) {
        var registration = em.find(Registration.class, registrationId);
        if (registration == null || !registration.getEvent().getId().equals(eventId)) {
            throw new BusinessException("registration.notFound");
        }
        return checkIn(registration);
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

    /** Checks someone in by the code in the QR code on their confirmation. */
    public Registration checkInByCode(long eventId, String code) {
        var found = em
                .createQuery("select r from Registration r where r.checkinCode = :code", Registration.class)
                .setParameter("code", code == null ? "" : code.strip()).getResultList();
        if (found.isEmpty() || !found.get(0).getEvent().getId().equals(eventId)) {
            throw new BusinessException("attendance.unknownCode");
        }
        return checkIn(found.get(0));
    }

    private Registration checkIn(Registration registration) {
        if (registration.checkIn(now())) {
            var event = registration.getEvent();
            attended.fire(new Attended(registration.getId(), event.getId(), registration.getAccountId(),
                    registration.getEmail(), event.getStartsAt().toLocalDate(),
                    event.getAccreditationPoints(),
                    event.getAccreditationCategory()));
        }
        return registration;
    }

    /** After the event: everyone confirmed who was not checked in is a no-show. */
    public int markNoShows(long eventId) {
        var event = find(eventId);
        if (!event.isOver(now())) {
            throw new BusinessException("attendance.notOverYet");
        }
        var absent = em.createQuery("select r from Registration r where r.event = :event and r.status = "
                + "nl.ingrado.portal.event.entity.RegistrationStatus.CONFIRMED and r.attendedAt is null "
                + "and r.noShow = false", Registration.class).setParameter("event", event).getResultList();
        absent.forEach(Registration::markNoShow);
        return absent.size();
    }

    public Outcome outcome(Registration registration) {
        var workshops = new java.util.LinkedHashMap<String, String>();
        for (var choice : registration.getChoices()) {
            workshops.put(String.valueOf(choice.getWorkshop().getId()), choice.getStatus().name());
        }
        return new Outcome(registration.getId(), registration.getStatus(),
                registration.getStatus() == RegistrationStatus.WAITING ? waitingPosition(registration) : 0,
                workshops);
    }

    /** 1 for the first person waiting. */
    public long waitingPosition(Registration registration) {
        return em.createQuery("select count(r) from Registration r where r.event = :event and r.status = "
                + "nl.ingrado.portal.event.entity.RegistrationStatus.WAITING and r.id <= :id", Long.class)
                .setParameter("event", registration.getEvent()).setParameter("id", registration.getId())
                .getSingleResult();
    }

    public Registration liveOf(long eventId, long accountId) {
        return em.createNamedQuery(Registration.LIVE_OF_ACCOUNT, Registration.class)
                .setParameter("event", eventId)
                .setParameter("account", accountId).getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("registration.notFound"));
    }

    private List<Workshop> workshopsFor(Event event, Map<Long, Long> choices) {
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

    long confirmedSeats(Event event) {
        return em.createQuery("select count(r) from Registration r where r.event = :event and r.status = "
                + "nl.ingrado.portal.event.entity.RegistrationStatus.CONFIRMED", Long.class)
                .setParameter("event", event).getSingleResult();
    }

    private long waiting(Event event) {
        return em.createQuery("select count(r) from Registration r where r.event = :event and r.status = "
                + "nl.ingrado.portal.event.entity.RegistrationStatus.WAITING", Long.class)
                .setParameter("event", event).getSingleResult();
    }

    private long waitingFor(Workshop workshop) {
        return em
                .createQuery("select count(c) from RegistrationChoice c where c.workshop = :w and c.status = "
                        + "nl.ingrado.portal.event.entity.RegistrationStatus.WAITING and c.registration.status = "
                        + "nl.ingrado.portal.event.entity.RegistrationStatus.CONFIRMED", Long.class)
                .setParameter("w", workshop).getSingleResult();
    }

    long confirmedSeats(Workshop workshop) {
        return em
                .createQuery("select count(c) from RegistrationChoice c where c.workshop = :w and c.status = "
                        + "nl.ingrado.portal.event.entity.RegistrationStatus.CONFIRMED and c.registration.status = "
                        + "nl.ingrado.portal.event.entity.RegistrationStatus.CONFIRMED", Long.class)
                .setParameter("w", workshop).getSingleResult();
    }

    private Event lock(long eventId) {
        var event = em.find(Event.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            throw new BusinessException("event.notFound");
        }
        return event;
    }

    private Event find(long eventId) {
        var event = em.find(Event.class, eventId);
        if (event == null) {
            throw new BusinessException("event.notFound");
        }
        return event;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(Clocks.AMSTERDAM));
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
