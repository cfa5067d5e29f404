package nl.ingrado.portal.newsletter;

import static nl.ingrado.portal.newsletter.BounceMail.await;
import static nl.ingrado.portal.newsletter.BounceMail.bounceId;
import static nl.ingrado.portal.newsletter.BounceMail.bounceAddress;
import static nl.ingrado.portal.newsletter.BounceMail.delivery;
import static nl.ingrado.portal.newsletter.BounceMail.dsn;
import static nl.ingrado.portal.newsletter.BounceMail.email;
import static nl.ingrado.portal.newsletter.BounceMail.mail;
import static nl.ingrado.portal.newsletter.BounceMail.sentTo;
import static nl.ingrado.portal.newsletter.BounceMail.stillInMailbox;
import static nl.ingrado.portal.newsletter.BounceMail.subscriber;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.subscriberWhere;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.deliveryWhere;
import static nl.ingrado.portal.testing.Db.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What the bounce mailbox believes, in the container: an unsubscribe mail counts only with a valid token,
 * a bounce for an unknown address is kept as a record and changes nothing, and a returned delivery mark
 * that is forged (or signed for someone else) names nobody. Mail goes through GreenMail into the IMAP
 * bounce mailbox, which the demo portal polls too: each test waits for the outcome in the database.
 */
class BounceTrustIT extends NewsletterContainerTest {

    @Test
    void anUnsubscribeMailWithAValidTokenUnsubscribes() throws Exception {
        long subscriber = subscriber();
        long edition = sentTo(subscriber, 30);
        var id = "<unsub." + System.nanoTime() + "@example.test>";

        mail("From: " + email(subscriber) + "\r\nTo: " + bounceAddress() + "\r\nMessage-ID: " + id
                + "\r\nSubject: unsubscribe " + tokens.sign(subscriber, edition)
                + "\r\n\r\nAfmelden graag.\r\n");
        // a forged token does nothing
        mail("From: someone@example.test\r\nTo: " + bounceAddress() + "\r\nSubject: unsubscribe s"
                + subscriber + "e"
                + edition + ".AAAAAAAAAAAAAAAAAAAAAA\r\n\r\n");

        await(() -> subscriberWhere(subscriber, "status = 'UNSUBSCRIBED' AND unsubscribed_at IS NOT NULL"));
        assertEquals(1, number("SELECT COUNT(*) FROM nl_consent WHERE subscriber_id = " + subscriber
                + " AND action = 'UNSUBSCRIBED' AND source = 'MAILTO' AND edition_id = " + edition));
        assertEquals(0, stillInMailbox(id));
    }

    @Test
    void aBounceForAnUnknownAddressChangesNothing() throws Exception {
        var nobody = "nobody-" + System.nanoTime() + "@example.test";
        var bounceId = bounceId("unknown");
        long bystander = subscriber();

        mail(dsn(bounceId, nobody, "5.1.1", "smtp; 550 5.1.1 User unknown",
                "From: nieuwsbrief@ingrado.nl\r\nTo: " + nobody + "\r\nSubject: Nieuwsbrief\r\n"));

        await(() -> stillInMailbox(bounceId) == 0);
        assertEquals(1,
                number("SELECT COUNT(*) FROM nl_bounce WHERE mailbox_id = '" + bounceId + "' AND email = '"
                        + nobody + "' AND subscriber_id IS NULL AND edition_id IS NULL"),
                "kept as a record only");
        assertEquals(0, number("SELECT COUNT(*) FROM nl_subscriber WHERE email = '" + nobody + "'"));
        assertTrue(subscriberWhere(bystander, "status = 'SUBSCRIBED' AND soft_bounces = 0"));
    }

    @Test
    void aHardBounceWithAForgedMarkDoesNotStopTheSubscriber() throws Exception {
        long subscriber = subscriber();
        long edition = sentTo(subscriber, 40);
        // someone who reads their own newsletter has a valid mark, for themselves only
        long forger = subscriber();
        delivery(edition, forger, "SENT", 40);
        var stranger = "forger-" + System.nanoTime() + "@example.test";
        var wrongMac = bounceId("forged");
        var othersMac = bounceId("borrowed");

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
                && number("SELECT COUNT(*) FROM nl_bounce WHERE mailbox_id IN ('" + wrongMac + "', '"
                        + othersMac
                        + "')") == 2);
        assertEquals(2, number("SELECT COUNT(*) FROM nl_bounce WHERE mailbox_id IN ('" + wrongMac + "', '"
                + othersMac + "') AND subscriber_id IS NULL AND edition_id IS NULL"),
                "the marks name nobody");
        assertTrue(subscriberWhere(subscriber,
                "status = 'SUBSCRIBED' AND soft_bounces = 0 AND bounce_reason IS NULL"));
        assertTrue(deliveryWhere(edition, subscriber, "status = 'SENT'"));
    }
}
