package nl.ingrado.portal.register;

import static nl.ingrado.portal.register.RegisterFixtures.manual;
import static nl.ingrado.portal.register.RegisterFixtures.period;
import static nl.ingrado.portal.register.RegisterFixtures.submission;
import static nl.ingrado.portal.register.RegisterFixtures.sumsFromRecords;
import static nl.ingrado.portal.register.RegisterFixtures.totals;
import static nl.ingrado.portal.testing.Fixtures.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Map;
import nl.ingrado.portal.register.boundary.PointLedger;
import nl.ingrado.portal.register.entity.Norm;
import nl.ingrado.portal.register.entity.RecordStatus;
import nl.ingrado.portal.testing.Db;
import org.junit.jupiter.api.Test;

/**
 * The rules of the KRSD register in the container on real MariaDB: the ledger and its totals, what the
 * database refuses, what erasing a registrant leaves of it, and the norm with caps, minimums and pro
 * rata. Each test makes its own registrants.
 */
class RegisterRulesIT extends RegisterContainerTest {

    @Inject
    nl.ingrado.portal.member.boundary.PrivacyService privacy;

    @Inject
    nl.ingrado.portal.register.boundary.PublicRegister publicRegister;

    @Test
    void totalsAlwaysEqualTheSumOfTheApprovedRecords() throws Exception {
        long account = fixtures.account();
        long id = fixtures.activeRegistrant(account);
        var day = today().minusDays(5);
        ledger.book(manual(id, day, "A1", "10"));
        long approved = ledger.submit(account, submission(day, "4", "A1"));
        ledger.review("auditor@example.nl", approved, PointLedger.Decision.APPROVE,
                new BigDecimal("7.5"),
                "A1", "Twee dagdelen voorbereiding erkend");
        long rejected = ledger.submit(account, submission(day, "3", "A1"));
        ledger.review("auditor@example.nl", rejected, PointLedger.Decision.REJECT, null, null,
                "Geen bewijs");
        long asked = ledger.submit(account, submission(day, "2", "A2"));
        ledger.review("auditor@example.nl", asked, PointLedger.Decision.MORE_INFO, null, null,
                "Welke dag?");
        ledger.answer(account, asked, "Op dinsdag", null, null);
        ledger.review("auditor@example.nl", asked, PointLedger.Decision.APPROVE, null, null, null);
        long pending = ledger.submit(account, submission(day, "5", "A2"));
        ledger.correct("auditor@example.nl", approved, new BigDecimal("-2.5"), "Halve dag gemist");
        ledger.book(manual(id, day, "A2", "90"));

        long period = period(id);
        var totals = totals(period);
        var sums = sumsFromRecords(period);
        assertEquals(sums, totals, "the totals table equals the sum of the approved records, per category");
        assertEquals(0, new BigDecimal("15.0").compareTo(totals.get("A1")),
                "10 + 7.5 - 2.5; rejected not counted");
        assertEquals(0, new BigDecimal("92.0").compareTo(totals.get("A2")), "2 + 90; pending not counted");
        assertEquals(sums, ledger.approvedSums(period).entrySet().stream().collect(
                java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().setScale(1))));
        assertEquals(RecordStatus.PENDING, ledger.record(pending).orElseThrow().status());
    }

    @Test
    void erasingARegistrantStrikesThemOffAndKeepsTheAnonymousLedger() throws Exception {
        long account = fixtures.account();
        long id = fixtures.activeRegistrant(account);
        var day = today().minusDays(5);
        ledger.book(manual(id, day, "A1", "10"));
        long submitted = ledger.submit(account, submission(day, "4", "A1"));
        // the member's data export holds the register's part: the registration and every record
        var export = privacy.export(account);
        assertTrue(
                export.contains("\"krsd\"") && export.contains(fixtures.number(id))
                        && export.contains("\"pointRecords\""),
                export);
        var email = registrants.byId(id).orElseThrow().email();
        privacy.requestErasure(account);
        privacy.carryOut(Db.number("SELECT id FROM erasure_request WHERE account_id = " + account),
                "bureau@example.nl");

        var erased = registrants.byId(id).orElseThrow();
        assertEquals(nl.ingrado.portal.register.entity.RegistrantStatus.STRUCK_OFF, erased.status());
        assertEquals("Verwijderd", erased.firstName());
        assertEquals("", erased.lastName() + erased.employer());
        assertEquals(0, erased.accountId(), "the account is gone");
        assertEquals(2, ledger.ledger(id).size(), "the ledger stays");
        assertEquals(0, new BigDecimal("10.0").compareTo(totals(period(id)).get("A1")),
                "and so do the totals");
        var evidence = ledger.file(ledger.record(submitted).orElseThrow().evidenceFileId()).orElseThrow();
        assertEquals(0, evidence.content().length, "the evidence is emptied");
        assertEquals(RecordStatus.REJECTED, ledger.record(submitted).orElseThrow().status(),
                "what waited for review leaves the auditor's queue");
        assertTrue(publicRegister.search(erased.number(), 0).entries().isEmpty(),
                "not in the public register");
        assertEquals(0, Db.number("SELECT COUNT(*) FROM point_record WHERE registrant_id = " + id
                + " AND submitted_by = '" + email + "'"), "the person's address leaves the ledger");
    }

    @Test
    void theDatabaseRefusesToDeleteARecordOrChangeAnApprovedOne() throws Exception {
        long id = fixtures.activeRegistrant(fixtures.account());
        long record = ledger.book(manual(id, today(), "A1", "6"));
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            assertThrows(SQLException.class,
                    () -> s.executeUpdate("DELETE FROM point_record WHERE id = " + record),
                    "a record is never deleted");
            assertThrows(SQLException.class,
                    () -> s.executeUpdate("UPDATE point_record SET points = points + 1 WHERE id = " + record),
                    "an approved record never changes");
            assertThrows(SQLException.class,
                    () -> s.executeUpdate(
                            "UPDATE point_record SET status = 'REJECTED', reason = 'x' WHERE id = "
                                    + record),
                    "nor is an approval taken back by an update");
        }
        assertEquals(1,
                Db.number("SELECT COUNT(*) FROM point_record WHERE id = " + record + " AND points = 6.0"));
        assertEquals(0, new BigDecimal("6.0").compareTo(totals(period(id)).get("A1")));
    }

    @Test
    void theNormCountsA2UpToItsCapAndAsksForTheA1Minimum() throws Exception {
        long id = fixtures.activeRegistrant(fixtures.account());
        ledger.book(manual(id, today(), "A2", "100"));
        ledger.book(manual(id, today(), "A1", "30"));
        var progress = registrants.progress(fixtures.currentPeriod(id));
        var a1 = category(progress, "A1");
        var a2 = category(progress, "A2");
        assertEquals(0, new BigDecimal("100").compareTo(a2.earned()));
        assertEquals(0, new BigDecimal("80").compareTo(a2.counted()), "A2 counts up to 80");
        assertEquals(0, new BigDecimal("10").compareTo(a1.missing()), "A1 needs at least 40");
        assertEquals(0, new BigDecimal("110").compareTo(progress.counted()));
        assertEquals(0, new BigDecimal("50").compareTo(progress.missing()), "160 - 110");
        assertTrue(progress.reasons().stream().anyMatch(r -> r.key().equals("krsd.reason.capped")));
        assertTrue(progress.reasons().stream().anyMatch(r -> r.key().equals("krsd.reason.minimum")));

        ledger.book(manual(id, today(), "A1", "45"));
        progress = registrants.progress(fixtures.currentPeriod(id));
        assertEquals(0, new BigDecimal("155").compareTo(progress.counted()), "75 A1 + 80 A2");
        assertEquals(0, new BigDecimal("5").compareTo(progress.missing()));
        ledger.book(manual(id, today(), "A2", "20"));
        assertEquals(0,
                new BigDecimal("5").compareTo(registrants.progress(fixtures.currentPeriod(id)).missing()),
                "more A2 above the cap does not help");
        ledger.book(manual(id, today(), "A1", "5"));
        progress = registrants.progress(fixtures.currentPeriod(id));
        assertEquals(Norm.Standing.MET, progress.standing());
        assertEquals(0, progress.missing().signum());
    }

    @Test
    void aLateJoinerOfACohortSchemeGetsTheProRataNormMinimumAndCap() throws Exception {
        // a scheme whose shared periods began three years ago (first of this month): 24 of 60 months are left
        var cohortStart = YearMonth.from(today()).minusMonths(36).atDay(1);
        long scheme = fixtures.scheme(cohortStart, true);
        long id = fixtures.registrant(fixtures.account(), scheme, "ACTIVE", null);
        var plan = registrants.openPeriod(schemes.byId(scheme), id, 1, today());
        assertEquals(cohortStart.plusYears(5).minusDays(1), plan.endsOn(),
                "the period ends with the cohort's");
        assertEquals(0, new BigDecimal("0.4").compareTo(plan.factor()), "24 of 60 months");
        assertEquals(0, new BigDecimal("64").compareTo(plan.normPoints()), "160 × 0.4");
        assertEquals(1, Db.number("SELECT COUNT(*) FROM register_period WHERE registrant_id = " + id
                + " AND norm_factor = 0.4 AND norm_points = 64"));

        ledger.book(manual(id, today(), "A2", "40"));
        ledger.book(manual(id, today(), "A1", "10"));
        var progress = registrants.progress(fixtures.currentPeriod(id));
        assertEquals(0, new BigDecimal("64").compareTo(progress.norm()));
        assertEquals(0, new BigDecimal("16").compareTo(category(progress, "A1").minimum()), "40 × 0.4");
        assertEquals(0, new BigDecimal("6").compareTo(category(progress, "A1").missing()));
        assertEquals(0, new BigDecimal("32").compareTo(category(progress, "A2").cap()), "80 × 0.4");
        assertEquals(0, new BigDecimal("32").compareTo(category(progress, "A2").counted()));
        assertEquals(0, new BigDecimal("22").compareTo(progress.missing()), "64 - (10 + 32)");
        assertTrue(progress.reasons().stream().anyMatch(r -> r.key().equals("krsd.reason.proRata")));
    }

    private static Norm.CategoryProgress category(Norm.Progress progress, String code) {
        return progress.categories().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }
}
