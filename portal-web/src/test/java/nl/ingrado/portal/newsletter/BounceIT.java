package nl.ingrado.portal.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import nl.ingrado.portal.newsletter.boundary.BounceMailbox;
import nl.ingrado.portal.newsletter.control.NewsletterSettings;
import nl.ingrado.portal.newsletter.control.UnsubscribeTokens;
import nl.ingrado.portal.testing.InContainer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bounce mailbox in the container: bounces and unsubscribe requests are mailed through GreenMail's
 * SMTP into the IMAP bounce mailbox, then read. The shared demo portal polls the same mailbox, so every
 * test waits for the outcome in the database, whichever node read the message. Each test makes its own
 * subscribers and SENT editions (dated in the past, so they do not steer the biweekly proposal).
 * Returned headers carry the delivery mark as the engine signs it; a forged mark names nothing, and a
 * bounce known by its address alone never stops mail at once.
 */
@ExtendWith(ArquillianExtension.class)
class BounceIT {

    @Deployment
    static WebArchive deployment() {
        return InContainer.deployment();
    }

    @Inject
    BounceMailbox mailbox;

    @Inject
    UnsubscribeTokens tokens;

    @Inject
    NewsletterSettings settings;

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    @Test
    void aHardBounceStopsMailToTheAddressWithTheReason() throws Exception {
        long subscriber = subscriber();
        long edition = edition(1);
        delivery(edition, subscriber, "SENT", 1);
        long later = edition(2);
        delivery(later, subscriber, "QUEUED", 2);
        var bounceId = "<hard." + System.nanoTime() + "@mx.example.test>";

        mail(dsn(bounceId, email(subscriber), "5.1.1",
                "smtp; 550 5.1.1 <" + email(subscriber) + ">: Recipient address rejected: User unknown",
                headersOf(edition, subscriber)));

        await(() -> count("SELECT COUNT(*) FROM nl_subscriber WHERE id = " + subscriber
                + " AND status = 'BOUNCING'") == 1);
        assertEquals(1, count("SELECT COUNT(*) FROM nl_subscriber WHERE id = " + subscriber
                + " AND bounced_at IS NOT NULL AND bounce_reason = 'Onbestelbaar (5.1.1): <"
                + email(subscriber)
                + ">: Recipient address rejected: User unknown'"), "the reason staff read");
        assertEquals(1,
                count("SELECT COUNT(*) FROM nl_delivery WHERE edition_id = " + edition
                        + " AND subscriber_id = "
                        + subscriber + " AND status = 'BOUNCED'"));
        assertEquals(1,
                count("SELECT COUNT(*) FROM nl_delivery WHERE edition_id = " + later + " AND subscriber_id = "
                        + subscriber + " AND status = 'SKIPPED'"),
                "no more mail to them");
        assertEquals(1, count("SELECT COUNT(*) FROM nl_bounce WHERE mailbox_id = '" + bounceId
                + "' AND subscriber_id = "
                + subscriber + " AND edition_id = " + edition + " AND hard AND status_code = '5.1.1'"));
        assertEquals(1, count("SELECT COUNT(*) FROM nl_consent WHERE subscriber_id = " + subscriber
                + " AND action = 'UNSUBSCRIBED' AND source = 'BOUNCE' AND edition_id IS NULL"));
        assertEquals(0, stillInMailbox(bounceId), "a handled bounce leaves the mailbox");
    }

    @Test
    void softBouncesStopMailOnlyWhenTheyReachTheLimitInARow() throws Exception {
        int limit = settings.softBounceLimit();
        long subscriber = subscriber();
        var editions = new long[limit];
        for (int i = 0; i < limit; i++) {
            editions[i] = edition(10 + i);
            delivery(editions[i], subscriber, "SENT", 10 + i);
        }
        for (int i = 0; i < limit; i++) {
            int expected = i + 1;
            mail(dsn("<soft." + System.nanoTime() + "@mx.example.test>", email(subscriber), "4.2.2",
                    "smtp; 452 4.2.2 Mailbox full", headersOf(editions[i], subscriber)));
            await(() -> count(
                    "SELECT COUNT(*) FROM nl_subscriber WHERE id = " + subscriber + " AND soft_bounces = "
                            + expected) == 1);
            if (expected < limit) {
                assertEquals(1, count("SELECT COUNT(*) FROM nl_subscriber WHERE id = " + subscriber
                        + " AND status = 'SUBSCRIBED'"), "a soft bounce alone does not stop mail");
            }
        }
        assertEquals(1, count("SELECT COUNT(*) FROM nl_subscriber WHERE id = " + subscriber
                + " AND status = 'BOUNCING' AND bounce_reason = '" + limit
                + " tijdelijke fouten op rij: Mailbox full'"));
        assertEquals(limit, count("SELECT COUNT(*) FROM nl_delivery WHERE subscriber_id = " + subscriber
                + " AND status = 'BOUNCED'"));
        assertEquals(1, count("SELECT COUNT(*) FROM nl_consent WHERE subscriber_id = " + subscriber
                + " AND source = 'BOUNCE'"));
    }

