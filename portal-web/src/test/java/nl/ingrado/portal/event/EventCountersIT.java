package nl.ingrado.portal.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import nl.ingrado.portal.event.boundary.CheckIns;
import nl.ingrado.portal.event.boundary.EventAdministration;
import nl.ingrado.portal.event.boundary.Organiser;
import nl.ingrado.portal.event.boundary.Registrations;
import nl.ingrado.portal.event.boundary.WaitingList;
import nl.ingrado.portal.event.entity.Event;
import nl.ingrado.portal.testing.ContainerTest;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The seat counters on events and workshops (kept by V17's triggers, read by every seat decision)
 * equal the rows they count after a random mix of every path that changes a registration: register
 * with and without workshops, as a guest, cancel (own, by staff, by code), promote by staff, automatic
 * promotion switched off and on, change workshop, a workshop's and the event's capacity changed, a
 * check-in, an erasure and a registration deleted in SQL. The mix is drawn from a seed printed with
 * every failure, so a failing run can be replayed.
 */
class EventCountersIT extends ContainerTest {

    /** At least this many steps, and more until every path has changed something at least once. */
    private static final int STEPS = 250;
    private static final int MAX_STEPS = 2000;
    private static final Set<String> PATHS = Set.of("register", "guest", "cancelOwn", "cancelByStaff",
            "promoteByStaff", "autoPromote", "changeWorkshop", "capacity", "checkIn", "erase", "deleteInSql");

    @Inject
    Registrations registrations;

    @Inject
    WaitingList waitingList;

    @Inject
    EventAdministration administration;

    @Inject
    CheckIns checkIns;

    @Inject
    nl.ingrado.portal.member.boundary.PrivacyService privacy;

    @Test
    void countersEqualTheRowsAfterARandomMixOfEveryPath() throws Exception {
        long seed = System.nanoTime();
        var random = new Random(seed);
        var staff = new Organiser(Fixtures.account("tellers-staf").id(), "staf@example.nl", true, Set.of());
        var withWorkshops = Fixtures.event().title(Fixtures.unique("Tellers")).capacity(6)
                .workshop("Ronde 1", "Klein", 2).workshop("Ronde 1", "Groot", 4)
                .workshop("Ronde 2", "Eén", 1).workshop("Ronde 2", "Twee", 3).create();
        var plain = Fixtures.event().title(Fixtures.unique("Tellers zonder rondes")).capacity(4).create();
        long[] events = {withWorkshops.id(), plain.id()};
        Map<Long, Map<Long, List<Long>>> roundsOf = new HashMap<>();
        for (long event : events) {
            var rounds = new TreeMap<Long, List<Long>>();
            for (var row : Db
                    .rows("SELECT r.id, w.id FROM workshop_round r JOIN workshop w ON w.round_id = r.id "
                            + "WHERE r.event_id = " + event)) {
                rounds.computeIfAbsent(Long.parseLong(row.get(0)), k -> new ArrayList<>())
                        .add(Long.parseLong(row.get(1)));
            }
            roundsOf.put(event, rounds);
        }
        var people = new ArrayList<Long>();
        for (int i = 0; i < 16; i++) {
            people.add(Fixtures.account("tellers").id());
        }
        var done = new TreeMap<String, Integer>();
        for (int step = 0; step < MAX_STEPS && (step < STEPS || !done.keySet().containsAll(PATHS)); step++) {
            long event = events[random.nextInt(events.length)];
            long person = people.get(random.nextInt(people.size()));
            var rounds = roundsOf.get(event);
            int kind = random.nextInt(13);
            String name = switch (kind) {
                case 0, 1, 2 -> "register";
                case 3 -> "guest";
                case 4 -> "cancelOwn";
                case 5 -> "cancelByStaff";
                case 6 -> "promoteByStaff";
                case 7 -> "autoPromote";
                case 8, 9 -> "changeWorkshop";
                case 10 -> "capacity";
                case 11 -> "checkIn";
                default -> random.nextInt(4) == 0 ? "erase" : "deleteInSql";
            };
            try {
                switch (name) {
                    case "register" -> registrations.register(event, person, pick(rounds, random), null);
                    case "guest" -> registrations.registerGuest(event, "Gast " + step,
                            Fixtures.unique("gast").toLowerCase() + "@example.nl", "nl", pick(rounds, random),
                            null);
                    case "cancelOwn" -> registrations.cancelOwn(event,
                            any("SELECT account_id FROM registration "
                                    + "WHERE status <> 'CANCELLED' AND account_id IS NOT NULL AND event_id = "
                                    + event, random));
                    case "cancelByStaff" -> registrations.cancelByStaff(anyLive(event, random));
                    case "promoteByStaff" -> waitingList.promoteByStaff(anyWaiting(event, random));
                    case "autoPromote" -> waitingList.setAutoPromote(event, random.nextBoolean());
                    case "changeWorkshop" -> {
                        // someone registered for the event with rounds, to another workshop of a round
                        var workshopRounds = roundsOf.get(withWorkshops.id());
                        long registered = any(
                                "SELECT account_id FROM registration WHERE status <> 'CANCELLED' "
                                        + "AND account_id IS NOT NULL AND event_id = " + withWorkshops.id(),
                                random);
                        var round = new ArrayList<>(workshopRounds.keySet())
                                .get(random.nextInt(workshopRounds.size()));
                        var options = workshopRounds.get(round);
                        registrations.changeWorkshop(withWorkshops.id(), registered, round,
                                options.get(random.nextInt(options.size())));
                    }
                    case "capacity" -> {
                        if (!rounds.isEmpty() && random.nextBoolean()) {
                            var workshops = rounds.values().stream().flatMap(List::stream).toList();
                            long workshop = workshops.get(random.nextInt(workshops.size()));
                            administration.updateWorkshop(staff, workshop, "Werkplaats " + workshop, null,
                                    null,
                                    null, 1 + random.nextInt(5));
                        } else {
                            changeCapacity(staff, event, 2 + random.nextInt(8));
                        }
                    }
                    case "checkIn" -> checkIns.checkIn(anyConfirmed(event, random));
                    case "erase" -> {
                        // someone registered, so that the erasure has a registration to keep without them
                        person = any(
                                "SELECT account_id FROM registration WHERE account_id IS NOT NULL AND event_id = "
                                        + event,
                                random);
                        privacy.requestErasure(person);
                        privacy.carryOut(Db.number("SELECT MAX(id) FROM erasure_request WHERE account_id = "
                                + person), "bureau@example.nl");
                        people.remove(person);
                        people.add(Fixtures.account("tellers").id());
                    }
                    case "deleteInSql" ->
                        Db.update("DELETE FROM registration WHERE id = ?", anyRegistration(event,
                                random));
                    default -> throw new IllegalStateException(name);
                }
                done.merge(name, 1, Integer::sum);
            } catch (RuntimeException refused) {
                // a refusal (full, closed, not registered, nobody to pick, ...) changes nothing: counted too
                done.merge(name + " refused", 1, Integer::sum);
            }
            for (long e : events) {
                assertCountersEqualRows(e, "seed " + seed + ", step " + step + " (" + name + ")");
            }
        }
        System.out.println("EventCountersIT seed " + seed + ": " + done);
        assertTrue(done.keySet().containsAll(PATHS),
                () -> "the mix reached every path that moves a seat (seed " + seed + "): " + done);
        assertEquals(0, Db.number("SELECT COUNT(*) FROM seat_counter_drift"),
                "no counter in the whole database differs from its rows (seed " + seed + ")");
    }

    private void assertCountersEqualRows(long event, String when) {
        assertEquals(Db.number(
                "SELECT COUNT(*) FROM registration WHERE status = 'CONFIRMED' AND event_id = " + event)
                + "/"
                + Db.number(
                        "SELECT COUNT(*) FROM registration WHERE status = 'WAITING' AND event_id = " + event),
                Db.text("SELECT CAST(CONCAT(seats_taken, '/', seats_waiting) AS CHAR) FROM event WHERE id = "
                        + event),
                "event taken/waiting, " + when);
        for (var row : Db.rows("SELECT w.id, CONCAT(w.seats_taken, '/', w.seats_waiting), CONCAT("
                + "(SELECT COUNT(*) FROM registration_choice c JOIN registration r ON r.id = c.registration_id "
                + "WHERE c.workshop_id = w.id AND c.status = 'CONFIRMED' AND r.status = 'CONFIRMED'), '/', "
                + "(SELECT COUNT(*) FROM registration_choice c JOIN registration r ON r.id = c.registration_id "
                + "WHERE c.workshop_id = w.id AND c.status = 'WAITING' AND r.status = 'CONFIRMED')) "
                + "FROM workshop w JOIN workshop_round o ON o.id = w.round_id WHERE o.event_id = " + event)) {
            assertEquals(row.get(2), row.get(1), "workshop " + row.get(0) + " taken/waiting, " + when);
        }
    }

    /** A raised or lowered capacity, through the organiser's own form (refused below the confirmed seats). */
    private void changeCapacity(Organiser staff, long eventId, int capacity) {
        Event e = administration.event(staff, eventId);
        var details = new Event.Details(e.getKind(), e.getTitle(), e.getDescription(), e.getRayon(),
                e.getVenue(),
                e.getOnlineUrl(), e.getStartsAt(), e.getEndsAt(), e.getRegistrationOpensAt(),
                e.getRegistrationClosesAt(), e.getCancellationDeadline(), capacity, e.getAudience(),
                e.getFeeNonMembers(), e.getAccreditationPoints(), e.getAccreditationCategory(),
                e.getAssemblyAgenda(), e.getReminderDays());
        administration.update(staff, eventId, e.getVersion(), details, e.isAutoPromote());
    }

    private static Map<Long, Long> pick(Map<Long, List<Long>> rounds, Random random) {
        var picked = new HashMap<Long, Long>();
        rounds.forEach(
                (round, workshops) -> picked.put(round, workshops.get(random.nextInt(workshops.size()))));
        return picked;
    }

    private static long anyLive(long event, Random random) {
        return any("SELECT id FROM registration WHERE status <> 'CANCELLED' AND event_id = " + event, random);
    }

    private static long anyWaiting(long event, Random random) {
        return any("SELECT id FROM registration WHERE status = 'WAITING' AND event_id = " + event, random);
    }

    private static long anyConfirmed(long event, Random random) {
        return any("SELECT id FROM registration WHERE status = 'CONFIRMED' AND event_id = " + event, random);
    }

    private static long anyRegistration(long event, Random random) {
        return any("SELECT id FROM registration WHERE event_id = " + event
                + " AND id NOT IN (SELECT registration_id FROM evaluation)", random);
    }

    private static long any(String sql, Random random) {
        var ids = Db.numbers(sql);
        if (ids.isEmpty()) {
            throw new IllegalStateException("nobody to pick");
        }
        return ids.get(random.nextInt(ids.size()));
    }
}
