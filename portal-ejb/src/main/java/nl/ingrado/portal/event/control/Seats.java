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
 * registration. The database keeps these counts itself, in counters on the event and workshop rows
 * (V17's triggers, for every path that changes a registration), so a count is one row read, not a
 * count of rows. Counts that decide something are only right while the caller holds the event's lock
 * ({@link #lock} or {@link #lockWithWorkshops}): every change of an event's seats takes that lock
 * first, so no other transaction can take or free a seat of the event meanwhile.
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

    /** Capacity and counters of one event or workshop, read under the event's lock. */
    public record Counters(int capacity, int taken, int waiting) {

        /** A free seat is only free when nobody waits for it (with auto-promotion off, staff give it). */
        public boolean hasFreeSeat() {
            return taken < capacity && waiting == 0;
        }
    }

    /** The event, its row locked until the transaction ends; every change of its seats takes this first. */
    public Event lock(long eventId) {
        return found(em.find(Event.class, eventId, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * The event with its rounds and workshops, their seat counters included, read in one statement that
     * locks the event's row (and those of its rounds and workshops) until the transaction ends: all a
     * registration needs to decide, so the lock is taken by the first statement and held only for the
     * inserts and the commit. When the test suite asked this thread to race without the lock (never in
     * production), reads it unlocked and waits, so that the decision is taken on counts others change
     * meanwhile: proof that the tests can see an oversold event.
     */
    public Event lockWithWorkshops(long eventId) {
        var race = TestSwitches.unlockedRaceDelay();
        var query = em
                .createNamedQuery(race == null ? Event.LOCKED_WITH_WORKSHOPS : Event.WITH_WORKSHOPS,
                        Event.class)
                .setParameter("id", eventId);
        var event = query.getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("event.notFound"));
        if (race != null) {
            sleep(race);
            // the decision stands on the stale read; the lock now only orders the writes (the counters'
            // triggers would otherwise deadlock on the event row, which the foreign key check shares)
            em.createNativeQuery("SELECT id FROM event WHERE id = ? FOR UPDATE").setParameter(1, eventId)
                    .getResultList();
        }
        return event;
    }

    /** The counters of an event as the entity read them: under the lock when it was read locked. */
    public static Counters asRead(Event event) {
        return new Counters(event.getCapacity(), event.getSeatsTaken(), event.getSeatsWaiting());
    }

    /** The counters of a workshop as the entity read them, like {@link #asRead(Event)}. */
    public static Counters asRead(Workshop workshop) {
        return new Counters(workshop.getCapacity(), workshop.getSeatsTaken(), workshop.getSeatsWaiting());
    }

    /**
     * The event's counters as they are now in this transaction (after its own flushed changes), with
     * the capacity the entity has (which a change not yet flushed may have raised).
     */
    public Counters counters(Event event) {
        var row = (Object[]) em.createNativeQuery("SELECT seats_taken, seats_waiting FROM event WHERE id = ?")
                .setParameter(1, event.getId()).getSingleResult();
        return new Counters(event.getCapacity(), number(row[0]), number(row[1]));
    }

    /** A workshop's counters as they are now in this transaction, like {@link #counters(Event)}. */
    public Counters counters(Workshop workshop) {
        var row = (Object[]) em
                .createNativeQuery("SELECT seats_taken, seats_waiting FROM workshop WHERE id = ?")
                .setParameter(1, workshop.getId()).getSingleResult();
        return new Counters(workshop.getCapacity(), number(row[0]), number(row[1]));
    }

    /** The same rule for a workshop, among confirmed registrants. */
    public boolean hasFreeSeat(Workshop workshop) {
        return counters(workshop).hasFreeSeat();
    }

    public long confirmed(Event event) {
        return counters(event).taken();
    }

    /** Seats nobody holds; may be less than zero only if capacity was lowered around the rules. */
    public long free(Event event) {
        var counters = counters(event);
        return counters.capacity() - counters.taken();
    }

    public long confirmed(Workshop workshop) {
        return counters(workshop).taken();
    }

    public long free(Workshop workshop) {
        var counters = counters(workshop);
        return counters.capacity() - counters.taken();
    }

    /**
     * The workshops of the event with a free seat and someone waiting for one, by id, with their free
     * seats: those whose queue can move, found in one statement.
     */
    @SuppressWarnings("unchecked")
    public Map<Long, Long> workshopsToFill(Event event) {
        var result = new HashMap<Long, Long>();
        for (var row : (List<Object[]>) em.createNativeQuery("SELECT w.id, w.capacity - w.seats_taken "
                + "FROM workshop w JOIN workshop_round r ON r.id = w.round_id "
                + "WHERE r.event_id = ? AND w.seats_waiting > 0 AND w.seats_taken < w.capacity")
                .setParameter(1, event.getId()).getResultList()) {
            result.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return result;
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
        var rows = em
                .createQuery("select e.id, e.seatsTaken, e.seatsWaiting from Event e where e.id in :events "
                        + "and (e.seatsTaken > 0 or e.seatsWaiting > 0)", Object[].class)
                .setParameter("events", eventIds).getResultList();
        for (var row : rows) {
            counts.put((Long) row[0],
                    new Count(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
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

    private static int number(Object value) {
        return ((Number) value).intValue();
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
