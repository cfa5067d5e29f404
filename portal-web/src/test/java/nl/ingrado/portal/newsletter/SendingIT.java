package nl.ingrado.portal.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.Folder;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.ingrado.portal.newsletter.boundary.Editions;
import nl.ingrado.portal.newsletter.boundary.Sending;
import nl.ingrado.portal.newsletter.control.NewsletterSettings;
import nl.ingrado.portal.newsletter.control.UnsubscribeTokens;
import nl.ingrado.portal.newsletter.entity.EditionStatus;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.testing.InContainer;
import org.eclipse.microprofile.config.Config;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sending engine in the container on real MariaDB and GreenMail: headers, scheduling, segments,
 * skipping, failures, pause and resume, and the lease. The demo portal (when a browser test started it)
 * runs a sender against the same database too: whichever node sends, the assertions hold. Every test
 * makes its own subscribers and editions, and sends only to them (their own deliveries or a segment of
 * their own people), and reads mail through GreenMail's IMAP (a mailbox per recipient).
 */
@ExtendWith(ArquillianExtension.class)
class SendingIT {

    private static final String STAFF = "bureau@example.nl";
    private static final Pattern MESSAGE_ID = Pattern.compile(
            "<nl\\.e(\\d+)\\.s(\\d+)\\.([A-Za-z0-9_-]{22})\\.[a-z0-9]+@([^>]+)>");

    @Deployment
    static WebArchive deployment() {
        return InContainer.deployment();
    }

    @Inject
    Sending sending;

    @Inject
    Editions editions;

    @Inject
    UnsubscribeTokens tokens;

    @Inject
    NewsletterSettings settings;

    @Inject
    Config config;

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

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

