package nl.ingrado.portal.register.control;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import nl.ingrado.portal.register.entity.Norm;
import nl.ingrado.portal.register.entity.Norm.Standing;
import nl.ingrado.portal.register.entity.OverviewRow;
import nl.ingrado.portal.register.entity.RegistrantStatus;
import nl.ingrado.portal.register.entity.Scheme;
import nl.ingrado.portal.shared.control.SqlFilter;

/**
 * The auditor overview as one SQL statement and a fold over its rows: every registrant with their
 * current period, rayon and the approved points per category from {@code register_period_total} (kept
 * by the database, so nothing adds up point records here). The standing comes from {@link Norm#progress}
 * in Java, which is why the standing filter is applied while folding, not in SQL. Free of the container
 * so that the benchmark runs exactly this statement and this fold through plain JDBC.
 */
public final class OverviewQuery {

    /** Who the overview shows unless asked otherwise: those in the register, also when suspended or expired. */
    public static final Set<RegistrantStatus> DEFAULT_STATUSES = Collections
            .unmodifiableSet(EnumSet.of(RegistrantStatus.ACTIVE, RegistrantStatus.SUSPENDED,
                    RegistrantStatus.EXPIRED));

    private OverviewQuery() {
    }

    public enum Sort {
        /** period end, soonest first (the default: who needs attention first) */
        END,
        /** period end, latest first */
        END_DESC,
        /** last name, first name */
        NAME
    }

    /**
     * What to show; null means "any". {@code endingWithinMonths}: the current period ends between today
     * and that many months from today. {@code text}: part of the name or the registration number.
     */
    public record Filter(Set<RegistrantStatus> statuses, Standing standing, Integer endingWithinMonths,
            Long rayonId, String job, String text, Sort sort) {

        public Filter {
            statuses = statuses == null || statuses.isEmpty() ? DEFAULT_STATUSES : Set.copyOf(statuses);
            sort = sort == null ? Sort.END : sort;
        }

        public static Filter none() {
            return new Filter(null, null, null, null, null, null, null);
        }

        public Filter withStanding(Standing value) {
            return new Filter(statuses, value, endingWithinMonths, rayonId, job, text, sort);
        }
    }

    /** A statement with its positional parameters. */
    public record Sql(String text, List<Object> parameters) {
    }

    /**
     * The overview statement: one row per registrant and category with approved points (at least one row
     * per registrant), in the order asked, with the rows of one registrant next to each other.
     */
    public static Sql select(long schemeId, Filter filter, LocalDate today) {
        var statuses = filter.statuses().stream().sorted().map(Enum::name).toList();
        var where = new SqlFilter().and("later.id IS NULL AND r.scheme_id = ?", schemeId)
                .and("r.status IN (" + String.join(", ", Collections.nCopies(statuses.size(), "?")) + ")",
                        statuses.toArray());
        if (filter.endingWithinMonths() != null) {
            where.and("p.ends_on BETWEEN ? AND ?", java.sql.Date.valueOf(today),
                    java.sql.Date.valueOf(today.plusMonths(filter.endingWithinMonths())));
        }
        if (filter.rayonId() != null) {
            where.and("rg.rayon_id = ?", filter.rayonId());
        }
        if (filter.job() != null) {
            where.and("r.job = ?", filter.job());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            var like = SqlFilter.contains(filter.text().strip());
            where.and("(CONCAT(r.first_name, ' ', r.last_name) LIKE ? OR r.last_name LIKE ? "
                    + "OR r.registration_number LIKE ?)", like, like, like);
        }
        var sql = new StringBuilder("SELECT r.id, r.registration_number, r.first_name, r.last_name, r.job, "
                + "r.status, ry.id, ry.name, p.starts_on, p.ends_on, p.norm_factor, p.norm_points, "
                + "t.category, t.points FROM registrant r "
                // the current period is the last one opened (a renewal opens the next seq): the one without a
                // later one. An anti-join probes the (registrant_id, seq) index once per registrant, where a
                // MAX(seq) subquery ran three times per row.
                + "LEFT JOIN register_period p ON p.registrant_id = r.id "
                + "LEFT JOIN register_period later ON later.registrant_id = r.id AND later.seq > p.seq "
                // a registrant's rayon is that of their organisation's region; no organisation, no rayon
                + "LEFT JOIN organisation o ON o.id = r.organisation_id "
                + "LEFT JOIN region rg ON rg.id = o.region_id "
                + "LEFT JOIN rayon ry ON ry.id = rg.rayon_id "
                + "LEFT JOIN register_period_total t ON t.period_id = p.id")
                .append(where.where());
        sql.append(switch (filter.sort()) {
            case END -> " ORDER BY p.ends_on IS NULL, p.ends_on, r.id, t.category";
            case END_DESC -> " ORDER BY p.ends_on IS NULL, p.ends_on DESC, r.id, t.category";
            case NAME -> " ORDER BY r.last_name, r.first_name, r.id, t.category";
        });
        return new Sql(sql.toString(), List.copyOf(where.parameters()));
    }

    /**
     * Reads the rows of {@link #select} as they stream in and hands each registrant to {@code sink} once all
     * their categories are read, with the standing computed. Holds one registrant at a time.
     */
    public static void fold(ResultSet rs, Scheme scheme, LocalDate today, Consumer<OverviewRow> sink)
            throws SQLException {
        long current = -1;
        Object[] head = null;
        Map<String, BigDecimal> earned = new LinkedHashMap<>();
        while (rs.next()) {
            long id = rs.getLong(1);
            if (id != current) {
                if (head != null) {
                    sink.accept(row(head, earned, scheme, today));
                }
                current = id;
                head = new Object[]{id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), (Long) rs.getObject(7, Long.class), rs.getString(8),
                        rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class),
                        rs.getBigDecimal(11),
                        rs.getBigDecimal(12)};
                earned = new LinkedHashMap<>();
            }
            var category = rs.getString(13);
            if (category != null) {
                earned.put(category, rs.getBigDecimal(14));
            }
        }
        if (head != null) {
            sink.accept(row(head, earned, scheme, today));
        }
    }

    private static OverviewRow row(Object[] h, Map<String, BigDecimal> earned, Scheme scheme,
            LocalDate today) {
        var status = RegistrantStatus.valueOf((String) h[5]);
        var startsOn = (LocalDate) h[8];
        var endsOn = (LocalDate) h[9];
        if (startsOn == null) {
            return new OverviewRow((Long) h[0], (String) h[1], (String) h[2], (String) h[3], (String) h[4],
                    status,
                    (Long) h[6], (String) h[7], null, null, null, null, null, null, Map.copyOf(earned));
        }
        var progress = Norm.progress(scheme, startsOn, endsOn, (BigDecimal) h[10], (BigDecimal) h[11], earned,
                today);
        return new OverviewRow((Long) h[0], (String) h[1], (String) h[2], (String) h[3], (String) h[4],
                status,
                (Long) h[6], (String) h[7], startsOn, endsOn, progress.norm(), progress.counted(),
                progress.missing(), progress.standing(), Collections.unmodifiableMap(earned));
    }
}
