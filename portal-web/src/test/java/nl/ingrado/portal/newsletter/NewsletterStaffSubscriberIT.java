package nl.ingrado.portal.newsletter;

import static nl.ingrado.portal.newsletter.NewsletterFixtures.subscriber;
import static nl.ingrado.portal.testing.Db.number;
import static nl.ingrado.portal.testing.Db.text;
import static nl.ingrado.portal.testing.Db.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.HttpSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Subscribers and segments as staff keep them: subscribers found, imported (all lines or none, with the
 * consent source), exported, reactivated, unsubscribed and erased, bouncing ones shown with their reason;
 * segments whose counts match the portal data, duplicates refused. Axe in Dutch and English on every
 * page. Each test makes its own people and addresses.
 */
class NewsletterStaffSubscriberIT extends BrowserTest {

    private static final User STAFF = BrowserFixtures.staff("Sam Abonneestaf");

    private final String tag = "nls" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void subscribersAreFoundImportedAllOrNothingExportedAndBouncesExplained() throws Exception {
        long bouncing = subscriber("bounce-" + tag + "@example.test", "Test", "nl", "SUBSCRIBED");
        update("UPDATE nl_subscriber SET status = 'BOUNCING', bounce_reason = '550 5.1.1 mailbox unknown', bounced_at = UTC_TIMESTAMP(6) "
                + "WHERE id = ?", bouncing);
        update("INSERT INTO nl_bounce (subscriber_id, email, hard, status_code, diagnostic, mailbox_id, received_at) "
                + "VALUES (?, ?, TRUE, '5.1.1', 'smtp; 550 5.1.1 User unknown', ?, UTC_TIMESTAMP(6))",
                bouncing,
                "bounce-" + tag + "@example.test", "test-" + tag);
        long gone = subscriber("gone-" + tag + "@example.test", "Test", "nl", "UNSUBSCRIBED");
        long here = subscriber("here-" + tag + "@example.test", "Test", "nl", "SUBSCRIBED");

        browser.logInAs(STAFF);
        browser.open("/staff/newsletter/subscribers.xhtml?q=" + tag);
        assertEquals(List.of("bounce-" + tag + "@example.test", "gone-" + tag + "@example.test",
                "here-" + tag + "@example.test"), shownEmails());
        var text = browser.text();
        assertTrue(text.contains("550 5.1.1 mailbox unknown") && text.contains("smtp; 550 5.1.1 User unknown")
                && text.contains("hard"), text);
        browser.assertAccessible();
        browser.open("/staff/newsletter/subscribers.xhtml?q=" + tag + "&status=BOUNCING");
        assertEquals(List.of("bounce-" + tag + "@example.test"), shownEmails());

        // one bad line: nothing is stored and the line is named
        browser.open("/staff/newsletter/subscribers.xhtml");
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
                number("SELECT COUNT(*) FROM nl_subscriber WHERE email LIKE ?", "new%-" + tag + "%"));

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
                number("SELECT COUNT(*) FROM nl_subscriber s JOIN nl_consent c ON c.subscriber_id = s.id "
                        + "WHERE s.email LIKE ? AND s.status = 'SUBSCRIBED' AND c.action = 'SUBSCRIBED' AND c.source = 'IMPORT' "
                        + "AND c.source_detail = ? AND c.consent_text LIKE ? AND c.actor = ?",
                        "new%-" + tag + "%", source,
                        "%" + source, STAFF.email()));
        assertEquals("en", text("SELECT language FROM nl_subscriber WHERE email = ?",
                "new2-" + tag + "@example.test"));
        assertEquals("Drie; de derde", text("SELECT name FROM nl_subscriber WHERE email = ?",
                "new3-" + tag + "@example.test"));
        assertEquals("UNSUBSCRIBED", text("SELECT status FROM nl_subscriber WHERE id = ?", gone));
        assertEquals(0,
                number("SELECT COUNT(*) FROM nl_consent WHERE subscriber_id IN (?, ?)", gone, here));

        // the export holds them, as the other exports: semicolons, UTF-8 with a byte-order mark
        var csv = HttpSession.of(browser).download("/staff/newsletter/subscribers.csv?q=" + tag);
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
        browser.open("/staff/newsletter/subscribers.xhtml?q=bounce-" + tag);
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("input[value='Weer activeren']")));
        assertTrue(browser.text().contains("ontvangt de nieuwsbrief weer"));
        assertEquals("SUBSCRIBED", text("SELECT status FROM nl_subscriber WHERE id = ?", bouncing));
        assertNull(text("SELECT bounce_reason FROM nl_subscriber WHERE id = ?", bouncing));
        browser.open("/staff/newsletter/subscribers.xhtml?q=here-" + tag);
        browser.clickConfirmedAndWait(
                browser.driver().findElement(By.cssSelector("input[value='Uitschrijven']")));
        assertEquals("UNSUBSCRIBED", text("SELECT status FROM nl_subscriber WHERE id = ?", here));
        assertEquals(1,
                number(
                        "SELECT COUNT(*) FROM nl_consent WHERE subscriber_id = ? AND action = 'UNSUBSCRIBED' "
                                + "AND source = 'STAFF' AND actor = ?",
                        here, STAFF.email()));
        browser.open("/staff/newsletter/subscribers.xhtml?q=gone-" + tag);
        browser.clickConfirmedAndWait(
                browser.driver().findElement(By.cssSelector("input[value='Verwijderen (AVG)']")));
        assertEquals(0, number("SELECT COUNT(*) FROM nl_subscriber WHERE id = ?", gone));

        browser.assertPage("/staff/newsletter/subscribers.xhtml?q=" + tag + "&lang=en", "Subscribers");
        browser.open("/staff/newsletter/subscribers.xhtml?lang=nl");
    }

    @Test
    void segmentsCountExactlyThePeopleThePortalDataSays() throws Exception {
        browser.logInAs(STAFF);
        // create the segments first (or find them, if another test made the same rule), then count
        var rayonSegment = segment("Rayon Noord " + tag, "RAYON", "rayon", "noord");
        var jobSegment = segment("Leerplichtambtenaren " + tag, "JOB", "job", "LEERPLICHTAMBTENAAR");
        browser.open("/staff/newsletter/segments.xhtml");
        browser.assertAccessible();
        long rayonBefore = shownCount(rayonSegment);
        long jobBefore = shownCount(jobSegment);

        long noord = number(
                "SELECT o.id FROM organisation o JOIN region g ON g.id = o.region_id JOIN rayon y "
                        + "ON y.id = g.rayon_id WHERE y.code = 'noord' AND o.status = 'ACTIVE' ORDER BY o.id LIMIT 1");
        long zuid = number(
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

        browser.open("/staff/newsletter/segments.xhtml");
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
        if (number("SELECT COUNT(*) FROM nl_edition WHERE segment_id = ?", partner) == 0) {
            browser.open("/staff/newsletter/segments.xhtml");
            browser.clickConfirmedAndWait(browser.driver().findElement(
                    By.cssSelector("tr.segment-row[data-segment='" + partner + "'] input[type='submit']")));
            assertTrue(browser.text().contains("Het segment is verwijderd"));
            assertEquals(0, number("SELECT COUNT(*) FROM nl_segment WHERE id = ?", partner));
        }
        browser.assertPage("/staff/newsletter/segments.xhtml?lang=en", "Segments");
        browser.open("/staff/newsletter/segments.xhtml?lang=nl");
    }

    // ---- page helpers and this test's people

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
    private long segment(String name, String kind, String field, String value) {
        browser.open("/staff/newsletter/segments.xhtml");
        browser.type("form:name", name);
        new Select(browser.find("form:kind")).selectByValue(kind);
        new Select(browser.find("form:" + field)).selectByValue(value);
        browser.submit("form:create");
        assertTrue(
                browser.text().contains("is aangemaakt") || browser.text().contains("gebruikt deze regel al"),
                browser.text());
        return number("SELECT id FROM nl_segment WHERE kind = ? AND value = ?", kind, value);
    }

    private long shownCount(long segmentId) {
        return Long.parseLong(browser.driver()
                .findElement(By
                        .cssSelector("tr.segment-row[data-segment='" + segmentId + "'] .segment-recipients"))
                .getText().strip());
    }

    /** A person of this test with a current (or ended) employment and a subscriber of the given status. */
    private void person(String key, boolean withAccount, long organisationId, String job, boolean ended,
            String status) {
        var email = key + "-" + tag + "@example.test";
        Long account = null;
        if (withAccount) {
            update("INSERT INTO account (email, display_name, password_hash, preferred_language, status, created_at, "
                    + "verified_at) VALUES (?, 'Test', 'x', 'nl', 'ACTIVE', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
                    email);
            account = number("SELECT id FROM account WHERE email = ?", email);
        }
        update("INSERT INTO person (account_id, first_name, last_name, email, status, created_at) "
                + "VALUES (?, 'Test', ?, ?, 'ACTIVE', UTC_TIMESTAMP(6))", account, tag + key, email);
        update("INSERT INTO employment (person_id, organisation_id, job, start_date, end_date, confirmation) "
                + "SELECT id, ?, ?, CURRENT_DATE - INTERVAL 1 YEAR, ?, 'CONFIRMED' FROM person WHERE email = ?",
                organisationId, job, ended ? LocalDate.now().minusDays(2) : null, email);
        long id = subscriber(email, "Test", "nl", status);
        if (withAccount) {
            update("UPDATE nl_subscriber SET account_id = ? WHERE id = ?", account, id);
        }
    }
}
