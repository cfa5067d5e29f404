package nl.ingrado.portal.event;

import static nl.ingrado.portal.testing.BrowserFixtures.registration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import nl.ingrado.portal.testing.Browser;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.Fixtures;
import nl.ingrado.portal.testing.HttpSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * What organisers hand out about an event: the registrations page with its downloads, waiting list
 * and the message to everyone registered, and the papers of a general assembly that members read.
 * Downloads go with the browser's session; another rayon's event is not found.
 */
class OrganiseDownloadsIT extends BrowserTest {

    private static final User STAFF = BrowserFixtures.staff("Sara Staf");
    /** Contact person of rayon Midden, who may see only Midden's rayondagen. */
    private static final User RAYON_CONTACT = BrowserFixtures.rayonContact("Ruben Rayon", "midden");
    private static final User MEMBER = BrowserFixtures.member("Mila Lid");

    @Test
    void registrationsWithDownloadsWaitingListAndAMessage() throws Exception {
        var title = "Training " + BrowserFixtures.tag();
        long event = Fixtures.event().title(title).capacity(1).workshop("Ochtendronde", "Gespreksvoering", 10)
                .create().id();
        Db.update("UPDATE event SET auto_promote = FALSE WHERE id = ?", event);
        long round = Db.number("SELECT id FROM workshop_round WHERE event_id = ?", event);
        long workshop = Db.number("SELECT id FROM workshop WHERE round_id = ?", round);
        long confirmed = registration(event).guest("Eva Eerste").choice(round, workshop)
                .remarks("Vegetarisch")
                .create();
        long waiting = registration(event).guest("Tom Tweede").choice(round, workshop).status("WAITING")
                .create();
        var first = Db.text("SELECT email FROM registration WHERE id = ?", confirmed);
        var second = Db.text("SELECT email FROM registration WHERE id = ?", waiting);

        browser.logInAs(STAFF).open("/organise/registrations.xhtml?id=" + event);
        assertTrue(browser.heading().contains(title), browser.heading());
        var table = browser.find("registrationTable").getText();
        assertTrue(table.contains("Eva Eerste") && table.contains(first) && table.contains("Vegetarisch")
                && table.contains("Gespreksvoering"), table);
        assertTrue(browser.find("waitingList").getText().contains("Tom Tweede"));
        assertTrue(browser.find("workshopTable").getText().contains("Gespreksvoering"));
        browser.assertAccessible();

        // the downloads, with the browser's session
        var csv = download("/organise/export/registrations.csv?event=" + event);
        assertEquals(200, csv.statusCode());
        var csvText = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(
                csvText.contains("Eva Eerste") && csvText.contains(first) && csvText.contains("Vegetarisch"),
                csvText);
        var pdf = download("/organise/export/presence.pdf?event=" + event);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        var badges = download("/organise/export/badges.pdf?event=" + event);
        assertEquals("application/pdf", badges.headers().firstValue("Content-Type").orElse(""));
        var excel = download("/organise/export/registrations.xlsx?event=" + event);
        assertEquals(200, excel.statusCode());

        // a message to all (the one confirmed and the one waiting)
        browser.submit("message:send");
        assertTrue(browser.text().contains("Vul dit veld in."), browser.text());
        browser.type("message:text", "Neem je laptop mee.").submit("message:send");
        assertTrue(browser.text().contains("Het bericht is verstuurd aan 2 ingeschrevenen."), browser.text());
        assertTrue(Browser.mailTo(first, title).contains("Neem je laptop mee."));
        assertTrue(Browser.mailTo(second, title).contains("Neem je laptop mee."));

        // automatic promotion is off: cancelling frees a seat, staff give it by hand
        browser.clickConfirmedAndWait(confirmCancel("Eva Eerste"));
        assertTrue(browser.text().contains("De inschrijving is afgemeld."), browser.text());
        assertEquals("CANCELLED", Db.text("SELECT status FROM registration WHERE id = " + confirmed));
        browser.clickAndWait(
                browser.driver().findElement(By.cssSelector("input[aria-label='Plaats geven: Tom Tweede']")));
        assertTrue(browser.text().contains("heeft een plaats gekregen"), browser.text());
        assertEquals("CONFIRMED", Db.text("SELECT status FROM registration WHERE id = " + waiting));
        assertTrue(browser.find("noWaiting").isDisplayed());

        browser.open("/organise/registrations.xhtml?id=" + event + "&lang=en");
        assertTrue(browser.heading().startsWith("Registrations"), browser.heading());
        browser.assertAccessible();
    }

