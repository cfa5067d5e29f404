import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.ingrado.portal.register.entity.Norm.Standing;
import nl.ingrado.portal.register.control.OverviewQuery;
import nl.ingrado.portal.register.control.OverviewQuery.Filter;
import nl.ingrado.portal.register.entity.Scheme;

/**
 * The auditor overview query as the portal runs it (the same SQL from OverviewQuery.select and the same
 * fold with the standings from Norm.progress), through plain JDBC, RUNS times after a warm-up. Prints
 * the median and p95 in ms for all registrants and for a filtered view.
 * Run with: java -cp portal-ejb/target/classes:mariadb-java-client.jar bench/KrsdOverview.java JDBC_URL RUNS
 */
public class KrsdOverview {

    public static void main(String[] args) throws Exception {
        var url = args[0];
        int runs = Integer.parseInt(args[1]);
        try (var db = DriverManager.getConnection(url, "portal", "portal")) {
            var scheme = scheme(db);
            var today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
            sqlOnly(db, scheme, today, runs);
            measure(db, scheme, today, "overview_query_all", Filter.none(), runs);
            measure(db, scheme, today, "overview_query_at_risk_12m",
                    new Filter(null, Standing.AT_RISK, 12, null, null, null, null), runs);
            measure(db, scheme, today, "overview_query_rayon_job",
                    new Filter(null, null, null, rayon(db), "LEERPLICHTAMBTENAAR", null, null), runs);
        }
    }

    private static void measure(Connection db, Scheme scheme, LocalDate today, String name, Filter filter,
            int runs) throws Exception {
        var sql = OverviewQuery.select(scheme.id(), filter, today);
        var times = new ArrayList<Double>();
        int rows = 0;
        for (int i = 0; i < runs + 10; i++) {
            long start = System.nanoTime();
            int[] count = {0};
            try (var statement = db.prepareStatement(sql.text())) {
                statement.setFetchSize(0);
                for (int p = 0; p < sql.parameters().size(); p++) {
                    statement.setObject(p + 1, sql.parameters().get(p));
                }
                try (var rs = statement.executeQuery()) {
                    OverviewQuery.fold(rs, scheme, today, row -> {
                        if (filter.standing() == null || filter.standing() == row.standing()) {
                            count[0]++;
                        }
                    });
                }
            }
            if (i >= 10) {
                times.add((System.nanoTime() - start) / 1e6);
            }
            rows = count[0];
        }
        print(name, runs, rows, times);
    }

    /** The statement alone (rows read, no standings), to tell the database's share from Java's. */
    private static void sqlOnly(Connection db, Scheme scheme, LocalDate today, int runs) throws Exception {
        var sql = OverviewQuery.select(scheme.id(), Filter.none(), today);
        var times = new ArrayList<Double>();
        int rows = 0;
        for (int i = 0; i < runs + 10; i++) {
            long start = System.nanoTime();
            rows = 0;
            try (var statement = db.prepareStatement(sql.text())) {
                statement.setFetchSize(0);
                for (int p = 0; p < sql.parameters().size(); p++) {
                    statement.setObject(p + 1, sql.parameters().get(p));
                }
                try (var rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(1);
                        rs.getString(2);
                        rs.getBigDecimal(14);
                        rows++;
                    }
                }
            }
            if (i >= 10) {
                times.add((System.nanoTime() - start) / 1e6);
            }
        }
        print("overview_sql_only_all", runs, rows, times);
    }

    private static void print(String name, int runs, int rows, List<Double> times) {
        Collections.sort(times);
        System.out.printf("BENCH %s runs=%d rows=%d median_ms=%.1f p95_ms=%.1f max_ms=%.1f%n", name, runs, rows,
                times.get(times.size() / 2), times.get((int) Math.ceil(times.size() * 0.95) - 1),
                times.get(times.size() - 1));
    }

    private static long rayon(Connection db) throws Exception {
        try (var s = db.createStatement(); var rs = s.executeQuery("SELECT id FROM rayon WHERE code = 'noord-holland'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Scheme scheme(Connection db) throws Exception {
        var categories = new ArrayList<Scheme.Category>();
        try (var s = db.createStatement(); var rs = s.executeQuery("SELECT c.code, c.name_nl, c.name_en, "
                + "c.min_points, c.cap_points FROM register_category c JOIN register_scheme s ON s.id = c.scheme_id "
                + "WHERE s.code = 'KRSD' ORDER BY c.position, c.code")) {
            while (rs.next()) {
                categories.add(new Scheme.Category(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5)));
            }
        }
        try (var s = db.createStatement(); var rs = s.executeQuery("SELECT id, code, name, number_prefix, "
                + "period_years, norm_points, points_per_hour, cohort_start, pro_rata, annual_fee, code_of_conduct "
                + "FROM register_scheme WHERE code = 'KRSD'")) {
            rs.next();
            return new Scheme(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                    rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getObject(8, LocalDate.class), rs.getBoolean(9),
                    rs.getBigDecimal(10), rs.getString(11), List.copyOf(categories));
        }
    }
}
