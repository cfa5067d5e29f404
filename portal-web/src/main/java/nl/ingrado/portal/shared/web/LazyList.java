package nl.ingrado.portal.shared.web;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table fed by a boundary's count and page: only the rows shown are read. The filter
 * lives in the view bean (from its view parameters), so the functions read it when the table asks; the
 * table's own filter row is not used. Serializable with the view bean that holds it.
 *
 * @param <T>
 *            the row type
 */
public class LazyList<T> extends LazyDataModel<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The number of rows that match the bean's filter. */
    @FunctionalInterface
    public interface Count extends Serializable {
        long count();
    }

    /**
     * The rows {@code first} to {@code first + size}; {@code sortField} is the column the user sorted
     * by, null for the list's own order.
     */
    @FunctionalInterface
    public interface Page<T> extends Serializable {
        List<T> rows(String sortField, boolean ascending, int first, int size);
    }

    /** What identifies a row (its id), for the table's row keys. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Count count;
    private final Page<T> page;
    private final Key<T> key;

    public LazyList(Count count, Page<T> page, Key<T> key) {
        this.count = count;
        this.page = page;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) count.count();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        var sorted = sortBy == null
                ? null
                : sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst()
                        .orElse(null);
        return sorted == null
                ? page.rows(null, true, first, pageSize)
                : page.rows(sorted.getField(), sorted.getOrder() == SortOrder.ASCENDING, first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }
}
