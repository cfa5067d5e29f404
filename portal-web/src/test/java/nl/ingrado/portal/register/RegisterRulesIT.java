package nl.ingrado.portal.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import nl.ingrado.portal.event.boundary.Attended;
import nl.ingrado.portal.register.boundary.Booking;
import nl.ingrado.portal.register.boundary.PointLedger;
import nl.ingrado.portal.register.boundary.ProviderAttendance;
import nl.ingrado.portal.register.boundary.Registrants;
import nl.ingrado.portal.register.boundary.Schemes;
import nl.ingrado.portal.register.boundary.Submission;
import nl.ingrado.portal.register.control.Norm;
import nl.ingrado.portal.register.entity.Period;
import nl.ingrado.portal.register.entity.RecordSource;
import nl.ingrado.portal.register.entity.RecordStatus;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.testing.Fixtures;
import nl.ingrado.portal.testing.InContainer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rules of the KRSD register in the container on real MariaDB: the ledger and its totals, what the
 * database refuses, the norm with caps, minimums and pro-rata, once per period, automatic points from
 * attendance exactly once, and the provider's attendance list. Each test makes its own registrants.
 */
@ExtendWith(ArquillianExtension.class)
class RegisterRulesIT {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();
    private static final AtomicLong SEQUENCE = new AtomicLong(
            100_000_000L + System.nanoTime() % 800_000_000L);

    @Deployment
    static WebArchive deployment() {
        return InContainer.deployment();
    }

    @Inject
    PointLedger ledger;

    @Inject
    nl.ingrado.portal.member.boundary.PrivacyService privacy;

    @Inject
    nl.ingrado.portal.register.boundary.PublicRegister publicRegister;

    @Inject
    Registrants registrants;

    @Inject
    Schemes schemes;

    @Inject
    ProviderAttendance providerAttendance;

    @Inject
    Event<Attended> attended;

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    @Resource
    UserTransaction tx;

    @Test
    void totalsAlwaysEqualTheSumOfTheApprovedRecords() throws Exception {
        long account = account();
        long id = registrant(account, schemes.krsd().id(), "ACTIVE", today().minusYears(1));
        var day = today().minusDays(5);
        ledger.book(manual(id, day, "A1", "10"));
        long approved = ledger.submit(account, submission(day, "4", "A1"));
        ledger.review("auditor@example.nl", approved, PointLedger.Decision.APPROVE,
                new BigDecimal("7.5"),
                "A1", null);
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
        long account = account();
        long id = registrant(account, schemes.krsd().id(), "ACTIVE", today().minusYears(1));
        var day = today().minusDays(5);
        ledger.book(manual(id, day, "A1", "10"));
        long submitted = ledger.submit(account, submission(day, "4", "A1"));
        // the member's data export holds the register's part: the registration and every record
        var export = privacy.export(account);
        assertTrue(
                export.contains("\"krsd\"") && export.contains(number(id))
                        && export.contains("\"pointRecords\""),
                export);
        var email = registrants.byId(id).orElseThrow().email();
        privacy.requestErasure(account);
        privacy.carryOut(single("SELECT id FROM erasure_request WHERE account_id = " + account),
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
        assertEquals(0, count("SELECT COUNT(*) FROM point_record WHERE registrant_id = " + id
                + " AND submitted_by = '" + email + "'"), "the person's address leaves the ledger");
    }

    @Test
    void theDatabaseRefusesToDeleteARecordOrChangeAnApprovedOne() throws Exception {
        long id = registrant(account(), schemes.krsd().id(), "ACTIVE", today().minusYears(1));
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
                count("SELECT COUNT(*) FROM point_record WHERE id = " + record + " AND points = 6.0"));
        assertEquals(0, new BigDecimal("6.0").compareTo(totals(period(id)).get("A1")));
    }

