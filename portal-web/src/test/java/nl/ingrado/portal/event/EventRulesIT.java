package nl.ingrado.portal.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.ingrado.portal.event.boundary.Attended;
import nl.ingrado.portal.event.boundary.CheckIns;
import nl.ingrado.portal.event.boundary.Registrations;
import nl.ingrado.portal.event.boundary.Reminders;
import nl.ingrado.portal.event.boundary.WaitingList;
import nl.ingrado.portal.event.entity.RegistrationStatus;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.testing.ContainerTest;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Event rules in the container on real MariaDB: reminders go out once per event, attendance fires
 * its domain event once and only after commit, a full workshop cannot be switched to, and the
 * database refuses a second live registration of one address even past the service.
 */
class EventRulesIT extends ContainerTest {

    /** What the register issue will do with attendance: here it only notes it, after commit. */
    @ApplicationScoped
    public static class AttendanceLog {

        static final List<Long> SEEN = new CopyOnWriteArrayList<>();

        void attended(@Observes(during = TransactionPhase.AFTER_SUCCESS) Attended attended) {
            SEEN.add(attended.registrationId());
        }
    }

    @Inject
    Registrations registrations;

    @Inject
    CheckIns checkIns;

    @Inject
    WaitingList waitingList;

    @Inject
    Reminders reminders;

    @Inject
    nl.ingrado.portal.member.boundary.PrivacyService privacy;

    @Test
    void remindersGoOutOncePerEventToConfirmedPeopleOnly() throws Exception {
        long event = event(2, 1, 0, 3);
        var first = account();
        var second = account();
        registrations.register(event, first, Map.of(), null);
        registrations.register(event, second, Map.of(), null);
        reminders.sendDue();
        reminders.sendDue();
        assertEquals(1,
                Db.number("SELECT COUNT(*) FROM mail_log WHERE kind = 'event.reminder' AND recipient = "
                        + "(SELECT email FROM account WHERE id = " + first + ")"),
                "once, to the confirmed person");
        assertEquals(0,
                Db.number("SELECT COUNT(*) FROM mail_log WHERE kind = 'event.reminder' AND recipient = "
                        + "(SELECT email FROM account WHERE id = " + second + ")"),
                "not to the waiting list");

        long later = event(20, 10, 0, 3);
        registrations.register(later, account(), Map.of(), null);
        reminders.sendDue();
        assertEquals(0,
                Db.number("SELECT COUNT(*) FROM event WHERE id = " + later
                        + " AND reminder_sent_at IS NOT NULL"),
                "an event three weeks away is not reminded yet");
    }

    @Test
    void attendanceFiresItsDomainEventOnceAndOnlyAfterCommit() throws Exception {
        long event = event(0, 10, 0, 3);
        var outcome = registrations.register(event, account(), Map.of(), null);
        long id = outcome.registrationId();

        tx.begin();
        checkIns.checkIn(id);
        tx.rollback();
        assertEquals(0, AttendanceLog.SEEN.stream().filter(r -> r == id).count(),
                "a rolled-back check-in counts not");

        checkIns.checkIn(id);
        checkIns.checkIn(id);
        assertEquals(1, AttendanceLog.SEEN.stream().filter(r -> r == id).count(),
                "checked in twice, attended once");
    }

    @Test
    void aFullWorkshopCannotBeChosenAndAFreedWorkshopSeatGoesToTheFirstWaiting() throws Exception {
        long event = event(5, 10, 1, 3);
        long round = Db.number("SELECT id FROM workshop_round WHERE event_id = " + event);
        long small = Db.number("SELECT id FROM workshop WHERE round_id = " + round + " AND title = 'Klein'");
        long large = Db.number("SELECT id FROM workshop WHERE round_id = " + round + " AND title = 'Groot'");
        var a = account();
        var b = account();
        registrations.register(event, a, Map.of(round, small), null);
        var waiting = registrations.register(event, b, Map.of(round, small), null);
        assertEquals("WAITING", waiting.workshops().get(String.valueOf(small)), "the small workshop is full");

        var c = account();
        registrations.register(event, c, Map.of(round, large), null);
        var refused = assertThrows(Exception.class,
                () -> registrations.changeWorkshop(event, c, round, small));
        assertEquals("registration.workshop.full", business(refused).messageKey());

        // a moves to the large workshop: b, first waiting for the small one, gets the seat
        registrations.changeWorkshop(event, a, round, large);
        assertEquals(1, Db.number("SELECT COUNT(*) FROM registration_choice ch JOIN registration r ON r.id = "
                + "ch.registration_id WHERE ch.workshop_id = " + small
                + " AND ch.status = 'CONFIRMED' AND r.account_id = "
                + b));
        assertEquals(RegistrationStatus.CONFIRMED, registrations.liveOf(event, b).getStatus());
    }

