package nl.ingrado.portal.register;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import nl.ingrado.portal.register.boundary.Booking;
import nl.ingrado.portal.register.boundary.Registrants;
import nl.ingrado.portal.register.boundary.Schemes;
import nl.ingrado.portal.register.boundary.Submission;
import nl.ingrado.portal.register.entity.Period;
import nl.ingrado.portal.register.entity.RecordSource;
import nl.ingrado.portal.register.entity.RecordStatus;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.Fixtures;

/**
 * What the register's in-container tests make and read: registrants with a number and a first period,
 * a second scheme, activities of a provider, accredited trainings, bookings, and the ledger's totals.
 * A CDI bean that the tests inject, which is what puts it in the shared deployment.
 */
@Dependent
class RegisterFixtures {

    /** The smallest file the evidence check takes for a PDF. */
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

    private static final AtomicLong SEQUENCE = new AtomicLong(
            100_000_000L + System.nanoTime() % 800_000_000L);

    @Inject
    Registrants registrants;

    @Inject
    Schemes schemes;

    /** A number no other test of this run uses: for registration numbers, codes and check-ins. */
    static long next() {
        return SEQUENCE.incrementAndGet();
    }

    static BusinessException business(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException business) {
                return business;
            }
        }
        throw new AssertionError("not a business exception", failure);
    }

    long account() {
        return Fixtures.account("regels").id();
    }

    long krsd() {
        return schemes.krsd().id();
    }

    /** An active KRSD registrant of {@code account}, in its first period since a year ago: what most tests need. */
    long activeRegistrant(long account) {
        return registrant(account, krsd(), "ACTIVE", Fixtures.today().minusYears(1));
    }

    /** A registrant with a number; with {@code periodFrom}, a first period (the scheme's plan) from that day. */
    long registrant(long account, long scheme, String status, LocalDate periodFrom) {
        long id = Db.insert(
                "INSERT INTO registrant (scheme_id, account_id, registration_number, first_name, last_name, "
                        + "job, employer, status, conduct_text, conduct_accepted_at, applied_at) VALUES ("
                        + scheme + ", "
                        + account + ", 'KRSD-" + next()
                        + "', 'Regel', 'Tester', 'LEERPLICHTAMBTENAAR', "
                        + "'Gemeente', '" + status + "', 'code', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))");
        if (periodFrom != null) {
            registrants.openPeriod(schemes.byId(scheme), id, 1, periodFrom);
        }
        return id;
    }

    String number(long registrant) {
        return registrants.byId(registrant).orElseThrow().number();
    }

    Period currentPeriod(long registrant) {
        return registrants.periodOn(registrant, Fixtures.today()).orElseThrow();
    }

    long scheme(LocalDate cohortStart, boolean proRata) {
        return scheme(cohortStart, proRata, true);
    }

    /** A second scheme like KRSD (160 points in 5 years, A1 at least 40, A2 up to 80), perhaps without categories. */
    long scheme(LocalDate cohortStart, boolean proRata, boolean categories) {
        var code = "T" + next();
        long id = Db
                .insert("INSERT INTO register_scheme (code, name, number_prefix, period_years, norm_points, "
                        + "points_per_hour, cohort_start, pro_rata, code_of_conduct) VALUES ('" + code
                        + "', 'Test', 'KRSD', 5, "
                        + "160, 1, " + (cohortStart == null ? "NULL" : "'" + cohortStart + "'") + ", "
                        + proRata
                        + ", 'code')");
        if (categories) {
            Db.update(
                    "INSERT INTO register_category (scheme_id, code, name_nl, name_en, min_points, cap_points, "
                            + "position) VALUES (" + id + ", 'A1', 'A1', 'A1', 40, NULL, 1), (" + id
                            + ", 'A2', 'A2', 'A2', NULL, 80, 2)");
        } else {
            Db.update(
                    "INSERT INTO register_category (scheme_id, code, name_nl, name_en, min_points, cap_points, "
                            + "position) VALUES (" + id + ", 'B', 'B', 'B', NULL, NULL, 1)");
        }
        return id;
    }

    /** An activity of {@code provider}: accredited (A1, 6 points, valid from a year ago to a year ahead) or not. */
    long activity(long provider, String status) {
        boolean accredited = status.equals("ACCREDITED");
        return Db.insert(
                "INSERT INTO accredited_activity (scheme_id, accreditation_number, title, provider_name, "
                        + "provider_account_id, hours, category, points, valid_from, valid_to, status, requested_at, requested_by) "
                        + "SELECT id, " + (accredited ? "'T-A-" + next() + "'" : "NULL")
                        + ", 'Training regels', 'Aanbieder', " + provider + ", 6, "
                        + (accredited
                                ? "'A1', 6, '"
                                        + Fixtures.today().minusYears(1) + "', '"
                                        + Fixtures.today().plusYears(1) + "'"
                                : "NULL, NULL, NULL, NULL")
                        + ", '" + status
                        + "', UTC_TIMESTAMP(6), 'aanbieder@example.nl' FROM register_scheme WHERE code = 'KRSD'");
    }

    /** A training of today (started an hour ago) with accreditation points. */
    long event(String category, String points) {
        var start = Fixtures.now().minusHours(1);
        return Fixtures.event().title(Fixtures.unique("Geaccrediteerd")).startsAt(start)
                .opensAt(start.minusDays(10)).closesAt(start.minusHours(1)).accreditation(category, points)
                .create().id();
    }

    /** A member's claim of {@code hours} in {@code category} on {@code date}, with a PDF as evidence. */
    static Submission submission(LocalDate date, String hours, String category) {
        return new Submission("Cursus " + hours, "Elders", date, new BigDecimal(hours), category, null, null,
                "bewijs.pdf", PDF);
    }

    static Booking manual(long registrant, LocalDate date, String category, String points) {
        return new Booking(registrant, date, "Handmatig " + category, "Ingrado", null, null, category, null,
                new BigDecimal(points), RecordSource.MANUAL, RecordStatus.APPROVED, null, null, null, null,
                null,
                "auditor@example.nl", "Overgenomen");
    }

    static Booking fromActivity(long registrant, LocalDate date, long activity) {
        return new Booking(registrant, date, "Training", "Aanbieder", null, null, "A1", new BigDecimal("6"),
                new BigDecimal("6"), RecordSource.PROVIDER_LIST, RecordStatus.APPROVED, activity, null, null,
                null,
                null, "aanbieder@example.nl", null);
    }

    /** An approved submission of {@code points} in {@code category}, written straight into the ledger. */
    void approved(long registrant, long period, String category, String points, LocalDate on) {
        Db.update("INSERT INTO point_record (registrant_id, period_id, scheme_id, "
                + "activity_date, title, category, hours, points, source, status, submitted_at, submitted_by, "
                + "reviewed_at, reviewed_by) SELECT ?, ?, id, ?, 'Scholing (test)', ?, ?, ?, 'SUBMISSION', "
                + "'APPROVED', UTC_TIMESTAMP(6), 'test', UTC_TIMESTAMP(6), 'test' FROM register_scheme "
                + "WHERE code = 'KRSD'", registrant, period, on, category, new BigDecimal(points),
                new BigDecimal(points));
    }

    /** The registrant's latest period. */
    static long period(long registrant) {
        return Db.number("SELECT MAX(id) FROM register_period WHERE registrant_id = " + registrant);
    }

    /** Points per category in the totals table of {@code period}. */
    static Map<String, BigDecimal> totals(long period) {
        return map("SELECT category, points FROM register_period_total WHERE period_id = " + period);
    }

    /** Points per category summed from the approved records of {@code period}. */
    static Map<String, BigDecimal> sumsFromRecords(long period) {
        return map("SELECT category, SUM(points) FROM point_record WHERE status = 'APPROVED' AND period_id = "
                + period + " GROUP BY category");
    }

    private static Map<String, BigDecimal> map(String sql) {
        var map = new HashMap<String, BigDecimal>();
        for (var row : Db.rows(sql)) {
            map.put(row.get(0), new BigDecimal(row.get(1)).setScale(1));
        }
        return map;
    }

    record Person(long id, String email) {
    }

    /** An account in the register with {@code status} (and a number); language Dutch. */
    Person inRegister(String status) {
        var registrant = Fixtures.registrant(status);
        return new Person(registrant.id(), registrant.account().email());
    }

    /** The first period of {@code person}: the five years up to and including {@code end}. */
    long periodUntil(Person person, LocalDate end) {
        return Fixtures.period(person.id(), 1, end.minusYears(5).plusDays(1), end);
    }
}
