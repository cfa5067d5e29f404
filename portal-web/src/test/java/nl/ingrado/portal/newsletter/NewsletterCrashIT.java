package nl.ingrado.portal.newsletter;

import static nl.ingrado.portal.newsletter.NewsletterFixtures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import nl.ingrado.portal.dev.PortalServer;
import nl.ingrado.portal.testing.SmtpSink;
import nl.ingrado.portal.testing.TestEnvironment;
import org.junit.jupiter.api.Test;

/**
 * The crash bar of QUALITY.md: an edition to 20,000 subscribers, the portal killed with SIGKILL at random
 * moments while it sends, restarted each time, until the edition is SENT. Counted at the SMTP sink by
 * Message-ID: every subscriber got it, and the copies beyond one are at most one per sending thread per
 * kill (the message accepted by the server whose SENT commit the kill prevented). Runs on a database of
 * its own in the test MariaDB and its own SMTP sink, so the shared test nodes never see these
 * subscribers. Afterwards, in the same portal: a recipient refused with 451 twice is retried with
 * back-off and delivered, one refused with 550 is recorded FAILED with the server's reason.
 *
 * <p>{@code -Dnewsletter.crash.subscribers=…}, {@code …kills=…} and {@code …threads=…} change the run.
 */
class NewsletterCrashIT {

    private static final int SUBSCRIBERS = Integer.getInteger("newsletter.crash.subscribers", 20_000);
    private static final int KILLS = Integer.getInteger("newsletter.crash.kills", 3);
    private static final int THREADS = Integer.getInteger("newsletter.crash.threads", 4);
    private static final long SEED = Long.getLong("newsletter.crash.seed", System.nanoTime());

    @Test
    void killedWhileSendingEverySubscriberGetsTheEditionAndAtMostTheMessagesInFlightTwice() throws Exception {
        var name = "nlcrash" + System.currentTimeMillis();
        var database = TestEnvironment.database();
        database.createDatabase(name);
        var jdbc = database.jdbcUrl(name);
        var random = new Random(SEED);
        var dir = Path.of(System.getProperty("portal.test.dir", "target/it")).resolve(name);

        try (var sink = new SmtpSink()) {
            var config = TestEnvironment.ownPortalConfig(jdbc, sink.port(), THREADS);

            var first = dir.resolve("run0");
            CompletableFuture<PortalServer> portal = CompletableFuture
                    .supplyAsync(() -> start(config, first));
            portal.join();
            long edition;
            try (var c = DriverManager.getConnection(jdbc, "portal", "portal"); var s = c.createStatement()) {
                s.executeUpdate(
                        "INSERT INTO nl_subscriber (email, language, status, created_at, confirmed_at)"
                                + " SELECT CONCAT('crash', seq, '@example.test'), IF(seq % 5 = 0, 'en', 'nl'), 'SUBSCRIBED',"
                                + " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM seq_1_to_" + SUBSCRIBERS);
                edition = edition(c, "SCHEDULED");
            }

            // kill at random moments: each time after a random number (5-25 % of all) of messages accepted
            // since sending (re)started, so that every kill falls while sending. A restart runs in the
            // background: on a busy machine the new node may take over before its start-up is reported
            // done, and the count must start from the moment it sends again, not from that report.
            int kills = 0;
            for (int k = 0; k < KILLS; k++) {
                int at = Math.min(
                        sink.accepted.get() + (int) (SUBSCRIBERS * (0.05 + 0.2 * random.nextDouble())),
                        SUBSCRIBERS * 9 / 10);
                await(() -> sink.accepted.get() >= at || sent(jdbc, edition), 180, "sending reaches " + at);
                if (sent(jdbc, edition)) {
                    break;
                }
                Thread.sleep(random.nextInt(50));
                kill(dir.resolve("run" + kills));
                stop(portal);
                kills++;
                int killedAt = sink.accepted.get();
                System.out.println("killed at " + killedAt + " accepted messages");
                var run = dir.resolve("run" + kills);
                portal = CompletableFuture.supplyAsync(() -> start(config, run));
                await(() -> sink.accepted.get() > killedAt || sent(jdbc, edition), 180, "sending resumes");
            }
            try {
                await(() -> sent(jdbc, edition), 240, "the edition is SENT");

                int missing = 0;
                int duplicates = 0;
                int unique = 0;
                List<Long> ids = ids(jdbc,
                        "SELECT id FROM nl_subscriber WHERE email LIKE 'crash%' ORDER BY id");
                for (long id : ids) {
                    int copies = sink.copiesOf(id);
                    if (copies == 0) {
                        missing++;
                    } else {
                        unique++;
                        duplicates += copies - 1;
                    }
                }
                System.out.printf(
                        "CRASH kills=%d threads=%d messages=%d unique=%d duplicates=%d missing=%d seed=%d%n",
                        kills, THREADS, sink.accepted.get(), unique, duplicates, missing, SEED);
                assertEquals(SUBSCRIBERS, ids.size());
                assertEquals(0, missing, "every subscriber received the edition");
                assertTrue(duplicates <= THREADS * kills,
                        "at most one message in flight per thread per kill twice: " + duplicates);
                assertEquals(KILLS, kills, "the portal was killed while sending, every time");
                assertEquals(SUBSCRIBERS,
                        count(jdbc, "SELECT COUNT(*) FROM nl_delivery WHERE edition_id = " + edition
                                + " AND status = 'SENT'"),
                        "every row SENT");
                assertEquals(SUBSCRIBERS,
                        count(jdbc, "SELECT recipients FROM nl_edition WHERE id = " + edition));

                retriesAndPermanentFailures(jdbc, sink);
            } finally {
                portal.join().close();
            }
        }
    }