    @Test
    void theNormCountsA2UpToItsCapAndAsksForTheA1Minimum() throws Exception {
        long id = registrant(account(), schemes.krsd().id(), "ACTIVE", today().minusYears(1));
        ledger.book(manual(id, today(), "A2", "100"));
        ledger.book(manual(id, today(), "A1", "30"));
        var progress = registrants.progress(currentPeriod(id));
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
        progress = registrants.progress(currentPeriod(id));
        assertEquals(0, new BigDecimal("155").compareTo(progress.counted()), "75 A1 + 80 A2");
        assertEquals(0, new BigDecimal("5").compareTo(progress.missing()));
        ledger.book(manual(id, today(), "A2", "20"));
        assertEquals(0, new BigDecimal("5").compareTo(registrants.progress(currentPeriod(id)).missing()),
                "more A2 above the cap does not help");
        ledger.book(manual(id, today(), "A1", "5"));
        progress = registrants.progress(currentPeriod(id));
        assertEquals(Norm.Standing.MET, progress.standing());
        assertEquals(0, progress.missing().signum());
    }

    @Test
    void aLateJoinerOfACohortSchemeGetsTheProRataNormMinimumAndCap() throws Exception {
        // a scheme whose shared periods began three years ago (first of this month): 24 of 60 months are left
        var cohortStart = YearMonth.from(today()).minusMonths(36).atDay(1);
        long scheme = scheme(cohortStart, true);
        long id = registrant(account(), scheme, "ACTIVE", null);
        var plan = registrants.openPeriod(schemes.byId(scheme), id, 1, today());
        assertEquals(cohortStart.plusYears(5).minusDays(1), plan.endsOn(),
                "the period ends with the cohort's");
        assertEquals(0, new BigDecimal("0.4").compareTo(plan.factor()), "24 of 60 months");
        assertEquals(0, new BigDecimal("64").compareTo(plan.normPoints()), "160 × 0.4");
        assertEquals(1, count("SELECT COUNT(*) FROM register_period WHERE registrant_id = " + id
                + " AND norm_factor = 0.4 AND norm_points = 64"));

        ledger.book(manual(id, today(), "A2", "40"));
        ledger.book(manual(id, today(), "A1", "10"));
        var progress = registrants.progress(currentPeriod(id));
        assertEquals(0, new BigDecimal("64").compareTo(progress.norm()));
        assertEquals(0, new BigDecimal("16").compareTo(category(progress, "A1").minimum()), "40 × 0.4");
        assertEquals(0, new BigDecimal("6").compareTo(category(progress, "A1").missing()));
        assertEquals(0, new BigDecimal("32").compareTo(category(progress, "A2").cap()), "80 × 0.4");
        assertEquals(0, new BigDecimal("32").compareTo(category(progress, "A2").counted()));
        assertEquals(0, new BigDecimal("22").compareTo(progress.missing()), "64 - (10 + 32)");
        assertTrue(progress.reasons().stream().anyMatch(r -> r.key().equals("krsd.reason.proRata")));
    }

    @Test
    void anAccreditedActivityCountsOncePerPeriodAndAgainInTheNext() throws Exception {
        long provider = account();
        long activity = activity(provider, "ACCREDITED");
        long id = registrant(account(), schemes.krsd().id(), "ACTIVE", today().minusYears(1));
        ledger.book(fromActivity(id, today().minusDays(10), activity));
        var twice = assertThrows(Exception.class, () -> ledger.book(fromActivity(id, today(), activity)));
        assertEquals("krsd.record.once", business(twice).messageKey());
        assertEquals(1, count("SELECT COUNT(*) FROM point_record WHERE registrant_id = " + id),
                "nothing half");

        var first = currentPeriod(id);
        var next = registrants.openPeriod(schemes.krsd(), id, 2, first.endsOn().plusDays(1));
        ledger.book(fromActivity(id, next.startsOn().plusDays(3), activity));
        assertEquals(2, count("SELECT COUNT(*) FROM point_record WHERE registrant_id = " + id
                + " AND activity_id = " + activity + " AND status = 'APPROVED'"), "once in each period");
    }