    @Test
    void theSameBounceMailedTwiceCountsOnce() throws Exception {
        long subscriber = subscriber();
        long edition = edition(20);
        delivery(edition, subscriber, "SENT", 20);
        var bounceId = "<twice." + System.nanoTime() + "@mx.example.test>";
        var bounce = dsn(bounceId, email(subscriber), "4.2.2", "smtp; 452 4.2.2 Mailbox full",
                headersOf(edition, subscriber));

        mail(bounce);
        mail(bounce);

        await(() -> stillInMailbox(bounceId) == 0
                && count("SELECT COUNT(*) FROM nl_bounce WHERE mailbox_id = '"
                        + bounceId + "'") == 1);
        assertEquals(1, count("SELECT COUNT(*) FROM nl_subscriber WHERE id = " + subscriber
                + " AND soft_bounces = 1 AND status = 'SUBSCRIBED'"));
    }

    @Test
    void anUnsubscribeMailWithAValidTokenUnsubscribes() throws Exception {
        long subscriber = subscriber();
        long edition = edition(30);
        delivery(edition, subscriber, "SENT", 30);
        var id = "<unsub." + System.nanoTime() + "@example.test>";

        mail("From: " + email(subscriber) + "\r\nTo: " + bounceAddress() + "\r\nMessage-ID: " + id
                + "\r\nSubject: unsubscribe " + tokens.sign(subscriber, edition)
                + "\r\n\r\nAfmelden graag.\r\n");
        // a forged token does nothing
        mail("From: someone@example.test\r\nTo: " + bounceAddress() + "\r\nSubject: unsubscribe s"
                + subscriber + "e"
                + edition + ".AAAAAAAAAAAAAAAAAAAAAA\r\n\r\n");

        await(() -> count("SELECT COUNT(*) FROM nl_subscriber WHERE id = " + subscriber
                + " AND status = 'UNSUBSCRIBED' AND unsubscribed_at IS NOT NULL") == 1);
        assertEquals(1, count("SELECT COUNT(*) FROM nl_consent WHERE subscriber_id = " + subscriber
                + " AND action = 'UNSUBSCRIBED' AND source = 'MAILTO' AND edition_id = " + edition));
        assertEquals(0, stillInMailbox(id));
    }

    @Test
    void aBounceForAnUnknownAddressChangesNothing() throws Exception {
        var nobody = "nobody-" + System.nanoTime() + "@example.test";
        var bounceId = "<unknown." + System.nanoTime() + "@mx.example.test>";
        long bystander = subscriber();

        mail(dsn(bounceId, nobody, "5.1.1", "smtp; 550 5.1.1 User unknown",
                "From: nieuwsbrief@ingrado.nl\r\nTo: " + nobody + "\r\nSubject: Nieuwsbrief\r\n"));

        await(() -> stillInMailbox(bounceId) == 0);
        assertEquals(1,
                count("SELECT COUNT(*) FROM nl_bounce WHERE mailbox_id = '" + bounceId + "' AND email = '"
                        + nobody + "' AND subscriber_id IS NULL AND edition_id IS NULL"),
                "kept as a record only");
        assertEquals(0, count("SELECT COUNT(*) FROM nl_subscriber WHERE email = '" + nobody + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM nl_subscriber WHERE id = " + bystander
                + " AND status = 'SUBSCRIBED' AND soft_bounces = 0"));
    }

