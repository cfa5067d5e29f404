package nl.ingrado.portal.newsletter;

import static nl.ingrado.portal.newsletter.NewsletterFixtures.subscriber;
import static nl.ingrado.portal.testing.Db.number;
import static nl.ingrado.portal.testing.Db.text;
import static nl.ingrado.portal.testing.Db.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import nl.ingrado.portal.testing.Browser;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.HttpSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Editions as staff make them: composing one (sanitised text, an image checked by its content, links
 * checked), the mail preview, a test to oneself through GreenMail, scheduling in Dutch time and
 * withdrawing it; a sent edition shows its figures and cannot be changed; members are kept out. Axe in
 * Dutch and English on every page.
 */
class NewsletterStaffEditionIT extends BrowserTest {

    private static final User STAFF = BrowserFixtures.staff("Nina Nieuwsbriefstaf");

    /** A 1×1 transparent PNG. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    private final String tag = "nls" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void staffComposePreviewTestAndScheduleAnEdition() throws Exception {
        browser.logInAs(STAFF).open("/staff/index.xhtml");
        browser.clickAndWait(browser.find("newsletterLink"));
        assertEquals("Nieuwsbrief", browser.heading());
        browser.assertAccessible();
        browser.submit("newEdition");
        assertEquals("Nieuwe editie", browser.heading());
        browser.assertAccessible();
        var subject = "Nieuwsbrief " + tag;
        browser.type("form:subject", subject).type("form:intro", "Welkom bij deze editie.")
                .submit("form:save");
        long id = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        assertTrue(browser.text().contains("De editie is aangemaakt"));

        var image = Files.createTempFile("logo", ".png");
        Files.write(image, PNG);
        browser.type("itemForm:itemTitle", "Eerste bericht " + tag)
                .type("itemForm:itemBody", "<p>Hallo <strong>wereld</strong></p><script>alert('x')</script>"
                        + "<p onclick=\"steal()\">Klik <a href=\"https://www.ingrado.nl/\" onmouseover=\"x()\">hier</a></p>")
                .type("itemForm:itemLink", "https://www.ingrado.nl/nieuws");
        browser.find("itemForm:itemImage").sendKeys(image.toString());
        browser.type("itemForm:itemImageAlt", "Het logo van Ingrado").submit("itemForm:saveItem");
        assertTrue(browser.text().contains("Het bericht is toegevoegd"), browser.text());
        browser.type("itemForm:itemTitle", "Tweede bericht " + tag)
                .type("itemForm:itemBody", "<p>Meer nieuws</p>")
                .submit("itemForm:saveItem");

        // a link that is not http(s) is refused with a message, and nothing is stored
        browser.type("itemForm:itemTitle", "Derde " + tag).type("itemForm:itemBody", "<p>x</p>")
                .type("itemForm:itemLink", "javascript:alert(1)").submit("itemForm:saveItem");
        assertTrue(browser.text().contains("begint met https:// of http://"), browser.text());
        // an image needs its description; a non-image is refused by its content
        var fake = Files.createTempFile("fake", ".png");
        Files.writeString(fake, "<html>not an image</html>");
        browser.type("itemForm:itemLink", "");
        browser.find("itemForm:itemImage").sendKeys(fake.toString());
        browser.submit("itemForm:saveItem");
        assertTrue(browser.text().contains("Alleen PNG-, JPEG- en GIF-afbeeldingen"), browser.text());
        assertEquals(2, number("SELECT COUNT(*) FROM nl_edition_item WHERE edition_id = ?", id));

        try (var db = Db.connect();
                var s = db.prepareStatement(
                        "SELECT i.body_html, i.image_alt, m.content_type FROM nl_edition_item i LEFT JOIN nl_image m "
                                + "ON m.id = i.image_id WHERE i.edition_id = ? ORDER BY i.position")) {
            s.setLong(1, id);
            try (var rs = s.executeQuery()) {
                rs.next();
                var body = rs.getString(1);
                assertFalse(
                        body.contains("script") || body.contains("onclick") || body.contains("onmouseover")
                                || body.contains("alert"),
                        body);
                assertTrue(
                        body.contains("<strong>wereld</strong>")
                                && body.contains("href=\"https://www.ingrado.nl/\""),
                        body);
                assertEquals("Het logo van Ingrado", rs.getString(2));
                assertEquals("image/png", rs.getString(3));
            }
        }
        browser.open("/staff/newsletter/edition.xhtml?id=" + id);
        var shown = browser.driver().findElements(By.cssSelector(".item-html")).stream()
                .map(WebElement::getText)
                .toList();
        assertEquals(2, shown.size());
        assertTrue(shown.get(0).contains("<strong>wereld</strong>") && !shown.get(0).contains("script")
                && !shown.get(0).contains("onclick"), shown.get(0));

        // the second item moves up
        var second = browser.driver()
                .findElement(By.cssSelector("tr.item-row:nth-of-type(2) input[value='Omhoog']"));
        browser.clickAndWait(second);
        var titles = browser.driver().findElements(By.cssSelector("tr.item-row td:first-child")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Tweede bericht " + tag, "Eerste bericht " + tag), titles);

        // the mail preview shows the items
        browser.driver().switchTo().frame("previewFrame");
        var preview = browser.driver().findElement(By.tagName("body")).getText();
        browser.driver().switchTo().defaultContent();
        assertTrue(preview.contains("Eerste bericht " + tag) && preview.contains("Tweede bericht " + tag)
                && preview.contains("Welkom bij deze editie."), preview);
        browser.assertAccessible();

        // a test to oneself
        browser.submit("testForm:sendTest");
        assertTrue(browser.text().contains("Een test is verstuurd naar " + STAFF.email()), browser.text());
        var mail = Browser.mailTo(STAFF.email(), subject);
        assertTrue(mail.contains("Eerste bericht " + tag) && mail.contains("Tweede bericht " + tag), mail);

        // scheduling proposes the biweekly date at 09:00 (Dutch time) and stores UTC
        var proposal = browser.find("proposal").getText();
        var proposedDate = browser.find("scheduleForm:scheduleDate").getAttribute("value");
        var proposed = LocalDate.parse(proposedDate);
        assertTrue(
                proposal.contains(proposed.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")))
                        && proposal.contains("09:00"),
                proposal + " / " + proposedDate);
        assertEquals("09:00", browser.find("scheduleForm:scheduleTime").getAttribute("value"));
        var when = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(40);
        browser.setValue("scheduleForm:scheduleDate", when.toString());
        browser.setValue("scheduleForm:scheduleTime", "10:30");
        browser.submit("scheduleForm:schedule");
        assertEquals("Ingepland", browser.find("statusValue").getText());
        assertTrue(browser.find("scheduledAt").getText().contains("10:30"));
        var utc = when.atTime(10, 30).atZone(ZoneId.of("Europe/Amsterdam"))
                .withZoneSameInstant(ZoneId.of("UTC"))
                .toLocalDateTime();
        assertEquals(utc.toString(),
                text("SELECT DATE_FORMAT(scheduled_at, '%Y-%m-%dT%H:%i') FROM nl_edition "
                        + "WHERE id = ?", id));
        browser.open("/staff/newsletter/index.xhtml");
        var row = browser.driver().findElement(By.cssSelector("a.edition-link[data-edition='" + id + "']"))
                .findElement(By.xpath("./ancestor::tr"));
        assertTrue(row.getText().contains("Ingepland"), row.getText());
        browser.open("/staff/newsletter/edition.xhtml?id=" + id);
        browser.submit("scheduleForm:unschedule");
        assertEquals("Concept", browser.find("statusValue").getText());
        assertEquals("DRAFT", text("SELECT status FROM nl_edition WHERE id = ?", id));

        browser.assertPage("/staff/newsletter/edition.xhtml?id=" + id + "&lang=en", "Edition");
        browser.assertPage("/staff/newsletter/index.xhtml", "Newsletter");
        browser.assertAccessible("/staff/newsletter/edition.xhtml");
        browser.open("/staff/newsletter/index.xhtml?lang=nl");
    }

    @Test
    void aSentEditionShowsItsFiguresAndCannotBeChanged() throws Exception {
        long everyone = number("SELECT id FROM nl_segment WHERE kind = 'EVERYONE'");
        update("INSERT INTO nl_edition (subject, segment_id, status, scheduled_at, queued_at, finished_at, recipients, "
                + "created_at, created_by) VALUES (?, ?, 'SENT', UTC_TIMESTAMP(6) - INTERVAL 3 HOUR, "
                + "UTC_TIMESTAMP(6) - INTERVAL 3 HOUR, UTC_TIMESTAMP(6) - INTERVAL 2 HOUR, 4, UTC_TIMESTAMP(6), 'test')",
                "Verstuurd " + tag, everyone);
        long id = number("SELECT id FROM nl_edition WHERE subject = ?", "Verstuurd " + tag);
        update("INSERT INTO nl_edition_item (edition_id, position, title, body_html) VALUES (?, 1, 'Bericht', '<p>x</p>')",
                id);
        var statuses = List.of("SENT", "SENT", "FAILED", "BOUNCED");
        for (int i = 0; i < statuses.size(); i++) {
            long s = subscriber("sent" + i + "-" + tag + "@example.test", "Test", "nl",
                    i == 1 ? "UNSUBSCRIBED" : "SUBSCRIBED");
            update("INSERT INTO nl_delivery (edition_id, subscriber_id, status, attempts, sent_at, error) VALUES "
                    + "(?, ?, ?, 1, IF(? = 'FAILED', NULL, UTC_TIMESTAMP(6)), IF(? = 'FAILED', '550 no', NULL))",
                    id, s,
                    statuses.get(i), statuses.get(i), statuses.get(i));
            if (i == 1) {
                update("INSERT INTO nl_consent (subscriber_id, action, source, edition_id, at) "
                        + "VALUES (?, 'UNSUBSCRIBED', 'ONE_CLICK', ?, UTC_TIMESTAMP(6))", s, id);
            }
        }
        browser.logInAs(STAFF).open("/staff/newsletter/index.xhtml");
        var row = browser.driver().findElement(By.cssSelector("a.edition-link[data-edition='" + id + "']"))
                .findElement(By.xpath("./ancestor::tr"));
        assertEquals(List.of("Verstuurd", "4", "2", "1", "1", "1"),
                List.of(row.findElement(By.cssSelector(".edition-status")).getText(),
                        row.findElement(By.cssSelector(".stat-recipients")).getText(),
                        row.findElement(By.cssSelector(".stat-delivered")).getText(),
                        row.findElement(By.cssSelector(".stat-failed")).getText(),
                        row.findElement(By.cssSelector(".stat-bounced")).getText(),
                        row.findElement(By.cssSelector(".stat-unsubscribed")).getText()));
        browser.open("/staff/newsletter/edition.xhtml?id=" + id);
        assertEquals("Verstuurd", browser.find("statusValue").getText());
        assertTrue(browser.driver().findElements(By.id("form:subject")).isEmpty(),
                "no form for a sent edition");
        assertTrue(browser.driver().findElements(By.id("itemForm:saveItem")).isEmpty());
        assertFalse(browser.driver().findElements(By.id("statistics")).isEmpty());
        assertEquals("4", browser.find("total").getText());
        browser.assertAccessible();
        browser.open("/staff/newsletter/edition.xhtml?id=" + id + "&lang=en");
        browser.assertAccessible();
        browser.open("/staff/newsletter/edition.xhtml?id=" + id + "&lang=nl");
    }

    @Test
    void membersAreKeptOut() throws Exception {
        browser.logInAs(BrowserFixtures.member("Noor Nieuwsbrief"));
        for (var path : List.of("/staff/newsletter/index.xhtml", "/staff/newsletter/edition.xhtml",
                "/staff/newsletter/subscribers.xhtml", "/staff/newsletter/segments.xhtml",
                "/staff/newsletter/subscribers.csv", "/staff/newsletter/preview?id=1")) {
            assertEquals(403, HttpSession.of(browser).get(path).statusCode(), path);
        }
        browser.open("/staff/newsletter/index.xhtml");
        assertEquals("Geen toegang", browser.heading());
    }
}
