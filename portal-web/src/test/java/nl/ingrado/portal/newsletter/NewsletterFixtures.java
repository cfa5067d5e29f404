package nl.ingrado.portal.newsletter;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.ingrado.portal.newsletter.entity.EditionStatus;
import nl.ingrado.portal.testing.Db;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The newsletter rows a test makes for itself (subscribers, editions, segments, the people a segment
 * finds) and what it reads back: statuses, consent rows, the mail in a recipient's GreenMail mailbox.
 * Through {@link Db}, so the same in the container and in the browser tests' JVM.
 */
final class NewsletterFixtures {

    /** The staff member who schedules, sends and pauses in the in-container tests. */
    static final String STAFF = "bureau@example.nl";

    private NewsletterFixtures() {
    }

    /** A new lower-case address at example.test, e.g. {@code nl-optin-81234@example.test}. */
    static String unique(String what) {
        return "nl-" + what + "-" + System.nanoTime() + "@example.test";
    }

    /** Polls every 50 ms until {@code condition} holds; fails after {@code seconds}. */
    static void await(BooleanSupplier condition, int seconds, String what) throws InterruptedException {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not within " + seconds + " s: " + what);
            }
            Thread.sleep(50);
        }
    }

    // ---- subscribers and people

    /** A subscriber of {@code status} (PENDING, SUBSCRIBED or UNSUBSCRIBED), confirmed unless pending. */
    static long subscriber(String email, String name, String language, String status) {
        return Db.insert("INSERT INTO nl_subscriber (email, name, language, status, created_at, confirmed_at,"
                + " unsubscribed_at) VALUES (?, ?, ?, ?, UTC_TIMESTAMP(6), IF(? = 'PENDING', NULL, UTC_TIMESTAMP(6)),"
                + " IF(? = 'UNSUBSCRIBED', UTC_TIMESTAMP(6), NULL))", email, name, language, status, status,
                status);
    }

    /** Whether the subscriber's row meets {@code condition} (SQL on nl_subscriber). */
    static boolean subscriberWhere(long subscriber, String condition) {
        return Db.number("SELECT COUNT(*) FROM nl_subscriber WHERE id = ? AND " + condition, subscriber) == 1;
    }

    /** A subscribed reader in Dutch, without a name. */
    static long subscriber(String email) {
        return subscriber(email, null, "nl", "SUBSCRIBED");
    }

    static String subscriberStatus(String email) {
        return Db.text("SELECT status FROM nl_subscriber WHERE email = ?", email.toLowerCase());
    }

    /** action, source, consent_text, source_detail, edition_id, at — oldest first. */
    static List<List<String>> consents(String email) {
        return Db.rows("SELECT c.action, c.source, c.consent_text, c.source_detail, c.edition_id, c.at"
                + " FROM nl_consent c JOIN nl_subscriber s ON s.id = c.subscriber_id WHERE s.email = ?"
                + " ORDER BY c.at, c.id", email.toLowerCase());
    }

    /** The first active organisation in {@code rayon}. */
    static long organisationIn(String rayon) {
        return Db.number("SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id"
                + " JOIN rayon y ON y.id = g.rayon_id WHERE y.code = ? AND o.status = 'ACTIVE'"
                + " ORDER BY o.id LIMIT 1", rayon);
    }

    static long person(String email) {
        return Db.insert("INSERT INTO person (first_name, last_name, email, status, created_at)"
                + " VALUES ('Test', 'Nieuwsbrief', ?, 'ACTIVE', UTC_TIMESTAMP(6))", email);
    }

    /** A confirmed job since two years, ended on {@code ended} unless that is null. */
    static void employ(long person, long organisation, String job, LocalDate ended) {
        Db.insert(
                "INSERT INTO employment (person_id, organisation_id, job, start_date, end_date, confirmation)"
                        + " VALUES (?, ?, ?, ?, ?, 'CONFIRMED')",
                person, organisation, job,
                LocalDate.now().minusYears(2), ended);
    }

    // ---- editions

    /** The segment of this rule: made here, or the one another test (or the demo) made first. */
    static long segment(String kind, String value) {
        var sql = "SELECT id FROM nl_segment WHERE kind = ? AND value = ?";
        var existing = Db.text(sql, kind, value);
        if (existing != null) {
            return Long.parseLong(existing);
        }
        try {
            return Db.insert(
                    "INSERT INTO nl_segment (name, kind, value, created_at) VALUES (?, ?, ?, UTC_TIMESTAMP(6))",
                    "Test " + kind + " " + value + " " + System.nanoTime(), kind, value);
        } catch (IllegalStateException e) {
            // made by another test meanwhile
            return Db.number(sql, kind, value);
        }
    }

    /** An edition to nobody in particular (its deliveries are made by the test) with two items. */
    static long edition(String subject, String status) {
        boolean queued = !"DRAFT".equals(status);
        long id = Db.insert(
                "INSERT INTO nl_edition (subject, intro, segment_id, status, queued_at, created_at, created_by)"
                        + " VALUES (?, ?, (SELECT id FROM nl_segment WHERE kind = 'EVERYONE'), ?, "
                        + (queued ? "UTC_TIMESTAMP(6)" : "NULL") + ", UTC_TIMESTAMP(6), ?)",
                subject, "Welkom bij deze editie.", status, STAFF);
        Db.update("INSERT INTO nl_edition_item (edition_id, position, title, body_html, link_url)"
                + " VALUES (?, 1, ?, ?, ?)", id, "Eerste bericht", "<p>Over <strong>leerplicht</strong>.</p>",
                "https://www.ingrado.nl/nieuws");
        Db.update("INSERT INTO nl_edition_item (edition_id, position, title, body_html) VALUES (?, 2, ?, ?)",
                id, "Tweede bericht", "<ul><li>een</li><li>twee</li></ul>");
        return id;
    }

    /** Queues {@code edition} for exactly these subscribers. */
    static void queue(long edition, long... subscribers) {
        for (long s : subscribers) {
            Db.update("INSERT INTO nl_delivery (edition_id, subscriber_id, status) VALUES (?, ?, 'QUEUED')",
                    edition, s);
        }
        Db.update("UPDATE nl_edition SET recipients = ? WHERE id = ?", subscribers.length, edition);
    }

    static EditionStatus status(long edition) {
        return EditionStatus.valueOf(Db.text("SELECT status FROM nl_edition WHERE id = ?", edition));
    }

    /** The status of the delivery of {@code edition} to {@code subscriber}; null when there is none. */
    static String delivery(long edition, long subscriber) {
        return Db.text("SELECT status FROM nl_delivery WHERE edition_id = ? AND subscriber_id = ?", edition,
                subscriber);
    }

    /** Whether the delivery of {@code edition} to {@code subscriber} meets {@code condition} (SQL on nl_delivery). */
    static boolean deliveryWhere(long edition, long subscriber, String condition) {
        return Db.number("SELECT COUNT(*) FROM nl_delivery WHERE edition_id = ? AND subscriber_id = ? AND "
                + condition, edition, subscriber) == 1;
    }

    static long sent(long edition) {
        return Db.number("SELECT COUNT(*) FROM nl_delivery WHERE edition_id = ? AND status = 'SENT'",
                edition);
    }

    // ---- what readers receive

    /** The same token as {@code UnsubscribeTokens.sign}: HMAC-SHA256 with the key in nl_secret, 128 bits. */
    static String token(long subscriber, long edition) throws Exception {
        var key = HexFormat.of().parseHex(Db.text("SELECT value FROM nl_secret WHERE id = 1"));
        var payload = "s" + subscriber + "e" + edition;
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        var full = mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        return payload + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, 16));
    }

    /** The messages of {@code edition} in the recipient's GreenMail mailbox (a user per address, password = address). */
    static List<MimeMessage> mailOf(long edition, String email) throws Exception {
        var config = ConfigProvider.getConfig();
        var session = Session.getInstance(new Properties());
        var found = new ArrayList<MimeMessage>();
        try (var store = session.getStore("imap")) {
            try {
                store.connect(config.getValue("portal.newsletter.bounce.host", String.class),
                        config.getValue("portal.newsletter.bounce.port", Integer.class), email, email);
            } catch (AuthenticationFailedException e) {
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

    // ---- plain HTTP, as a mail client or a link scanner comes: no cookies, no redirects followed

    static HttpResponse<String> get(String url) throws Exception {
        return Http.CLIENT.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String url, HttpRequest.Builder request, String body) throws Exception {
        return Http.CLIENT.send(request.uri(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form POST ({@code application/x-www-form-urlencoded}). */
    static HttpResponse<String> post(String url, String form) throws Exception {
        return post(url, HttpRequest.newBuilder().header("Content-Type", "application/x-www-form-urlencoded"),
                form);
    }

    /** Made on first use only: the in-container tests, which load this class too, need no client. */
    private static final class Http {
        static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }
}