    @Test
    void theDatabaseHoldsOneLiveRegistrationPerAddress() throws Exception {
        long event = event(0, 10, 0, 3);
        var a = account();
        registrations.register(event, a, Map.of(), null);
        var twice = assertThrows(Exception.class, () -> registrations.register(event, a, Map.of(), null));
        assertEquals("registration.twice", business(twice).messageKey());
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            assertThrows(SQLException.class,
                    () -> s.executeUpdate("INSERT INTO registration (event_id, account_id, "
                            + "name, email, member, status, registered_at, checkin_code) SELECT event_id, account_id, name, "
                            + "email, member, 'WAITING', registered_at, 'anotherCodeForTheTest1' FROM registration WHERE "
                            + "event_id = " + event),
                    "the unique key on (event, live address) says no");
        }
        registrations.cancelOwn(event, a);
        registrations.register(event, a, Map.of(), null);
        assertEquals(2, Db.number("SELECT COUNT(*) FROM registration WHERE event_id = " + event),
                "after cancelling one may register again; the cancelled one stays as history");
    }

    @Test
    void withAutoPromotionOffAFreedSeatWaitsForStaffAndNobodyJumpsTheQueue() throws Exception {
        long event = event(3, 1, 0, 3);
        var a = account();
        var b = account();
        registrations.register(event, a, Map.of(), null);
        registrations.register(event, b, Map.of(), null);
        waitingList.setAutoPromote(event, false);
        registrations.cancelOwn(event, a);
        assertEquals(RegistrationStatus.WAITING, registrations.liveOf(event, b).getStatus(), "staff decide");
        var c = registrations.register(event, account(), Map.of(), null);
        assertEquals(RegistrationStatus.WAITING, c.status(), "a newcomer does not take the seat b waits for");
        waitingList.promoteByStaff(registrations.liveOf(event, b).getId());
        assertEquals(RegistrationStatus.CONFIRMED, registrations.liveOf(event, b).getStatus());
    }

    @Test
    void someoneWhoAttendedCannotBeCancelledAndAMembersCodeIsNoGuestKey() throws Exception {
        long event = event(0, 10, 0, 3);
        var a = account();
        long id = registrations.register(event, a, Map.of(), null).registrationId();
        checkIns.checkIn(id);
        var refused = assertThrows(Exception.class, () -> registrations.cancelOwn(event, a));
        assertEquals("registration.attendedCannotCancel", business(refused).messageKey());
        var code = registrations.codeOf(id);
        var notAGuest = assertThrows(Exception.class, () -> registrations.cancelByCode(code));
        assertEquals("registration.notFound", business(notAGuest).messageKey());
    }

    @Test
    void erasureKeepsTheSeatHistoryWithoutThePerson() throws Exception {
        long event = event(3, 10, 0, 3);
        var a = account();
        long id = registrations.register(event, a, Map.of(), "Vegetarisch").registrationId();
        privacy.requestErasure(a);
        privacy.carryOut(Db.number("SELECT id FROM erasure_request WHERE account_id = " + a),
                "bureau@example.nl");
        assertEquals(0, Db.number("SELECT COUNT(*) FROM account WHERE id = " + a));
        assertEquals(1,
                Db.number("SELECT COUNT(*) FROM registration WHERE id = " + id + " AND account_id IS NULL "
                        + "AND email LIKE 'verwijderd-%' AND remarks IS NULL AND name <> 'Test regels'"));
    }

    private static BusinessException business(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException business) {
                return business;
            }
        }
        throw new AssertionError("not a business exception", failure);
    }

    /** An event starting in {@code startsInDays} (0: in two hours), with a round of a small and a large workshop if {@code smallWorkshop} > 0. */
    private static long event(int startsInDays, int capacity, int smallWorkshop, int reminderDays) {
        var now = Fixtures.now();
        var event = Fixtures.event().title(Fixtures.unique("Regels"))
                .startsAt(startsInDays == 0 ? now.plusHours(2) : now.plusDays(startsInDays))
                .capacity(capacity)
                .reminderDays(reminderDays);
        if (smallWorkshop > 0) {
            event.workshop("Ronde", "Klein", smallWorkshop).workshop("Ronde", "Groot", 50);
        }
        return event.create().id();
    }

    private static long account() {
        return Fixtures.account("regels").id();
    }
}
