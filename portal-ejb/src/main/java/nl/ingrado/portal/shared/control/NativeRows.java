package nl.ingrado.portal.shared.control;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rows of a native query of several columns, each mapped to a value: the one place that binds the
 * positional parameters ({@code ?}, in order) and casts the untyped result list.
 */
public final class NativeRows {

    private NativeRows() {
    }

    public static <T> List<T> list(EntityManager em, String sql, Function<Object[], T> row,
            Object... parameters) {
        return rows(em, sql, parameters).stream().map(row).toList();
    }

    /** The first row, if any (the query orders and limits). */
    public static <T> Optional<T> first(EntityManager em, String sql, Function<Object[], T> row,
            Object... parameters) {
        return rows(em, sql, parameters).stream().findFirst().map(row);
    }

    /** The id the connection's last INSERT generated (MariaDB; the same transaction, so the same connection). */
    public static long lastId(EntityManager em) {
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(EntityManager em, String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }
}
