import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The reference for the registration burst: the same decision as a bare JDBC transaction against the
 * same MariaDB, without the portal (no HTTP, no JSON, no authentication, no mail): lock the event's row,
 * count its confirmed registrations, insert the registration confirmed or waiting, commit. CLIENTS
 * threads share a pool of POOL connections (as the portal's request threads share its pool) and
 * register the accounts burst1 … burstPEOPLE for EVENT_ID, all starting at once. Prints the same
 * figures as RegistrationBurst.
 * Run with: java -cp mariadb-java-client.jar bench/RegistrationBare.java JDBC_URL USER PASSWORD EVENT_ID
 * PEOPLE CLIENTS POOL
 */
public class RegistrationBare {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static void main(String[] args) throws Exception {
        var url = args[0];
        var user = args[1];
        var password = args[2];
        long event = Long.parseLong(args[3]);
        int people = Integer.parseInt(args[4]);
        int clients = Integer.parseInt(args[5]);
        int poolSize = Integer.parseInt(args[6]);
        var pool = new java.util.concurrent.ArrayBlockingQueue<Connection>(poolSize);
        for (int c = 0; c < poolSize; c++) {
            var connection = DriverManager.getConnection(url, user, password);
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            pool.add(connection);
        }
        var next = new AtomicInteger(1);
        var latencies = new ConcurrentLinkedQueue<Long>();
        var confirmed = new AtomicInteger();
        var waiting = new AtomicInteger();
        var failed = new AtomicInteger();
        var start = new CountDownLatch(1);
        var threads = new ArrayList<Thread>();
        for (int c = 0; c < clients; c++) {
            var thread = new Thread(() -> {
                try {
                    start.await();
                    for (int i = next.getAndIncrement(); i <= people; i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        var connection = pool.take();
                        try {
                            if (register(connection, event, i)) {
                                confirmed.incrementAndGet();
                            } else {
                                waiting.incrementAndGet();
                            }
                        } catch (Exception e) {
                            failed.incrementAndGet();
                            connection.rollback();
                        } finally {
                            pool.add(connection);
                        }
                        latencies.add(System.nanoTime() - t0);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        long t0 = System.nanoTime();
        start.countDown();
        for (var thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double p50 = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1e6;
        double p95 = sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, sorted.size() * 0.95)) / 1e6;
        for (var connection : pool) {
            connection.close();
        }
        System.out.printf(java.util.Locale.ROOT,
                "BENCH registration_bare clients=%d pool=%d people=%d seconds=%.2f confirmed_per_s=%.0f requests_per_s=%.0f "
                        + "p50_ms=%.1f p95_ms=%.1f confirmed=%d waiting=%d failed=%d%n",
                clients, poolSize, people, seconds, confirmed.get() / seconds, people / seconds, p50, p95, confirmed.get(),
                waiting.get(), failed.get());
    }

    /** One registration as one transaction; true when it got a seat. */
    static boolean register(Connection c, long event, int i) throws Exception {
        int capacity;
        try (var lock = c.prepareStatement("SELECT capacity FROM event WHERE id = ? FOR UPDATE")) {
            lock.setLong(1, event);
            try (var rs = lock.executeQuery()) {
                rs.next();
                capacity = rs.getInt(1);
            }
        }
        long taken;
        try (var count = c.prepareStatement(
                "SELECT COUNT(*) FROM registration WHERE event_id = ? AND status = 'CONFIRMED'")) {
            count.setLong(1, event);
            try (var rs = count.executeQuery()) {
                rs.next();
                taken = rs.getLong(1);
            }
        }
        boolean seat = taken < capacity;
        byte[] code = new byte[16];
        RANDOM.nextBytes(code);
        try (var insert = c.prepareStatement("INSERT INTO registration (event_id, account_id, name, email, "
                + "member, status, registered_at, checkin_code) SELECT ?, id, display_name, email, FALSE, ?, "
                + "UTC_TIMESTAMP(6), ? FROM account WHERE email = ?")) {
            insert.setLong(1, event);
            insert.setString(2, seat ? "CONFIRMED" : "WAITING");
            insert.setString(3, Base64.getUrlEncoder().withoutPadding().encodeToString(code));
            insert.setString(4, "burst" + i + "@example.nl");
            insert.executeUpdate();
        }
        c.commit();
        return seat;
    }
}