    /** 451 twice → retried after 1 s and 2 s, then SENT; 550 → FAILED at once with the server's reason. */
    private void retriesAndPermanentFailures(String jdbc, SmtpSink sink) throws Exception {
        long edition;
        long temporary;
        long permanent;
        var tag = System.nanoTime();
        try (var c = DriverManager.getConnection(jdbc, "portal", "portal"); var s = c.createStatement()) {
            // unsubscribed: the 20,000 must not get this one (it goes to its own two deliveries only)
            s.executeUpdate(
                    "UPDATE nl_subscriber SET status = 'UNSUBSCRIBED', unsubscribed_at = UTC_TIMESTAMP(6)");
            temporary = insert(c,
                    "INSERT INTO nl_subscriber (email, language, status, created_at, confirmed_at)"
                            + " VALUES ('tempfail-" + tag
                            + "@example.test', 'nl', 'SUBSCRIBED', UTC_TIMESTAMP(6),"
                            + " UTC_TIMESTAMP(6))");
            permanent = insert(c,
                    "INSERT INTO nl_subscriber (email, language, status, created_at, confirmed_at)"
                            + " VALUES ('reject-" + tag
                            + "@example.test', 'nl', 'SUBSCRIBED', UTC_TIMESTAMP(6),"
                            + " UTC_TIMESTAMP(6))");
            edition = edition(c, "PAUSED");
            s.executeUpdate(
                    "INSERT INTO nl_delivery (edition_id, subscriber_id, status) VALUES (" + edition + ", "
                            + temporary + ", 'QUEUED'), (" + edition + ", " + permanent + ", 'QUEUED')");
            s.executeUpdate("UPDATE nl_edition SET status = 'SENDING' WHERE id = " + edition);
        }
        await(() -> sent(jdbc, edition), 60, "the retry edition is SENT");
        assertEquals(1, count(jdbc, "SELECT COUNT(*) FROM nl_delivery WHERE edition_id = " + edition
                + " AND subscriber_id = " + temporary + " AND status = 'SENT' AND attempts = 3"),
                "sent at the third try");
        assertEquals(1, sink.copiesOf(temporary));
        var tries = sink.tries.get("tempfail-" + tag + "@example.test");
        assertEquals(3, tries.size());
        assertEquals(451, tries.get(0)[1]);
        assertEquals(451, tries.get(1)[1]);
        assertEquals(250, tries.get(2)[1]);
        long firstGap = tries.get(1)[0] - tries.get(0)[0];
        long secondGap = tries.get(2)[0] - tries.get(1)[0];
        System.out.printf("RETRY gaps_ms=%d,%d%n", firstGap, secondGap);
        assertTrue(firstGap >= 900, "retry after retry-seconds: " + firstGap);
        assertTrue(secondGap >= 1900, "then after twice that: " + secondGap);
        assertEquals(1, count(jdbc, "SELECT COUNT(*) FROM nl_delivery WHERE edition_id = " + edition
                + " AND subscriber_id = " + permanent + " AND status = 'FAILED' AND attempts = 1"
                + " AND error LIKE '550%No such user%'"), "a permanent failure with the server's reason");
        assertEquals(1, sink.tries.get("reject-" + tag + "@example.test").size(), "not retried");
        assertEquals(0, sink.copiesOf(permanent));
    }

