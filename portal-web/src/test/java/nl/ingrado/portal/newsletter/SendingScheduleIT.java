package nl.ingrado.portal.newsletter;

import static nl.ingrado.portal.newsletter.NewsletterFixtures.STAFF;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.await;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.delivery;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.edition;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.employ;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.mailOf;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.organisationIn;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.person;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.segment;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.status;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.subscriber;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.unique;
import static nl.ingrado.portal.testing.Db.number;
import static nl.ingrado.portal.testing.Db.text;
import static nl.ingrado.portal.testing.Db.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.ingrado.portal.newsletter.entity.EditionStatus;
import nl.ingrado.portal.shared.entity.BusinessException;
import org.junit.jupiter.api.Test;

/**
 * Scheduling in the container: a scheduled edition waits for its time and then reaches exactly the
 * subscribed people of its rayon; the rules of scheduling, unscheduling and the proposed date; the last
 * item of a scheduled edition stays; a due edition without items goes back to draft. Whichever node
 * sends (this one or the demo portal's), the assertions hold on the test's own subscribers.
 */
class SendingScheduleIT extends NewsletterContainerTest {

    @Test
    void aScheduledEditionWaitsForItsTimeAndThenReachesExactlyTheSubscribedPeopleOfItsRayon()
            throws Exception {
        var rayon = "zuid";
        long inside = organisationIn(rayon);
        long outside = organisationIn("noord");
        var in1 = unique("rayon-in1");
        var in2 = unique("rayon-in2");
        var inUnsubscribed = unique("rayon-out-unsub");
        var elsewhere = unique("rayon-elsewhere");
        var ended = unique("rayon-ended");
        for (var e : List.of(in1, in2, inUnsubscribed)) {
            employ(person(e), inside, "DOORSTROOMCOACH", null);
        }
        employ(person(elsewhere), outside, "DOORSTROOMCOACH", null);
        employ(person(ended), inside, "DOORSTROOMCOACH", LocalDate.now().minusDays(3));
        long s1 = subscriber(in1, null, "nl", "SUBSCRIBED");
        long s2 = subscriber(in2, null, "nl", "SUBSCRIBED");
        long su = subscriber(inUnsubscribed, null, "nl", "UNSUBSCRIBED");
        long se = subscriber(elsewhere, null, "nl", "SUBSCRIBED");
        long sx = subscriber(ended, null, "nl", "SUBSCRIBED");
        long edition = edition("Rayon Zuid " + System.nanoTime(), "DRAFT");
        update("UPDATE nl_edition SET segment_id = " + segment("RAYON", rayon) + " WHERE id = " + edition);

        var at = LocalDateTime.now(ZoneOffset.UTC).plusSeconds(6);
        sending.schedule(edition, at, STAFF);
        assertEquals(EditionStatus.SCHEDULED, status(edition));
        sleepUntil(at.minusNanos(1_200_000_000L));
        assertEquals(EditionStatus.SCHEDULED, status(edition), "not before its time");
        assertEquals(0, number("SELECT COUNT(*) FROM nl_delivery WHERE edition_id = " + edition));
        assertEquals(0, mailOf(edition, in1).size());

        await(() -> status(edition) == EditionStatus.SENT, 30, "sent after its time");
        assertTrue(LocalDateTime.now(ZoneOffset.UTC).isAfter(at));
        assertEquals(1, mailOf(edition, in1).size());
        assertEquals(1, mailOf(edition, in2).size());
        assertEquals(0, mailOf(edition, inUnsubscribed).size());
        assertEquals(0, mailOf(edition, elsewhere).size());
        assertEquals(0, mailOf(edition, ended).size(), "an ended employment is not in the rayon any more");
        assertEquals(2,
                number("SELECT COUNT(*) FROM nl_delivery WHERE edition_id = " + edition
                        + " AND subscriber_id IN ("
                        + s1 + ", " + s2 + ", " + su + ", " + se + ", " + sx + ") AND status = 'SENT'"));
        assertEquals(0, number("SELECT COUNT(*) FROM nl_delivery WHERE edition_id = " + edition
                + " AND subscriber_id IN (" + su + ", " + se + ", " + sx + ")"));
        assertTrue(number("SELECT COUNT(*) FROM nl_edition WHERE id = " + edition
                + " AND queued_at >= scheduled_at AND finished_at IS NOT NULL AND recipients >= 2") == 1);
    }