    @Test
    void attendanceOfAnAccreditedEventBooksItsPointsExactlyOnce() throws Exception {
        long account = account();
        long id = registrant(account, schemes.krsd().id(), "ACTIVE", today().minusYears(1));
        long event = event("A1", "4.5");
        fireCommitted(new Attended(SEQUENCE.incrementAndGet(), event, account, "x@example.nl", today(),
                new BigDecimal("4.5"), "A1"));
        assertEquals(1, count("SELECT COUNT(*) FROM point_record WHERE registrant_id = " + id
                + " AND event_id = "
                + event
                + " AND status = 'APPROVED' AND source = 'ATTENDANCE' AND points = 4.5 AND category = 'A1'"));

        // the same check-in delivered again books nothing more
        fireCommitted(
                new Attended(SEQUENCE.get(), event, account, "x@example.nl", today(), new BigDecimal("4.5"),
                        "A1"));
        assertEquals(1, count("SELECT COUNT(*) FROM point_record WHERE registrant_id = " + id));
        assertEquals(0, new BigDecimal("4.5").compareTo(totals(period(id)).get("A1")));

        // a check-in that was rolled back books nothing
        long other = event("A2", "2");
        tx.begin();
        attended.fire(new Attended(SEQUENCE.incrementAndGet(), other, account, "x@example.nl", today(),
                new BigDecimal("2"), "A2"));
        tx.rollback();
        assertEquals(0, count("SELECT COUNT(*) FROM point_record WHERE event_id = " + other));

        // someone who attends without being in the register gets nothing
        long outsider = account();
        fireCommitted(new Attended(SEQUENCE.incrementAndGet(), other, outsider, "y@example.nl", today(),
                new BigDecimal("2"), "A2"));
        assertEquals(0, count("SELECT COUNT(*) FROM point_record WHERE event_id = " + other));
    }

    @Test
    void aProviderListBooksTheActiveAndReportsTheRest() throws Exception {
        long provider = account();
        long activity = activity(provider, "ACCREDITED");
        long krsd = schemes.krsd().id();
        long fresh = registrant(account(), krsd, "ACTIVE", today().minusYears(1));
        long counted = registrant(account(), krsd, "ACTIVE", today().minusYears(1));
        ledger.book(fromActivity(counted, today().minusDays(30), activity));
        long suspended = registrant(account(), krsd, "SUSPENDED", today().minusYears(1));
        long late = registrant(account(), krsd, "ACTIVE", today().plusDays(10));
        var date = today().minusDays(1);
        var list = new ArrayList<>(
                List.of(" " + number(fresh).toLowerCase() + " ", number(counted), number(suspended),
                        number(late), "KRSD-999999999", "rommel", number(fresh)));

        var report = providerAttendance.upload(provider, activity, date, list);
        assertEquals(List.of(number(fresh)), report.booked());
        assertEquals(List.of(number(counted)), report.alreadyCounted());
        assertEquals(List.of(number(suspended)), report.notActive());
        assertEquals(List.of(number(late)), report.outsidePeriod());
        assertEquals(List.of("KRSD-999999999", "rommel"), report.unknown());
        assertEquals(1, count("SELECT COUNT(*) FROM point_record WHERE registrant_id = " + fresh
                + " AND activity_id = " + activity + " AND execution_id = " + report.executionId()
                + " AND source = 'PROVIDER_LIST' AND status = 'APPROVED' AND category = 'A1' AND points = 6.0 "
                + "AND activity_date = '" + date + "'"));
        assertEquals(1, count("SELECT booked FROM activity_execution WHERE id = " + report.executionId()));
        assertEquals(0, new BigDecimal("6.0").compareTo(totals(period(fresh)).get("A1")));

        var again = providerAttendance.upload(provider, activity, date,
                List.of(number(fresh), number(counted)));
        assertEquals(List.of(), again.booked());
        assertEquals(List.of(number(fresh), number(counted)), again.alreadyCounted());
        assertEquals(report.executionId(), again.executionId(), "the same execution");
        assertEquals(1, count("SELECT COUNT(*) FROM point_record WHERE registrant_id = " + fresh));
    }

