package nl.ingrado.portal.register;

import static nl.ingrado.portal.register.RegisterFixtures.business;
import static nl.ingrado.portal.register.RegisterFixtures.fromActivity;
import static nl.ingrado.portal.register.RegisterFixtures.period;
import static nl.ingrado.portal.register.RegisterFixtures.totals;
import static nl.ingrado.portal.testing.Fixtures.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.ingrado.portal.event.boundary.Attended;
import nl.ingrado.portal.register.boundary.ProviderAttendance;
import nl.ingrado.portal.testing.Db;
import org.junit.jupiter.api.Test;

/**
 * Points the KRSD register books by itself, in the container on real MariaDB: an accredited activity
 * once per period, attendance of an accredited event exactly once, and a provider's attendance list,
 * booked whole or not at all and only for the provider's own valid activities. Each test makes its
 * own registrants.
 */
class RegisterActivityPointsIT extends RegisterContainerTest {

    @Inject
    ProviderAttendance providerAttendance;

    @Inject
    Event<Attended> attended;

    @Test
    void anAccreditedActivityCountsOncePerPeriodAndAgainInTheNext() throws Exception {
        long provider = fixtures.account();
        long activity = fixtures.activity(provider, "ACCREDITED");
        long id = fixtures.activeRegistrant(fixtures.account());
        ledger.book(fromActivity(id, today().minusDays(10), activity));
        var twice = assertThrows(Exception.class, () -> ledger.book(fromActivity(id, today(), activity)));
        assertEquals("krsd.record.once", business(twice).messageKey());
        assertEquals(1, Db.number("SELECT COUNT(*) FROM point_record WHERE registrant_id = " + id),
                "nothing half");

        var first = fixtures.currentPeriod(id);
        var next = registrants.openPeriod(schemes.krsd(), id, 2, first.endsOn().plusDays(1));
        ledger.book(fromActivity(id, next.startsOn().plusDays(3), activity));
        assertEquals(2, Db.number("SELECT COUNT(*) FROM point_record WHERE registrant_id = " + id
                + " AND activity_id = " + activity + " AND status = 'APPROVED'"), "once in each period");
    }

    @Test
    void attendanceOfAnAccreditedEventBooksItsPointsExactlyOnce() throws Exception {
        long account = fixtures.account();
        long id = fixtures.activeRegistrant(account);
        long event = fixtures.event("A1", "4.5");
        long checkIn = RegisterFixtures.next();
        fireCommitted(new Attended(checkIn, event, account, "x@example.nl", today(),
                new BigDecimal("4.5"), "A1"));
        assertEquals(1, Db.number("SELECT COUNT(*) FROM point_record WHERE registrant_id = " + id
                + " AND event_id = "
                + event
                + " AND status = 'APPROVED' AND source = 'ATTENDANCE' AND points = 4.5 AND category = 'A1'"));

        // the same check-in delivered again books nothing more
        fireCommitted(
                new Attended(checkIn, event, account, "x@example.nl", today(), new BigDecimal("4.5"),
                        "A1"));
        assertEquals(1, Db.number("SELECT COUNT(*) FROM point_record WHERE registrant_id = " + id));
        assertEquals(0, new BigDecimal("4.5").compareTo(totals(period(id)).get("A1")));

        // a check-in that was rolled back books nothing
        long other = fixtures.event("A2", "2");
        tx.begin();
        attended.fire(new Attended(RegisterFixtures.next(), other, account, "x@example.nl", today(),
                new BigDecimal("2"), "A2"));
        tx.rollback();
        assertEquals(0, Db.number("SELECT COUNT(*) FROM point_record WHERE event_id = " + other));

        // someone who attends without being in the register gets nothing
        long outsider = fixtures.account();
        fireCommitted(new Attended(RegisterFixtures.next(), other, outsider, "y@example.nl", today(),
                new BigDecimal("2"), "A2"));
        assertEquals(0, Db.number("SELECT COUNT(*) FROM point_record WHERE event_id = " + other));
    }

