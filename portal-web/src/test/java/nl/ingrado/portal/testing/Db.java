package nl.ingrado.portal.testing;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The test database in one line per statement, for tests that set up rows or check what was stored.
 * Inside the container (Arquillian) it uses the portal's own data source, so a statement joins the
 * test's transaction if one is open; outside (browser and REST tests) it connects to the embedded
 * MariaDB that {@link TestEnvironment} started. Parameters are bound with {@code setObject}
 * ({@code java.time} values included); a failing statement throws {@link IllegalStateException}
 * with the {@link SQLException} as its cause.
 */
public final class Db {

    /** Set by {@link TestEnvironment} in the test JVM; absent inside the container. */
    static final String URL_PROPERTY = "portal.test.db.url";

    private static final String DATA_SOURCE = "java:app/jdbc/portal";

    private Db() {
    }

    /** A database of a test's own (e.g. the two-node test's), used instead of the shared one while set. */
    private static volatile String own;

    /** Points {@link #connect()} (and so every fixture) at {@code jdbcUrl} until the result is closed. */
    public static AutoCloseable use(String jdbcUrl) {
        own = jdbcUrl;
        return () -> own = null;
    }

    /** A new connection to the test database; the caller closes it. */
    public static Connection connect() throws SQLException {
        var url = own != null ? own : System.getProperty(URL_PROPERTY);
        if (url != null) {
            return DriverManager.getConnection(url, "portal", "portal");
        }
        try {
            return InitialContext.<DataSource>doLookup(DATA_SOURCE).getConnection();
        } catch (NamingException e) {
            throw new IllegalStateException(
                    "no test database: neither " + URL_PROPERTY + " nor " + DATA_SOURCE,
                    e);
        }
    }

    /** Runs an INSERT and returns the generated key. */
    public static long insert(String sql, Object... params) {
        try (var c = connect(); var st = prepare(c, sql, Statement.RETURN_GENERATED_KEYS, params)) {
            st.executeUpdate();
            try (var keys = st.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new IllegalStateException("no generated key: " + sql);
                }
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /** Runs an INSERT, UPDATE, DELETE or DDL statement and returns the number of rows changed. */
    public static int update(String sql, Object... params) {
        try (var c = connect(); var st = prepare(c, sql, Statement.NO_GENERATED_KEYS, params)) {
            return st.executeUpdate();
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /** The first column of the first row as a number (a count, an id); 0 when there is no row or it is NULL. */
    public static long number(String sql, Object... params) {
        var value = value(sql, params);
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** The first column of the first row as text; null when there is no row or it is NULL. */
    public static String text(String sql, Object... params) {
        var value = value(sql, params);
        return value == null ? null : value.toString();
    }

    /** The first column of the first row as a decimal; null when there is no row or it is NULL. */
    public static BigDecimal decimal(String sql, Object... params) {
        return query(sql, params, rs -> rs.next() ? rs.getBigDecimal(1) : null);
    }

    /** The first column of every row as numbers (ids), in the query's order. */
    public static List<Long> numbers(String sql, Object... params) {
        return query(sql, params, rs -> {
            var values = new ArrayList<Long>();
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
            return values;
        });
    }

    /** Every row as a list of its columns' text (NULL as null), in the query's order. */
    public static List<List<String>> rows(String sql, Object... params) {
        return query(sql, params, rs -> {
            int columns = rs.getMetaData().getColumnCount();
            var rows = new ArrayList<List<String>>();
            while (rs.next()) {
                var row = new ArrayList<String>(columns);
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
            return rows;
        });
    }

    private static Object value(String sql, Object... params) {
        return query(sql, params, rs -> rs.next() ? rs.getObject(1) : null);
    }

    private interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> T query(String sql, Object[] params, Reader<T> reader) {
        try (var c = connect();
                var st = prepare(c, sql, Statement.NO_GENERATED_KEYS, params);
                var rs = st.executeQuery()) {
            return reader.read(rs);
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, int keys, Object... params)
            throws SQLException {
        var st = c.prepareStatement(sql, keys);
        try {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            return st;
        } catch (SQLException e) {
            st.close();
            throw e;
        }
    }

    private static IllegalStateException failure(String sql, SQLException e) {
        return new IllegalStateException(e.getMessage() + " in: " + sql, e);
    }
}