    @Test
    void aProviderListIsBookedWholeOrNotAtAllAndOnlyForOwnValidActivities() throws Exception {
        long provider = account();
        long activity = activity(provider, "ACCREDITED");
        long fresh = registrant(account(), schemes.krsd().id(), "ACTIVE", today().minusYears(1));
        // a registrant of a scheme without category A1: booking them fails, and so does the whole list
        long odd = registrant(account(), scheme(null, false, false), "ACTIVE", today().minusYears(1));
        var failed = assertThrows(Exception.class,
                () -> providerAttendance.upload(provider, activity, today(),
                        List.of(number(fresh), number(odd))));
        assertEquals("krsd.record.category", business(failed).messageKey());
        assertEquals(0, count("SELECT COUNT(*) FROM point_record WHERE activity_id = " + activity));
        assertEquals(0, count("SELECT COUNT(*) FROM activity_execution WHERE activity_id = " + activity));

        var notYours = assertThrows(Exception.class,
                () -> providerAttendance.upload(account(), activity, today(), List.of(number(fresh))));
        assertEquals("provider.activity.notYours", business(notYours).messageKey());
        var outside = assertThrows(Exception.class, () -> providerAttendance.upload(provider, activity,
                today().minusYears(2), List.of(number(fresh))));
        assertEquals("provider.attendance.notValid", business(outside).messageKey());
        var future = assertThrows(Exception.class,
                () -> providerAttendance.upload(provider, activity, today().plusDays(1),
                        List.of(number(fresh))));
        assertEquals("provider.attendance.future", business(future).messageKey());
        var requested = activity(provider, "REQUESTED");
        var notAccredited = assertThrows(Exception.class,
                () -> providerAttendance.upload(provider, requested, today(), List.of(number(fresh))));
        assertEquals("provider.attendance.notAccredited", business(notAccredited).messageKey());
        var many = new ArrayList<String>();
        for (int i = 0; i < ProviderAttendance.MAX_NUMBERS + 1; i++) {
            many.add("KRSD-" + (900000000 + i));
        }
        var tooMany = assertThrows(Exception.class,
                () -> providerAttendance.upload(provider, activity, today(), many));
        assertEquals("provider.attendance.tooMany", business(tooMany).messageKey());
        assertEquals(0, count("SELECT COUNT(*) FROM point_record WHERE activity_id = " + activity));

        var booked = providerAttendance.upload(provider, activity, today(), List.of(number(fresh)));
        assertEquals(List.of(number(fresh)), booked.booked());
    }

    // --- helpers

    private void fireCommitted(Attended event) throws Exception {
        tx.begin();
        attended.fire(event);
        tx.commit();
    }

