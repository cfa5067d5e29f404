package nl.ingrado.portal.register;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.ingrado.portal.testing.Db;

/**
 * The auditor's overview of the register as the KRSD rules say it must be: every registrant's standing
 * calculated independently, from the point records and not from the totals the overview reads; and
 * registrants a test adds to it.
 */
final class ExpectedStandings {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private ExpectedStandings() {
    }

    enum Standing {
        MET, ON_TRACK, AT_RISK, NOT_MET
    }

    record Expected(long id, String number, String lastName, String job, Long rayonId, LocalDate endsOn,
            Standing standing) {
    }

    static Set<String> numbers(List<Expected> rows, Predicate<Expected> filter) {
        return rows.stream().filter(filter).map(Expected::number)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every registrant in the register (active, suspended, expired) with the standing the KRSD rules give. */
    static List<Expected> expected() throws SQLException {
        var today = LocalDate.now(AMSTERDAM);
        try (var db = Db.connect()) {
            record Category(String code, BigDecimal min, BigDecimal cap) {
            }
            var categories = new ArrayList<Category>();
            try (var s = db.createStatement();
                    var rs = s.executeQuery("SELECT c.code, c.min_points, c.cap_points "
                            + "FROM register_category c JOIN register_scheme s ON s.id = c.scheme_id WHERE s.code = 'KRSD'")) {
                while (rs.next()) {
                    categories.add(new Category(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3)));
                }
            }
            var earned = new HashMap<String, BigDecimal>();
            try (var s = db.createStatement();
                    var rs = s.executeQuery("SELECT period_id, category, SUM(points) "
                            + "FROM point_record WHERE status = 'APPROVED' GROUP BY period_id, category")) {
                while (rs.next()) {
                    earned.put(rs.getLong(1) + "/" + rs.getString(2), rs.getBigDecimal(3));
                }
            }
            var rows = new ArrayList<Expected>();
            try (var s = db.createStatement();
                    var rs = s.executeQuery("SELECT r.id, r.registration_number, "
                            + "r.last_name, r.job, rg.rayon_id, p.id, p.starts_on, p.ends_on, p.norm_factor, p.norm_points "
                            + "FROM registrant r JOIN register_period p ON p.registrant_id = r.id "
                            + "AND p.seq = (SELECT MAX(seq) FROM register_period WHERE registrant_id = r.id) "
                            + "LEFT JOIN organisation o ON o.id = r.organisation_id LEFT JOIN region rg ON rg.id = o.region_id "
                            // other test classes add registrants of a second scheme: the overview is the KRSD's
                            + "WHERE r.status IN ('ACTIVE', 'SUSPENDED', 'EXPIRED') "
                            + "AND r.scheme_id = (SELECT id FROM register_scheme WHERE code = 'KRSD')")) {
                while (rs.next()) {
                    var factor = rs.getBigDecimal(9);
                    var norm = rs.getBigDecimal(10);
                    var starts = rs.getObject(7, LocalDate.class);
                    var ends = rs.getObject(8, LocalDate.class);
                    var counted = BigDecimal.ZERO;
                    var short_ = BigDecimal.ZERO;
                    for (var c : categories) {
                        var got = earned.getOrDefault(rs.getLong(6) + "/" + c.code(), BigDecimal.ZERO)
                                .max(BigDecimal.ZERO);
                        if (c.cap() != null) {
                            got = got.min(scaled(c.cap(), factor));
                        }
                        counted = counted.add(got);
                        if (c.min() != null) {
                            short_ = short_.add(scaled(c.min(), factor).subtract(got).max(BigDecimal.ZERO));
                        }
                    }
                    var missing = norm.subtract(counted).max(short_).max(BigDecimal.ZERO);
                    long days = ChronoUnit.DAYS.between(starts, ends) + 1;
                    long gone = Math.max(0, Math.min(days, ChronoUnit.DAYS.between(starts, today) + 1));
                    var expectedByNow = norm.multiply(BigDecimal.valueOf(gone))
                            .divide(BigDecimal.valueOf(days), 1, RoundingMode.HALF_UP);
                    Standing standing = missing.signum() == 0
                            ? Standing.MET
                            : today.isAfter(ends)
                                    ? Standing.NOT_MET
                                    : counted.compareTo(expectedByNow) >= 0
                                            ? Standing.ON_TRACK
                                            : Standing.AT_RISK;
                    rows.add(new Expected(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            (Long) rs.getObject(5, Long.class), ends, standing));
                }
            }
            return rows;
        }
    }

