package nl.ingrado.portal.register;

import static nl.ingrado.portal.register.RegisterFixtures.business;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import nl.ingrado.portal.register.boundary.ReRegistrations;
import nl.ingrado.portal.register.entity.Norm;
import nl.ingrado.portal.register.entity.PeriodOutcome;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Re-registration decided in the container on real MariaDB: renewal only when the norm is met (and
 * then period 2 from the right day with the scheme's norm), an extension moves the end and keeps the
 * original, a suspension suspends, a period is decided once, an upheld objection undoes a suspension
 * and a dismissed one keeps it. Each test makes its own registrants.
 */
class ReRegistrationIT extends RegisterContainerTest {

    private static final String AUDITOR = "auditor@example.nl";

    @Inject
    ReRegistrations reRegistrations;

    @Test
    void renewalIsRefusedWhenTheNormIsNotMet() throws Exception {
        var today = registrants.today();
        var person = fixtures.inRegister("ACTIVE");
        long period = Fixtures.period(person.id(), 1, today.minusYears(5).minusDays(9), today.minusDays(10));
        fixtures.approved(person.id(), period, "A1", "100", today.minusYears(1));

        var refused = assertThrows(Exception.class,
                () -> reRegistrations.decide(AUDITOR, period, PeriodOutcome.RENEWED, null, null));
        assertEquals("audit.rereg.notMet", business(refused).messageKey());
        assertEquals("outcome", business(refused).field());
        assertEquals(1,
                Db.number("SELECT COUNT(*) FROM register_period WHERE registrant_id = " + person.id()));
        assertEquals(0, Db.number(
                "SELECT COUNT(*) FROM register_period WHERE id = " + period + " AND outcome IS NOT NULL"));
    }

    @Test
    void renewalWhenTheNormIsMetOpensTheNextPeriodOnTheDayAfterTheEndWithTheSchemesNorm() throws Exception {
        var today = registrants.today();
        var person = fixtures.inRegister("ACTIVE");
        var end = today.minusDays(10);
        long period = fixtures.periodUntil(person, end);
        fixtures.approved(person.id(), period, "A1", "100", today.minusYears(1));
        fixtures.approved(person.id(), period, "A2", "60", today.minusYears(2));

        reRegistrations.decide(AUDITOR, period, PeriodOutcome.RENEWED, null, "  ");

        var plan = Norm.plan(schemes.krsd(), end.plusDays(1));
        assertEquals(1, Db.number("SELECT COUNT(*) FROM register_period WHERE registrant_id = " + person.id()
                + " AND seq = 2 AND starts_on = '" + end.plusDays(1) + "' AND ends_on = '" + plan.endsOn()
                + "' AND original_ends_on = ends_on AND norm_points = " + plan.normPoints()
                + " AND norm_factor = "
                + plan.factor() + " AND outcome IS NULL"),
                "period 2 from the day after the end, with the norm");
        assertEquals(1, Db.number("SELECT COUNT(*) FROM register_period WHERE id = " + period
                + " AND outcome = 'RENEWED' AND decided_by = '" + AUDITOR + "'"));
        assertEquals("ACTIVE", status(person));
        assertEquals(1,
                Db.number("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'registrant' AND entity_id = "
                        + person.id() + " AND action = 'RENEWED'"));
        assertEquals(1, mails(person, "krsd.rereg.renewed"));

        var twice = assertThrows(Exception.class,
                () -> reRegistrations.decide(AUDITOR, period, PeriodOutcome.RENEWED, null, null));
        assertEquals("audit.rereg.decided", business(twice).messageKey(), "a decision is taken once");
        long second = Db.number(
                "SELECT id FROM register_period WHERE registrant_id = " + person.id() + " AND seq = 2");
        var early = assertThrows(Exception.class,
                () -> reRegistrations.decide(AUDITOR, second, PeriodOutcome.SUSPENDED, null, "te vroeg"));
        assertEquals("audit.rereg.notDue", business(early).messageKey(), "period 2 runs for years yet");
        assertEquals(2,
                Db.number("SELECT COUNT(*) FROM register_period WHERE registrant_id = " + person.id()));
    }

    @Test
    void anExtensionMovesTheEndAndKeepsTheOriginalWithinAYear() throws Exception {
        var today = registrants.today();
        var person = fixtures.inRegister("ACTIVE");
        var end = today.minusDays(10);
        long period = fixtures.periodUntil(person, end);
        fixtures.approved(person.id(), period, "A2", "20", today.minusYears(1));

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
        Db.update("UPDATE register_period SET reminder_6m_at = UTC_TIMESTAMP(6), "
                + "reminder_1m_at = UTC_TIMESTAMP(6) WHERE id = " + period);
        var newEnd = today.plusMonths(3);
        reRegistrations.decide(AUDITOR, period, PeriodOutcome.EXTENDED, newEnd, "Langdurig ziek geweest.");
        assertEquals(1, Db.number("SELECT COUNT(*) FROM register_period WHERE id = " + period
                + " AND reminder_1m_at IS NULL AND reminder_6m_at IS NOT NULL"),
                "a month before the new end the reminder goes out again; six months before it has passed");
        assertEquals(1,
                Db.number("SELECT COUNT(*) FROM register_period WHERE id = " + period + " AND ends_on = '"
                        + newEnd
                        + "' AND original_ends_on = '" + end
                        + "' AND outcome = 'EXTENDED' AND decision_reason = "
                        + "'Langdurig ziek geweest.'"));
        assertEquals("ACTIVE", status(person), "an extended registrant stays active");
        assertEquals(1, mails(person, "krsd.rereg.extended"));
        assertEquals("audit.rereg.decided", business(assertThrows(Exception.class,
                () -> reRegistrations.decide(AUDITOR, period, PeriodOutcome.EXTENDED, newEnd.plusMonths(1),
                        "nog")))
                .messageKey(),
                "no second extension");
    }

    @Test
    void aSuspensionSuspendsOnceAndAnUpheldObjectionUndoesIt() throws Exception {
        var today = registrants.today();
        var person = fixtures.inRegister("ACTIVE");
        var end = today.minusDays(20);
        long period = fixtures.periodUntil(person, end);

        assertEquals("audit.objection.undecided", business(assertThrows(Exception.class,
                () -> reRegistrations.recordObjection(AUDITOR, period, today, "bezwaar"))).messageKey());

        reRegistrations.decide(AUDITOR, period, PeriodOutcome.SUSPENDED, null, "Geen punten behaald.");
        assertEquals("SUSPENDED", status(person));
        assertEquals(1, Db.number(
                "SELECT COUNT(*) FROM register_period WHERE id = " + period + " AND outcome = 'SUSPENDED'"));
        assertEquals(1, mails(person, "krsd.rereg.suspended"));
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
        assertEquals(1, reRegistrations.objections(person.id()).size());

        reRegistrations.decideObjection(AUDITOR, objection, true,
                "De certificaten lagen er wel; schorsing vervalt.");
        assertEquals("ACTIVE", status(person), "upheld against a suspension: active again");
        assertEquals(1, Db.number("SELECT COUNT(*) FROM register_objection WHERE id = " + objection
                + " AND outcome = 'UPHELD' AND decided_by = '" + AUDITOR + "'"));
        assertNull(registrants.periods(person.id()).get(0).outcome(), "the period waits for a new decision");
        assertEquals(1, mails(person, "krsd.objection.upheld"));
        assertEquals("audit.objection.decided", business(assertThrows(Exception.class,
                () -> reRegistrations.decideObjection(AUDITOR, objection, false, "toch niet"))).messageKey());

        reRegistrations.decide(AUDITOR, period, PeriodOutcome.EXTENDED, today.plusMonths(6),
                "Uitstel na bezwaar.");
        assertEquals(1, Db.number(
                "SELECT COUNT(*) FROM register_period WHERE id = " + period + " AND outcome = 'EXTENDED'"));
        assertEquals(4,
                Db.number("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'registrant' AND entity_id = "
                        + person.id()
                        + " AND action IN ('SUSPENDED', 'OBJECTION', 'OBJECTION_UPHELD', 'EXTENDED')"));
    }

    @Test
    void aDismissedObjectionKeepsTheSuspension() throws Exception {
        var today = registrants.today();
        var person = fixtures.inRegister("ACTIVE");
        long period = Fixtures.period(person.id(), 1, today.minusYears(5), today.minusDays(1));
        reRegistrations.decide(AUDITOR, period, PeriodOutcome.SUSPENDED, null, "Norm niet gehaald.");
        long objection = reRegistrations.recordObjection(AUDITOR, period, today, "Ik was ziek.");
        reRegistrations.decideObjection(AUDITOR, objection, false, "Niet gemeld tijdens de periode.");
        assertEquals("SUSPENDED", status(person));
        assertEquals(1, Db.number(
                "SELECT COUNT(*) FROM register_period WHERE id = " + period + " AND outcome = 'SUSPENDED'"));
    }

}
