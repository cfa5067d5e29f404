package nl.ingrado.portal.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import nl.ingrado.portal.event.boundary.Attended;
import nl.ingrado.portal.event.boundary.CheckIns;
import nl.ingrado.portal.event.boundary.Registrations;
import nl.ingrado.portal.event.boundary.Reminders;
import nl.ingrado.portal.event.boundary.WaitingList;
import nl.ingrado.portal.event.entity.RegistrationStatus;
import nl.ingrado.portal.shared.entity.BusinessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Event rules in the container on real MariaDB: reminders go out once per event, attendance fires
 * its domain event once and only after commit, a full workshop cannot be switched to, and the
 * database refuses a second live registration of one address even past the service.
 */
@ExtendWith(ArquillianExtension.class)
class EventRulesIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.test.war")))
                .addClasses(EventRulesIT.class, AttendanceLog.class);
    }

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

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    @Resource
    UserTransaction tx;

    @Test
    void remindersGoOutOncePerEventToConfirmedPeopleOnly() throws Exception {
        long event = event(2, 1, 0, 3);
        var first = account();
        var second = account();
        registrations.register(event, first, Map.of(), null);
        registrations.register(event, second, Map.of(), null);
        reminders.sendDue();
        reminders.sendDue();
        assertEquals(1, count("SELECT COUNT(*) FROM mail_log WHERE kind = 'event.reminder' AND recipient = "
                + "(SELECT email FROM account WHERE id = " + first + ")"), "once, to the confirmed person");
        assertEquals(0, count("SELECT COUNT(*) FROM mail_log WHERE kind = 'event.reminder' AND recipient = "
                + "(SELECT email FROM account WHERE id = " + second + ")"), "not to the waiting list");

        long later = event(20, 10, 0, 3);
        registrations.register(later, account(), Map.of(), null);
        reminders.sendDue();
        assertEquals(0,
                count("SELECT COUNT(*) FROM event WHERE id = " + later + " AND reminder_sent_at IS NOT NULL"),
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
        long round = single("SELECT id FROM workshop_round WHERE event_id = " + event);
        long small = single("SELECT id FROM workshop WHERE round_id = " + round + " AND title = 'Klein'");
        long large = single("SELECT id FROM workshop WHERE round_id = " + round + " AND title = 'Groot'");
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
        assertEquals(1, count("SELECT COUNT(*) FROM registration_choice ch JOIN registration r ON r.id = "
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
        assertEquals(2, count("SELECT COUNT(*) FROM registration WHERE event_id = " + event),
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
        privacy.carryOut(single("SELECT id FROM erasure_request WHERE account_id = " + a),
                "bureau@demo.ingrado.nl");
        assertEquals(0, count("SELECT COUNT(*) FROM account WHERE id = " + a));
        assertEquals(1,
                count("SELECT COUNT(*) FROM registration WHERE id = " + id + " AND account_id IS NULL "
                        + "AND email LIKE 'verwijderd-%' AND remarks IS NULL AND name <> 'Regel Tester'"));
    }

    private static BusinessException business(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException business) {
                return business;
            }
        }
        throw new AssertionError("not a business exception", failure);
    }

    /** An event starting in {@code startsInDays}, with one round of two workshops if {@code smallWorkshop} > 0. */
    private long event(int startsInDays, int capacity, int smallWorkshop, int reminderDays)
            throws SQLException {
        var now = LocalDateTime.now(ZoneId.of("Europe/Amsterdam")).withNano(0);
        var starts = startsInDays == 0 ? now.plusHours(2) : now.plusDays(startsInDays);
        try (var c = dataSource.getConnection();
                var insert = c.prepareStatement("INSERT INTO event (kind, title, venue, starts_at, ends_at, "
                        + "registration_opens_at, registration_closes_at, cancellation_deadline, capacity, audience, "
                        + "reminder_days, created_at) VALUES ('TRAINING', ?, 'Utrecht', ?, ?, ?, ?, ?, ?, 'EVERYONE', ?, "
                        + "UTC_TIMESTAMP(6))", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, "Regels " + UUID.randomUUID().toString().substring(0, 6));
            insert.setTimestamp(2, Timestamp.valueOf(starts));
            insert.setTimestamp(3, Timestamp.valueOf(starts.plusHours(3)));
            insert.setTimestamp(4, Timestamp.valueOf(now.minusDays(1)));
            insert.setTimestamp(5, Timestamp.valueOf(starts.minusHours(1)));
            insert.setTimestamp(6, Timestamp.valueOf(starts.minusHours(1)));
            insert.setInt(7, capacity);
            insert.setInt(8, reminderDays);
            insert.executeUpdate();
            long id;
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            if (smallWorkshop > 0) {
                try (var s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO workshop_round (event_id, name, position) VALUES (" + id
                            + ", 'Ronde', 1)");
                    s.executeUpdate("INSERT INTO workshop (round_id, title, capacity) SELECT id, 'Klein', "
                            + smallWorkshop
                            + " FROM workshop_round WHERE event_id = " + id);
                    s.executeUpdate("INSERT INTO workshop (round_id, title, capacity) SELECT id, 'Groot', 50 "
                            + "FROM workshop_round WHERE event_id = " + id);
                }
            }
            return id;
        }
    }

    private long account() throws SQLException {
        try (var c = dataSource.getConnection();
                var insert = c.prepareStatement("INSERT INTO account (email, display_name, password_hash, "
                        + "preferred_language, status, created_at, verified_at) VALUES (?, 'Regel Tester', 'x', 'nl', "
                        + "'ACTIVE', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, "regels-" + UUID.randomUUID().toString().substring(0, 12) + "@example.nl");
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private long count(String sql) throws SQLException {
        return single(sql);
    }

    private long single(String sql) throws SQLException {
        try (var c = dataSource.getConnection(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
