package nl.ingrado.portal.newsletter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import nl.ingrado.portal.newsletter.boundary.BounceMailbox;
import nl.ingrado.portal.newsletter.control.NewsletterSettings;
import nl.ingrado.portal.newsletter.control.UnsubscribeTokens;
import nl.ingrado.portal.testing.Db;

/**
 * The bounce mailbox as the in-container tests use it: raw mail (bounces, unsubscribe requests) sent
 * through GreenMail's SMTP into the IMAP mailbox, read at once, and looked for afterwards; and the SENT
 * editions and deliveries a bounce refers to, dated in 2020 so they do not steer the biweekly proposal.
 */
final class BounceMail {

    private BounceMail() {
    }

    /** Reads the mailbox until the condition holds (this node or the demo portal may read the message first). */
    static void await(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + 30_000_000_000L;
        var mailbox = CDI.current().select(BounceMailbox.class).get();
        while (true) {
            mailbox.pollNow();
            if (condition.getAsBoolean()) {
                return;
            }
            assertTrue(System.nanoTime() < until, "the mailbox was read, the outcome did not come");
            Thread.sleep(300);
        }
    }

    static String bounceAddress() {
        return System.getProperty("portal.newsletter.bounce.user");
    }

    /** Sends raw mail to the bounce mailbox through GreenMail's SMTP, Message-ID as written. */
    static void mail(String raw) throws Exception {
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
    static int stillInMailbox(String messageId) {
        var settings = CDI.current().select(NewsletterSettings.class).get();
        var session = Session.getInstance(new Properties());
        try (var store = session.getStore("imap")) {
            store.connect(settings.bounceHost().get(), settings.bouncePort(), settings.bounceUser().get(),
                    settings.bouncePassword().get());
            var inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                int found = 0;
                var messages = inbox.getMessages();
                var profile = new FetchProfile();
                profile.add("Message-ID");
                profile.add(FetchProfile.Item.FLAGS);
                inbox.fetch(messages, profile);
                for (var m : messages) {
                    var ids = m.getHeader("Message-ID");
                    if (ids != null && messageId.equals(ids[0]) && !m.isSet(Flags.Flag.DELETED)) {
                        found++;
                    }
                }
                return found;
            } finally {
                inbox.close(false);
            }
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A delivery status notification (RFC 3464) for {@code recipient}, with the returned headers. */
    static String dsn(String messageId, String recipient, String status, String diagnostic, String returned) {
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
    static String headersOf(long edition, long subscriber) {
        var tokens = CDI.current().select(UnsubscribeTokens.class).get();
        var mark = "e" + edition + ".s" + subscriber + "." + tokens.deliveryMac(edition, subscriber);
        return "From: Ingrado Nieuwsbrief <nieuwsbrief@ingrado.nl>\r\nTo: " + email(subscriber) + "\r\n"
                + "Subject: Nieuwsbrief\r\nMessage-ID: <nl." + mark + ".x" + System.nanoTime()
                + "@ingrado.nl>\r\nX-Ingrado-Delivery: " + mark + "\r\n";
    }

    // ---- the rows a bounce refers to

    static long subscriber() {
        return Db.insert("INSERT INTO nl_subscriber (email, name, language, status, created_at, confirmed_at)"
                + " VALUES (?, 'Bounce Test', 'nl', 'SUBSCRIBED', NOW(6), NOW(6))",
                "bounce-" + System.nanoTime() + "@example.test");
    }

    static String email(long subscriber) {
        return Db.text("SELECT email FROM nl_subscriber WHERE id = ?", subscriber);
    }

    /** A SENT edition dated {@code day} days into 2020, well before any real one. */
    static long edition(int day) {
        var at = LocalDateTime.of(2020, 1, 1, 9, 0).plusDays(day);
        return Db.insert(
                "INSERT INTO nl_edition (subject, segment_id, status, queued_at, finished_at, recipients,"
                        + " created_at, created_by) VALUES ('Testeditie bounces', (SELECT id FROM nl_segment WHERE kind ="
                        + " 'EVERYONE'), 'SENT', ?, ?, 1, ?, 'BounceIT')",
                at, at, at);
    }

    /** A SENT edition of {@code day} ({@link #edition}), delivered to {@code subscriber}. */
    static long sentTo(long subscriber, int day) {
        long edition = edition(day);
        delivery(edition, subscriber, "SENT", day);
        return edition;
    }

    /** A new Message-ID of a bounce, e.g. {@code <hard.8123@mx.example.test>}. */
    static String bounceId(String kind) {
        return "<" + kind + "." + System.nanoTime() + "@mx.example.test>";
    }

    static void delivery(long edition, long subscriber, String status, int day) {
        var at = LocalDateTime.of(2020, 1, 1, 9, 5).plusDays(day);
        Db.update("INSERT INTO nl_delivery (edition_id, subscriber_id, status, attempts, sent_at)"
                + " VALUES (?, ?, ?, 1, ?)", edition, subscriber, status, status.equals("SENT") ? at : null);
    }
}
