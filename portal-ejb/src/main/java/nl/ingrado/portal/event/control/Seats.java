package nl.ingrado.portal.event.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ingrado.portal.event.entity.Event;
import nl.ingrado.portal.event.entity.Registration;
import nl.ingrado.portal.event.entity.RegistrationChoice;
import nl.ingrado.portal.event.entity.RegistrationStatus;
import nl.ingrado.portal.event.entity.Workshop;
import nl.ingrado.portal.shared.control.TestSwitches;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * The one place that counts seats: taken (confirmed), waiting, and who is next on a waiting list. An
 * event seat is taken by a confirmed registration; a workshop seat by a confirmed choice of a confirmed
 * registration. Counts that decide something are only right while the caller holds the event's lock
 * ({@link #lock}): under READ COMMITTED every count after {@code SELECT … FOR UPDATE} sees all seats
 * committed before it, and no other transaction can take or free a seat of that event meanwhile.
 */
@ApplicationScoped
public class Seats {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Taken and waiting seats of one event or workshop, for lists and pages (decides nothing). */
    public record Count(long confirmed, long waiting) {
        public static final Count NONE = new Count(0, 0);
    }

    /**
     * Seats of one workshop: {@code confirmed} and {@code waiting} are choices of confirmed registrants;
     * {@code ofWaiting} are choices of people still on the event's waiting list.
     */
    public record WorkshopCount(long confirmed, long waiting, long ofWaiting) {
        public static final WorkshopCount NONE = new WorkshopCount(0, 0, 0);
    }

    /** The event, its row locked until the transaction ends; every change of its seats takes this first. */
    public Event lock(long eventId) {
        return found(em.find(Event.class, eventId, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * {@link #lock}, except when the test suite asked this thread to race without the lock (never in
     * production): then the event unlocked, to prove the tests can see an oversold event.
     */
    public Event lockForRegistration(long eventId) {
        return TestSwitches.unlockedRaceDelay() == null
                ? lock(eventId)
                : found(em.find(Event.class, eventId));
    }

    /** A free seat is only free when nobody waits for it (with auto-promotion off, staff give it). */
    public boolean hasFreeSeat(Event event) {
        long confirmed = confirmed(event);
        var race = TestSwitches.unlockedRaceDelay();
        if (race != null) {
            sleep(race);
        }
        return confirmed < event.getCapacity() && waiting(event) == 0;
    }

    /** The same rule for a workshop, among confirmed registrants. */
    public boolean hasFreeSeat(Workshop workshop) {
        return free(workshop) > 0 && countOf(workshop, RegistrationStatus.WAITING) == 0;
    }

    public long confirmed(Event event) {
        return countOf(event, RegistrationStatus.CONFIRMED);
    }

    public long waiting(Event event) {
        return countOf(event, RegistrationStatus.WAITING);
    }

    /** Seats nobody holds; may be less than zero only if capacity was lowered around the rules. */
    public long free(Event event) {
        return event.getCapacity() - confirmed(event);
    }

    public long confirmed(Workshop workshop) {
        return countOf(workshop, RegistrationStatus.CONFIRMED);
    }

    public long free(Workshop workshop) {
        return workshop.getCapacity() - confirmed(workshop);
    }

    /** 1 for the first person waiting for the event. */
    public long waitingPosition(Registration registration) {
        return em
                .createQuery(
                        "select count(r) from Registration r where r.event = :event and r.status = :waiting "
                                + "and r.id <= :id",
                        Long.class)
                .setParameter("event", registration.getEvent())
                .setParameter("waiting", RegistrationStatus.WAITING)
                .setParameter("id", registration.getId()).getSingleResult();
    }

    /** The first {@code max} people waiting for the event, in the order they registered. */
    public List<Registration> nextWaiting(Event event, long max) {
        return em.createQuery("select r from Registration r where r.event = :event and r.status = :waiting "
                + "order by r.id", Registration.class)
                .setParameter("event", event).setParameter("waiting", RegistrationStatus.WAITING)
                .setMaxResults((int) max).getResultList();
    }

    /** The first {@code max} confirmed registrants waiting for a seat in the workshop, first come first. */
    public List<RegistrationChoice> nextWaiting(Workshop workshop, long max) {
        return em
                .createQuery(
                        "select c from RegistrationChoice c where c.workshop = :w and c.status = :waiting "
                                + "and c.registration.status = :confirmed order by c.chosenAt, c.id",
                        RegistrationChoice.class)
                .setParameter("w", workshop).setParameter("waiting", RegistrationStatus.WAITING)
                .setParameter("confirmed", RegistrationStatus.CONFIRMED).setMaxResults((int) max)
                .getResultList();
    }

    /** Taken and waiting seats of each of these events, in one query; an event without any is absent. */
    public Map<Long, Count> of(Collection<Long> eventIds) {
        var counts = new HashMap<Long, Count>();
        if (eventIds.isEmpty()) {
            return counts;
        }
        var rows = em.createQuery("select r.event.id, r.status, count(r) from Registration r "
                + "where r.event.id in :events and r.status <> :cancelled group by r.event.id, r.status",
                Object[].class)
                .setParameter("events", eventIds).setParameter("cancelled", RegistrationStatus.CANCELLED)
                .getResultList();
        for (var row : rows) {
            var count = counts.getOrDefault((Long) row[0], Count.NONE);
            long n = (Long) row[2];
            counts.put((Long) row[0], row[1] == RegistrationStatus.CONFIRMED
                    ? new Count(n, count.waiting())
                    : new Count(count.confirmed(), n));
        }
        return counts;
    }

    /** The seats of every workshop of the event (by workshop id), in one query. */
    public Map<Long, WorkshopCount> workshops(Event event) {
        var counts = new HashMap<Long, long[]>();
        var rows = em.createQuery("select c.workshop.id, c.status, c.registration.status, count(c) "
                + "from RegistrationChoice c where c.round.event = :e and c.registration.status <> :cancelled "
                + "group by c.workshop.id, c.status, c.registration.status", Object[].class)
                .setParameter("e", event).setParameter("cancelled", RegistrationStatus.CANCELLED)
                .getResultList();
        for (var row : rows) {
            var count = counts.computeIfAbsent((Long) row[0], k -> new long[3]);
            int slot = row[2] != RegistrationStatus.CONFIRMED
                    ? 2
                    : row[1] == RegistrationStatus.CONFIRMED ? 0 : 1;
            count[slot] += (Long) row[3];
        }
        var result = new HashMap<Long, WorkshopCount>();
        counts.forEach((id, c) -> result.put(id, new WorkshopCount(c[0], c[1], c[2])));
        return result;
    }

    private long countOf(Event event, RegistrationStatus status) {
        return em
                .createQuery(
                        "select count(r) from Registration r where r.event = :event and r.status = :status",
                        Long.class)
                .setParameter("event", event).setParameter("status", status).getSingleResult();
    }

    private long countOf(Workshop workshop, RegistrationStatus status) {
        return em.createQuery("select count(c) from RegistrationChoice c where c.workshop = :w "
                + "and c.status = :status and c.registration.status = :confirmed", Long.class)
                .setParameter("w", workshop).setParameter("status", status)
                .setParameter("confirmed", RegistrationStatus.CONFIRMED).getSingleResult();
    }

    private static Event found(Event event) {
        if (event == null) {
            throw new BusinessException("event.notFound");
        }
        return event;
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
