package nl.ingrado.portal.newsletter;

import static nl.ingrado.portal.newsletter.NewsletterFixtures.consents;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.edition;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.get;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.post;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.subscriber;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.subscriberStatus;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.token;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.unique;
import static nl.ingrado.portal.testing.Db.text;
import static nl.ingrado.portal.testing.Db.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.util.List;
import nl.ingrado.portal.testing.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * Unsubscribing from the newsletter: the RFC 8058 one-click POST works without cookies (form or multipart
 * encoded) and a forged token changes nothing; the link in the mail shows a confirmation page, and only
 * its button unsubscribes, never a GET of a link scanner.
 */
class NewsletterPublicUnsubscribeIT extends BrowserTest {

    @Test
    void oneClickPostWorksWithoutCookiesAndAForgedTokenChangesNothing() throws Exception {
        var email = unique("oneclick");
        long subscriber = subscriber(email);
        long edition = edition("Eenklik " + System.nanoTime(), "DRAFT");
        update("INSERT INTO nl_delivery (edition_id, subscriber_id, status) VALUES (?, ?, 'QUEUED')", edition,
                subscriber);
        var url = browser.baseUrl() + "/newsletter/unsubscribe?t=" + token(subscriber, edition);

        var forged = post(url.substring(0, url.length() - 2) + "xx", "List-Unsubscribe=One-Click");
        assertTrue(forged.statusCode() >= 400 && forged.statusCode() < 500, "status " + forged.statusCode());
        assertTrue(forged.body().contains("niet geldig"), forged.body());
        var other = post(browser.baseUrl() + "/newsletter/unsubscribe?t=" + token(subscriber + 1, edition)
                .replaceFirst("^s\\d+", "s" + subscriber), "List-Unsubscribe=One-Click");
        assertEquals(404, other.statusCode(), "a signature of another subscriber does not fit");
        assertEquals("SUBSCRIBED", subscriberStatus(email), "a forged token changes nothing");

        var response = post(url, "List-Unsubscribe=One-Click");
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
                text("SELECT status FROM nl_delivery WHERE edition_id = ? AND subscriber_id = ?",
                        edition, subscriber),
                "what was still queued for them is skipped");

        var again = post(url, "List-Unsubscribe=One-Click");
        assertEquals(200, again.statusCode());
        assertEquals(1, consents(email).size(), "a second POST records nothing more");

        // multipart/form-data is the other encoding RFC 8058 allows
        var second = unique("multipart");
        long secondId = subscriber(second);
        var boundary = "----nl" + System.nanoTime();
        var body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"List-Unsubscribe\"\r\n\r\n"
                + "One-Click\r\n--" + boundary + "--\r\n";
        var multipart = post(browser.baseUrl() + "/newsletter/unsubscribe?t=" + token(secondId, 0),
                HttpRequest.newBuilder().header("Content-Type", "multipart/form-data; boundary=" + boundary),
                body);
        assertEquals(200, multipart.statusCode(), multipart.body());
        assertEquals("UNSUBSCRIBED", subscriberStatus(second));
        assertNull(consents(second).get(0).get(4), "edition 0: not from an edition");
    }

    @Test
    void theLinkShowsAConfirmationPageAndOnlyItsButtonUnsubscribes() throws Exception {
        var email = unique("page");
        long subscriber = subscriber(email);
        var path = "/newsletter/unsubscribe?t=" + token(subscriber, 0);

        var scanner = get(browser.baseUrl() + path);
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

        var invalid = get(browser.baseUrl() + "/newsletter/unsubscribe?t=s1e0.AAAAAAAAAAAAAAAAAAAAAA");
        assertEquals(404, invalid.statusCode());
        browser.open("/newsletter/unsubscribe?t=%3Cscript%3E");
        assertTrue(browser.text().contains("Deze uitschrijflink is niet geldig."), browser.text());
        browser.assertAccessible();
    }
}
