package nl.ingrado.portal.newsletter;

import static nl.ingrado.portal.newsletter.NewsletterFixtures.STAFF;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.await;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.delivery;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.edition;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.mailOf;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.queue;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.sent;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.status;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.subscriber;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.unique;
import static nl.ingrado.portal.testing.Db.number;
import static nl.ingrado.portal.testing.Db.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ingrado.portal.newsletter.entity.EditionStatus;
import org.junit.jupiter.api.Test;

/**
 * Control over a running send in the container: pause stops it within a second and resume finishes it
 * with every recipient once; a live lease of another node keeps this node off until it expires.
 */
class SendingControlIT extends NewsletterContainerTest {

    @Test
    void pauseStopsSendingWithinASecondAndResumeFinishesIt() throws Exception {
        int n = 1500;
        var prefix = "nl-pause-" + System.nanoTime() + "-";
        long edition = edition("Pauze " + System.nanoTime(), "PAUSED");
        update("INSERT INTO nl_subscriber (email, language, status, created_at, confirmed_at)"
                + " SELECT CONCAT('" + prefix
                + "', seq, '@example.test'), 'nl', 'SUBSCRIBED', UTC_TIMESTAMP(6),"
                + " UTC_TIMESTAMP(6) FROM seq_1_to_" + n);
        update("INSERT INTO nl_delivery (edition_id, subscriber_id, status) SELECT " + edition
                + ", id, 'QUEUED' FROM nl_subscriber WHERE email LIKE '" + prefix + "%'");
        try {
            sending.resume(edition, STAFF);
            await(() -> sent(edition) >= 30, 30, "sending started");
            sending.pause(edition, STAFF);
            assertEquals(EditionStatus.PAUSED, status(edition));
            Thread.sleep(1500);
            long atPause = sent(edition);
            Thread.sleep(3000);
            assertEquals(atPause, sent(edition), "nothing is sent while paused");
            assertTrue(atPause < n, "paused before the end: " + atPause);
            var paused = sending.progress(edition);
            assertEquals(EditionStatus.PAUSED, paused.status());
            assertEquals(n, paused.total());
            assertEquals(n,
                    paused.sent() + paused.failed() + paused.skipped() + paused.bounced() + paused.queued());
            assertThrows(Exception.class, () -> sending.pause(edition, STAFF), "not sending: cannot pause");

            sending.resume(edition, STAFF);
            await(() -> status(edition) == EditionStatus.SENT, 90, "resumed and finished");
            var done = sending.progress(edition);
            assertEquals(n, done.sent(), "every recipient once in the log");
            assertEquals(0, done.queued());
            assertEquals(100, done.percent());
            // a sample of the mailboxes: exactly one copy each
            for (long i : new long[]{1, atPause, n}) {
                assertEquals(1, mailOf(edition, prefix + i + "@example.test").size(), "recipient " + i);
            }
        } finally {
            // these many subscribers must not receive other tests' editions
            update("UPDATE nl_subscriber SET status = 'UNSUBSCRIBED', unsubscribed_at = UTC_TIMESTAMP(6)"
                    + " WHERE email LIKE '" + prefix + "%'");
        }
    }

    @Test
    void aForeignLiveLeaseKeepsThisNodeOffUntilItExpires() throws Exception {
        var email = unique("lease");
        long subscriber = subscriber(email, null, "nl", "SUBSCRIBED");
        long edition = edition("Lease " + System.nanoTime(), "PAUSED");
        queue(edition, subscriber);
        // another node holds it and is alive (renewing): SENDING with its lease, in one statement
        update("UPDATE nl_edition SET status = 'SENDING', lease_owner = 'node-elsewhere',"
                + " lease_until = UTC_TIMESTAMP(6) + INTERVAL 6 SECOND WHERE id = " + edition);
        Thread.sleep(4000);
        assertEquals("QUEUED", delivery(edition, subscriber), "another node's live lease: not sent here");
        assertEquals(0, mailOf(edition, email).size());
        assertEquals(1, number("SELECT COUNT(*) FROM nl_edition WHERE id = " + edition
                + " AND lease_owner = 'node-elsewhere'"));

        await(() -> status(edition) == EditionStatus.SENT, 30, "sent once the lease expired");
        assertEquals(1, mailOf(edition, email).size());
        assertEquals(1,
                number("SELECT COUNT(*) FROM nl_edition WHERE id = " + edition + " AND lease_owner IS NULL"));
    }
}
