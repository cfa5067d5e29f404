package nl.ingrado.portal.newsletter.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.ingrado.portal.newsletter.control.InboundMail;
import nl.ingrado.portal.newsletter.control.NewsletterSettings;
import nl.ingrado.portal.newsletter.control.UnsubscribeTokens;
import nl.ingrado.portal.shared.control.Clocks;

/**
 * What a bounce or a mailed unsubscribe request does to the database, one transaction per message.
 * The {@code nl_bounce} row is written first: its unique mailbox id makes a message count once, also
 * when two nodes read the mailbox at the same moment (the second insert waits for the first and then
 * fails as a duplicate). Called by {@link BounceMailbox}.
 * <p>
 * The bounce address is public and ids are sequential, so a bounce names a delivery only through a mark
 * whose MAC verifies ({@link UnsubscribeTokens#verifyDelivery}): only we can make one, and only the
 * recipient's server sees it. A mark with a bad MAC is ignored. A bounce that matches only by the failed
 * address may be forged by anyone who knows the address, so it counts as a soft bounce at most: it
 * never stops mail at once.
 */
@Stateless
public class Bounces {

    private static final Logger LOG = Logger.getLogger(Bounces.class.getName());

    /** What recording a bounce did. */
    public enum Outcome {
        /** Stored, the subscriber is known; the address may or may not be stopped now. */
        RECORDED,
        /** This mailbox message was processed before (by this node or another). */
        DUPLICATE,
        /** Stored, but no subscriber matches: nothing else changes. */
        UNMATCHED
    }

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    @Inject
    NewsletterSettings settings;

    @Inject
    Clock clock;

    @Inject
    UnsubscribeTokens tokens;

    /** Said in the reason of a bounce recognised by its address only (counted as soft). */
    static final String BY_ADDRESS_ONLY = "alleen herkend aan het adres, telt als tijdelijk";

    public Outcome record(InboundMail mail) {
        if (!mail.isBounce()) {
            throw new IllegalArgumentException("not a bounce: " + mail.kind());
        }
        var now = Timestamp.valueOf(Clocks.nowUtc(clock));
        try (var c = dataSource.getConnection()) {
            var match = match(c, mail);
            var subscriber = match.subscriber();
            var edition = match.edition();
            // anyone can name an address: never a hard stop, and the reason says why
            var counted = match.byAddressOnly() ? mail.asSoft(BY_ADDRESS_ONLY) : mail;
            if (!claim(c, counted, subscriber, edition, now)) {
                return Outcome.DUPLICATE;
            }
            if (subscriber == null) {
                LOG.info(() -> "Bounce for an address that is no subscriber: " + mail.recipient() + " ("
                        + mail.mailboxId() + ")");
                return Outcome.UNMATCHED;
            }
            // one bounce at a time per subscriber, so that counting soft bounces sees the others
            String status;
            try (var s = c.prepareStatement("SELECT status FROM nl_subscriber WHERE id = ? FOR UPDATE")) {
                s.setLong(1, subscriber);
                try (var r = s.executeQuery()) {
                    r.next();
                    status = r.getString(1);
                }
            }
            if (edition != null) {
                update(c, "UPDATE nl_delivery SET status = 'BOUNCED', error = ? WHERE edition_id = ? "
                        + "AND subscriber_id = ? AND status = 'SENT'", shorten(counted.reason(), 500),
                        edition,
                        subscriber);
            }
            if ("SUBSCRIBED".equals(status)) {
                count(c, counted, subscriber, edition, now);
            }
            return Outcome.RECORDED;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record bounce " + mail.mailboxId(), e);
        }
    }

    /** Whom a bounce is about: the delivery its verified mark names, else the subscriber of its address. */
    private record Match(Long subscriber, Long edition, boolean byAddressOnly) {
    }

    private Match match(Connection c, InboundMail mail) throws SQLException {
        if (markVerifies(mail) && exists(c,
                "SELECT 1 FROM nl_delivery WHERE edition_id = ? AND subscriber_id = ?", mail.editionId(),
                mail.subscriberId())) {
            return new Match(mail.subscriberId(), mail.editionId(), false);
        }
        if (mail.recipient() != null) {
            var subscriber = single(c, "SELECT id FROM nl_subscriber WHERE email = ?", mail.recipient());
            return new Match(subscriber, null, subscriber != null);
        }
        return new Match(null, null, false);
    }

    /** Counts a bounce of a subscriber: a hard one stops their mail, and so do too many soft ones in a row. */
    private void count(Connection c, InboundMail counted, long subscriber, Long edition, Timestamp now)
            throws SQLException {
        if (counted.kind() == InboundMail.Kind.HARD_BOUNCE) {
            stop(c, subscriber, counted.reason(), now);
            return;
        }
        int streak = softStreak(c, subscriber, edition);
        update(c, "UPDATE nl_subscriber SET soft_bounces = ?, version = version + 1 WHERE id = ?", streak,
                subscriber);
        if (streak >= settings.softBounceLimit()) {
            var detail = counted.diagnostic() == null || counted.diagnostic().isBlank()
                    ? counted.statusCode()
                    : counted.diagnostic();
            stop(c, subscriber,
                    streak + " tijdelijke fouten op rij: " + (detail == null ? "onbekend" : detail),
                    now);
        }
    }
    /** Whether the bounce quotes a delivery mark we made; a forged or unsigned one is logged and ignored. */
    private boolean markVerifies(InboundMail mail) {
        if (mail.editionId() == null || mail.subscriberId() == null) {
            return false;
        }
        if (mail.deliveryMac() != null
                && tokens.verifyDelivery(mail.editionId(), mail.subscriberId(), mail.deliveryMac())) {
            return true;
        }
        LOG.warning(() -> "Bounce " + mail.mailboxId() + " names delivery e" + mail.editionId() + ".s"
                + mail.subscriberId() + (mail.deliveryMac() == null ? " without a MAC" : " with a wrong MAC")
                + ": mark ignored");
        return false;
    }

