package nl.ingrado.portal.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ingrado.portal.testing.Browser;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.Db;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The newsletter as staff use it: composing an edition (sanitised text, image, links checked), the
 * mail preview, a test to oneself through GreenMail, scheduling in Dutch time and withdrawing it;
 * segments whose counts match the portal data; subscribers found, imported (all lines or none, with
 * the consent source), exported, and bouncing ones shown with their reason; members kept out; axe in
 * Dutch and English on every page. Each test makes its own people and addresses.
 */
class NewsletterStaffIT extends BrowserTest {

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
        assertEquals(2, queryLong("SELECT COUNT(*) FROM nl_edition_item WHERE edition_id = ?", id));

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
        open("/staff/newsletter/edition.xhtml?id=" + id);
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
                proposal.contains(proposed.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")))
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
                queryString("SELECT DATE_FORMAT(scheduled_at, '%Y-%m-%dT%H:%i') FROM nl_edition "
                        + "WHERE id = ?", id));
        open("/staff/newsletter/index.xhtml");
        var row = browser.driver().findElement(By.cssSelector("a.edition-link[data-edition='" + id + "']"))
                .findElement(By.xpath("./ancestor::tr"));
        assertTrue(row.getText().contains("Ingepland"), row.getText());
        open("/staff/newsletter/edition.xhtml?id=" + id);
        browser.submit("scheduleForm:unschedule");
        assertEquals("Concept", browser.find("statusValue").getText());
        assertEquals("DRAFT", queryString("SELECT status FROM nl_edition WHERE id = ?", id));