    /** A minimum or cap for a period with a share of the full norm: rounded up to whole points. */
    private static BigDecimal scaled(BigDecimal points, BigDecimal factor) {
        return factor.compareTo(BigDecimal.ONE) == 0
                ? points
                : points.multiply(factor).setScale(0, RoundingMode.CEILING);
    }

    static long rayonId(String code) throws SQLException {
        try (var db = Db.connect(); var s = db.prepareStatement("SELECT id FROM rayon WHERE code = ?")) {
            s.setString(1, code);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Registrants of a test (last names starting with {@code tag}), in the register with a period ending in four years, working at the
     * municipalities with these CBS codes in turn ("" for none), with points from none to over the norm.
     */
    static void addRegistrants(String tag, int count, String... municipalities) throws SQLException {
        try (var db = Db.connect()) {
            for (int i = 0; i < count; i++) {
                var email = tag + "-" + i + "@example.nl";
                var number = tag.toUpperCase() + "-" + i;
                update(db,
                        "INSERT INTO account (email, display_name, password_hash, preferred_language, status, "
                                + "created_at, verified_at) VALUES (?, 'Test', 'x', 'nl', 'ACTIVE', UTC_TIMESTAMP(6), "
                                + "UTC_TIMESTAMP(6))",
                        email);
                update(db,
                        "INSERT INTO registrant (scheme_id, account_id, registration_number, first_name, last_name, "
                                + "job, employer, organisation_id, status, conduct_text, conduct_accepted_at, applied_at) "
                                + "SELECT s.id, a.id, ?, 'Test', ?, ?, 'Gemeente', (SELECT id FROM organisation WHERE cbs_code = ?), "
                                + "'ACTIVE', 'code', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM register_scheme s, account a "
                                + "WHERE s.code = 'KRSD' AND a.email = ?",
                        number, tag + (i == 0 ? "solo" : " " + i),
                        i % 2 == 0 ? "MANAGER" : "DOORSTROOMCOACH",
                        municipalities.length == 0 ? "" : municipalities[i % municipalities.length], email);
                update(db,
                        "INSERT INTO register_period (registrant_id, seq, starts_on, ends_on, original_ends_on, "
                                + "norm_factor, norm_points) SELECT id, 1, CURRENT_DATE - INTERVAL 1 YEAR, "
                                + "CURRENT_DATE + INTERVAL 4 YEAR, CURRENT_DATE + INTERVAL 4 YEAR, 1, 160 FROM registrant "
                                + "WHERE registration_number = ?",
                        number);
                update(db,
                        "INSERT INTO point_record (registrant_id, period_id, scheme_id, activity_date, title, "
                                + "category, points, source, status, submitted_at, submitted_by, reviewed_at, reviewed_by) "
                                + "SELECT p.registrant_id, p.id, r.scheme_id, CURRENT_DATE - INTERVAL 1 MONTH, 'Test', 'A1', ?, "
                                + "'SUBMISSION', 'APPROVED', UTC_TIMESTAMP(6), 'test', UTC_TIMESTAMP(6), 'test' "
                                + "FROM register_period p JOIN registrant r ON r.id = p.registrant_id "
                                + "WHERE r.registration_number = ?",
                        i % 5 == 4 ? 170 : i * 17 % 60, number);
            }
        }
    }

    private static void update(Connection db, String sql, Object... parameters) throws SQLException {
        try (var s = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    static String label(Standing standing) {
        return switch (standing) {
            case MET -> "Norm gehaald";
            case ON_TRACK -> "Op schema";
            case AT_RISK -> "Loopt achter";
            case NOT_MET -> "Norm niet gehaald";
        };
    }
}
