package nl.ingrado.portal.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import nl.ingrado.portal.register.RegisterFixtures.Person;
import nl.ingrado.portal.register.boundary.RegisterReminders;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The register's timers in the container on real MariaDB: reminders go out once at six months and
 * once at one month before a period ends and not when the norm is met; the auditors' weekly digest
 * goes out once per week. Each test makes its own registrants.
 */
class ReRegistrationReminderIT extends RegisterContainerTest {

    @Inject
    RegisterReminders reminders;

    @Test
    void remindersGoOutOnceAtSixMonthsAndOnceAtOneMonthAndNotWhenTheNormIsMet() throws Exception {
        var today = registrants.today();
        var behind = fixtures.inRegister("ACTIVE");
        var end = today.plusMonths(5);
        long behindPeriod = fixtures.periodUntil(behind, end);
        fixtures.approved(behind.id(), behindPeriod, "A2", "20", today.minusYears(1));
        var done = fixtures.inRegister("ACTIVE");
        long donePeriod = fixtures.periodUntil(done, end);
        fixtures.approved(done.id(), donePeriod, "A1", "160", today.minusYears(1));
        var late = fixtures.inRegister("ACTIVE");
        long latePeriod = Fixtures.period(late.id(), 1, today.plusDays(20).minusYears(5), today.plusDays(20));
        var suspended = fixtures.inRegister("SUSPENDED");
        fixtures.periodUntil(suspended, end);
        var farAway = fixtures.inRegister("ACTIVE");
        Fixtures.period(farAway.id(), 1, today.minusYears(4), today.plusYears(1));

        reminders.remind(today);
        reminders.remind(today);
        assertEquals(1, mails(behind, "krsd.reminder.6m"), "six months: once");
        assertEquals(0, mails(behind, "krsd.reminder.1m"));
        assertTrue(body(behind, "krsd.reminder.6m").contains("140"), "160 minus 20: 140 points still needed");
        assertTrue(body(behind, "krsd.reminder.6m").contains("ten minste 40 punten in A1"), "the category");
        assertEquals(0, mails(done, "krsd.reminder.6m") + mails(done, "krsd.reminder.1m"), "the norm is met");
        assertEquals(0, mails(late, "krsd.reminder.6m"), "within a month: only the last reminder");
        assertEquals(1, mails(late, "krsd.reminder.1m"));
        assertEquals(1, Db.number("SELECT COUNT(*) FROM register_period WHERE id = " + latePeriod
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
        assertEquals(1, Db.number("SELECT COUNT(*) FROM register_period WHERE id = " + donePeriod
                + " AND reminder_6m_at IS NULL AND reminder_1m_at IS NULL"));
    }

    @Test
    void theWeeklyDigestIsClaimedOncePerWeek() throws Exception {
        // a Monday far away, its own for this run, so the real timer never claims it
        var monday = LocalDate.of(2200, 1, 6).plusWeeks(ThreadLocalRandom.current().nextInt(5000));
        assertEquals(DayOfWeek.MONDAY, monday.getDayOfWeek());
        var auditor = Fixtures.account("auditor", "AUDITOR").email();
        long auditors = Db.number("SELECT COUNT(*) FROM account a JOIN account_role r ON r.account_id = a.id "
                + "WHERE r.role = 'AUDITOR' AND a.status = 'ACTIVE'");
        assertTrue(auditors >= 1);

        assertEquals(auditors, reminders.digest(monday.plusDays(2)));
        assertEquals(0, reminders.digest(monday.plusDays(4)), "the same week: claimed already");
        assertEquals(0, reminders.digest(monday), "its Monday: the same week");
        assertEquals(1,
                Db.number("SELECT COUNT(*) FROM register_digest WHERE week_start = '" + monday + "'"));
        assertEquals(1,
                Db.number("SELECT COUNT(*) FROM mail_log WHERE recipient = '" + auditor + "' AND kind = "
                        + "'krsd.digest' AND body LIKE '%" + monday.getYear() + "%'"));
        assertEquals(auditors, reminders.digest(monday.plusWeeks(1)), "the next week goes out again");
    }

    private static String body(Person person, String kind) {
        return Db.text("SELECT body FROM mail_log WHERE recipient = ? AND kind = ?", person.email(), kind);
    }
}