    @Test
    void downloadsOfAnotherRayonsEventAreNotFound() throws Exception {
        long event = insertEvent("CONGRESS", "Niet van jou " + BrowserFixtures.tag(), 10);
        browser.logInAs(RAYON_CONTACT).open("/organise/index.xhtml");
        assertEquals(404, download("/organise/export/registrations.csv?event=" + event).statusCode());
        assertEquals(404, download("/organise/export/presence.pdf?event=" + event).statusCode());
    }

    @Test
    void staffAddPapersOfTheGeneralAssemblyWhichMembersRead() throws Exception {
        var title = "Werkconferentie " + BrowserFixtures.tag();
        long event = insertEvent("WERKCONFERENTIE", title, 100);
        var notPdf = java.nio.file.Files.createTempFile("stuk", ".pdf");
        java.nio.file.Files.writeString(notPdf, "dit is geen pdf");
        var pdf = java.nio.file.Files.createTempFile("jaarverslag", ".pdf");
        java.nio.file.Files.writeString(pdf, "%PDF-1.4\n% jaarverslag\n%%EOF\n");

        browser.logInAs(STAFF).open("/organise/event.xhtml?id=" + event);
        browser.type("document:documentTitle", "Jaarverslag");
        browser.find("document:documentFile").sendKeys(notPdf.toString());
        browser.submit("document:upload");
        assertTrue(browser.text().contains("Dit bestand is geen pdf."), browser.text());
        browser.assertAccessible();
        browser.type("document:documentTitle", "Jaarverslag");
        browser.find("document:documentFile").sendKeys(pdf.toString());
        browser.submit("document:upload");
        assertTrue(browser.text().contains("Het stuk is toegevoegd."), browser.text());
        var link = browser.driver().findElement(By.linkText("Jaarverslag")).getAttribute("href");
        var path = link.substring(link.indexOf("/documents/"));
        assertEquals(200, download(path).statusCode());
        browser.logOut();

        assertEquals(302,
                HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(browser.baseUrl() + path))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode(),
                "anonymous: log in first");
        browser.logInAs(MEMBER).open("/events/view.xhtml?id=" + event);
        assertTrue(browser.find("documents").getText().contains("Jaarverslag"));
        var read = download(path);
        assertEquals(200, read.statusCode());
        assertEquals("application/pdf", read.headers().firstValue("Content-Type").orElse(""));
        assertTrue(new String(read.body(), StandardCharsets.US_ASCII).startsWith("%PDF-"));
        browser.logOut();

        // an account without a member workplace is no member of the association: no papers
        browser.logInAs(BrowserFixtures.professional("Nico Nietlid"));
        assertEquals(403, download(path).statusCode());
    }

    /** The cancel button asks for confirmation; the test says yes. */
    private org.openqa.selenium.WebElement confirmCancel(String name) {
        return browser.driver().findElement(By.cssSelector("input[aria-label='Afmelden: " + name + "']"));
    }

    private HttpResponse<byte[]> download(String path) throws IOException {
        return HttpSession.of(browser).download(path);
    }

    private static long insertEvent(String kind, String title, int capacity) {
        return Fixtures.event().kind(kind).title(title).startsAt(LocalDateTime.now().plusDays(30))
                .capacity(capacity)
                .create().id();
    }
}