    /** Closes what is left of a killed run: its start-up may not even have been reported yet. */
    private static void stop(CompletableFuture<PortalServer> portal) {
        try {
            portal.join().close();
        } catch (CompletionException e) {
            // killed before it reported ready: nothing left to close
        }
    }

    private static PortalServer start(Map<String, String> config, Path dir) {
        int port = TestEnvironment.freePort();
        var withUrl = new LinkedHashMap<>(config);
        withUrl.put("portal.base-url", "http://127.0.0.1:" + port);
        return PortalServer.start(Path.of(System.getProperty("payara.microJar")),
                Path.of(System.getProperty("portal.test.war")), dir, "127.0.0.1", port, withUrl, false);
    }

    /** SIGKILL to the Payara Micro of {@code dir} (found by its command line), as {@code kill -9} does. */
    private static void kill(Path dir) throws Exception {
        var marker = dir.toAbsolutePath().toString();
        var killed = 0;
        for (var p : ProcessHandle.current().descendants().toList()) {
            var args = p.info().arguments().map(List::of).orElse(List.of());
            if (args.stream().anyMatch(a -> a.contains(marker))) {
                p.destroyForcibly();
                p.onExit().get();
                killed++;
            }
        }
        assertEquals(1, killed, "one Payara Micro to kill");
    }

    private static long edition(Connection c, String status) throws SQLException {
        long segment = single(c, "SELECT id FROM nl_segment WHERE kind = 'EVERYONE'");
        long id = insert(c,
                "INSERT INTO nl_edition (subject, intro, segment_id, status, scheduled_at, queued_at,"
                        + " created_at, created_by) VALUES ('Crashtest', 'Twintigduizend lezers.', " + segment
                        + ", '" + status
                        + "', UTC_TIMESTAMP(6), " + ("SCHEDULED".equals(status) ? "NULL" : "UTC_TIMESTAMP(6)")
                        + ", UTC_TIMESTAMP(6), 'test')");
        try (var s = c.createStatement()) {
            s.executeUpdate(
                    "INSERT INTO nl_edition_item (edition_id, position, title, body_html, link_url) VALUES ("
                            + id + ", 1, 'Nieuws over verzuim', '"
                            + "<p>Een alinea over leerplicht en verzuim.</p>".repeat(20)
                            + "', 'https://www.ingrado.nl/nieuws'), (" + id
                            + ", 2, 'Agenda', '<ul><li>Rayondag</li>"
                            + "<li>Werkconferentie</li></ul>', NULL)");
        }
        return id;
    }

    private static long insert(Connection c, String sql) throws SQLException {
        try (var s = c.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS)) {
            s.executeUpdate();
            try (var keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement(); var r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static boolean sent(String jdbc, long edition) {
        return count(jdbc,
                "SELECT COUNT(*) FROM nl_edition WHERE id = " + edition + " AND status = 'SENT'") == 1;
    }

    private static int count(String jdbc, String sql) {
        try (var c = DriverManager.getConnection(jdbc, "portal", "portal")) {
            return (int) single(c, sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Long> ids(String jdbc, String sql) throws SQLException {
        try (var c = DriverManager.getConnection(jdbc, "portal", "portal");
                var s = c.createStatement();
                var r = s.executeQuery(sql)) {
            var ids = new ArrayList<Long>();
            while (r.next()) {
                ids.add(r.getLong(1));
            }
            return ids;
        }
    }

}
