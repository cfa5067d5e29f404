package nl.ingrado.portal.register.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import nl.ingrado.portal.register.entity.Norm.Standing;
import nl.ingrado.portal.register.control.OverviewCache;
import nl.ingrado.portal.register.control.OverviewQuery;
import nl.ingrado.portal.register.control.OverviewQuery.Filter;
import nl.ingrado.portal.register.entity.OverviewRow;

/**
 * The auditor's overview of all registrants: current period, rayon, function and where they stand
 * against the norm, filtered and in pages, or streamed whole for an export. One SQL statement per call
 * (plus the scheme), whatever the number of registrants: the totals per period and category are kept
 * by the database, and the standing is computed here.
 */
@Stateless
public class RegisterOverview {

    /** Rows fetched per round trip while streaming: the export never holds the whole result. */
    static final int FETCH_SIZE = 500;

    // plain JDBC rather than a JPA native query: only a JDBC statement can stream its result with a
    // fetch size, which keeps an export of all registrants in bounded memory
    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    @Inject
    Schemes schemes;

    @Inject
    Registrants registrants;

    @Inject
    OverviewCache cache;

    /** A page of the overview, with the number of registrants in each standing (the standing filter left out). */
    public record Page(List<OverviewRow> rows, long total, Map<Standing, Long> counts, int first, int size) {

        public long count(Standing standing) {
            return counts.getOrDefault(standing, 0L);
        }
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page page(RegistrantFilter asked, int first, int size) {
        var filter = query(asked);
        var scheme = schemes.krsd();
        var today = registrants.today();
        // every row of the filter (standing left out, for the counts), kept while the register is unchanged
        var all = cache.rows(stamp(), today, scheme.id(), filter.withStanding(null), () -> {
            var loaded = new ArrayList<OverviewRow>();
            stream(filter.withStanding(null), 0, loaded::add);
            return loaded;
        });
        var rows = new ArrayList<OverviewRow>(Math.min(size, 200));
        var counts = new EnumMap<Standing, Long>(Standing.class);
        long index = 0;
        for (var row : all) {
            if (row.standing() != null) {
                counts.merge(row.standing(), 1L, Long::sum);
            }
            if (filter.standing() == null || filter.standing() == row.standing()) {
                if (index >= first && index < (long) first + size) {
                    rows.add(row);
                }
                index++;
            }
        }
        return new Page(List.copyOf(rows), index, Map.copyOf(counts), first, size);
    }

    /**
     * Moves with every change the overview shows: new registrants, periods and records, and the audit
     * entry that every change made through the portal writes. Four index look-ups in one statement.
     */
    private String stamp() {
        try (var connection = dataSource.getConnection();
                var statement = connection
                        .prepareStatement("SELECT CONCAT_WS('/', (SELECT MAX(id) FROM audit_entry), "
                                + "(SELECT MAX(id) FROM registrant), (SELECT MAX(id) FROM register_period), "
                                + "(SELECT MAX(id) FROM point_record))");
                var rs = statement.executeQuery()) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("the register overview could not be read", e);
        }
    }

    /** Every registrant the filter asks for, in order, one at a time (for the exports). */
    public void forEach(RegistrantFilter asked, Consumer<OverviewRow> consumer) {
        var filter = query(asked);
        stream(filter, FETCH_SIZE, row -> {
            if (filter.standing() == null || filter.standing() == row.standing()) {
                consumer.accept(row);
            }
        });
    }

    private static Filter query(RegistrantFilter f) {
        return new Filter(f.statuses(), f.standing(), f.endingWithinMonths(), f.rayonId(),
                f.job() == null ? null : f.job().name(), f.text(),
                OverviewQuery.Sort.valueOf(f.sort().name()));
    }

    /**
     * Runs the overview statement and folds its rows into {@code sink}. {@code fetchSize} 0 reads the
     * whole result at once (a page: the connection is free again at once, whatever the page does next);
     * a positive one streams it (an export, which may write to a slow client meanwhile).
     */
    private void stream(Filter filter, int fetchSize, Consumer<OverviewRow> sink) {
        var scheme = schemes.krsd();
        var today = registrants.today();
        var sql = OverviewQuery.select(scheme.id(), filter, today);
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(sql.text())) {
            statement.setFetchSize(fetchSize);
            for (int i = 0; i < sql.parameters().size(); i++) {
                statement.setObject(i + 1, sql.parameters().get(i));
            }
            try (var rs = statement.executeQuery()) {
                OverviewQuery.fold(rs, scheme, today, sink);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the register overview could not be read", e);
        }
    }
}