    /**
     * Unsubscribes the token's subscriber, as asked by mail to the List-Unsubscribe address; false when
     * they were unsubscribed already. Same effect as the unsubscribe page: status, consent row with
     * source MAILTO and the edition, queued copies skipped.
     */
    public boolean unsubscribe(UnsubscribeTokens.Target target, String sender) {
        var now = Timestamp.valueOf(Clocks.nowUtc(clock));
        try (var c = dataSource.getConnection()) {
            int changed = update(c, "UPDATE nl_subscriber SET status = 'UNSUBSCRIBED', unsubscribed_at = ?, "
                    + "version = version + 1 WHERE id = ? AND status <> 'UNSUBSCRIBED'", now,
                    target.subscriberId());
            if (changed == 0) {
                return false;
            }
            update(c, "INSERT INTO nl_consent (subscriber_id, action, source, source_detail, edition_id, at) "
                    + "VALUES (?, 'UNSUBSCRIBED', 'MAILTO', ?, (SELECT id FROM nl_edition WHERE id = ?), ?)",
                    target.subscriberId(), sender == null ? null : shorten("e-mail van " + sender, 300),
                    target.edition(), now);
            skipQueued(c, target.subscriberId());
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot unsubscribe subscriber " + target.subscriberId(), e);
        }
    }

    /** Inserts the bounce row; false when this mailbox message was stored before. */
    private static boolean claim(Connection c, InboundMail mail, Long subscriber, Long edition, Timestamp now)
            throws SQLException {
        try {
            update(c,
                    "INSERT INTO nl_bounce (subscriber_id, edition_id, email, hard, status_code, diagnostic, "
                            + "mailbox_id, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    subscriber, edition,
                    shorten(mail.recipient(), 254), mail.kind() == InboundMail.Kind.HARD_BOUNCE,
                    shorten(mail.statusCode(), 20), shorten(mail.diagnostic(), 1000), mail.mailboxId(), now);
            return true;
        } catch (SQLException e) {
            if (e.getErrorCode() == 1062) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Soft bounces in a row, counted per edition: the editions this subscriber was sent, newest first up
     * to the bounced one, as long as each had a soft bounce. Two reports on one message count once, and
     * an edition that arrived without a bounce breaks the row. A bounce without a known edition adds one.
     */
    private int softStreak(Connection c, long subscriber, Long edition) throws SQLException {
        if (edition != null) {
            try (var s = c
                    .prepareStatement("SELECT EXISTS (SELECT 1 FROM nl_bounce b WHERE b.subscriber_id = "
                            + "d.subscriber_id AND b.edition_id = d.edition_id AND NOT b.hard) FROM nl_delivery d "
                            + "WHERE d.subscriber_id = ? AND d.status IN ('SENT', 'BOUNCED') AND d.sent_at <= "
                            + "(SELECT sent_at FROM nl_delivery WHERE edition_id = ? AND subscriber_id = ?) "
                            + "ORDER BY d.sent_at DESC, d.edition_id DESC LIMIT ?")) {
                s.setLong(1, subscriber);
                s.setLong(2, edition);
                s.setLong(3, subscriber);
                s.setInt(4, settings.softBounceLimit());
                int streak = 0;
                boolean any = false;
                try (var r = s.executeQuery()) {
                    while (r.next()) {
                        any = true;
                        if (!r.getBoolean(1)) {
                            break;
                        }
                        streak++;
                    }
                }
                if (any) {
                    return streak;
                }
            }
        }
        Long count = single(c, "SELECT soft_bounces FROM nl_subscriber WHERE id = ?", subscriber);
        return (count == null ? 0 : count.intValue()) + 1;
    }

    /** Mail to this subscriber stops: BOUNCING with the reason, a consent row, queued copies skipped. */
    private static void stop(Connection c, long subscriber, String reason, Timestamp now)
            throws SQLException {
        int changed = update(c,
                "UPDATE nl_subscriber SET status = 'BOUNCING', bounced_at = ?, bounce_reason = ?, "
                        + "version = version + 1 WHERE id = ? AND status = 'SUBSCRIBED'",
                now, shorten(reason, 500),
                subscriber);
        if (changed == 0) {
            return;
        }
        // no edition_id: the edition's "unsubscribed" figure counts people who chose to leave
        update(c, "INSERT INTO nl_consent (subscriber_id, action, source, source_detail, at) "
                + "VALUES (?, 'UNSUBSCRIBED', 'BOUNCE', ?, ?)", subscriber, shorten(reason, 300), now);
        skipQueued(c, subscriber);
        LOG.info(() -> "Newsletter subscriber " + subscriber + " stopped: " + reason);
    }

    private static void skipQueued(Connection c, long subscriber) throws SQLException {
        update(c, "UPDATE nl_delivery SET status = 'SKIPPED' WHERE subscriber_id = ? AND status = 'QUEUED'",
                subscriber);
    }

    private static String shorten(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (var s = c.prepareStatement(sql)) {
            bind(s, args);
            return s.executeUpdate();
        }
    }

    private static boolean exists(Connection c, String sql, Object... args) throws SQLException {
        try (var s = c.prepareStatement(sql)) {
            bind(s, args);
            try (var r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    private static Long single(Connection c, String sql, Object... args) throws SQLException {
        try (var s = c.prepareStatement(sql)) {
            bind(s, args);
            try (var r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        }
    }

    private static void bind(java.sql.PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null) {
                s.setNull(i + 1, Types.NULL);
            } else {
                s.setObject(i + 1, args[i]);
            }
        }
    }
}
