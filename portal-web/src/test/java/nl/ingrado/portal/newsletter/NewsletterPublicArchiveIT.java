package nl.ingrado.portal.newsletter;

import static nl.ingrado.portal.newsletter.NewsletterFixtures.get;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.subscriber;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.token;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.unique;
import static nl.ingrado.portal.testing.Db.insert;
import static nl.ingrado.portal.testing.Db.text;
import static nl.ingrado.portal.testing.Db.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The newsletter's public pages: the archive and its RSS and Atom feeds show only sent editions (staff
 * preview the others), their images only when public; every new page is accessible in Dutch and
 * English.
 */
class NewsletterPublicArchiveIT extends BrowserTest {

    private static final User STAFF = BrowserFixtures.staff("Aart Archiefstaf");

    @Test
    void theArchiveAndTheFeedsShowOnlySentEditions() throws Exception {
        var mark = String.valueOf(System.nanoTime());
        long older = archived("Archief " + mark + " eerder", "SENT", 21);
        long sent = archived("Archief " + mark + " verzonden & <gemeld>", "SENT", 20);
        long draft = archived("Archief " + mark + " concept", "DRAFT", null);
        long paused = archived("Archief " + mark + " gepauzeerd", "PAUSED", null);
        long png = insertImage();
        long hidden = insertImage();
        update("INSERT INTO nl_edition_item (edition_id, position, title, body_html, link_url, image_id, image_alt) "
                + "VALUES (?, 1, 'Veilig bericht', '<p>Gewone tekst</p><script>window.hacked = 1</script>', "
                + "'https://www.ingrado.nl/', ?, 'Leerlingen in een klas')", sent, png);
        update("INSERT INTO nl_edition_item (edition_id, position, title, body_html, image_id, image_alt) "
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
        assertNull(((JavascriptExecutor) browser.driver()).executeScript(
                "return window.hacked"), "no script from an item's body runs");
        var img = browser.find("item-1").findElement(By.tagName("img"));
        assertEquals("Leerlingen in een klas", img.getAttribute("alt"));
        browser.assertAccessible();

        for (long unsent : new long[]{draft, paused}) {
            var page = get(browser.baseUrl() + "/newsletter/edition.xhtml?id=" + unsent);
            assertEquals(404, page.statusCode(), "unsent edition " + unsent);
            assertFalse(page.body().contains(mark), "nothing of an unsent edition leaks");
        }
        assertEquals(404, get(browser.baseUrl() + "/newsletter/edition.xhtml?id=abc").statusCode());
        // paused after it reached someone: their "view in your browser" works, the archive still waits
        long reached = archived("Archief " + mark + " onderweg", "PAUSED", null);
        update("INSERT INTO nl_delivery (edition_id, subscriber_id, status, sent_at) VALUES (?, ?, 'SENT', "
                + "UTC_TIMESTAMP(6))", reached, subscriber(unique("reader")));
        assertEquals(200, get(browser.baseUrl() + "/newsletter/edition.xhtml?id=" + reached).statusCode());
        assertFalse(get(browser.baseUrl() + "/newsletter/index.xhtml").body().contains(mark + " onderweg"));
        var image = get(browser.baseUrl() + "/newsletter/image?id=" + png);
        assertEquals(200, image.statusCode());
        assertEquals("image/png", image.headers().firstValue("content-type").orElse(""));
        assertEquals("nosniff", image.headers().firstValue("x-content-type-options").orElse(""));
        assertTrue(image.headers().firstValue("cache-control").orElse("").contains("max-age"));
        assertEquals(404, get(browser.baseUrl() + "/newsletter/image?id=" + hidden).statusCode(),
                "a draft's image is not public");

        for (var feed : List.of("rss.xml", "atom.xml")) {
            var response = get(browser.baseUrl() + "/newsletter/" + feed);
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
                ((Number) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                        "var done = arguments[0]; fetch('" + browser.baseUrl() + "/newsletter/image?id="
                                + hidden
                                + "').then(r => done(r.status));"))
                        .intValue(),
                "staff see a draft's image");
    }

    @Test
    void everyNewPageIsAccessibleInDutchAndEnglish() throws Exception {
        long subscriber = subscriber(unique("axe"));
        var unsubscribe = "/newsletter/unsubscribe?t=" + token(subscriber, 0);
        long edition = Long.parseLong(text("SELECT MAX(id) FROM nl_edition WHERE status = 'SENT'"));
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

    /** An edition without items; a sent one finished {@code daysAgo} (long enough ago not to be "the last edition" of the rhythm). */
    private static long archived(String subject, String status, Integer daysAgo) {
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

    private static long insertImage() {
        // the smallest valid PNG: one transparent pixel
        return insert("INSERT INTO nl_image (content_type, content, created_at) VALUES ('image/png', ?,"
                + " UTC_TIMESTAMP(6))",
                (Object) Base64.getDecoder().decode(
                        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="));
    }
}