    private static Norm.CategoryProgress category(Norm.Progress progress, String code) {
        return progress.categories().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    private static Booking manual(long registrant, LocalDate date, String category, String points) {
        return new Booking(registrant, date, "Handmatig " + category, "Ingrado", null, null, category, null,
                new BigDecimal(points), RecordSource.MANUAL, RecordStatus.APPROVED, null, null, null, null,
                null,
                "auditor@example.nl", "Overgenomen");
    }

    private static Booking fromActivity(long registrant, LocalDate date, long activity) {
        return new Booking(registrant, date, "Training", "Aanbieder", null, null, "A1", new BigDecimal("6"),
                new BigDecimal("6"), RecordSource.PROVIDER_LIST, RecordStatus.APPROVED, activity, null, null,
                null,
                null, "aanbieder@example.nl", null);
    }

    private static Submission submission(LocalDate date, String hours, String category) {
        return new Submission("Cursus " + hours, "Elders", date, new BigDecimal(hours), category, null, null,
                "bewijs.pdf", PDF);
    }

    private Period currentPeriod(long registrant) {
        return registrants.periodOn(registrant, today()).orElseThrow();
    }

    private long period(long registrant) throws SQLException {
        return single("SELECT MAX(id) FROM register_period WHERE registrant_id = " + registrant);
    }

    private Map<String, BigDecimal> totals(long period) throws SQLException {
        return map("SELECT category, points FROM register_period_total WHERE period_id = " + period);
    }

    private Map<String, BigDecimal> sumsFromRecords(long period) throws SQLException {
        return map("SELECT category, SUM(points) FROM point_record WHERE status = 'APPROVED' AND period_id = "
                + period + " GROUP BY category");
    }

    private Map<String, BigDecimal> map(String sql) throws SQLException {
        var map = new HashMap<String, BigDecimal>();
        try (var c = dataSource.getConnection(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            while (rs.next()) {
                map.put(rs.getString(1), rs.getBigDecimal(2).setScale(1));
            }
        }
        return map;
    }

    private static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
    }

    private long account() {
        return Fixtures.account("regels").id();
    }

    /** A registrant with a number; with {@code periodFrom}, a first period (the scheme's plan) from that day. */
    private long registrant(long account, long scheme, String status, LocalDate periodFrom)
            throws SQLException {
        long id = insert(
                "INSERT INTO registrant (scheme_id, account_id, registration_number, first_name, last_name, "
                        + "job, employer, status, conduct_text, conduct_accepted_at, applied_at) VALUES ("
                        + scheme + ", "
                        + account + ", 'KRSD-" + SEQUENCE.incrementAndGet()
                        + "', 'Regel', 'Tester', 'LEERPLICHTAMBTENAAR', "
                        + "'Gemeente', '" + status + "', 'code', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))");
        if (periodFrom != null) {
            registrants.openPeriod(schemes.byId(scheme), id, 1, periodFrom);
        }
        return id;
    }

    private String number(long registrant) {
        return registrants.byId(registrant).orElseThrow().number();
    }

    private long scheme(LocalDate cohortStart, boolean proRata) throws SQLException {
        return scheme(cohortStart, proRata, true);
    }

    /** A second scheme like KRSD (160 points in 5 years, A1 at least 40, A2 up to 80), perhaps without categories. */
    private long scheme(LocalDate cohortStart, boolean proRata, boolean categories) throws SQLException {
        var code = "T" + SEQUENCE.incrementAndGet();
        long id = insert("INSERT INTO register_scheme (code, name, number_prefix, period_years, norm_points, "
                + "points_per_hour, cohort_start, pro_rata, code_of_conduct) VALUES ('" + code
                + "', 'Test', 'KRSD', 5, "
                + "160, 1, " + (cohortStart == null ? "NULL" : "'" + cohortStart + "'") + ", " + proRata
                + ", 'code')");
        if (categories) {
            execute("INSERT INTO register_category (scheme_id, code, name_nl, name_en, min_points, cap_points, position) "
                    + "VALUES (" + id + ", 'A1', 'A1', 'A1', 40, NULL, 1), (" + id
                    + ", 'A2', 'A2', 'A2', NULL, 80, 2)");
        } else {
            execute("INSERT INTO register_category (scheme_id, code, name_nl, name_en, min_points, cap_points, position) "
                    + "VALUES (" + id + ", 'B', 'B', 'B', NULL, NULL, 1)");
        }
        return id;
    }

    /** An activity of {@code provider}: accredited (A1, 6 points, valid from a year ago to a year ahead) or not. */
    private long activity(long provider, String status) throws SQLException {
        boolean accredited = status.equals("ACCREDITED");
        return insert(
                "INSERT INTO accredited_activity (scheme_id, accreditation_number, title, provider_name, "
                        + "provider_account_id, hours, category, points, valid_from, valid_to, status, requested_at, requested_by) "
                        + "SELECT id, " + (accredited ? "'T-A-" + SEQUENCE.incrementAndGet() + "'" : "NULL")
                        + ", 'Training regels', 'Aanbieder', " + provider + ", 6, "
                        + (accredited
                                ? "'A1', 6, '"
                                        + today().minusYears(1) + "', '" + today().plusYears(1) + "'"
                                : "NULL, NULL, NULL, NULL")
                        + ", '" + status
                        + "', UTC_TIMESTAMP(6), 'aanbieder@example.nl' FROM register_scheme WHERE code = 'KRSD'");
    }

    /** A training of today (started an hour ago) with accreditation points. */
    private long event(String category, String points) {
        var start = Fixtures.now().minusHours(1);
        return Fixtures.event().title(Fixtures.unique("Geaccrediteerd")).startsAt(start)
                .opensAt(start.minusDays(10)).closesAt(start.minusHours(1)).accreditation(category, points)
                .create().id();
    }

    private static BusinessException business(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException business) {
                return business;
            }
        }
        throw new AssertionError("not a business exception", failure);
    }

    private long insert(String sql) throws SQLException {
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            try (var keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.executeUpdate(sql);
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
