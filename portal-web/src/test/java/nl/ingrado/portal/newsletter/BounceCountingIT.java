package nl.ingrado.portal.newsletter;

import static nl.ingrado.portal.newsletter.BounceMail.await;
import static nl.ingrado.portal.newsletter.BounceMail.bounceId;
import static nl.ingrado.portal.newsletter.BounceMail.delivery;
import static nl.ingrado.portal.newsletter.BounceMail.dsn;
import static nl.ingrado.portal.newsletter.BounceMail.edition;
import static nl.ingrado.portal.newsletter.BounceMail.email;
import static nl.ingrado.portal.newsletter.BounceMail.headersOf;
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
 * How bounces count, in the container: bounces are mailed through GreenMail's SMTP into the IMAP bounce
 * mailbox, then read. The shared demo portal polls the same mailbox, so every test waits for the outcome
 * in the database, whichever node read the message. A hard bounce stops mail at once, soft ones when they
 * reach the limit in a row; the same bounce twice counts once, and a hard bounce known by its address
 * alone counts as soft. Each test makes its own subscribers and SENT editions ({@link BounceMail}).
 */
class BounceCountingIT extends NewsletterContainerTest {

    @Test
    void aHardBounceStopsMailToTheAddressWithTheReason() throws Exception {
        long subscriber = subscriber();
        long edition = sentTo(subscriber, 1);
        long later = edition(2);
        delivery(later, subscriber, "QUEUED", 2);
        var bounceId = bounceId("hard");

        mail(dsn(bounceId, email(subscriber), "5.1.1",
                "smtp; 550 5.1.1 <" + email(subscriber) + ">: Recipient address rejected: User unknown",
                headersOf(edition, subscriber)));

        await(() -> subscriberWhere(subscriber, "status = 'BOUNCING'"));
        assertTrue(
                subscriberWhere(subscriber,
                        "bounced_at IS NOT NULL AND bounce_reason = 'Onbestelbaar (5.1.1): <"
                                + email(subscriber) + ">: Recipient address rejected: User unknown'"),
                "the reason staff read");
        assertTrue(deliveryWhere(edition, subscriber, "status = 'BOUNCED'"));
        assertTrue(deliveryWhere(later, subscriber, "status = 'SKIPPED'"),
                "no more mail to them");
        assertEquals(1, number("SELECT COUNT(*) FROM nl_bounce WHERE mailbox_id = '" + bounceId
                + "' AND subscriber_id = "
                + subscriber + " AND edition_id = " + edition + " AND hard AND status_code = '5.1.1'"));
        assertEquals(1, number("SELECT COUNT(*) FROM nl_consent WHERE subscriber_id = " + subscriber
                + " AND action = 'UNSUBSCRIBED' AND source = 'BOUNCE' AND edition_id IS NULL"));
        assertEquals(0, stillInMailbox(bounceId), "a handled bounce leaves the mailbox");
    }

    @Test
    void softBouncesStopMailOnlyWhenTheyReachTheLimitInARow() throws Exception {
        int limit = settings.softBounceLimit();
        long subscriber = subscriber();
        var editions = new long[limit];
        for (int i = 0; i < limit; i++) {
            editions[i] = sentTo(subscriber, 10 + i);
        }
        for (int i = 0; i < limit; i++) {
            int expected = i + 1;
            mail(dsn(bounceId("soft"), email(subscriber), "4.2.2",
                    "smtp; 452 4.2.2 Mailbox full", headersOf(editions[i], subscriber)));
            await(() -> subscriberWhere(subscriber, "soft_bounces = " + expected));
            if (expected < limit) {
                assertTrue(subscriberWhere(subscriber, "status = 'SUBSCRIBED'"),
                        "a soft bounce alone does not stop mail");
            }
        }
        assertTrue(subscriberWhere(subscriber, "status = 'BOUNCING' AND bounce_reason = '" + limit
                + " tijdelijke fouten op rij: Mailbox full'"));
        assertEquals(limit, number("SELECT COUNT(*) FROM nl_delivery WHERE subscriber_id = " + subscriber
                + " AND status = 'BOUNCED'"));
        assertEquals(1, number("SELECT COUNT(*) FROM nl_consent WHERE subscriber_id = " + subscriber
                + " AND source = 'BOUNCE'"));
    }

    @Test
    void theSameBounceMailedTwiceCountsOnce() throws Exception {
        long subscriber = subscriber();
        long edition = sentTo(subscriber, 20);
        var bounceId = bounceId("twice");
        var bounce = dsn(bounceId, email(subscriber), "4.2.2", "smtp; 452 4.2.2 Mailbox full",
                headersOf(edition, subscriber));

        mail(bounce);
        mail(bounce);

        await(() -> stillInMailbox(bounceId) == 0
                && number("SELECT COUNT(*) FROM nl_bounce WHERE mailbox_id = '"
                        + bounceId + "'") == 1);
        assertTrue(subscriberWhere(subscriber, "soft_bounces = 1 AND status = 'SUBSCRIBED'"));
    }

    @Test
    void aHardBounceKnownOnlyByTheAddressCountsAsSoft() throws Exception {
        long subscriber = subscriber();
        long edition = sentTo(subscriber, 50);
        var bounceId = bounceId("address");

        mail(dsn(bounceId, email(subscriber), "5.1.1", "smtp; 550 5.1.1 User unknown",
                "From: nieuwsbrief@ingrado.nl\r\nTo: " + email(subscriber) + "\r\nSubject: Nieuwsbrief\r\n"));

        await(() -> number("SELECT COUNT(*) FROM nl_bounce WHERE mailbox_id = '" + bounceId + "'") == 1);
        assertEquals(1, number("SELECT COUNT(*) FROM nl_bounce WHERE mailbox_id = '" + bounceId
                + "' AND subscriber_id = " + subscriber + " AND edition_id IS NULL AND NOT hard"
                + " AND diagnostic = 'alleen herkend aan het adres, telt als tijdelijk: User unknown'"),
                "stored as soft, saying why");
        assertTrue(subscriberWhere(subscriber, "status = 'SUBSCRIBED' AND soft_bounces = 1"),
                "one such bounce does not stop mail");
        assertTrue(deliveryWhere(edition, subscriber, "status = 'SENT'"));
    }
}
