package nl.ingrado.portal.register.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.ingrado.portal.register.control.OverviewQuery.Filter;
import nl.ingrado.portal.register.entity.OverviewRow;

/**
 * The overview rows of recent filters, so that paging and reloading do not recompute the standing of
 * every registrant. An entry is valid for one database stamp (the newest ids of the tables every change
 * writes to: a change on any node moves it) and one day (the standing depends on the date), and for at
 * most {@link #MAX_AGE_NANOS}, which bounds staleness where two transactions commit out of id order.
 */
@ApplicationScoped
public class OverviewCache {

    static final long MAX_AGE_NANOS = 30_000_000_000L;
    private static final int MAX_ENTRIES = 32;

    record Key(String stamp, LocalDate today, long schemeId, Filter filter) {
    }

    private record Entry(List<OverviewRow> rows, long loadedAt) {
    }

    private final Map<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** The rows for the filter at this stamp and day, loaded (outside the lock) when not known yet. */
    public List<OverviewRow> rows(String stamp, LocalDate today, long schemeId, Filter filter,
            Supplier<List<OverviewRow>> load) {
        var key = new Key(stamp, today, schemeId, filter);
        long now = System.nanoTime();
        synchronized (entries) {
            var entry = entries.get(key);
            if (entry != null && now - entry.loadedAt() < MAX_AGE_NANOS) {
                return entry.rows();
            }
        }
        var rows = List.copyOf(load.get());
        synchronized (entries) {
            entries.put(key, new Entry(rows, now));
        }
        return rows;
    }
}