    @Test
    void theRulesOfSchedulingAndTheProposedDate() throws Exception {
        long empty = edition("Leeg " + System.nanoTime(), "DRAFT");
        update("DELETE FROM nl_edition_item WHERE edition_id = " + empty);
        assertEquals("sending.noItems", business(assertThrows(Exception.class,
                () -> sending.schedule(empty, LocalDateTime.now(ZoneOffset.UTC).plusDays(1), STAFF)))
                .messageKey());
        long draft = edition("Concept " + System.nanoTime(), "DRAFT");
        var past = business(assertThrows(Exception.class,
                () -> sending.schedule(draft, LocalDateTime.now(ZoneOffset.UTC).minusMinutes(5), STAFF)));
        assertEquals("sending.schedule.past", past.messageKey());
        assertEquals(EditionStatus.DRAFT, status(draft));
        assertEquals("sending.notScheduled",
                business(assertThrows(Exception.class, () -> sending.unschedule(draft, STAFF))).messageKey());
        assertEquals("sending.notSending",
                business(assertThrows(Exception.class, () -> sending.pause(draft, STAFF))).messageKey());
        assertEquals("sending.notPaused",
                business(assertThrows(Exception.class, () -> sending.resume(draft, STAFF))).messageKey());
        assertEquals("sending.notFound",
                business(assertThrows(Exception.class, () -> sending.progress(-1))).messageKey());

        var later = LocalDateTime.now(ZoneOffset.UTC).plusDays(400);
        sending.schedule(draft, later, STAFF);
        assertEquals(EditionStatus.SCHEDULED, status(draft));
        sending.unschedule(draft, STAFF);
        assertEquals(EditionStatus.DRAFT, status(draft));
        var proposal = sending.proposeNextDate();
        assertFalse(proposal.isBefore(LocalDate.now()), "never in the past");

        var inbox = unique("test-send");
        sending.sendTest(draft, inbox, "en");
        var test = mailOf(draft, inbox);
        assertEquals(1, test.size(), "a test goes out at once");
        assertTrue(test.get(0).getSubject().startsWith("[Test] "));
        assertEquals(0, number("SELECT COUNT(*) FROM nl_delivery WHERE edition_id = " + draft),
                "not a delivery");
        assertEquals("sending.test.address",
                business(assertThrows(Exception.class, () -> sending.sendTest(draft, "not an address", "nl")))
                        .messageKey());
    }

    @Test
    void theLastItemOfAScheduledEditionCannotBeRemoved() throws Exception {
        long edition = edition("Laatste bericht " + System.nanoTime(), "DRAFT");
        update("UPDATE nl_edition SET status = 'SCHEDULED', scheduled_at = UTC_TIMESTAMP(6) + INTERVAL 1 DAY"
                + " WHERE id = " + edition);
        var items = editions.items(edition);
        assertEquals(2, items.size());
        editions.removeItem(edition, items.get(0).id(), STAFF);
        long last = items.get(1).id();
        assertEquals("nls.item.lastOfScheduled",
                business(assertThrows(Exception.class, () -> editions.removeItem(edition, last, STAFF)))
                        .messageKey());
        assertEquals(1, editions.items(edition).size());
        assertEquals(EditionStatus.SCHEDULED, status(edition));
        // as a draft it may be emptied
        sending.unschedule(edition, STAFF);
        editions.removeItem(edition, last, STAFF);
        assertEquals(0, editions.items(edition).size());
    }

    @Test
    void aDueEditionWithoutItemsGoesBackToDraftAndSendsNothing() throws Exception {
        long org = organisationIn("midden");
        var coach = unique("empty-edition");
        employ(person(coach), org, "ONDERSTEUNER", null);
        long subscriber = subscriber(coach, null, "nl", "SUBSCRIBED");
        // scheduled and due, but its items are gone (as only SQL can do now)
        long edition = edition("Leeg " + System.nanoTime(), "DRAFT");
        update("DELETE FROM nl_edition_item WHERE edition_id = " + edition);
        update("UPDATE nl_edition SET segment_id = " + segment("JOB", "ONDERSTEUNER")
                + ", queued_at = NULL, status = 'SCHEDULED', scheduled_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND"
                + " WHERE id = " + edition);

        await(() -> status(edition) == EditionStatus.DRAFT, 30, "back to draft");
        assertEquals(0, number("SELECT COUNT(*) FROM nl_delivery WHERE edition_id = " + edition));
        assertEquals(null, text("SELECT scheduled_at FROM nl_edition WHERE id = " + edition));
        assertEquals(1,
                number("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'nl_edition' AND entity_id = "
                        + edition + " AND action = 'UNSCHEDULED' AND actor = 'newsletter-sender'"));
        Thread.sleep(2000);
        assertEquals(EditionStatus.DRAFT, status(edition));
        assertEquals(0, mailOf(edition, coach).size());
        assertEquals(null, delivery(edition, subscriber));
    }

    private static BusinessException business(Throwable t) {
        for (var x = t; x != null; x = x.getCause()) {
            if (x instanceof BusinessException b) {
                return b;
            }
        }
        throw new AssertionError("not a business exception", t);
    }

    private static void sleepUntil(LocalDateTime utc) throws InterruptedException {
        long millis = Duration.between(LocalDateTime.now(ZoneOffset.UTC), utc).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}
