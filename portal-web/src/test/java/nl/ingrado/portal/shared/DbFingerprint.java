package nl.ingrado.portal.shared;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.ingrado.portal.testing.Db;

/**
 * A checksum per table of everything the portal stores ({@code CHECKSUM TABLE}), to tell whether a
 * request changed the database. Taken before and after a request the portal refused: a refusal must
 * leave every row as it was.
 */
final class DbFingerprint {

    /**
     * Tables that legitimately change while a refused request is answered, each for a reason of its own.
     * Flyway's history is never written by a request.
     */
    private static final Map<String, String> CHANGING = Map.of(
            "login_failure", "a refused login is counted on purpose: it is the login throttle",
            "flyway_schema_history", "migrations only",
            "flyway_demo_history", "demo data only");

    private final List<String> tables;
    private long nanos;
    private long settleNanos;
    private int settles;
    private Map<String, String> last;

    /** The state after the last request: what the next one starts from (nothing else writes meanwhile). */
    Map<String, String> last() {
        return last != null ? last : take();
    }

    DbFingerprint() {
        tables = Db.rows("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
                + "AND table_type = 'BASE TABLE' ORDER BY table_name").stream().map(row -> row.get(0))
                .filter(table -> !CHANGING.containsKey(table) && !table.startsWith("flyway"))
                .toList();
    }

    /** The checksum of every table, by name. */
    Map<String, String> take() {
        long started = System.nanoTime();
        try {
            last = checksums();
            return last;
        } finally {
            nanos += System.nanoTime() - started;
        }
    }

    /** Time spent taking fingerprints, in seconds: the price of checking every refusal. */
    double seconds() {
        return nanos / 1e9;
    }

    private Map<String, String> checksums() {
        return Db.rows("CHECKSUM TABLE " + String.join(", ", tables)).stream()
                .collect(Collectors.toMap(row -> row.get(0).substring(row.get(0).indexOf('.') + 1),
                        row -> String.valueOf(row.get(1)), (a, b) -> a, TreeMap::new));
    }

    /**
     * Waits until the database stops changing (unchanged for 600 ms, at most 4 s): work an accepted request
     * left running after its answer (mail written to the log after commit) is not counted against the
     * next one.
     */
    void settle() {
        long started = System.nanoTime();
        settles++;
        try {
            awaitQuiet();
        } finally {
            settleNanos += System.nanoTime() - started;
        }
    }

    /** How often and how long the fuzzers waited for the database to settle. */
    String settling() {
        return String.format("%d settles: %.1f s", settles, settleNanos / 1e9);
    }

    private void awaitQuiet() {
        var previous = take();
        int quiet = 0;
        for (int i = 0; i < 20 && quiet < 3; i++) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            var now = take();
            quiet = now.equals(previous) ? quiet + 1 : 0;
            previous = now;
        }
    }

    /** The tables whose checksum differs. */
    static Set<String> changed(Map<String, String> before, Map<String, String> after) {
        return before.keySet().stream().filter(table -> !before.get(table).equals(after.get(table)))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    int size() {
        return tables.size();
    }
}