    @Test
    void aHardBounceWithAForgedMarkDoesNotStopTheSubscriber() throws Exception {
        long subscriber = subscriber();
        long edition = edition(40);
        delivery(edition, subscriber, "SENT", 40);
        // someone who reads their own newsletter has a valid mark, for themselves only
        long forger = subscriber();
        delivery(edition, forger, "SENT", 40);
        var stranger = "forger-" + System.nanoTime() + "@example.test";
        var wrongMac = "<forged." + System.nanoTime() + "@mx.example.test>";
        var othersMac = "<borrowed." + System.nanoTime() + "@mx.example.test>";

        mail(dsn(wrongMac, stranger, "5.1.1", "smtp; 550 5.1.1 User unknown",
                "Message-ID: <nl.e" + edition + ".s" + subscriber
                        + ".AAAAAAAAAAAAAAAAAAAAAA.x1@ingrado.nl>\r\n"
                        + "X-Ingrado-Delivery: e" + edition + ".s" + subscriber
                        + ".AAAAAAAAAAAAAAAAAAAAAA\r\n"));
        mail(dsn(othersMac, stranger, "5.1.1", "smtp; 550 5.1.1 User unknown",
                "X-Ingrado-Delivery: e" + edition + ".s" + subscriber + "."
                        + tokens.deliveryMac(edition, forger)
                        + "\r\n"));

        await(() -> stillInMailbox(wrongMac) == 0 && stillInMailbox(othersMac) == 0
                && count("SELECT COUNT(*) FROM nl_bounce WHERE mailbox_id IN ('" + wrongMac + "', '"
                        + othersMac
                        + "')") == 2);
        assertEquals(2, count("SELECT COUNT(*) FROM nl_bounce WHERE mailbox_id IN ('" + wrongMac + "', '"
                + othersMac + "') AND subscriber_id IS NULL AND edition_id IS NULL"),
                "the marks name nobody");
        assertEquals(1, count("SELECT COUNT(*) FROM nl_subscriber WHERE id = " + subscriber
                + " AND status = 'SUBSCRIBED' AND soft_bounces = 0 AND bounce_reason IS NULL"));
        assertEquals(1, count("SELECT COUNT(*) FROM nl_delivery WHERE edition_id = " + edition
                + " AND subscriber_id = " + subscriber + " AND status = 'SENT'"));
    }

    @Test
    void aHardBounceKnownOnlyByTheAddressCountsAsSoft() throws Exception {
        long subscriber = subscriber();
        long edition = edition(50);
        delivery(edition, subscriber, "SENT", 50);
        var bounceId = "<address." + System.nanoTime() + "@mx.example.test>";

        mail(dsn(bounceId, email(subscriber), "5.1.1", "smtp; 550 5.1.1 User unknown",
                "From: nieuwsbrief@ingrado.nl\r\nTo: " + email(subscriber) + "\r\nSubject: Nieuwsbrief\r\n"));

        await(() -> count("SELECT COUNT(*) FROM nl_bounce WHERE mailbox_id = '" + bounceId + "'") == 1);
        assertEquals(1, count("SELECT COUNT(*) FROM nl_bounce WHERE mailbox_id = '" + bounceId
                + "' AND subscriber_id = " + subscriber + " AND edition_id IS NULL AND NOT hard"
                + " AND diagnostic = 'alleen herkend aan het adres, telt als tijdelijk: User unknown'"),
                "stored as soft, saying why");
        assertEquals(1, count("SELECT COUNT(*) FROM nl_subscriber WHERE id = " + subscriber
                + " AND status = 'SUBSCRIBED' AND soft_bounces = 1"), "one such bounce does not stop mail");
        assertEquals(1, count("SELECT COUNT(*) FROM nl_delivery WHERE edition_id = " + edition
                + " AND subscriber_id = " + subscriber + " AND status = 'SENT'"));
    }

    // --- helpers

    /** Polls until the condition holds (this node or the demo portal may read the message first). */
    private void await(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + 30_000_000_000L;
        while (true) {
            mailbox.pollNow();
            if (condition.getAsBoolean()) {
                return;
            }
            assertTrue(System.nanoTime() < until, "the mailbox was read, the outcome did not come");
            Thread.sleep(300);
        }
    }

    private static String bounceAddress() {
        return System.getProperty("portal.newsletter.bounce.user");
    }

