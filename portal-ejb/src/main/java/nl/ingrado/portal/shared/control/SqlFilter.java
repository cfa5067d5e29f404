package nl.ingrado.portal.shared.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A WHERE clause built from optional filters, with its positional parameters. Values are always
 * bound as parameters; only fixed SQL fragments from the caller are concatenated. Building it needs no
 * container: the auditor overview's benchmark runs {@code OverviewQuery} over plain JDBC.
 */
public final class SqlFilter {

    private final StringBuilder where = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    public SqlFilter and(String condition, Object... values) {
        where.append(where.isEmpty() ? " WHERE " : " AND ").append(condition);
        parameters.addAll(List.of(values));
        return this;
    }

    /** Escapes LIKE wildcards so that a search for "50%" finds exactly that. */
    public static String contains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public String where() {
        return where.toString();
    }

    /** The values of {@link #where()}'s {@code ?}, in order, for a JDBC statement or an enclosing filter. */
    public List<Object> parameters() {
        return Collections.unmodifiableList(parameters);
    }

    public Query bind(Query query, Object... leading) {
        int i = 1;
        for (var value : leading) {
            query.setParameter(i++, value);
        }
        for (var value : parameters) {
            query.setParameter(i++, value);
        }
        return query;
    }

    public Query nativeQuery(EntityManager em, String sql, Object... leading) {
        return bind(em.createNativeQuery(sql), leading);
    }
}
