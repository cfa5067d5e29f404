package nl.ingrado.portal.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import nl.ingrado.portal.register.boundary.ReRegistrations;
import nl.ingrado.portal.register.boundary.RegisterReminders;
import nl.ingrado.portal.register.boundary.Registrants;
import nl.ingrado.portal.register.boundary.Schemes;
import nl.ingrado.portal.register.control.Norm;
import nl.ingrado.portal.register.entity.PeriodOutcome;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.testing.Fixtures;
import nl.ingrado.portal.testing.InContainer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Re-registration, reminders and the auditors' digest in the container on real MariaDB: renewal only
 * when the norm is met (and then period 2 from the right day with the scheme's norm), an extension
 * moves the end and keeps the original, a suspension suspends, a period is decided once, an upheld
 * objection undoes a suspension; reminders go out once at six months and once at one month and not
 * when the norm is met; the weekly digest goes out once per week. Each test makes its own registrants.
 */
@ExtendWith(ArquillianExtension.class)
class ReRegistrationIT {

    private static final String AUDITOR = "auditor@example.nl";

    @Deployment
    static WebArchive deployment() {
        return InContainer.deployment();
    }

    @Inject
    ReRegistrations reRegistrations;

    @Inject
    RegisterReminders reminders;

    @Inject
    Registrants registrants;

    @Inject
    Schemes schemes;

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    @Test
    void renewalIsRefusedWhenTheNormIsNotMet() throws Exception {
        var today = registrants.today();
        var person = registrant("ACTIVE");
        long period = period(person.id, 1, today.minusYears(5).minusDays(9), today.minusDays(10));
        approved(person.id, period, "A1", "100", today.minusYears(1));

        var refused = assertThrows(Exception.class,
                () -> reRegistrations.decide(AUDITOR, period, PeriodOutcome.RENEWED, null, null));
        assertEquals("audit.rereg.notMet", business(refused).messageKey());
        assertEquals("outcome", business(refused).field());
        assertEquals(1, count("SELECT COUNT(*) FROM register_period WHERE registrant_id = " + person.id));
        assertEquals(0, count(
                "SELECT COUNT(*) FROM register_period WHERE id = " + period + " AND outcome IS NOT NULL"));
    }

    @Test
    void renewalWhenTheNormIsMetOpensTheNextPeriodOnTheDayAfterTheEndWithTheSchemesNorm() throws Exception {
        var today = registrants.today();
        var person = registrant("ACTIVE");
        var end = today.minusDays(10);
        long period = period(person.id, 1, end.minusYears(5).plusDays(1), end);
        approved(person.id, period, "A1", "100", today.minusYears(1));
        approved(person.id, period, "A2", "60", today.minusYears(2));

        reRegistrations.decide(AUDITOR, period, PeriodOutcome.RENEWED, null, "  ");

        var plan = Norm.plan(schemes.krsd(), end.plusDays(1));
        assertEquals(1, count("SELECT COUNT(*) FROM register_period WHERE registrant_id = " + person.id
                + " AND seq = 2 AND starts_on = '" + end.plusDays(1) + "' AND ends_on = '" + plan.endsOn()
                + "' AND original_ends_on = ends_on AND norm_points = " + plan.normPoints()
                + " AND norm_factor = "
                + plan.factor() + " AND outcome IS NULL"),
                "period 2 from the day after the end, with the norm");
        assertEquals(1, count("SELECT COUNT(*) FROM register_period WHERE id = " + period
                + " AND outcome = 'RENEWED' AND decided_by = '" + AUDITOR + "'"));
        assertEquals(1,
                count("SELECT COUNT(*) FROM registrant WHERE id = " + person.id + " AND status = 'ACTIVE'"));
        assertEquals(1,
                count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'registrant' AND entity_id = "
                        + person.id + " AND action = 'RENEWED'"));
        assertEquals(1, count("SELECT COUNT(*) FROM mail_log WHERE recipient = '" + person.email
                + "' AND kind = 'krsd.rereg.renewed'"));

        var twice = assertThrows(Exception.class,
                () -> reRegistrations.decide(AUDITOR, period, PeriodOutcome.RENEWED, null, null));
        assertEquals("audit.rereg.decided", business(twice).messageKey(), "a decision is taken once");
        long second = single(
                "SELECT id FROM register_period WHERE registrant_id = " + person.id + " AND seq = 2");
        var early = assertThrows(Exception.class,
                () -> reRegistrations.decide(AUDITOR, second, PeriodOutcome.SUSPENDED, null, "te vroeg"));
        assertEquals("audit.rereg.notDue", business(early).messageKey(), "period 2 runs for years yet");
        assertEquals(2, count("SELECT COUNT(*) FROM register_period WHERE registrant_id = " + person.id));
    }

    @Test
    void anExtensionMovesTheEndAndKeepsTheOriginalWithinAYear() throws Exception {
        var today = registrants.today();
        var person = registrant("ACTIVE");
        var end = today.minusDays(10);
        long period = period(person.id, 1, end.minusYears(5).plusDays(1), end);
        approved(person.id, period, "A2", "20", today.minusYears(1));

        assertEquals("audit.rereg.reason", business(assertThrows(Exception.class,
                () -> reRegistrations.decide(AUDITOR, period, PeriodOutcome.EXTENDED, today.plusMonths(3),
                        " ")))
                .messageKey());
        var notLater = business(assertThrows(Exception.class,
                () -> reRegistrations.decide(AUDITOR, period, PeriodOutcome.EXTENDED, end, "uitstel")));
        assertEquals("newEnd", notLater.field());
        assertEquals("audit.rereg.newEnd.range", notLater.messageKey());
        assertEquals("audit.rereg.newEnd.range", business(assertThrows(Exception.class,
                () -> reRegistrations.decide(AUDITOR, period, PeriodOutcome.EXTENDED,
                        end.plusMonths(12).plusDays(1),
                        "uitstel")))
                .messageKey(), "at most twelve months after the original end");
        assertEquals("audit.rereg.notMet", business(assertThrows(Exception.class,
                () -> reRegistrations.decide(AUDITOR, period, PeriodOutcome.RENEWED, null, null)))
                .messageKey());

        // both reminders went out before the original end
        try (var c = dataSource.getConnection(); var st = c.createStatement()) {
            st.executeUpdate("UPDATE register_period SET reminder_6m_at = UTC_TIMESTAMP(6), "
                    + "reminder_1m_at = UTC_TIMESTAMP(6) WHERE id = " + period);
        }
        var newEnd = today.plusMonths(3);
        reRegistrations.decide(AUDITOR, period, PeriodOutcome.EXTENDED, newEnd, "Langdurig ziek geweest.");
        assertEquals(1, count("SELECT COUNT(*) FROM register_period WHERE id = " + period
                + " AND reminder_1m_at IS NULL AND reminder_6m_at IS NOT NULL"),
                "a month before the new end the reminder goes out again; six months before it has passed");
        assertEquals(1, count("SELECT COUNT(*) FROM register_period WHERE id = " + period + " AND ends_on = '"
                + newEnd
                + "' AND original_ends_on = '" + end + "' AND outcome = 'EXTENDED' AND decision_reason = "
                + "'Langdurig ziek geweest.'"));
        assertEquals(1,
                count("SELECT COUNT(*) FROM registrant WHERE id = " + person.id + " AND status = 'ACTIVE'"),
                "an extended registrant stays active");
        assertEquals(1, count("SELECT COUNT(*) FROM mail_log WHERE recipient = '" + person.email
                + "' AND kind = 'krsd.rereg.extended'"));
        assertEquals("audit.rereg.decided", business(assertThrows(Exception.class,
                () -> reRegistrations.decide(AUDITOR, period, PeriodOutcome.EXTENDED, newEnd.plusMonths(1),
                        "nog")))
                .messageKey(),
                "no second extension");
    }

    @Test
    void aSuspensionSuspendsOnceAndAnUpheldObjectionUndoesIt() throws Exception {
        var today = registrants.today();
        var person = registrant("ACTIVE");
        var end = today.minusDays(20);
        long period = period(person.id, 1, end.minusYears(5).plusDays(1), end);

        assertEquals("audit.objection.undecided", business(assertThrows(Exception.class,
                () -> reRegistrations.recordObjection(AUDITOR, period, today, "bezwaar"))).messageKey());

        reRegistrations.decide(AUDITOR, period, PeriodOutcome.SUSPENDED, null, "Geen punten behaald.");
        assertEquals(1, count(
                "SELECT COUNT(*) FROM registrant WHERE id = " + person.id + " AND status = 'SUSPENDED'"));
        assertEquals(1, count(
                "SELECT COUNT(*) FROM register_period WHERE id = " + period + " AND outcome = 'SUSPENDED'"));
        assertEquals(1, count("SELECT COUNT(*) FROM mail_log WHERE recipient = '" + person.email
                + "' AND kind = 'krsd.rereg.suspended'"));
        for (var again : PeriodOutcome.values()) {
            var refused = assertThrows(Exception.class,
                    () -> reRegistrations.decide(AUDITOR, period, again, today.plusMonths(2), "nogmaals"));
            assertEquals("audit.rereg.decided", business(refused).messageKey(),
                    again + " after a suspension");
        }

        assertEquals("audit.objection.future", business(assertThrows(Exception.class,
                () -> reRegistrations.recordObjection(AUDITOR, period, today.plusDays(1), "bezwaar")))
                .messageKey());
        long objection = reRegistrations.recordObjection(AUDITOR, period, today,
                "Mijn certificaten zijn niet meegeteld.");
        assertEquals("audit.objection.open", business(assertThrows(Exception.class,
                () -> reRegistrations.recordObjection(AUDITOR, period, today, "nog een"))).messageKey());
        assertEquals(1, reRegistrations.objections(person.id).size());

        reRegistrations.decideObjection(AUDITOR, objection, true,
                "De certificaten lagen er wel; schorsing vervalt.");
        assertEquals(1,
                count("SELECT COUNT(*) FROM registrant WHERE id = " + person.id + " AND status = 'ACTIVE'"),
                "upheld against a suspension: active again");
        assertEquals(1, count("SELECT COUNT(*) FROM register_objection WHERE id = " + objection
                + " AND outcome = 'UPHELD' AND decided_by = '" + AUDITOR + "'"));
        assertNull(registrants.periods(person.id).get(0).outcome(), "the period waits for a new decision");
        assertEquals(1, count("SELECT COUNT(*) FROM mail_log WHERE recipient = '" + person.email
                + "' AND kind = 'krsd.objection.upheld'"));
        assertEquals("audit.objection.decided", business(assertThrows(Exception.class,
                () -> reRegistrations.decideObjection(AUDITOR, objection, false, "toch niet"))).messageKey());

        reRegistrations.decide(AUDITOR, period, PeriodOutcome.EXTENDED, today.plusMonths(6),
                "Uitstel na bezwaar.");
        assertEquals(1, count(
                "SELECT COUNT(*) FROM register_period WHERE id = " + period + " AND outcome = 'EXTENDED'"));
        assertEquals(4,
                count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'registrant' AND entity_id = "
                        + person.id
                        + " AND action IN ('SUSPENDED', 'OBJECTION', 'OBJECTION_UPHELD', 'EXTENDED')"));
    }

    @Test
    void aDismissedObjectionKeepsTheSuspension() throws Exception {
        var today = registrants.today();
        var person = registrant("ACTIVE");
        long period = period(person.id, 1, today.minusYears(5), today.minusDays(1));
        reRegistrations.decide(AUDITOR, period, PeriodOutcome.SUSPENDED, null, "Norm niet gehaald.");
        long objection = reRegistrations.recordObjection(AUDITOR, period, today, "Ik was ziek.");
        reRegistrations.decideObjection(AUDITOR, objection, false, "Niet gemeld tijdens de periode.");
        assertEquals(1, count(
                "SELECT COUNT(*) FROM registrant WHERE id = " + person.id + " AND status = 'SUSPENDED'"));
        assertEquals(1, count(
                "SELECT COUNT(*) FROM register_period WHERE id = " + period + " AND outcome = 'SUSPENDED'"));
    }

    @Test
    void remindersGoOutOnceAtSixMonthsAndOnceAtOneMonthAndNotWhenTheNormIsMet() throws Exception {
        var today = registrants.today();
        var behind = registrant("ACTIVE");
        var end = today.plusMonths(5);
        long behindPeriod = period(behind.id, 1, end.minusYears(5).plusDays(1), end);
        approved(behind.id, behindPeriod, "A2", "20", today.minusYears(1));
        var done = registrant("ACTIVE");
        long donePeriod = period(done.id, 1, end.minusYears(5).plusDays(1), end);
        approved(done.id, donePeriod, "A1", "160", today.minusYears(1));
        var late = registrant("ACTIVE");
        long latePeriod = period(late.id, 1, today.plusDays(20).minusYears(5), today.plusDays(20));
        var suspended = registrant("SUSPENDED");
        period(suspended.id, 1, end.minusYears(5).plusDays(1), end);
        var farAway = registrant("ACTIVE");
        period(farAway.id, 1, today.minusYears(4), today.plusYears(1));

        reminders.remind(today);
        reminders.remind(today);
        assertEquals(1, mails(behind, "krsd.reminder.6m"), "six months: once");
        assertEquals(0, mails(behind, "krsd.reminder.1m"));
        assertTrue(body(behind, "krsd.reminder.6m").contains("140"), "160 minus 20: 140 points still needed");
        assertTrue(body(behind, "krsd.reminder.6m").contains("ten minste 40 punten in A1"), "the category");
        assertEquals(0, mails(done, "krsd.reminder.6m") + mails(done, "krsd.reminder.1m"), "the norm is met");
        assertEquals(0, mails(late, "krsd.reminder.6m"), "within a month: only the last reminder");
        assertEquals(1, mails(late, "krsd.reminder.1m"));
        assertEquals(1, count("SELECT COUNT(*) FROM register_period WHERE id = " + latePeriod
                + " AND reminder_6m_at IS NOT NULL AND reminder_1m_at IS NOT NULL"));
        assertEquals(0, mails(suspended, "krsd.reminder.6m"), "only active registrations");
        assertEquals(0, mails(farAway, "krsd.reminder.6m"), "a year away: not yet");

        var monthBefore = end.minusDays(20);
        reminders.remind(monthBefore);
        reminders.remind(monthBefore.plusDays(3));
        assertEquals(1, mails(behind, "krsd.reminder.6m"));
        assertEquals(1, mails(behind, "krsd.reminder.1m"), "one month: once");
        assertEquals(1, mails(late, "krsd.reminder.1m"));
        assertEquals(0, mails(done, "krsd.reminder.6m") + mails(done, "krsd.reminder.1m"));
        assertEquals(1, count("SELECT COUNT(*) FROM register_period WHERE id = " + donePeriod
                + " AND reminder_6m_at IS NULL AND reminder_1m_at IS NULL"));
    }

    @Test
    void theWeeklyDigestIsClaimedOncePerWeek() throws Exception {
        // a Monday far away, its own for this run, so the real timer never claims it
        var monday = LocalDate.of(2200, 1, 6).plusWeeks(ThreadLocalRandom.current().nextInt(5000));
        assertEquals(DayOfWeek.MONDAY, monday.getDayOfWeek());
        var auditor = Fixtures.account("auditor", "AUDITOR").email();
        long auditors = count("SELECT COUNT(*) FROM account a JOIN account_role r ON r.account_id = a.id "
                + "WHERE r.role = 'AUDITOR' AND a.status = 'ACTIVE'");
        assertTrue(auditors >= 1);

        assertEquals(auditors, reminders.digest(monday.plusDays(2)));
        assertEquals(0, reminders.digest(monday.plusDays(4)), "the same week: claimed already");
        assertEquals(0, reminders.digest(monday), "its Monday: the same week");
        assertEquals(1, count("SELECT COUNT(*) FROM register_digest WHERE week_start = '" + monday + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM mail_log WHERE recipient = '" + auditor + "' AND kind = "
                + "'krsd.digest' AND body LIKE '%" + monday.getYear() + "%'"));
        assertEquals(auditors, reminders.digest(monday.plusWeeks(1)), "the next week goes out again");
    }

    private long mails(Person person, String kind) throws SQLException {
        return count("SELECT COUNT(*) FROM mail_log WHERE recipient = '" + person.email + "' AND kind = '"
                + kind + "'");
    }

    private String body(Person person, String kind) throws SQLException {
        try (var c = dataSource.getConnection();
                var s = c.prepareStatement("SELECT body FROM mail_log WHERE recipient = ? AND kind = ?")) {
            s.setString(1, person.email);
            s.setString(2, kind);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static BusinessException business(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException business) {
                return business;
            }
        }
        throw new AssertionError("not a business exception", failure);
    }

    private record Person(long id, String email) {
    }

    /** An account in the register with {@code status} (and a number); language Dutch. */
    private static Person registrant(String status) {
        var registrant = Fixtures.registrant(status);
        return new Person(registrant.id(), registrant.account().email());
    }

    private static long period(long registrant, int seq, LocalDate from, LocalDate until) {
        return Fixtures.period(registrant, seq, from, until);
    }

    private void approved(long registrant, long period, String category, String points, LocalDate on)
            throws SQLException {
        try (var c = dataSource.getConnection();
                var insert = c
                        .prepareStatement("INSERT INTO point_record (registrant_id, period_id, scheme_id, "
                                + "activity_date, title, category, hours, points, source, status, submitted_at, submitted_by, "
                                + "reviewed_at, reviewed_by) SELECT ?, ?, id, ?, 'Scholing (test)', ?, ?, ?, 'SUBMISSION', "
                                + "'APPROVED', UTC_TIMESTAMP(6), 'test', UTC_TIMESTAMP(6), 'test' FROM register_scheme "
                                + "WHERE code = 'KRSD'")) {
            insert.setLong(1, registrant);
            insert.setLong(2, period);
            insert.setDate(3, Date.valueOf(on));
            insert.setString(4, category);
            insert.setBigDecimal(5, new BigDecimal(points));
            insert.setBigDecimal(6, new BigDecimal(points));
            insert.executeUpdate();
        }
    }

    private static long key(java.sql.PreparedStatement insert) throws SQLException {
        try (var keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
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