    @Test
    void aProviderListBooksTheActiveAndReportsTheRest() throws Exception {
        long provider = fixtures.account();
        long activity = fixtures.activity(provider, "ACCREDITED");
        long krsd = fixtures.krsd();
        long fresh = fixtures.registrant(fixtures.account(), krsd, "ACTIVE", today().minusYears(1));
        long counted = fixtures.registrant(fixtures.account(), krsd, "ACTIVE", today().minusYears(1));
        ledger.book(fromActivity(counted, today().minusDays(30), activity));
        long suspended = fixtures.registrant(fixtures.account(), krsd, "SUSPENDED", today().minusYears(1));
        long late = fixtures.registrant(fixtures.account(), krsd, "ACTIVE", today().plusDays(10));
        var date = today().minusDays(1);
        var list = new ArrayList<>(
                List.of(" " + fixtures.number(fresh).toLowerCase() + " ", fixtures.number(counted),
                        fixtures.number(suspended),
                        fixtures.number(late), "KRSD-999999999", "rommel", fixtures.number(fresh)));

        var report = providerAttendance.upload(provider, activity, date, list);
        assertEquals(List.of(fixtures.number(fresh)), report.booked());
        assertEquals(List.of(fixtures.number(counted)), report.alreadyCounted());
        assertEquals(List.of(fixtures.number(suspended)), report.notActive());
        assertEquals(List.of(fixtures.number(late)), report.outsidePeriod());
        assertEquals(List.of("KRSD-999999999", "rommel"), report.unknown());
        assertEquals(1, Db.number("SELECT COUNT(*) FROM point_record WHERE registrant_id = " + fresh
                + " AND activity_id = " + activity + " AND execution_id = " + report.executionId()
                + " AND source = 'PROVIDER_LIST' AND status = 'APPROVED' AND category = 'A1' AND points = 6.0 "
                + "AND activity_date = '" + date + "'"));
        assertEquals(1,
                Db.number("SELECT booked FROM activity_execution WHERE id = " + report.executionId()));
        assertEquals(0, new BigDecimal("6.0").compareTo(totals(period(fresh)).get("A1")));

        var again = providerAttendance.upload(provider, activity, date,
                List.of(fixtures.number(fresh), fixtures.number(counted)));
        assertEquals(List.of(), again.booked());
        assertEquals(List.of(fixtures.number(fresh), fixtures.number(counted)), again.alreadyCounted());
        assertEquals(report.executionId(), again.executionId(), "the same execution");
        assertEquals(1, Db.number("SELECT COUNT(*) FROM point_record WHERE registrant_id = " + fresh));
    }

    @Test
    void aProviderListIsBookedWholeOrNotAtAllAndOnlyForOwnValidActivities() throws Exception {
        long provider = fixtures.account();
        long activity = fixtures.activity(provider, "ACCREDITED");
        long fresh = fixtures.registrant(fixtures.account(), fixtures.krsd(), "ACTIVE",
                today().minusYears(1));
        // a registrant of a scheme without category A1: booking them fails, and so does the whole list
        long odd = fixtures.registrant(fixtures.account(), fixtures.scheme(null, false, false), "ACTIVE",
                today().minusYears(1));
        var failed = assertThrows(Exception.class,
                () -> providerAttendance.upload(provider, activity, today(),
                        List.of(fixtures.number(fresh), fixtures.number(odd))));
        assertEquals("krsd.record.category", business(failed).messageKey());
        assertEquals(0, Db.number("SELECT COUNT(*) FROM point_record WHERE activity_id = " + activity));
        assertEquals(0, Db.number("SELECT COUNT(*) FROM activity_execution WHERE activity_id = " + activity));

        var notYours = assertThrows(Exception.class,
                () -> providerAttendance.upload(fixtures.account(), activity, today(),
                        List.of(fixtures.number(fresh))));
        assertEquals("provider.activity.notYours", business(notYours).messageKey());
        var outside = assertThrows(Exception.class, () -> providerAttendance.upload(provider, activity,
                today().minusYears(2), List.of(fixtures.number(fresh))));
        assertEquals("provider.attendance.notValid", business(outside).messageKey());
        var future = assertThrows(Exception.class,
                () -> providerAttendance.upload(provider, activity, today().plusDays(1),
                        List.of(fixtures.number(fresh))));
        assertEquals("provider.attendance.future", business(future).messageKey());
        var requested = fixtures.activity(provider, "REQUESTED");
        var notAccredited = assertThrows(Exception.class,
                () -> providerAttendance.upload(provider, requested, today(),
                        List.of(fixtures.number(fresh))));
        assertEquals("provider.attendance.notAccredited", business(notAccredited).messageKey());
        var many = new ArrayList<String>();
        for (int i = 0; i < ProviderAttendance.MAX_NUMBERS + 1; i++) {
            many.add("KRSD-" + (900000000 + i));
        }
        var tooMany = assertThrows(Exception.class,
                () -> providerAttendance.upload(provider, activity, today(), many));
        assertEquals("provider.attendance.tooMany", business(tooMany).messageKey());
        assertEquals(0, Db.number("SELECT COUNT(*) FROM point_record WHERE activity_id = " + activity));

        var booked = providerAttendance.upload(provider, activity, today(), List.of(fixtures.number(fresh)));
        assertEquals(List.of(fixtures.number(fresh)), booked.booked());
    }

    private void fireCommitted(Attended event) throws Exception {
        tx.begin();
        attended.fire(event);
        tx.commit();
    }
}
