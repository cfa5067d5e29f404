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
    /** Mail up to this id is not waited for: queued before the fuzzing began, or never sent. */
    private long lastMail;
    private long settleNanos;
    private int settles;
    private Map<String, String> last;

    /** The state after the last request: what the next one starts from (nothing else writes meanwhile). */
    Map<String, String> last() {
        return last != null ? last : take();
    }

    DbFingerprint() {
        lastMail = Db.number("SELECT COALESCE(MAX(id), 0) FROM mail_log");
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
     * Waits until the work an accepted request left running after its answer is done, so it is not
     * counted against the next request: the only such work is mail, handed to SMTP after the commit and
     * then marked sent or failed in {@code mail_log}. So it waits while mail queued since the fuzzing
     * began is still queued (polling every 50 ms, at most 4 s), then takes the state the next request
     * starts from. A mail still queued after 4 s (no mail server) is not waited for again.
     */
    void settle() {
        long started = System.nanoTime();
        settles++;
        try {
            for (int i = 0; i < 80 && pendingMail(); i++) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (pendingMail()) {
                lastMail = Db.number("SELECT COALESCE(MAX(id), 0) FROM mail_log");
            }
            take();
        } finally {
            settleNanos += System.nanoTime() - started;
        }
    }

    /** How often and how long the fuzzers waited for the database to settle. */
    String settling() {
        return String.format("%d settles: %.1f s", settles, settleNanos / 1e9);
    }

    private boolean pendingMail() {
        return Db.number("SELECT COUNT(*) FROM mail_log WHERE status = 'QUEUED' AND id > ?", lastMail) > 0;
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