        assertEquals(1,
                count("SELECT COUNT(*) FROM nl_delivery WHERE edition_id = " + edition
                        + " AND subscriber_id = "
                        + subscriber + " AND status = 'SENT' AND attempts = 1 AND sent_at IS NOT NULL"));
        var statistics = sending.statistics(edition);
        assertEquals(1, statistics.recipients());
        assertEquals(1, statistics.delivered());
    }

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
        assertEquals(0, count("SELECT COUNT(*) FROM nl_delivery WHERE edition_id = " + edition));
        assertEquals(0, mailOf(edition, in1).size());

        await(() -> status(edition) == EditionStatus.SENT, 30, "sent after its time");
        assertTrue(LocalDateTime.now(ZoneOffset.UTC).isAfter(at));
        assertEquals(1, mailOf(edition, in1).size());
        assertEquals(1, mailOf(edition, in2).size());
        assertEquals(0, mailOf(edition, inUnsubscribed).size());
        assertEquals(0, mailOf(edition, elsewhere).size());
        assertEquals(0, mailOf(edition, ended).size(), "an ended employment is not in the rayon any more");
        assertEquals(2,
                count("SELECT COUNT(*) FROM nl_delivery WHERE edition_id = " + edition
                        + " AND subscriber_id IN ("
                        + s1 + ", " + s2 + ", " + su + ", " + se + ", " + sx + ") AND status = 'SENT'"));
        assertEquals(0, count("SELECT COUNT(*) FROM nl_delivery WHERE edition_id = " + edition
                + " AND subscriber_id IN (" + su + ", " + se + ", " + sx + ")"));
        assertTrue(count("SELECT COUNT(*) FROM nl_edition WHERE id = " + edition
                + " AND queued_at >= scheduled_at AND finished_at IS NOT NULL AND recipients >= 2") == 1);
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
        assertEquals(1,
                count("SELECT COUNT(*) FROM nl_delivery WHERE edition_id = " + edition
                        + " AND subscriber_id = "
                        + sc + " AND status = 'SENT'"));
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
        assertEquals(1,
                count("SELECT COUNT(*) FROM nl_delivery WHERE edition_id = " + edition
                        + " AND subscriber_id = "
                        + s4 + " AND attempts = 1 AND error LIKE 'bad address%'"));
        var progress = sending.progress(edition);
        assertEquals(4, progress.total());
        assertEquals(1, progress.sent());
        assertEquals(2, progress.skipped());
        assertEquals(1, progress.failed());
        assertEquals(0, progress.queued());
        assertEquals(100, progress.percent());
        assertEquals(1, sending.statistics(edition).failed());
    }

    @Test
    void pauseStopsSendingWithinASecondAndResumeFinishesIt() throws Exception {
        int n = 1500;
        var prefix = "nl-pause-" + System.nanoTime() + "-";
        long edition = edition("Pauze " + System.nanoTime(), "PAUSED");
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.executeUpdate("INSERT INTO nl_subscriber (email, language, status, created_at, confirmed_at)"
                    + " SELECT CONCAT('" + prefix
                    + "', seq, '@example.test'), 'nl', 'SUBSCRIBED', UTC_TIMESTAMP(6),"
                    + " UTC_TIMESTAMP(6) FROM seq_1_to_" + n);
            s.executeUpdate("INSERT INTO nl_delivery (edition_id, subscriber_id, status) SELECT " + edition
                    + ", id, 'QUEUED' FROM nl_subscriber WHERE email LIKE '" + prefix + "%'");
        }
        try {
            sending.resume(edition, STAFF);
            await(() -> sent(edition) >= 30, 30, "sending started");
            sending.pause(edition, STAFF);
            assertEquals(EditionStatus.PAUSED, status(edition));
            Thread.sleep(1500);
            int atPause = sent(edition);
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
            for (int i : new int[]{1, atPause, n}) {
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
        assertEquals(1, count("SELECT COUNT(*) FROM nl_edition WHERE id = " + edition
                + " AND lease_owner = 'node-elsewhere'"));

        await(() -> status(edition) == EditionStatus.SENT, 30, "sent once the lease expired");
        assertEquals(1, mailOf(edition, email).size());
        assertEquals(1,
                count("SELECT COUNT(*) FROM nl_edition WHERE id = " + edition + " AND lease_owner IS NULL"));
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
        assertEquals(0, count("SELECT COUNT(*) FROM nl_delivery WHERE edition_id = " + draft),
                "not a delivery");
        assertEquals("sending.test.address",
                business(assertThrows(Exception.class, () -> sending.sendTest(draft, "not an address", "nl")))
                        .messageKey());
    }

    // ---- helpers

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
        assertEquals(0, count("SELECT COUNT(*) FROM nl_delivery WHERE edition_id = " + edition));
        assertEquals(null, string("SELECT scheduled_at FROM nl_edition WHERE id = " + edition));
        assertEquals(1,
                count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'nl_edition' AND entity_id = "
                        + edition + " AND action = 'UNSCHEDULED' AND actor = 'newsletter-sender'"));
        Thread.sleep(2000);
        assertEquals(EditionStatus.DRAFT, status(edition));
        assertEquals(0, mailOf(edition, coach).size());
        assertEquals(null, delivery(edition, subscriber));
    }

    private static String unique(String what) {
        return "nl-" + what + "-" + System.nanoTime() + "@example.test";
    }

    private static BusinessException business(Throwable t) {
        for (var x = t; x != null; x = x.getCause()) {
            if (x instanceof BusinessException b) {
                return b;
            }
        }
        throw new AssertionError("not a business exception", t);
    }

    private long insert(String sql, Object... parameters) throws SQLException {
        try (var c = dataSource.getConnection();
                var s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
            try (var keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void update(String sql) throws SQLException {
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.executeUpdate(sql);
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

    private String string(String sql) {
        try (var c = dataSource.getConnection(); var s = c.createStatement(); var r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private EditionStatus status(long edition) {
        return EditionStatus.valueOf(string("SELECT status FROM nl_edition WHERE id = " + edition));
    }

    private String delivery(long edition, long subscriber) {
        return string("SELECT status FROM nl_delivery WHERE edition_id = " + edition + " AND subscriber_id = "
                + subscriber);
    }

    private int sent(long edition) {
        return count(
                "SELECT COUNT(*) FROM nl_delivery WHERE edition_id = " + edition + " AND status = 'SENT'");
    }

    private long subscriber(String email, String name, String language, String status) throws SQLException {
        return insert("INSERT INTO nl_subscriber (email, name, language, status, created_at, confirmed_at,"
                + " unsubscribed_at) VALUES (?, ?, ?, ?, UTC_TIMESTAMP(6), IF(? = 'PENDING', NULL, UTC_TIMESTAMP(6)),"
                + " IF(? = 'UNSUBSCRIBED', UTC_TIMESTAMP(6), NULL))", email, name, language, status, status,
                status);
    }

    private long segment(String kind, String value) throws SQLException {
        var existing = string(
                "SELECT id FROM nl_segment WHERE kind = '" + kind + "' AND value = '" + value + "'");
        if (existing != null) {
            return Long.parseLong(existing);
        }
        try {
            return insert(
                    "INSERT INTO nl_segment (name, kind, value, created_at) VALUES (?, ?, ?, UTC_TIMESTAMP(6))",
                    "Test " + kind + " " + value + " " + System.nanoTime(), kind, value);
        } catch (SQLException e) {
            // made by another test meanwhile
            return Long.parseLong(
                    string("SELECT id FROM nl_segment WHERE kind = '" + kind + "' AND value = '" + value
                            + "'"));
        }
    }

    /** An edition to nobody in particular (its deliveries are made by the test) with two items. */
    private long edition(String subject, String status) throws SQLException {
        boolean queued = !"DRAFT".equals(status);
        long everyone = Long.parseLong(string("SELECT id FROM nl_segment WHERE kind = 'EVERYONE'"));
        long id = insert(
                "INSERT INTO nl_edition (subject, intro, segment_id, status, queued_at, created_at, created_by)"
                        + " VALUES (?, ?, ?, ?, " + (queued ? "UTC_TIMESTAMP(6)" : "NULL")
                        + ", UTC_TIMESTAMP(6), ?)",
                subject, "Welkom bij deze editie.", everyone, status, STAFF);
        insert("INSERT INTO nl_edition_item (edition_id, position, title, body_html, link_url) VALUES (?, 1, ?, ?, ?)",
                id, "Eerste bericht", "<p>Over <strong>leerplicht</strong>.</p>",
                "https://www.ingrado.nl/nieuws");
        insert("INSERT INTO nl_edition_item (edition_id, position, title, body_html) VALUES (?, 2, ?, ?)", id,
                "Tweede bericht", "<ul><li>een</li><li>twee</li></ul>");
        return id;
    }

    private void queue(long edition, long... subscribers) throws SQLException {
        for (long s : subscribers) {
            update("INSERT INTO nl_delivery (edition_id, subscriber_id, status) VALUES (" + edition + ", " + s
                    + ", 'QUEUED')");
        }
        update("UPDATE nl_edition SET recipients = " + subscribers.length + " WHERE id = " + edition);
    }

    private long organisationIn(String rayon) {
        return Long.parseLong(string("SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id"
                + " JOIN rayon y ON y.id = g.rayon_id WHERE y.code = '" + rayon + "' AND o.status = 'ACTIVE'"
                + " ORDER BY o.id LIMIT 1"));
    }

    private long person(String email) throws SQLException {
        return insert("INSERT INTO person (first_name, last_name, email, status, created_at)"
                + " VALUES ('Test', 'Nieuwsbrief', ?, 'ACTIVE', UTC_TIMESTAMP(6))", email);
    }

    private void employ(long person, long organisation, String job, LocalDate ended) throws SQLException {
        insert("INSERT INTO employment (person_id, organisation_id, job, start_date, end_date, confirmation)"
                + " VALUES (?, ?, ?, ?, ?, 'CONFIRMED')", person, organisation, job,
                LocalDate.now().minusYears(2),
                ended);
    }

    /** The messages of {@code edition} in the recipient's GreenMail mailbox (a user per address, password = address). */
    private List<MimeMessage> mailOf(long edition, String email) throws Exception {
        var props = new Properties();
        var session = Session.getInstance(props);
        var found = new ArrayList<MimeMessage>();
        try (var store = session.getStore("imap")) {
            try {
                store.connect(config.getValue("portal.newsletter.bounce.host", String.class),
                        config.getValue("portal.newsletter.bounce.port", Integer.class), email, email);
            } catch (jakarta.mail.AuthenticationFailedException e) {
                return found; // no mail ever reached this address
            }
            var inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            for (var m : inbox.getMessages()) {
                var delivery = m.getHeader("X-Ingrado-Delivery");
                var id = m.getHeader("Message-ID");
                if ((delivery != null && delivery[0].startsWith("e" + edition + "."))
                        || (id != null && id[0].startsWith("<nl.e" + edition + "."))) {
                    var bytes = new ByteArrayOutputStream();
                    m.writeTo(bytes);
                    found.add(new MimeMessage(session, new ByteArrayInputStream(bytes.toByteArray())));
                }
            }
            inbox.close(false);
        }
        return found;
    }

    private static void await(BooleanSupplier condition, int seconds, String what)
            throws InterruptedException {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not within " + seconds + " s: " + what);
            }
            Thread.sleep(100);
        }
    }

    private static void sleepUntil(LocalDateTime utc) throws InterruptedException {
        long millis = java.time.Duration.between(LocalDateTime.now(ZoneOffset.UTC), utc).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}
