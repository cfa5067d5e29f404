package nl.ingrado.portal.newsletter.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The newsletter sender of this node. The database holds all sending state, so any node can go on
 * where another stopped:
 * <ul>
 * <li>a poller (every {@code poll-seconds}) queues due editions and takes the lease of SENDING editions
 * that nobody holds, or whose holder stopped renewing it (a crashed node);</li>
 * <li>per edition being sent here, a feeder reads QUEUED recipients in batches, skips those no longer
 * subscribed, hands the rest to the workers, renews the lease every third of its length and checks every
 * second that the edition is still SENDING (a pause) and still ours;</li>
 * <li>{@code threads} workers, each with its own SMTP connection and database connection, send one
 * message and then commit that recipient as SENT on its own, so a crash resends at most the message each
 * worker had in flight. A worker sends nothing once its edition stopped or its lease could have run
 * out.</li>
 * </ul>
 * All threads come from the container's managed thread factory.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class SendingEngine {

    private static final Logger LOG = Logger.getLogger(SendingEngine.class.getName());
    private static final int BATCH = 200;

    /** Fired by the boundary; after its commit this node looks at once instead of at the next poll. */
    public record Nudge(long editionId, boolean paused) {
    }

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threadFactory;

    @Inject
    NewsletterSettings settings;

    @Inject
    NewsletterMessages messages;

    /** Random per start: a restarted node is a new node and waits for its old leases to expire. */
    private final String node = "node-" + UUID.randomUUID();
    private final Map<Long, Run> runs = new ConcurrentHashMap<>();
    private final Object wake = new Object();
    private final List<Thread> threads = new ArrayList<>();
    private BlockingQueue<Item> queue;
    private RateLimiter limiter;
    private volatile boolean stopping;
    private boolean woken;

    // lifecycle methods have names of their own: the container finds them by name, an overload confuses it
    @PostConstruct
    void startSending() {
        limiter = new RateLimiter(settings.rate());
        queue = new ArrayBlockingQueue<>(settings.threads() * 4);
        for (int i = 0; i < settings.threads(); i++) {
            threads.add(thread("newsletter-worker-" + i, new Worker()::loop));
        }
        threads.add(thread("newsletter-poller", this::pollLoop));
        current = this;
        LOG.info(() -> "Newsletter sender " + node + ": " + settings.threads() + " thread(s), rate "
                + (settings.rate() > 0 ? settings.rate() + "/s" : "unlimited"));
    }

    @PreDestroy
    void stopSending() {
        stopping = true;
        current = null;
        runs.values().forEach(r -> r.active = false);
        synchronized (wake) {
            wake.notifyAll();
        }
        for (var t : threads) {
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public String node() {
        return node;
    }

    /** Called by {@link SendingNudges} after a change committed: stop a paused run here, look at once. */
    static void nudge(Nudge nudge) {
        var engine = current;
        if (engine == null) {
            return;
        }
        if (nudge.paused()) {
            var run = engine.runs.get(nudge.editionId());
            if (run != null) {
                run.active = false;
            }
        }
        engine.wakeUp();
    }

    private static volatile SendingEngine current;

    void wakeUp() {
        synchronized (wake) {
            woken = true;
            wake.notifyAll();
        }
    }

    private Thread thread(String name, Runnable body) {
        var t = threadFactory.newThread(body);
        t.setName(name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    // ---- the poller

    private void pollLoop() {
        while (!stopping) {
            try {
                poll();
            } catch (SQLException | RuntimeException e) {
                LOG.log(Level.WARNING, "Newsletter poll failed: " + e.getMessage(), e);
            }
            synchronized (wake) {
                if (!woken && !stopping) {
                    try {
                        wake.wait(settings.pollSeconds() * 1000L);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                woken = false;
            }
        }
    }

    private void poll() throws SQLException {
        try (var c = dataSource.getConnection()) {
            for (long id : EditionQueue.ids(c, "SELECT id FROM nl_edition WHERE status = 'SCHEDULED'"
                    + " AND scheduled_at <= UTC_TIMESTAMP(6) ORDER BY scheduled_at")) {
                // one edition that cannot be queued must not keep the others (and the sending) waiting
                c.setAutoCommit(false);
                try {
                    int recipients = EditionQueue.queueIfDue(c, id);
                    c.commit();
                    if (recipients >= 0) {
                        LOG.info(() -> "Newsletter edition " + id + " queued for " + recipients
                                + " recipient(s)");
                    }
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    LOG.log(Level.WARNING, "Newsletter edition " + id + " not queued: " + e.getMessage(), e);
                } finally {
                    c.setAutoCommit(true);
                }
            }
            for (long id : EditionQueue.ids(c,
                    "SELECT id FROM nl_edition WHERE status = 'SENDING' AND (lease_owner IS NULL"
                            + " OR lease_until IS NULL OR lease_until < UTC_TIMESTAMP(6) OR lease_owner = ?) ORDER BY id",
                    node)) {
                if (stopping || runs.containsKey(id)) {
                    continue;
                }
                long before = System.nanoTime();
                try {
                    if (EditionQueue.lease(c, id, node, settings.leaseSeconds())) {
                        startRun(c, id, before);
                    }
                } catch (SQLException | RuntimeException e) {
                    LOG.log(Level.WARNING,
                            "Newsletter edition " + id + " not started here: " + e.getMessage(), e);
                    if (!runs.containsKey(id)) {
                        try {
                            EditionQueue.release(c, id, node);
                        } catch (SQLException | RuntimeException f) {
                            LOG.log(Level.WARNING, "Newsletter lease not released: " + f.getMessage());
                        }
                    }
                }
            }
            if (settings.rate() > 0 && !runs.isEmpty()) {
                // the rate is the mail server's, for all nodes together: each sending node takes its share
                limiter.share(EditionQueue.sendingNodes(c));
            }
        }
    }

    /** Starts sending a leased edition; the caller gives the lease back when this throws. */
    private void startRun(Connection c, long editionId, long leasedAt) throws SQLException {
        var edition = EditionQueue.edition(c, editionId);
        var prepared = messages.prepare(edition, EditionQueue.items(c, editionId));
        var run = new Run(editionId, prepared);
        run.leaseDeadline = leasedAt + leaseNanos();
        runs.put(editionId, run);
        LOG.info(() -> "Newsletter edition " + editionId + ": sending from " + node);
        thread("newsletter-feeder-" + editionId, () -> feed(run));
    }

    /** A lease counts as ours until its length minus a second after we asked for it. */
    private long leaseNanos() {
        return TimeUnit.SECONDS.toNanos(settings.leaseSeconds() - 1L);
    }

    // ---- one edition being sent here

    static final class Run {
        final long editionId;
        final NewsletterMessages.Prepared prepared;
        final AtomicInteger inFlight = new AtomicInteger();
        volatile boolean active = true;
        volatile long leaseDeadline;

        Run(long editionId, NewsletterMessages.Prepared prepared) {
            this.editionId = editionId;
            this.prepared = prepared;
        }
    }

    /** May a worker still send a message of this edition? */
    private boolean mayContinue(Run run) {
        return run.active && !stopping && System.nanoTime() - run.leaseDeadline < 0;
    }

    /** A recipient as the feeder read it at {@code readAt} (nanoTime). */
    record Item(Run run, long subscriberId, String email, String name, String language, int attempts,
            long readAt) {
    }

    /**
     * A recipient read longer ago than this is looked up again right before its message goes out. The
     * feeder reads batches of {@value #BATCH}; with a low rate a batch takes long to send, and someone who
     * unsubscribed meanwhile must not get it. One cheap primary-key SELECT on the worker's own connection,
     * only for items that waited; with a fast send there is none.
     */
    private static final long RECHECK_NANOS = 2_000_000_000L;

    /** Consecutive failures to reach the SMTP server on this node, any worker; reset by any reply. */
    private final AtomicInteger serverFailures = new AtomicInteger();
    private static final int SERVER_FAILURES_TO_PAUSE = 10;

    /** The feeder's bookkeeping of its lease and its last look at the edition. */
    private final class Watch {
        final Run run;
        final Connection c;
        final long renewEvery = TimeUnit.SECONDS.toNanos(settings.leaseSeconds()) / 3;
        long lastCheck = System.nanoTime();
        long lastRenewal = lastCheck;

        Watch(Run run, Connection c) {
            this.run = run;
            this.c = c;
        }

        /** Every second: still SENDING and still ours? Every third of the lease: renew it. False: stop. */
        boolean ok() throws SQLException {
            long now = System.nanoTime();
            if (now - lastRenewal >= renewEvery) {
                if (!EditionQueue.renew(c, run.editionId, node, settings.leaseSeconds())) {
                    run.active = false;
                } else {
                    run.leaseDeadline = now + leaseNanos();
                    lastRenewal = now;
                    lastCheck = now;
                }
            } else if (now - lastCheck >= 1_000_000_000L) {
                if (!EditionQueue.holds(c, run.editionId, node)) {
                    run.active = false;
                }
                lastCheck = now;
            }
            return mayContinue(run);
        }
    }

    /** What one read of the queue gave: the cursor after it and how many deliveries it skipped. */
    private record Read(long cursor, int skipped) {
    }

    private void feed(Run run) {
        try (var c = dataSource.getConnection();
                var read = c
                        .prepareStatement("SELECT d.subscriber_id, d.attempts, s.email, s.name, s.language,"
                                + " s.status FROM nl_delivery d FORCE INDEX (PRIMARY) JOIN nl_subscriber s ON s.id = d.subscriber_id"
                                + " WHERE d.edition_id = ? AND d.status = 'QUEUED' AND d.subscriber_id > ?"
                                + " AND (d.next_attempt_at IS NULL OR d.next_attempt_at <= UTC_TIMESTAMP(6))"
                                + " ORDER BY d.subscriber_id LIMIT " + BATCH);
                var skip = c
                        .prepareStatement("UPDATE nl_delivery SET status = 'SKIPPED', next_attempt_at = NULL,"
                                + " error = ? WHERE edition_id = ? AND subscriber_id = ? AND status = 'QUEUED'");
                var left = c.prepareStatement("SELECT COUNT(*), TIMESTAMPDIFF(MICROSECOND, UTC_TIMESTAMP(6),"
                        + " MIN(next_attempt_at)) FROM nl_delivery WHERE edition_id = ? AND status = 'QUEUED'")) {
            var watch = new Watch(run, c);
            long cursor = 0;
            var batch = new ArrayList<Item>(BATCH);
            while (watch.ok()) {
                // a batch of recipients after the cursor whose turn it is
                var got = readBatch(read, skip, run, cursor, batch);
                cursor = got.cursor();
                if (!batch.isEmpty() || got.skipped() > 0) {
                    if (!handOver(run, batch, watch)) {
                        break;
                    }
                    continue;
                }
                // the end of a pass: let the workers finish it, then start over for retries that are due
                if (!awaitIdle(run)) {
                    continue;
                }
                if (cursor != 0) {
                    cursor = 0;
                    continue;
                }
                if (!awaitDue(c, left, run)) {
                    break;
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Newsletter edition " + run.editionId + " stopped here: " + e.getMessage(),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            end(run);
        }
    }

    /**
     * Reads the next batch of {@code run} after {@code cursor} into {@code batch}; deliveries to someone
     * no longer subscribed are skipped on the way.
     */
    private static Read readBatch(PreparedStatement read, PreparedStatement skip, Run run, long cursor,
            List<Item> batch) throws SQLException {
        batch.clear();
        int skipped = 0;
        read.setLong(1, run.editionId);
        read.setLong(2, cursor);
        try (var r = read.executeQuery()) {
            long readAt = System.nanoTime();
            while (r.next()) {
                long subscriber = r.getLong(1);
                cursor = subscriber;
                var status = r.getString(6);
                if ("SUBSCRIBED".equals(status)) {
                    batch.add(new Item(run, subscriber, r.getString(3), r.getString(4), r.getString(5),
                            r.getInt(2), readAt));
                } else {
                    // unsubscribed or bouncing since the edition was queued
                    skip.setString(1, "subscriber " + status);
                    skip.setLong(2, run.editionId);
                    skip.setLong(3, subscriber);
                    skip.addBatch();
                    skipped++;
                }
            }
        }
        if (skipped > 0) {
            skip.executeBatch();
        }
        return new Read(cursor, skipped);
    }

    /** Queues the batch for the workers; false when the run may not go on meanwhile. */
    private boolean handOver(Run run, List<Item> batch, Watch watch)
            throws InterruptedException, SQLException {
        for (var item : batch) {
            run.inFlight.incrementAndGet();
            while (!queue.offer(item, 200, TimeUnit.MILLISECONDS)) {
                if (!watch.ok()) {
                    run.inFlight.decrementAndGet();
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * After a whole pass: finishes the edition when nothing is queued any more (false: stop feeding),
     * or sleeps until the next retry is due (at most a second).
     */
    private boolean awaitDue(Connection c, PreparedStatement left, Run run)
            throws SQLException, InterruptedException {
        left.setLong(1, run.editionId);
        long remaining;
        long dueInMicros;
        try (var r = left.executeQuery()) {
            r.next();
            remaining = r.getLong(1);
            dueInMicros = r.getLong(2);
        }
        if (remaining == 0) {
            if (EditionQueue.finish(c, run.editionId, node)) {
                LOG.info(() -> "Newsletter edition " + run.editionId + " sent");
            }
            return false;
        }
        Thread.sleep(Math.max(10, Math.min(1000, dueInMicros / 1000)));
        return true;
    }

    /** The run is over: wait for the messages in flight, give the lease back and look for more work. */
    private void end(Run run) {
        run.active = false;
        // the workers drop what is still queued for this run; wait for the messages in flight
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (run.inFlight.get() > 0 && System.nanoTime() - deadline < 0) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                break;
            }
        }
        try (var c = dataSource.getConnection()) {
            EditionQueue.release(c, run.editionId, node);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Newsletter lease not released: " + e.getMessage());
        }
        runs.remove(run.editionId);
        // a paused edition may have been resumed meanwhile: look again now
        if (!stopping) {
            wakeUp();
        }
    }
    /** Waits until the workers have no message of {@code run} left; false after a second (check again). */
    private boolean awaitIdle(Run run) throws InterruptedException {
        long until = System.nanoTime() + 1_000_000_000L;
        while (run.inFlight.get() > 0) {
            if (System.nanoTime() - until > 0 || !mayContinue(run)) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    // ---- the workers

    private final class Worker {

        private Transport transport;
        private Connection db;
        private PreparedStatement sent;
        private PreparedStatement retry;
        private PreparedStatement failed;
        private PreparedStatement postpone;
        private PreparedStatement subscriberStatus;
        private PreparedStatement skip;
        private long lastUse;

        void loop() {
            try {
                while (!stopping) {
                    Item item;
                    try {
                        item = queue.poll(1, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        break;
                    }
                    if (item == null) {
                        // idle: let the SMTP server have its connection back after a while
                        if (transport != null && System.nanoTime() - lastUse > 10_000_000_000L) {
                            closeTransport();
                        }
                        continue;
                    }
                    try {
                        send(item);
                    } catch (InterruptedException e) {
                        break;
                    } catch (SQLException | RuntimeException e) {
                        LOG.log(Level.WARNING, "Newsletter worker: " + e.getMessage(), e);
                        // a message may be out without its row saying so: stop, another pass resends at most it
                        item.run().active = false;
                        closeDb();
                    } finally {
                        item.run().inFlight.decrementAndGet();
                        lastUse = System.nanoTime();
                    }
                }
            } finally {
                closeTransport();
                closeDb();
            }
        }

        private void send(Item item) throws SQLException, InterruptedException {
            var run = item.run();
            if (!mayContinue(run)) {
                return;
            }
            limiter.acquire();
            if (!mayContinue(run)) {
                return;
            }
            openDb();
            if (System.nanoTime() - item.readAt() > RECHECK_NANOS && !stillSubscribed(item)) {
                return;
            }
            MimeMessage message;
            try {
                message = run.prepared.message(item.subscriberId(), item.email(), item.name(),
                        item.language(), "");
            } catch (MessagingException e) {
                // nothing went to a server: this recipient's message cannot be made
                var f = SmtpFailure.of(e);
                fail(item, f.aboutRecipient()
                        ? f
                        : new SmtpFailure(SmtpFailure.Kind.RECIPIENT_TEMPORARY, f.code(), f.reason()));
                return;
            }
            try {
                // not isConnected(): Angus pings the server with a NOOP for it, a round trip per message
                if (transport == null) {
                    closeTransport();
                    transport = run.prepared.session().getTransport("smtp");
                    transport.connect();
                }
                transport.sendMessage(message, message.getAllRecipients());
            } catch (MessagingException | IllegalStateException e) {
                // the connection may be in any state after a failure: start a new one
                closeTransport();
                var failure = SmtpFailure.of(e);
                switch (failure.kind()) {
                    case RECIPIENT_PERMANENT, RECIPIENT_TEMPORARY -> {
                        serverFailures.set(0);
                        fail(item, failure);
                    }
                    // the server refuses the sender, the message or our login: the same for every recipient
                    case SERVER_PERMANENT -> pauseRun(run, failure.reason());
                    case SERVER_TEMPORARY -> {
                        postpone(item, failure);
                        int inARow = serverFailures.incrementAndGet();
                        if (inARow >= SERVER_FAILURES_TO_PAUSE) {
                            serverFailures.set(0);
                            pauseRun(run,
                                    inARow + " failures in a row to send through the SMTP server, last: "
                                            + failure.reason());
                        } else if (failure.code() < 0) {
                            // the server is not there: do not run through the queue in a tight loop
                            Thread.sleep(1000);
                        }
                    }
                }
                return;
            }
            serverFailures.set(0);
            // accepted: commit this one recipient now, alone
            sent.setLong(1, run.editionId);
            sent.setLong(2, item.subscriberId());
            sent.executeUpdate();
        }

        /** Re-reads the subscriber's status; not SUBSCRIBED any more: the delivery is SKIPPED. */
        private boolean stillSubscribed(Item item) throws SQLException {
            subscriberStatus.setLong(1, item.subscriberId());
            String status;
            try (var r = subscriberStatus.executeQuery()) {
                status = r.next() ? r.getString(1) : "gone";
            }
            if ("SUBSCRIBED".equals(status)) {
                return true;
            }
            skip.setString(1, "subscriber " + status);
            skip.setLong(2, item.run().editionId);
            skip.setLong(3, item.subscriberId());
            skip.executeUpdate();
            return false;
        }

        /** Not the recipient's fault: try again later without counting an attempt. */
        private void postpone(Item item, SmtpFailure failure) throws SQLException {
            postpone.setLong(1, settings.retrySeconds());
            postpone.setString(2, failure.reason());
            postpone.setLong(3, item.run().editionId);
            postpone.setLong(4, item.subscriberId());
            postpone.executeUpdate();
        }

        /** SENDING → PAUSED with the reason for staff; the recipients stay QUEUED for a resume. */
        private void pauseRun(Run run, String reason) throws SQLException {
            run.active = false;
            db.setAutoCommit(false);
            try {
                boolean paused = EditionQueue.pause(db, run.editionId, reason);
                db.commit();
                if (paused) {
                    LOG.warning(
                            () -> "Newsletter edition " + run.editionId + " paused by the sender: " + reason);
                }
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        }

        private void fail(Item item, SmtpFailure failure) throws SQLException {
            int attempt = item.attempts() + 1;
            if (failure.kind() == SmtpFailure.Kind.RECIPIENT_PERMANENT || attempt >= settings.maxAttempts()) {
                failed.setString(1, failure.reason());
                failed.setLong(2, item.run().editionId);
                failed.setLong(3, item.subscriberId());
                failed.executeUpdate();
            } else {
                // back-off: retry-seconds, then twice that, four times, ...
                retry.setLong(1, (long) settings.retrySeconds() << Math.min(20, attempt - 1));
                retry.setString(2, failure.reason());
                retry.setLong(3, item.run().editionId);
                retry.setLong(4, item.subscriberId());
                retry.executeUpdate();
            }
        }

        private void openDb() throws SQLException {
            if (db == null) {
                db = dataSource.getConnection();
                db.setAutoCommit(true);
                sent = db.prepareStatement(
                        "UPDATE nl_delivery SET status = 'SENT', sent_at = UTC_TIMESTAMP(6),"
                                + " attempts = attempts + 1, next_attempt_at = NULL, error = NULL"
                                + " WHERE edition_id = ? AND subscriber_id = ? AND status = 'QUEUED'");
                retry = db.prepareStatement("UPDATE nl_delivery SET attempts = attempts + 1,"
                        + " next_attempt_at = UTC_TIMESTAMP(6) + INTERVAL ? SECOND, error = ?"
                        + " WHERE edition_id = ? AND subscriber_id = ? AND status = 'QUEUED'");
                postpone = db.prepareStatement("UPDATE nl_delivery SET next_attempt_at = UTC_TIMESTAMP(6)"
                        + " + INTERVAL ? SECOND, error = ? WHERE edition_id = ? AND subscriber_id = ? AND status = 'QUEUED'");
                subscriberStatus = db.prepareStatement("SELECT status FROM nl_subscriber WHERE id = ?");
                skip = db
                        .prepareStatement("UPDATE nl_delivery SET status = 'SKIPPED', next_attempt_at = NULL,"
                                + " error = ? WHERE edition_id = ? AND subscriber_id = ? AND status = 'QUEUED'");
                failed = db
                        .prepareStatement("UPDATE nl_delivery SET status = 'FAILED', attempts = attempts + 1,"
                                + " next_attempt_at = NULL, error = ? WHERE edition_id = ? AND subscriber_id = ?"
                                + " AND status = 'QUEUED'");
            }
        }

        private void closeDb() {
            if (db != null) {
                closeQuietly(db);
                db = null;
            }
        }

        private void closeTransport() {
            if (transport != null) {
                closeQuietly(transport);
                transport = null;
            }
        }

        /** Closes a connection that may be gone already: a checked failure to close it is no news then. */
        private static void closeQuietly(AutoCloseable connection) {
            try {
                connection.close();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                // gone already
            }
        }
    }
}
