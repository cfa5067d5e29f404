package nl.ingrado.portal.newsletter;

import static nl.ingrado.portal.newsletter.NewsletterFixtures.STAFF;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.await;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.delivery;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.edition;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.employ;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.mailOf;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.organisationIn;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.person;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.queue;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.segment;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.status;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.subscriber;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.unique;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.deliveryWhere;
import static nl.ingrado.portal.testing.Db.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Pattern;
import nl.ingrado.portal.newsletter.entity.EditionStatus;
import org.junit.jupiter.api.Test;

/**
 * The sending engine in the container on real MariaDB and GreenMail: what every message carries (bulk
 * headers, a signed one-click unsubscribe, both text and HTML), and who gets one: the subscribed people
 * of a segment, not those who left or bounced after queueing; a bad address fails at once. The demo
 * portal (when a browser test started it) runs a sender against the same database too: whichever node
 * sends, the assertions hold. Every test sends only to its own subscribers and reads their mailboxes.
 */
class SendingMessagesIT extends NewsletterContainerTest {

    private static final Pattern MESSAGE_ID = Pattern.compile(
            "<nl\\.e(\\d+)\\.s(\\d+)\\.([A-Za-z0-9_-]{22})\\.[a-z0-9]+@([^>]+)>");

    @Test
    void everyMessageCarriesTheBulkHeadersAndASignedOneClickUnsubscribe() throws Exception {
        var email = unique("headers");
        long subscriber = subscriber(email, "Jeanne Ünïcode", "en", "SUBSCRIBED");
        long edition = edition("Nieuws — één", "PAUSED");
        queue(edition, subscriber);

        sending.resume(edition, STAFF);
        await(() -> status(edition) == EditionStatus.SENT, 30, "the edition is sent");

        var mails = mailOf(edition, email);
        assertEquals(1, mails.size(), "one copy");
        var m = mails.get(0);
        assertEquals("Nieuws — één", m.getSubject());
        assertEquals(new InternetAddress(settings.from()), m.getFrom()[0]);
        if (settings.replyTo().isPresent()) {
            assertEquals(new InternetAddress(settings.replyTo().get()), m.getReplyTo()[0]);
        } else {
            assertEquals(null, m.getHeader("Reply-To"), "no Reply-To unless configured");
        }
        assertEquals(email,
                ((InternetAddress) m.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress());
        assertNotNull(m.getSentDate());

        var fromDomain = new InternetAddress(settings.from()).getAddress().replaceFirst(".*@", "");
        var id = MESSAGE_ID.matcher(m.getMessageID());
        assertTrue(id.matches(), "Message-ID shape: " + m.getMessageID());
        assertEquals(String.valueOf(edition), id.group(1));
        assertEquals(String.valueOf(subscriber), id.group(2));
        assertEquals(tokens.deliveryMac(edition, subscriber), id.group(3), "the mark is signed");
        assertEquals(fromDomain, id.group(4));
        assertEquals("e" + edition + ".s" + subscriber + "." + tokens.deliveryMac(edition, subscriber),
                m.getHeader("X-Ingrado-Delivery")[0]);
        assertEquals("Ingrado Nieuwsbrief <nieuwsbrief." + fromDomain + ">", m.getHeader("List-Id")[0]);
        assertEquals("List-Unsubscribe=One-Click", m.getHeader("List-Unsubscribe-Post")[0]);
        assertEquals("bulk", m.getHeader("Precedence")[0]);
        assertEquals("auto-generated", m.getHeader("Auto-Submitted")[0]);

        var unsubscribe = m.getHeader("List-Unsubscribe", null).replaceAll("\\r?\\n[ \\t]+", " ");
        var parts = Pattern
                .compile("<(https?://[^>]+/newsletter/unsubscribe\\?t=([^>]+))>, <mailto:([^?>]+)\\?subject="
                        + "unsubscribe%20([^>]+)>")
                .matcher(unsubscribe);
        assertTrue(parts.matches(), "List-Unsubscribe: " + unsubscribe);
        var url = parts.group(1);
        var target = tokens.verify(parts.group(2)).orElseThrow();
        assertEquals(subscriber, target.subscriberId());
        assertEquals(edition, target.editionId());
        assertEquals(settings.unsubscribeMailto(), parts.group(3));
        assertEquals(parts.group(2), parts.group(4), "the same token in the URL and the mailto");

        assertTrue(m.getContentType().startsWith("multipart/alternative"), m.getContentType());
        var body = (Multipart) m.getContent();
        assertEquals(2, body.getCount());
        assertTrue(body.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(body.getBodyPart(1).isMimeType("text/html"));
        assertTrue(body.getBodyPart(0).getContentType().toLowerCase().contains("utf-8"));
        assertEquals("quoted-printable", body.getBodyPart(1).getHeader("Content-Transfer-Encoding")[0]);
        var text = (String) body.getBodyPart(0).getContent();
        var html = (String) body.getBodyPart(1).getContent();
        assertTrue(text.contains(url), "the text footer has the header's URL");
        assertTrue(html.contains("href=\"" + url + "\""), "the HTML footer links the header's URL");
        assertTrue(html.contains("Eerste bericht") && text.contains("Eerste bericht"));

        assertTrue(deliveryWhere(edition, subscriber,
                "status = 'SENT' AND attempts = 1 AND sent_at IS NOT NULL"));
        var statistics = sending.statistics(edition);
        assertEquals(1, statistics.recipients());
        assertEquals(1, statistics.delivered());
    }

    @Test
    void sendNowToAJobSegmentReachesItsSubscribedPeopleOnly() throws Exception {
        long org = organisationIn("midden");
        var coach = unique("job-in");
        var manager = unique("job-other");
        var pending = unique("job-pending");
        employ(person(coach), org, "ONDERSTEUNER", null);
        employ(person(manager), org, "MANAGER", null);
        employ(person(pending), org, "ONDERSTEUNER", null);
        long sc = subscriber(coach, "Co Ach", "nl", "SUBSCRIBED");
        subscriber(manager, null, "nl", "SUBSCRIBED");
        subscriber(pending, null, "nl", "PENDING");
        long edition = edition("Ondersteuners " + System.nanoTime(), "DRAFT");
        update("UPDATE nl_edition SET segment_id = " + segment("JOB", "ONDERSTEUNER") + " WHERE id = "
                + edition);

        sending.sendNow(edition, STAFF);
        await(() -> status(edition) == EditionStatus.SENT, 30, "sent now");
        assertEquals(1, mailOf(edition, coach).size());
        assertEquals(0, mailOf(edition, manager).size());
        assertEquals(0, mailOf(edition, pending).size());
        assertTrue(deliveryWhere(edition, sc, "status = 'SENT'"));
    }

    @Test
    void unsubscribedAfterQueueingIsSkippedAndABadAddressFailsAtOnceWithItsReason() throws Exception {
        var stays = unique("stays");
        var leaves = unique("leaves");
        var bounced = unique("bounced");
        var bad = "bad address" + System.nanoTime() + "@example.test";
        long s1 = subscriber(stays, null, "nl", "SUBSCRIBED");
        long s2 = subscriber(leaves, null, "nl", "SUBSCRIBED");
        long s3 = subscriber(bounced, null, "nl", "SUBSCRIBED");
        long s4 = subscriber(bad, null, "nl", "SUBSCRIBED");
        long edition = edition("Overgeslagen " + System.nanoTime(), "PAUSED");
        queue(edition, s1, s2, s3, s4);
        // after queueing: one unsubscribes, one bounces (their own rows only; the delivery stays QUEUED)
        update("UPDATE nl_subscriber SET status = 'UNSUBSCRIBED', unsubscribed_at = UTC_TIMESTAMP(6) WHERE id = "
                + s2);
        update("UPDATE nl_subscriber SET status = 'BOUNCING', bounced_at = UTC_TIMESTAMP(6), bounce_reason = '550 test'"
                + " WHERE id = " + s3);

        sending.resume(edition, STAFF);
        await(() -> status(edition) == EditionStatus.SENT, 30, "finished");
        assertEquals(1, mailOf(edition, stays).size());
        assertEquals(0, mailOf(edition, leaves).size());
        assertEquals(0, mailOf(edition, bounced).size());
        assertEquals("SKIPPED", delivery(edition, s2));
        assertEquals("SKIPPED", delivery(edition, s3));
        assertEquals("FAILED", delivery(edition, s4), "a bad address is a permanent failure");
        assertTrue(deliveryWhere(edition, s4, "attempts = 1 AND error LIKE 'bad address%'"));
        var progress = sending.progress(edition);
        assertEquals(4, progress.total());
        assertEquals(1, progress.sent());
        assertEquals(2, progress.skipped());
        assertEquals(1, progress.failed());
        assertEquals(0, progress.queued());
        assertEquals(100, progress.percent());
        assertEquals(1, sending.statistics(edition).failed());
    }
}