        open("/staff/newsletter/edition.xhtml?id=" + id + "&lang=en");
        assertEquals("Edition", browser.heading());
        browser.assertAccessible();
        open("/staff/newsletter/index.xhtml");
        assertEquals("Newsletter", browser.heading());
        browser.assertAccessible();
        open("/staff/newsletter/edition.xhtml");
        browser.assertAccessible();
        open("/staff/newsletter/index.xhtml?lang=nl");
    }

    @Test
    void segmentsCountExactlyThePeopleThePortalDataSays() throws Exception {
        browser.logInAs(STAFF);
        // create the segments first (or find them, if another test made the same rule), then count
        var rayonSegment = segment("Rayon Noord " + tag, "RAYON", "rayon", "noord");
        var jobSegment = segment("Leerplichtambtenaren " + tag, "JOB", "job", "LEERPLICHTAMBTENAAR");
        open("/staff/newsletter/segments.xhtml");
        browser.assertAccessible();
        long rayonBefore = shownCount(rayonSegment);
        long jobBefore = shownCount(jobSegment);

        long noord = queryLong(
                "SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y "
                        + "ON y.id = g.rayon_id WHERE y.code = 'noord' AND o.status = 'ACTIVE' ORDER BY o.id LIMIT 1");
        long zuid = queryLong(
                "SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y "
                        + "ON y.id = g.rayon_id WHERE y.code = 'zuid' AND o.status = 'ACTIVE' ORDER BY o.id LIMIT 1");
        // counted by RAYON noord and JOB: an account holder working in Noord as leerplichtambtenaar
        person("a", true, noord, "LEERPLICHTAMBTENAAR", false, "SUBSCRIBED");
        // counted by RAYON only: found by address, no account, doorstroomcoach in Noord
        person("b", false, noord, "DOORSTROOMCOACH", false, "SUBSCRIBED");
        // counted by neither: unsubscribed; employment ended; pending
        person("c", true, noord, "LEERPLICHTAMBTENAAR", false, "UNSUBSCRIBED");
        person("d", true, noord, "LEERPLICHTAMBTENAAR", true, "SUBSCRIBED");
        person("e", false, noord, "LEERPLICHTAMBTENAAR", false, "PENDING");
        // counted by JOB only: works in Zuid
        person("f", true, zuid, "LEERPLICHTAMBTENAAR", false, "SUBSCRIBED");

        open("/staff/newsletter/segments.xhtml");
        assertEquals(2, shownCount(rayonSegment) - rayonBefore, "rayon Noord: a and b");
        assertEquals(2, shownCount(jobSegment) - jobBefore, "leerplichtambtenaren: a and f");

        // duplicates are refused: the same name, or the same rule under another name
        browser.type("form:name", "Rayon Noord " + tag);
        new Select(browser.find("form:kind")).selectByValue("EVERYONE");
        browser.submit("form:create");
        assertTrue(browser.text().contains("Er is al een segment met de naam Rayon Noord " + tag),
                browser.text());
        browser.type("form:name", "Nog eens iedereen " + tag);
        new Select(browser.find("form:kind")).selectByValue("EVERYONE");
        browser.submit("form:create");
        assertTrue(browser.text().contains("Segment Iedereen gebruikt deze regel al"), browser.text());

        // a segment no edition uses can be deleted
        var partner = segment("Partners " + tag, "ORGANISATION_KIND", "organisationKind", "PARTNER");
        if (queryLong("SELECT COUNT(*) FROM nl_edition WHERE segment_id = ?", partner) == 0) {
            open("/staff/newsletter/segments.xhtml");
            browser.clickConfirmedAndWait(browser.driver().findElement(
                    By.cssSelector("tr.segment-row[data-segment='" + partner + "'] input[type='submit']")));
            assertTrue(browser.text().contains("Het segment is verwijderd"));
            assertEquals(0, queryLong("SELECT COUNT(*) FROM nl_segment WHERE id = ?", partner));
        }
        open("/staff/newsletter/segments.xhtml?lang=en");
        assertEquals("Segments", browser.heading());
        browser.assertAccessible();
        open("/staff/newsletter/segments.xhtml?lang=nl");
    }

    @Test
    void subscribersAreFoundImportedAllOrNothingExportedAndBouncesExplained() throws Exception {
        long bouncing = subscriber("bounce-" + tag + "@example.test", "BOUNCING");
        update("UPDATE nl_subscriber SET bounce_reason = '550 5.1.1 mailbox unknown', bounced_at = UTC_TIMESTAMP(6) "
                + "WHERE id = ?", bouncing);
        update("INSERT INTO nl_bounce (subscriber_id, email, hard, status_code, diagnostic, mailbox_id, received_at) "
                + "VALUES (?, ?, TRUE, '5.1.1', 'smtp; 550 5.1.1 User unknown', ?, UTC_TIMESTAMP(6))",
                bouncing,
                "bounce-" + tag + "@example.test", "test-" + tag);
        long gone = subscriber("gone-" + tag + "@example.test", "UNSUBSCRIBED");
        long here = subscriber("here-" + tag + "@example.test", "SUBSCRIBED");

        browser.logInAs(STAFF);
        open("/staff/newsletter/subscribers.xhtml?q=" + tag);
        assertEquals(List.of("bounce-" + tag + "@example.test", "gone-" + tag + "@example.test",
                "here-" + tag + "@example.test"), shownEmails());
        var text = browser.text();
        assertTrue(text.contains("550 5.1.1 mailbox unknown") && text.contains("smtp; 550 5.1.1 User unknown")
                && text.contains("hard"), text);
        browser.assertAccessible();
        open("/staff/newsletter/subscribers.xhtml?q=" + tag + "&status=BOUNCING");
        assertEquals(List.of("bounce-" + tag + "@example.test"), shownEmails());

        // one bad line: nothing is stored and the line is named
        open("/staff/newsletter/subscribers.xhtml");
        importFile("email;naam;taal\nnew1-" + tag + "@example.test;Een;nl\nnot-an-address;Twee;nl\n"
                + "new3-" + tag + "@example.test;Drie;xx\n", "werkconferentie " + tag);
        assertTrue(browser.text().contains("Er is niets opgeslagen"), browser.text());
        var problems = browser.driver().findElements(By.cssSelector("#problems tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("3") && problems.get(0).contains("not-an-address"),
                problems.toString());
        assertTrue(problems.get(1).startsWith("4") && problems.get(1).contains("xx"), problems.toString());
        assertEquals(0,
                queryLong("SELECT COUNT(*) FROM nl_subscriber WHERE email LIKE ?", "new%-" + tag + "%"));

        // a good file: new ones subscribed with the consent source; subscribed and unsubscribed ones left alone
        var source = "aanmeldlijst werkconferentie " + tag;
        importFile("new1-" + tag + "@example.test;Een Eerste;nl\nNEW2-" + tag + "@example.test;;en\n"
                + "new3-" + tag + "@example.test;\"Drie; de derde\";\n" + "here-" + tag
                + "@example.test;Hier;nl\n"
                + "gone-" + tag + "@example.test;Weg;nl\n", source);
        var report = browser.text();
        assertTrue(report.contains("3 abonnee(s) geïmporteerd") && report.contains("3 ingeschreven"), report);
        assertTrue(browser.find("already").getText().contains("here-" + tag + "@example.test"), report);
        assertTrue(browser.find("withdrawn").getText().contains("gone-" + tag + "@example.test"), report);
        assertEquals(3,
                queryLong("SELECT COUNT(*) FROM nl_subscriber s JOIN nl_consent c ON c.subscriber_id = s.id "
                        + "WHERE s.email LIKE ? AND s.status = 'SUBSCRIBED' AND c.action = 'SUBSCRIBED' AND c.source = 'IMPORT' "
                        + "AND c.source_detail = ? AND c.consent_text LIKE ? AND c.actor = ?",
                        "new%-" + tag + "%", source,
                        "%" + source, STAFF.email()));
        assertEquals("en", queryString("SELECT language FROM nl_subscriber WHERE email = ?",
                "new2-" + tag + "@example.test"));
        assertEquals("Drie; de derde", queryString("SELECT name FROM nl_subscriber WHERE email = ?",
                "new3-" + tag + "@example.test"));
        assertEquals("UNSUBSCRIBED", queryString("SELECT status FROM nl_subscriber WHERE id = ?", gone));
        assertEquals(0,
                queryLong("SELECT COUNT(*) FROM nl_consent WHERE subscriber_id IN (?, ?)", gone, here));

        // the export holds them, as the other exports: semicolons, UTF-8 with a byte-order mark
        var csv = get("/staff/newsletter/subscribers.csv?q=" + tag);
        assertEquals(200, csv.statusCode());
        var body = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(body.startsWith("\uFEFF"), "a byte-order mark");
        var lines = body.substring(1).split("\r\n");
        assertEquals(7, lines.length, body);
        assertTrue(lines[0].startsWith("E-mailadres;Naam;Taal;Status;Sinds;Herkomst"), lines[0]);
        var newOne = List.of(lines).stream().filter(l -> l.startsWith("new1-" + tag)).findFirst()
                .orElseThrow();
        assertTrue(newOne.startsWith("new1-" + tag + "@example.test;Een Eerste;nl;Ingeschreven;")
                && newOne.endsWith(";Import: " + source), newOne);
        assertTrue(body.contains("\"Drie; de derde\""), body);

        // staff actions: reactivate the bouncing one, unsubscribe, erase
        open("/staff/newsletter/subscribers.xhtml?q=bounce-" + tag);
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("input[value='Weer activeren']")));
        assertTrue(browser.text().contains("ontvangt de nieuwsbrief weer"));
        assertEquals("SUBSCRIBED", queryString("SELECT status FROM nl_subscriber WHERE id = ?", bouncing));
        assertNull(queryString("SELECT bounce_reason FROM nl_subscriber WHERE id = ?", bouncing));
        open("/staff/newsletter/subscribers.xhtml?q=here-" + tag);
        browser.clickConfirmedAndWait(
                browser.driver().findElement(By.cssSelector("input[value='Uitschrijven']")));
        assertEquals("UNSUBSCRIBED", queryString("SELECT status FROM nl_subscriber WHERE id = ?", here));
        assertEquals(1,
                queryLong(
                        "SELECT COUNT(*) FROM nl_consent WHERE subscriber_id = ? AND action = 'UNSUBSCRIBED' "
                                + "AND source = 'STAFF' AND actor = ?",
                        here, STAFF.email()));
        open("/staff/newsletter/subscribers.xhtml?q=gone-" + tag);
        browser.clickConfirmedAndWait(
                browser.driver().findElement(By.cssSelector("input[value='Verwijderen (AVG)']")));
        assertEquals(0, queryLong("SELECT COUNT(*) FROM nl_subscriber WHERE id = ?", gone));

        open("/staff/newsletter/subscribers.xhtml?q=" + tag + "&lang=en");
        assertEquals("Subscribers", browser.heading());
        browser.assertAccessible();
        open("/staff/newsletter/subscribers.xhtml?lang=nl");
    }

    @Test
    void aSentEditionShowsItsFiguresAndCannotBeChanged() throws Exception {
        long everyone = queryLong("SELECT id FROM nl_segment WHERE kind = 'EVERYONE'");
        update("INSERT INTO nl_edition (subject, segment_id, status, scheduled_at, queued_at, finished_at, recipients, "
                + "created_at, created_by) VALUES (?, ?, 'SENT', UTC_TIMESTAMP(6) - INTERVAL 3 HOUR, "
                + "UTC_TIMESTAMP(6) - INTERVAL 3 HOUR, UTC_TIMESTAMP(6) - INTERVAL 2 HOUR, 4, UTC_TIMESTAMP(6), 'test')",
                "Verstuurd " + tag, everyone);
        long id = queryLong("SELECT id FROM nl_edition WHERE subject = ?", "Verstuurd " + tag);
        update("INSERT INTO nl_edition_item (edition_id, position, title, body_html) VALUES (?, 1, 'Bericht', '<p>x</p>')",
                id);
        var statuses = List.of("SENT", "SENT", "FAILED", "BOUNCED");
        for (int i = 0; i < statuses.size(); i++) {
            long s = subscriber("sent" + i + "-" + tag + "@example.test",
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
        open("/staff/newsletter/edition.xhtml?id=" + id);
        assertEquals("Verstuurd", browser.find("statusValue").getText());
        assertTrue(browser.driver().findElements(By.id("form:subject")).isEmpty(),
                "no form for a sent edition");
        assertTrue(browser.driver().findElements(By.id("itemForm:saveItem")).isEmpty());
        assertFalse(browser.driver().findElements(By.id("statistics")).isEmpty());
        assertEquals("4", browser.find("total").getText());
        browser.assertAccessible();
        open("/staff/newsletter/edition.xhtml?id=" + id + "&lang=en");
        browser.assertAccessible();
        open("/staff/newsletter/edition.xhtml?id=" + id + "&lang=nl");
    }

    @Test
    void membersAreKeptOut() throws Exception {
        browser.logInAs(BrowserFixtures.member("Noor Nieuwsbrief"));
        for (var path : List.of("/staff/newsletter/index.xhtml", "/staff/newsletter/edition.xhtml",
                "/staff/newsletter/subscribers.xhtml", "/staff/newsletter/segments.xhtml",
                "/staff/newsletter/subscribers.csv", "/staff/newsletter/preview?id=1")) {
            assertEquals(403, get(path).statusCode(), path);
        }
        open("/staff/newsletter/index.xhtml");
        assertEquals("Geen toegang", browser.heading());
    }

    // ---- page helpers

    private void open(String path) {
        browser.open(path);
    }

    private void importFile(String content, String source) throws IOException {
        Path file = Files.createTempFile("subscribers", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        browser.find("importForm:file").sendKeys(file.toString());
        browser.type("importForm:consentSource", source).submit("importForm:import");
    }

    private List<String> shownEmails() {
        return browser.driver().findElements(By.cssSelector(".subscriber-email")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Creates the segment on the page; if another test made the same rule, that segment is used. */
    private long segment(String name, String kind, String field, String value) throws SQLException {
        open("/staff/newsletter/segments.xhtml");
        browser.type("form:name", name);
        new Select(browser.find("form:kind")).selectByValue(kind);
        new Select(browser.find("form:" + field)).selectByValue(value);
        browser.submit("form:create");
        assertTrue(
                browser.text().contains("is aangemaakt") || browser.text().contains("gebruikt deze regel al"),
                browser.text());
        return queryLong("SELECT id FROM nl_segment WHERE kind = ? AND value = ?", kind, value);
    }

    private long shownCount(long segmentId) {
        return Long.parseLong(browser.driver()
                .findElement(By
                        .cssSelector("tr.segment-row[data-segment='" + segmentId + "'] .segment-recipients"))
                .getText().strip());
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        var cookies = browser.driver().manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                HttpRequest.newBuilder(URI.create(browser.baseUrl() + path)).header("Cookie", cookies)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    // ---- data of this test

    /** A person of this test with a current (or ended) employment and a subscriber of the given status. */
    private void person(String key, boolean withAccount, long organisationId, String job, boolean ended,
            String status) throws SQLException {
        var email = key + "-" + tag + "@example.test";
        Long account = null;
        if (withAccount) {
            update("INSERT INTO account (email, display_name, password_hash, preferred_language, status, created_at, "
                    + "verified_at) VALUES (?, 'Test', 'x', 'nl', 'ACTIVE', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
                    email);
            account = queryLong("SELECT id FROM account WHERE email = ?", email);
        }
        update("INSERT INTO person (account_id, first_name, last_name, email, status, created_at) "
                + "VALUES (?, 'Test', ?, ?, 'ACTIVE', UTC_TIMESTAMP(6))", account, tag + key, email);
        update("INSERT INTO employment (person_id, organisation_id, job, start_date, end_date, confirmation) "
                + "SELECT id, ?, ?, CURRENT_DATE - INTERVAL 1 YEAR, ?, 'CONFIRMED' FROM person WHERE email = ?",
                organisationId, job, ended ? LocalDate.now().minusDays(2) : null, email);
        long id = subscriber(email, status);
        if (withAccount) {
            update("UPDATE nl_subscriber SET account_id = ? WHERE id = ?", account, id);
        }
    }

    private long subscriber(String email, String status) throws SQLException {
        update("INSERT INTO nl_subscriber (email, name, language, status, created_at, confirmed_at, unsubscribed_at) "
                + "VALUES (?, 'Test', 'nl', ?, UTC_TIMESTAMP(6), IF(? = 'PENDING', NULL, UTC_TIMESTAMP(6)), "
                + "IF(? = 'UNSUBSCRIBED', UTC_TIMESTAMP(6), NULL))", email,
                status.equals("BOUNCING") ? "SUBSCRIBED" : status,
                status, status);
        long id = queryLong("SELECT id FROM nl_subscriber WHERE email = ?", email);
        if (status.equals("BOUNCING")) {
            update("UPDATE nl_subscriber SET status = 'BOUNCING', bounce_reason = 'bounced', bounced_at = "
                    + "UTC_TIMESTAMP(6) WHERE id = ?", id);
        }
        return id;
    }

    private static void update(String sql, Object... parameters) throws SQLException {
        try (var db = Db.connect(); var s = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    private static long queryLong(String sql, Object... parameters) throws SQLException {
        var value = queryString(sql, parameters);
        return value == null ? 0 : Long.parseLong(value);
    }

    private static String queryString(String sql, Object... parameters) throws SQLException {
        try (var db = Db.connect(); var s = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (var rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    @SuppressWarnings("unused")
    private static List<String> list(String... values) {
        return new ArrayList<>(List.of(values));
    }
}
