package nl.ingrado.portal.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.ingrado.portal.testing.Browser;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.Db;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The newsletter as the public and a member meet it: double opt-in through the mailbox, the
 * unsubscribe page and the RFC 8058 one-click POST (without cookies), the member's toggle on the
 * profile, and the archive with its feeds, which show only sent editions.
 */
class NewsletterPublicIT extends BrowserTest {

    private static final User STAFF = BrowserFixtures.staff("Pieter Publiekstaf");

    private static final String FORM_NL = "Ja, ik wil de Ingrado Nieuwsbrief elke twee weken per e-mail ontvangen. "
            + "Ik kan me altijd weer uitschrijven via de link in elke nieuwsbrief.";

    /** No cookie handler: what a mail provider's one-click POST looks like. */
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .build();
    @Test
    void doubleOptInThroughTheMailbox() throws Exception {
        var email = unique("optin");
        browser.open("/newsletter/subscribe.xhtml").type("form:email", email).submit("form:submit");
        assertTrue(browser.text().contains("Vink aan dat je de nieuwsbrief wilt ontvangen."), browser.text());
        assertEquals(email, browser.find("form:email").getAttribute("value"), "what was typed stays");
        assertNull(subscriberStatus(email), "a refused form stores nothing");
        browser.type("form:email", "geen-adres").find("form:consent").click();
        browser.submit("form:submit");
        assertTrue(browser.text().contains("Dit is geen geldig e-mailadres."), browser.text());

        browser.type("form:email", email.toUpperCase()).type("form:name", "Nina Nieuwsgierig");
        assertTrue(browser.find("form:consent").isSelected(), "the box stays ticked after a refusal");
        assertEquals(FORM_NL,
                browser.driver().findElement(By.cssSelector("label[for='form:consent']")).getText(),
                "the consent sentence is the checkbox's label");
        // the form is stateless: it still works when the session is gone (or never was)
        browser.driver().manage().deleteAllCookies();
        browser.submit("form:submit");
        assertEquals("Kijk in je mailbox", browser.heading());
        assertEquals("PENDING", subscriberStatus(email), "the address is kept in lower case");
        var requested = consents(email);
        assertEquals(1, requested.size());
        assertEquals(List.of("REQUESTED", "PUBLIC_FORM", FORM_NL), requested.get(0).subList(0, 3));
        assertNotNull(requested.get(0).get(3), "the client address is the detail");
        assertNotNull(requested.get(0).get(5), "the time is kept");

        var link = Browser.linkMailedTo(email, "Bevestig je aanmelding");
        assertTrue(link.startsWith(browser.baseUrl() + "/newsletter/confirm.xhtml?token="), link);
        browser.driver().get(link);
        assertEquals("PENDING", subscriberStatus(email),
                "opening the link alone (a mail scanner) confirms nothing");
        browser.submit("confirmForm:confirm");
        assertEquals("/newsletter/index.xhtml", browser.path());
        assertTrue(browser.text().contains("Je aanmelding is bevestigd."), browser.text());
        assertEquals("SUBSCRIBED", subscriberStatus(email));
        var rows = consents(email);
        assertEquals(List.of("REQUESTED", "CONFIRMED"), rows.stream().map(r -> r.get(0)).toList());
        assertEquals(List.of("CONFIRMED", "PUBLIC_FORM", FORM_NL), rows.get(1).subList(0, 3));
        try (var db = Db.connect();
                var st = db.prepareStatement(
                        "SELECT confirmed_at IS NOT NULL, name FROM nl_subscriber WHERE email = ?")) {
            st.setString(1, email);
            try (var r = st.executeQuery()) {
                assertTrue(r.next() && r.getBoolean(1));
                assertEquals("Nina Nieuwsgierig", r.getString(2));
            }
        }

        browser.driver().get(link);
        assertTrue(browser.text().contains("Deze link is al gebruikt."), browser.text());
        assertTrue(browser.driver().findElements(By.id("confirmForm:confirm")).isEmpty());

        // the form again for a subscribed address: the same answer, a note by mail, no second subscription
        browser.open("/newsletter/subscribe.xhtml").type("form:email", email).find("form:consent").click();
        browser.submit("form:submit");
        assertEquals("Kijk in je mailbox", browser.heading());
        assertTrue(Browser.mailTo(email, "Je bent al ingeschreven").contains("er verandert niets"));
        assertEquals(2, consents(email).size());

        // the form can name anyone's address: after five mails an hour to one address it stays silent,
        // with the same answer on the page
        for (int i = 0; i < 5; i++) {
            browser.open("/newsletter/subscribe.xhtml").type("form:email", email).find("form:consent")
                    .click();
            browser.submit("form:submit");
            assertEquals("Kijk in je mailbox", browser.heading());
        }
        long until = System.nanoTime() + 15_000_000_000L;
        while (Browser.mailCountFor(email) < 5 && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        Thread.sleep(1500);
        assertEquals(5, Browser.mailCountFor(email), "the confirmation, then at most four notes in an hour");

        // an expired link is refused
        var late = unique("late");
        browser.open("/newsletter/subscribe.xhtml").type("form:email", late).find("form:consent").click();
        browser.submit("form:submit");
        var lateLink = Browser.linkMailedTo(late, "Bevestig je aanmelding");
        sql("UPDATE nl_confirmation c JOIN nl_subscriber s ON s.id = c.subscriber_id "
                + "SET c.expires_at = UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE, "
                + "c.created_at = UTC_TIMESTAMP(6) - INTERVAL 2 DAY WHERE s.email = ?", late);
        browser.driver().get(lateLink);
        assertTrue(browser.text().contains("Deze link is verlopen."), browser.text());
        assertEquals("PENDING", subscriberStatus(late));
    }

    @Test
    void oneClickPostWorksWithoutCookiesAndAForgedTokenChangesNothing() throws Exception {
        var email = unique("oneclick");
        long subscriber = insertSubscriber(email);
        long edition = insertEdition("Eenklik " + System.nanoTime(), "DRAFT", null);
        sql("INSERT INTO nl_delivery (edition_id, subscriber_id, status) VALUES (?, ?, 'QUEUED')", edition,
                subscriber);
        var url = browser.baseUrl() + "/newsletter/unsubscribe?t=" + token(subscriber, edition);

        var forged = http.send(post(url.substring(0, url.length() - 2) + "xx", "List-Unsubscribe=One-Click"),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(forged.statusCode() >= 400 && forged.statusCode() < 500, "status " + forged.statusCode());
        assertTrue(forged.body().contains("niet geldig"), forged.body());
        var other = http.send(
                post(browser.baseUrl() + "/newsletter/unsubscribe?t=" + token(subscriber + 1, edition)
                        .replaceFirst("^s\\d+", "s" + subscriber), "List-Unsubscribe=One-Click"),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, other.statusCode(), "a signature of another subscriber does not fit");
        assertEquals("SUBSCRIBED", subscriberStatus(email), "a forged token changes nothing");

        var response = http.send(post(url, "List-Unsubscribe=One-Click"),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(
                response.headers().allValues("set-cookie").stream()
                        .noneMatch(c -> c.startsWith("JSESSIONID")),
                "no session is made for a mail client");
        assertEquals("UNSUBSCRIBED", subscriberStatus(email));
        var rows = consents(email);
        assertEquals(1, rows.size());
        assertEquals(List.of("UNSUBSCRIBED", "ONE_CLICK"), rows.get(0).subList(0, 2));
        assertEquals(String.valueOf(edition), rows.get(0).get(4), "the edition's statistics count it");
        assertEquals("SKIPPED",
                scalar("SELECT status FROM nl_delivery WHERE edition_id = ? AND subscriber_id = ?",
                        edition, subscriber),
                "what was still queued for them is skipped");

        var again = http.send(post(url, "List-Unsubscribe=One-Click"), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, again.statusCode());
        assertEquals(1, consents(email).size(), "a second POST records nothing more");

        // multipart/form-data is the other encoding RFC 8058 allows
        var second = unique("multipart");
        long secondId = insertSubscriber(second);
        var boundary = "----nl" + System.nanoTime();
        var body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"List-Unsubscribe\"\r\n\r\n"
                + "One-Click\r\n--" + boundary + "--\r\n";
        var multipart = http.send(HttpRequest.newBuilder(URI.create(browser.baseUrl()
                + "/newsletter/unsubscribe?t=" + token(secondId, 0)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, multipart.statusCode(), multipart.body());
        assertEquals("UNSUBSCRIBED", subscriberStatus(second));
        assertNull(consents(second).get(0).get(4), "edition 0: not from an edition");
    }

    @Test
    void theLinkShowsAConfirmationPageAndOnlyItsButtonUnsubscribes() throws Exception {
        var email = unique("page");
        long subscriber = insertSubscriber(email);
        var path = "/newsletter/unsubscribe?t=" + token(subscriber, 0);

        var scanner = http.send(HttpRequest.newBuilder(URI.create(browser.baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, scanner.statusCode());
        browser.open(path);
        assertEquals("Uitschrijven voor de nieuwsbrief", browser.heading());
        assertTrue(browser.find("who").getText().contains(email.charAt(0) + "***@example.test"),
                browser.find("who").getText());
        assertFalse(browser.text().contains(email), "the page shows the address masked");
        assertEquals("SUBSCRIBED", subscriberStatus(email), "a GET (a link scanner) unsubscribes nobody");
        browser.assertAccessible();

        browser.submit("unsubscribe");
        assertEquals("/newsletter/unsubscribe", browser.path());
        assertEquals("Je bent uitgeschreven", browser.heading());
        assertEquals("UNSUBSCRIBED", subscriberStatus(email));
        assertEquals(List.of("UNSUBSCRIBED", "LINK"), consents(email).get(0).subList(0, 2));
        browser.assertAccessible();
        browser.submit("subscribeAgain");
        assertEquals("/newsletter/subscribe.xhtml", browser.path());

        var invalid = http.send(HttpRequest.newBuilder(URI.create(browser.baseUrl()
                + "/newsletter/unsubscribe?t=s1e0.AAAAAAAAAAAAAAAAAAAAAA")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, invalid.statusCode());
        browser.open("/newsletter/unsubscribe?t=%3Cscript%3E");
        assertTrue(browser.text().contains("Deze uitschrijflink is niet geldig."), browser.text());
        browser.assertAccessible();
    }

    @Test
    void aMemberSubscribesAndUnsubscribesOnTheProfileWithoutMail() throws Exception {
        var email = unique("lid").replace("@example.test", "@example.nl");
        browser.signUpAndConfirm("Mila Mailbaar", email, "nieuwsbrief wachtwoord").logIn(email,
                "nieuwsbrief wachtwoord");
        browser.open("/account/profile.xhtml");
        assertTrue(browser.find("newsletterStatus").getText().contains("niet"), browser.text());
        browser.assertAccessible();
        long mails = Browser.mailCountFor(email);
        browser.submit("newsletter:subscribe");
        assertEquals("/account/profile.xhtml", browser.path());
        assertTrue(browser.text().contains("Je bent aangemeld voor de nieuwsbrief."), browser.text());
        assertEquals("SUBSCRIBED", subscriberStatus(email));
        var rows = consents(email);
        assertEquals(List.of("SUBSCRIBED", "PROFILE"), rows.get(0).subList(0, 2));
        assertTrue(rows.get(0).get(2).startsWith("Ja, stuur mij de Ingrado Nieuwsbrief"), rows.get(0).get(2));
        assertEquals(email,
                scalar("SELECT a.email FROM nl_subscriber s JOIN account a ON a.id = s.account_id "
                        + "WHERE s.email = ?", email),
                "linked to the account");

        browser.submit("newsletter:unsubscribe");
        assertTrue(browser.text().contains("Je bent uitgeschreven voor de nieuwsbrief."), browser.text());
        assertEquals("UNSUBSCRIBED", subscriberStatus(email));
        assertEquals(List.of("UNSUBSCRIBED", "PROFILE"), consents(email).get(1).subList(0, 2));
        assertEquals(mails, Browser.mailCountFor(email), "logged in: no confirmation mail");

        browser.open("/account/profile.xhtml?lang=en");
        assertTrue(browser.find("newsletterStatus").getText().contains("unsubscribed"), browser.text());
        browser.assertAccessible();

        // privacy: the subscription and its consent history are in the data export, and go with erasure
        browser.open("/account/privacy.xhtml?lang=nl");
        var state = browser.driver()
                .findElement(By.cssSelector("#download input[name='jakarta.faces.ViewState']"))
                .getAttribute("value");
        var export = http
                .send(HttpRequest.newBuilder(URI.create(browser.baseUrl() + "/account/privacy.xhtml"))
                        .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("download=download&download%3Asubmit=x"
                                + "&jakarta.faces.ViewState="
                                + java.net.URLEncoder.encode(state, StandardCharsets.UTF_8)))
                        .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, export.statusCode());
        assertTrue(
                export.body()
                        .contains("\"newsletter\":{\"email\":\"" + email + "\",\"status\":\"UNSUBSCRIBED\""),
                export.body());
        assertTrue(export.body().contains("Ja, stuur mij de Ingrado Nieuwsbrief"), "the text agreed to");
        browser.find("form:understood").click();
        browser.submit("form:submit");
        browser.logOut().logInAs(STAFF).open("/staff/erasures.xhtml");
        browser.clickAndWait(browser.driver().findElements(By.cssSelector("#erasureTable tbody tr")).stream()
                .filter(r -> r.getText().contains(email)).findFirst().orElseThrow()
                .findElement(By.cssSelector("input[value='Uitvoeren']")));
        assertTrue(browser.text().contains("De gegevens zijn verwijderd."), browser.text());
        assertNull(subscriberStatus(email), "the subscription is erased with its consent rows");
    }

    @Test
    void theArchiveAndTheFeedsShowOnlySentEditions() throws Exception {
        var mark = String.valueOf(System.nanoTime());
        long older = insertEdition("Archief " + mark + " eerder", "SENT", 21);
        long sent = insertEdition("Archief " + mark + " verzonden & <gemeld>", "SENT", 20);
        long draft = insertEdition("Archief " + mark + " concept", "DRAFT", null);
        long paused = insertEdition("Archief " + mark + " gepauzeerd", "PAUSED", null);
        long png = insertImage();
        long hidden = insertImage();
        sql("INSERT INTO nl_edition_item (edition_id, position, title, body_html, link_url, image_id, image_alt) "
                + "VALUES (?, 1, 'Veilig bericht', '<p>Gewone tekst</p><script>window.hacked = 1</script>', "
                + "'https://www.ingrado.nl/', ?, 'Leerlingen in een klas')", sent, png);
        sql("INSERT INTO nl_edition_item (edition_id, position, title, body_html, image_id, image_alt) "
                + "VALUES (?, 1, 'Nog geheim', '<p>Concepttekst</p>', ?, 'Geheim')", draft, hidden);

        browser.open("/newsletter/index.xhtml");
        var text = browser.text();
        assertTrue(text.contains("Archief " + mark + " verzonden & <gemeld>"), text);
        assertTrue(text.indexOf(mark + " verzonden") < text.indexOf(mark + " eerder"), "newest first");
        assertFalse(text.contains(mark + " concept"), text);
        assertFalse(text.contains(mark + " gepauzeerd"), text);
        assertEquals(2, browser.driver().findElements(By.cssSelector("head link[rel='alternate']")).size());
        browser.assertAccessible();

        browser.clickAndWait(browser.driver().findElement(By.cssSelector("#edition-" + sent + " a")));
        assertEquals("Archief " + mark + " verzonden & <gemeld>", browser.heading());
        assertTrue(browser.text().contains("Gewone tekst"));
        assertNull(((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return window.hacked"), "no script from an item's body runs");
        var img = browser.find("item-1").findElement(By.tagName("img"));
        assertEquals("Leerlingen in een klas", img.getAttribute("alt"));
        browser.assertAccessible();

        for (long unsent : new long[]{draft, paused}) {
            var page = get("/newsletter/edition.xhtml?id=" + unsent);
            assertEquals(404, page.statusCode(), "unsent edition " + unsent);
            assertFalse(page.body().contains(mark), "nothing of an unsent edition leaks");
        }
        assertEquals(404, get("/newsletter/edition.xhtml?id=abc").statusCode());
        // paused after it reached someone: their "view in your browser" works, the archive still waits
        long reached = insertEdition("Archief " + mark + " onderweg", "PAUSED", null);
        sql("INSERT INTO nl_delivery (edition_id, subscriber_id, status, sent_at) VALUES (?, ?, 'SENT', "
                + "UTC_TIMESTAMP(6))", reached, insertSubscriber(unique("reader")));
        assertEquals(200, get("/newsletter/edition.xhtml?id=" + reached).statusCode());
        assertFalse(get("/newsletter/index.xhtml").body().contains(mark + " onderweg"));
        var image = http
                .send(HttpRequest.newBuilder(URI.create(browser.baseUrl() + "/newsletter/image?id=" + png))
                        .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, image.statusCode());
        assertEquals("image/png", image.headers().firstValue("content-type").orElse(""));
        assertEquals("nosniff", image.headers().firstValue("x-content-type-options").orElse(""));
        assertTrue(image.headers().firstValue("cache-control").orElse("").contains("max-age"));
        assertEquals(404, get("/newsletter/image?id=" + hidden).statusCode(),
                "a draft's image is not public");

        for (var feed : List.of("rss.xml", "atom.xml")) {
            var response = get("/newsletter/" + feed);
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("content-type").orElse("")
                    .startsWith(feed.startsWith("rss") ? "application/rss+xml" : "application/atom+xml"));
            var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
            var titles = new ArrayList<String>();
            var nodes = xml.getElementsByTagName("title");
            for (int i = 0; i < nodes.getLength(); i++) {
                titles.add(nodes.item(i).getTextContent());
            }
            assertTrue(titles.contains("Archief " + mark + " verzonden & <gemeld>"), feed + ": " + titles);
            assertFalse(titles.stream().anyMatch(t -> t.contains(mark + " concept")), feed);
            assertTrue(response.body().contains(browser.baseUrl() + "/newsletter/edition.xhtml?id=" + sent),
                    feed + " links absolutely");
        }

        // staff preview an unsent edition as its web page
        browser.logInAs(STAFF);
        browser.open("/newsletter/edition.xhtml?id=" + draft);
        assertEquals("Archief " + mark + " concept", browser.heading());
        assertTrue(browser.find("preview").getText().contains("concept"), browser.text());
        assertEquals(200,
                ((Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                        "var done = arguments[0]; fetch('" + browser.baseUrl() + "/newsletter/image?id="
                                + hidden
                                + "').then(r => done(r.status));"))
                        .intValue(),
                "staff see a draft's image");
    }

    @Test
    void everyNewPageIsAccessibleInDutchAndEnglish() throws Exception {
        long subscriber = insertSubscriber(unique("axe"));
        var unsubscribe = "/newsletter/unsubscribe?t=" + token(subscriber, 0);
        long edition = Long.parseLong(scalar("SELECT MAX(id) FROM nl_edition WHERE status = 'SENT'"));
        for (var lang : List.of("nl", "en")) {
            browser.open("/newsletter/index.xhtml?lang=" + lang);
            assertEquals(lang, browser.pageLanguage());
            browser.assertAccessible();
            browser.open("/newsletter/subscribe.xhtml");
            browser.assertAccessible();
            browser.submit("form:submit");
            assertTrue(
                    browser.driver().findElements(By.cssSelector(".ui-message-error, .ui-message"))
                            .size() > 0,
                    "the empty form is refused with messages");
            browser.assertAccessible();
            browser.open("/newsletter/subscribe.xhtml?sent=true");
            browser.assertAccessible();
            browser.open("/newsletter/confirm.xhtml?token=" + "x".repeat(43));
            browser.assertAccessible();
            browser.open("/newsletter/edition.xhtml?id=" + edition);
            browser.assertAccessible();
            browser.open("/newsletter/edition.xhtml?id=0");
            browser.assertAccessible();
            browser.open(unsubscribe);
            assertEquals(lang, browser.pageLanguage());
            browser.assertAccessible();
        }
        browser.open(unsubscribe + "&lang=nl");
        assertEquals("Uitschrijven voor de nieuwsbrief", browser.heading(),
                "the switch works on the servlet's URL");
    }

    // --- arranging and reading data -------------------------------------------------------------

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(browser.baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest post(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String unique(String prefix) {
        return "nl-" + prefix + "-" + System.nanoTime() + "@example.test";
    }

    /** The same token as {@code UnsubscribeTokens.sign}: HMAC-SHA256 with the key in nl_secret, 128 bits. */
    private static String token(long subscriber, long edition) throws Exception {
        var key = HexFormat.of().parseHex(scalar("SELECT value FROM nl_secret WHERE id = 1"));
        var payload = "s" + subscriber + "e" + edition;
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        var full = mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        return payload + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(full, 16));
    }

    private static long insertSubscriber(String email) throws SQLException {
        return insert("INSERT INTO nl_subscriber (email, language, status, created_at, confirmed_at) "
                + "VALUES (?, 'nl', 'SUBSCRIBED', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))", email);
    }

    /** A sent edition finished {@code daysAgo} (long enough ago not to be "the last edition" of the rhythm). */
    private static long insertEdition(String subject, String status, Integer daysAgo) throws SQLException {
        return switch (status) {
            case "SENT" ->
                insert("INSERT INTO nl_edition (subject, segment_id, status, queued_at, finished_at, "
                        + "recipients, created_at) VALUES (?, (SELECT id FROM nl_segment WHERE kind = 'EVERYONE'), 'SENT', "
                        + "UTC_TIMESTAMP(6) - INTERVAL ? DAY, UTC_TIMESTAMP(6) - INTERVAL ? DAY, 0, "
                        + "UTC_TIMESTAMP(6) - INTERVAL ? DAY)", subject, daysAgo, daysAgo, daysAgo + 1);
            // paused without any delivery: nothing for any node to send
            case "PAUSED" ->
                insert("INSERT INTO nl_edition (subject, segment_id, status, queued_at, recipients, "
                        + "created_at) VALUES (?, (SELECT id FROM nl_segment WHERE kind = 'EVERYONE'), 'PAUSED', "
                        + "UTC_TIMESTAMP(6), 0, UTC_TIMESTAMP(6))", subject);
            default -> insert("INSERT INTO nl_edition (subject, segment_id, status, created_at) VALUES "
                    + "(?, (SELECT id FROM nl_segment WHERE kind = 'EVERYONE'), 'DRAFT', UTC_TIMESTAMP(6))",
                    subject);
        };
    }

    private static long insertImage() throws SQLException {
        // the smallest valid PNG: one transparent pixel
        var png = Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
        try (var db = Db.connect();
                var st = db.prepareStatement("INSERT INTO nl_image (content_type, content, created_at) "
                        + "VALUES ('image/png', ?, UTC_TIMESTAMP(6))", Statement.RETURN_GENERATED_KEYS)) {
            st.setBytes(1, png);
            st.executeUpdate();
            try (var keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static String subscriberStatus(String email) throws SQLException {
        return scalar("SELECT status FROM nl_subscriber WHERE email = ?", email.toLowerCase());
    }

    /** action, source, consent_text, source_detail, edition_id, at — oldest first. */
    private static List<List<String>> consents(String email) throws SQLException {
        try (var db = Db.connect();
                var st = db.prepareStatement("SELECT c.action, c.source, c.consent_text, "
                        + "c.source_detail, c.edition_id, c.at FROM nl_consent c JOIN nl_subscriber s ON s.id = c.subscriber_id "
                        + "WHERE s.email = ? ORDER BY c.at, c.id")) {
            st.setString(1, email.toLowerCase());
            var rows = new ArrayList<List<String>>();
            try (var r = st.executeQuery()) {
                while (r.next()) {
                    var row = new ArrayList<String>();
                    for (int i = 1; i <= 6; i++) {
                        row.add(r.getString(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    private static String scalar(String sql, Object... params) throws SQLException {
        try (var db = Db.connect(); var st = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            try (var r = st.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private static void sql(String sql, Object... params) throws SQLException {
        try (var db = Db.connect(); var st = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            st.executeUpdate();
        }
    }

    private static long insert(String sql, Object... params) throws SQLException {
        try (var db = Db.connect(); var st = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            st.executeUpdate();
            try (var keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