    /** Sends raw mail to the bounce mailbox through GreenMail's SMTP, Message-ID as written. */
    private static void mail(String raw) throws Exception {
        var props = new Properties();
        props.put("mail.smtp.host", System.getProperty("portal.smtp.host"));
        props.put("mail.smtp.port", System.getProperty("portal.smtp.port"));
        props.put("mail.smtp.from", "mailer-daemon@mx.example.test");
        var session = Session.getInstance(props);
        var message = new MimeMessage(session,
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
        try (var transport = session.getTransport("smtp")) {
            transport.connect();
            // sendMessage, not Transport.send: that would give the message a new Message-ID
            transport.sendMessage(message, new InternetAddress[]{new InternetAddress(bounceAddress())});
        }
    }

    /** How many messages with this Message-ID are still in the mailbox (deleted ones not counted). */
    private int stillInMailbox(String messageId) {
        var props = new Properties();
        var session = Session.getInstance(props);
        try (var store = session.getStore("imap")) {
            store.connect(settings.bounceHost().get(), settings.bouncePort(), settings.bounceUser().get(),
                    settings.bouncePassword().get());
            var inbox = store.getFolder("INBOX");
            inbox.open(jakarta.mail.Folder.READ_ONLY);
            try {
                int found = 0;
                var messages = inbox.getMessages();
                var profile = new jakarta.mail.FetchProfile();
                profile.add("Message-ID");
                profile.add(jakarta.mail.FetchProfile.Item.FLAGS);
                inbox.fetch(messages, profile);
                for (var m : messages) {
                    var ids = m.getHeader("Message-ID");
                    if (ids != null && messageId.equals(ids[0])
                            && !m.isSet(jakarta.mail.Flags.Flag.DELETED)) {
                        found++;
                    }
                }
                return found;
            } finally {
                inbox.close(false);
            }
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String dsn(String messageId, String recipient, String status, String diagnostic,
            String returned) {
        return "From: Mail Delivery System <MAILER-DAEMON@mx.example.test>\r\n"
                + "To: " + bounceAddress() + "\r\nSubject: Undelivered Mail Returned to Sender\r\n"
                + "Message-ID: " + messageId + "\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B0\"\r\n\r\n"
                + "--B0\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
                + "Your message could not be delivered to one or more recipients.\r\n\r\n"
                + "--B0\r\nContent-Type: message/delivery-status\r\n\r\n"
                + "Reporting-MTA: dns; mx.example.test\r\n\r\n"
                + "Final-Recipient: rfc822; " + recipient + "\r\nAction: failed\r\nStatus: " + status + "\r\n"
                + "Diagnostic-Code: " + diagnostic + "\r\n\r\n"
                + "--B0\r\nContent-Type: text/rfc822-headers\r\n\r\n" + returned + "\r\n--B0--\r\n";
    }

    /** The headers of the engine's message as a bounce returns them, with the mark signed as it signs. */
    private String headersOf(long edition, long subscriber) throws SQLException {
        var mark = "e" + edition + ".s" + subscriber + "." + tokens.deliveryMac(edition, subscriber);
        return "From: Ingrado Nieuwsbrief <nieuwsbrief@ingrado.nl>\r\nTo: " + email(subscriber) + "\r\n"
                + "Subject: Nieuwsbrief\r\nMessage-ID: <nl." + mark + ".x" + System.nanoTime()
                + "@ingrado.nl>\r\nX-Ingrado-Delivery: " + mark + "\r\n";
    }

    private long subscriber() throws SQLException {
        var email = "bounce-" + System.nanoTime() + "@example.test";
        return insert(
                "INSERT INTO nl_subscriber (email, name, language, status, created_at, confirmed_at) VALUES ('"
                        + email + "', 'Bounce Test', 'nl', 'SUBSCRIBED', NOW(6), NOW(6))");
    }

    private String email(long subscriber) {
        try (var c = dataSource.getConnection();
                var s = c.createStatement();
                var r = s.executeQuery("SELECT email FROM nl_subscriber WHERE id = " + subscriber)) {
            r.next();
            return r.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A SENT edition dated {@code day} days into 2020, well before any real one. */
    private long edition(int day) throws SQLException {
        var at = Timestamp.valueOf(LocalDateTime.of(2020, 1, 1, 9, 0).plusDays(day));
        return insert(
                "INSERT INTO nl_edition (subject, segment_id, status, queued_at, finished_at, recipients, "
                        + "created_at, created_by) VALUES ('Testeditie bounces', (SELECT id FROM nl_segment WHERE kind = "
                        + "'EVERYONE'), 'SENT', '" + at + "', '" + at + "', 1, '" + at + "', 'BounceIT')");
    }

    private void delivery(long edition, long subscriber, String status, int day) throws SQLException {
        var at = Timestamp.valueOf(LocalDateTime.of(2020, 1, 1, 9, 5).plusDays(day));
        insert("INSERT INTO nl_delivery (edition_id, subscriber_id, status, attempts, sent_at) VALUES ("
                + edition
                + ", " + subscriber + ", '" + status + "', 1, "
                + (status.equals("SENT") ? "'" + at + "'" : "NULL")
                + ")");
    }

    private long insert(String sql) throws SQLException {
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            try (var keys = s.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    private int count(String sql) {
        try (var c = dataSource.getConnection(); var s = c.createStatement(); var r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
