package nl.ingrado.portal.mail.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.ingrado.portal.mail.entity.OutgoingMail;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.Settings;

/**
 * Sends the service mail that a node queued but never sent because it died: every node looks, a few
 * times per {@code portal.mail.resend-after-seconds} (default 600), for mail still QUEUED that long after
 * it was queued, claims each row with a guarded update (so one node takes it) and queues it again. A
 * dispatcher sends nothing that waited in its queue beyond {@link #handOverSeconds()}, well before the
 * sweep may take it, so the two never send one mail twice. An attachment (the calendar file) was
 * written at delivery from the request's values and is gone with the node: a resent mail goes without
 * it; its text says everything the file did.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each claim is one autocommit update
public class MailResend {

    private static final Logger LOG = Logger.getLogger(MailResend.class.getName());
    private static final int BATCH = 100;

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    @Resource
    TimerService timers;

    @Inject
    Clock clock;

    @Inject
    MailDispatcher dispatcher;

    private final int resendAfterSeconds = resendAfterSeconds();

    @PostConstruct
    void start() {
        long every = resendAfterSeconds * 1000L / 4;
        timers.createIntervalTimer(every, every, new TimerConfig("mail resend sweep", false));
    }

    /** {@code portal.mail.resend-after-seconds}, at least 5. */
    static int resendAfterSeconds() {
        return Math.max(5, Settings.fromConfig("portal.mail.").number("resend-after-seconds", 600));
    }

    /** How long a mail may wait in a dispatcher's queue before only the sweep may send it. */
    static int handOverSeconds() {
        return resendAfterSeconds() * 2 / 5;
    }

    @Timeout
    void sweep() {
        try {
            int claimed = claimAndQueue();
            if (claimed > 0) {
                LOG.info(() -> "Queued " + claimed + " mail(s) again that a node queued but did not send");
            }
        } catch (SQLException | RuntimeException e) {
            // the database may be away for a moment: the next sweep tries again
            LOG.log(Level.WARNING, "Mail resend sweep failed: " + e.getMessage(), e);
        }
    }

    int claimAndQueue() throws SQLException {
        var now = Clocks.nowUtc(clock);
        var due = new ArrayList<Object[]>();
        try (var c = dataSource.getConnection()) {
            try (var s = c.prepareStatement("SELECT id, recipient, subject, body, created_at FROM mail_log "
                    + "WHERE status = 'QUEUED' AND created_at < ? AND body IS NOT NULL AND recipient IS NOT NULL "
                    + "ORDER BY created_at LIMIT " + BATCH)) {
                s.setTimestamp(1, Timestamp.valueOf(now.minusSeconds(resendAfterSeconds)));
                try (var rows = s.executeQuery()) {
                    while (rows.next()) {
                        due.add(new Object[]{rows.getLong(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getTimestamp(5)});
                    }
                }
            }
            int claimed = 0;
            // the claim moves the row's queued time to now: one node wins it, and should that node die
            // too, the row is due again after another round
            try (var claim = c.prepareStatement("UPDATE mail_log SET created_at = ? WHERE id = ? "
                    + "AND status = 'QUEUED' AND created_at = ?")) {
                for (var row : due) {
                    claim.setTimestamp(1, Timestamp.valueOf(now));
                    claim.setLong(2, (Long) row[0]);
                    claim.setTimestamp(3, (Timestamp) row[4]);
                    if (claim.executeUpdate() == 1) {
                        dispatcher.add(new OutgoingMail((Long) row[0], (String) row[1], (String) row[2],
                                (String) row[3]));
                        claimed++;
                    }
                }
            }
            return claimed;
        }
    }
}
