package nl.ingrado.portal.event;

import static nl.ingrado.portal.testing.BrowserFixtures.registration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import nl.ingrado.portal.testing.Browser;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.Fixtures;
import nl.ingrado.portal.testing.HttpSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * Organising events: staff plan an event with workshop rounds, a rayon contact person only the
 * rayondagen of their own rayon; the registrations page with its downloads and the message to
 * everyone registered. Each test makes its own events (through the pages or straight in the database).
 */
class OrganiseIT extends BrowserTest {

    private static final User STAFF = BrowserFixtures.staff("Stefan Staf");
    /** Contact person of rayon Midden. */
    private static final User RAYON_CONTACT = BrowserFixtures.rayonContact("Rosa Rayon", "midden");
    private static final User MEMBER = BrowserFixtures.member("Mats Lid");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Test
    void staffPlanAnEventWithWorkshopsAndChangeIt() throws SQLException {
        var title = "Congres " + suffix();
        var start = LocalDateTime.now().plusDays(40).withHour(10).withMinute(0).withSecond(0).withNano(0);
        browser.logInAs(STAFF).open("/organise/index.xhtml");
        assertEquals("Evenementen organiseren", browser.heading());
        browser.assertAccessible();
        browser.clickAndWait(browser.find("newEvent"));
        assertEquals("Nieuw evenement", browser.heading());
        browser.assertAccessible();
        long before = count("SELECT COUNT(*) FROM event");

        // no title, and an end before the start
        new Select(browser.find("form:kind")).selectByValue("CONGRESS");
        new Select(browser.find("form:audience")).selectByValue("EVERYONE");
        browser.type("form:venue", "Jaarbeurs Utrecht").type("form:capacity", "100");
        times(start, start.minusHours(2));
        browser.submit("form:submit");
        assertTrue(browser.text().contains("Titel: vul dit veld in."), browser.text());
        browser.assertAccessible();
        browser.type("form:title", title);
        times(start, start.minusHours(2));
        browser.submit("form:submit");
        assertTrue(browser.text().contains("Het einde moet na het begin liggen."), browser.text());
        assertEquals(title, browser.find("form:title").getAttribute("value"), "what was typed stays");
        assertEquals(before, count("SELECT COUNT(*) FROM event"), "nothing stored");

        times(start, start.plusHours(6));
        browser.type("form:accreditationPoints", "3").submit("form:submit");
        assertTrue(browser.text().contains("Vul de accreditatiepunten (meer dan 0) én de categorie in"),
                browser.text());
        new Select(browser.find("form:accreditationCategory")).selectByValue("A2");
        times(start, start.plusHours(6));
        // the field a rule refused comes back empty (PrimeFaces renders an invalid input's submitted value)
        browser.type("form:accreditationPoints", "3").submit("form:submit");
        assertTrue(browser.text().contains("Het evenement is aangemaakt."), browser.text());
        assertTrue(browser.heading().contains(title), browser.heading());
        assertEquals(before + 1, count("SELECT COUNT(*) FROM event"));
        long id = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));

        // a round with two workshops, one of them changed afterwards
        browser.submit("round:addRound");
        assertTrue(browser.text().contains("Naam van de ronde: vul dit veld in."), browser.text());
        browser.type("round:roundName", "Ronde 1").submit("round:addRound");
        assertTrue(browser.text().contains("De ronde is toegevoegd."), browser.text());
        addWorkshop("Ronde 1", "Thuiszitters", "Zaal 2", "Anna de Vries", "20");
        addWorkshop("Ronde 1", "Verzuim in het mbo", "Zaal 3", "Bram Bakker", "25");
        assertEquals(2, count("SELECT COUNT(*) FROM workshop w JOIN workshop_round r ON r.id = w.round_id "
                + "WHERE r.event_id = " + id));
        browser.clickAndWait(
                browser.driver().findElement(By.cssSelector("a[aria-label$='Verzuim in het mbo']")));
        assertEquals("25", browser.find("workshop:workshopCapacity").getAttribute("value"));
        browser.type("workshop:workshopCapacity", "0").submit("workshop:saveWorkshop");
        assertTrue(browser.text().contains("Vul een aantal plaatsen in van 1 tot 100.000."), browser.text());
        browser.type("workshop:workshopCapacity", "30").submit("workshop:saveWorkshop");
        assertTrue(browser.text().contains("De workshop is opgeslagen."), browser.text());
        assertEquals(30,
                count("SELECT capacity FROM workshop WHERE title = 'Verzuim in het mbo' AND round_id IN "
                        + "(SELECT id FROM workshop_round WHERE event_id = " + id + ")"));
        browser.assertAccessible();

        // the event changed
        browser.type("form:capacity", "80").submit("form:submit");
        assertTrue(browser.text().contains("Het evenement is opgeslagen."), browser.text());
        assertEquals(80, count("SELECT capacity FROM event WHERE id = " + id));
        assertTrue(count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'event' AND entity_id = " + id
                + " AND action = 'UPDATE' AND actor = '" + STAFF.email() + "'") >= 1);

        browser.open("/organise/index.xhtml");
        var list = browser.find("eventTable").getText();
        assertTrue(list.contains(title) && list.contains("0 / 80"), list);
        browser.assertAccessible();

        browser.open("/organise/event.xhtml?id=" + id + "&lang=en");
        assertTrue(browser.heading().startsWith("Event"), browser.heading());
        browser.assertAccessible();
        browser.open("/organise/index.xhtml");
        assertEquals("Organise events", browser.heading());
        browser.assertAccessible();
    }

    @Test
    void aRayonContactOrganisesOnlyRayondagenOfTheirOwnRayon() throws SQLException {
        long staffEvent = insertEvent("CONGRESS", "Landelijk " + suffix(), 50);
        var title = "Rayondag Midden " + suffix();
        var start = LocalDateTime.now().plusDays(60).withHour(9).withMinute(30).withSecond(0).withNano(0);
        browser.logInAs(RAYON_CONTACT).open("/organise/event.xhtml");
        assertEquals("Nieuw evenement", browser.heading());
        new Select(browser.find("form:kind")).selectByValue("RAYONDAG");
        new Select(browser.find("form:audience")).selectByValue("MEMBERS");
        new Select(browser.find("form:rayon")).selectByVisibleText("Noord");
        browser.type("form:title", title).type("form:venue", "Stadhuis Amersfoort").type("form:capacity",
                "60");
        times(start, start.plusHours(5));
        browser.submit("form:submit");
        assertTrue(browser.text().contains("Je mag alleen rayondagen van je eigen rayon organiseren."),
                browser.text());
        assertEquals(0, count("SELECT COUNT(*) FROM event WHERE title = '" + title + "'"));

        new Select(browser.find("form:rayon")).selectByVisibleText("Midden");
        times(start, start.plusHours(5));
        browser.submit("form:submit");
        assertTrue(browser.text().contains("Het evenement is aangemaakt."), browser.text());
        assertEquals(1,
                count("SELECT COUNT(*) FROM event e JOIN rayon r ON r.id = e.rayon_id WHERE e.title = '"
                        + title + "' AND r.code = 'midden'"));

        browser.open("/organise/index.xhtml");
        var list = browser.text();
        assertTrue(list.contains(title), list);
        assertFalse(list.contains("Landelijk "), "a rayon contact sees only rayondagen of their rayon");

        browser.open("/organise/event.xhtml?id=" + staffEvent);
        assertEquals("Pagina niet gevonden", browser.heading());
        browser.open("/organise/registrations.xhtml?id=" + staffEvent);
        assertEquals("Pagina niet gevonden", browser.heading());
        browser.open("/organise/event.xhtml?id=abc");
        assertEquals("Pagina niet gevonden", browser.heading());
    }

    @Test
    void aMemberMayNotOrganise() {
        browser.logInAs(MEMBER).open("/organise/index.xhtml");
        assertEquals("Geen toegang", browser.heading());
    }

    @Test
    void registrationsWithDownloadsWaitingListAndAMessage() throws Exception {
        var title = "Training " + suffix();
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
        assertTrue(browser.text().contains("Bericht: vul dit veld in."), browser.text());
        browser.type("message:text", "Neem je laptop mee.").submit("message:send");
        assertTrue(browser.text().contains("Het bericht is verstuurd aan 2 ingeschrevenen."), browser.text());
        assertTrue(Browser.mailTo(first, title).contains("Neem je laptop mee."));
        assertTrue(Browser.mailTo(second, title).contains("Neem je laptop mee."));

        // automatic promotion is off: cancelling frees a seat, staff give it by hand
        browser.clickAndWait(confirmCancel("Eva Eerste"));
        assertTrue(browser.text().contains("De inschrijving is afgemeld."), browser.text());
        assertEquals("CANCELLED", text("SELECT status FROM registration WHERE id = " + confirmed));
        browser.clickAndWait(
                browser.driver().findElement(By.cssSelector("input[aria-label='Plaats geven: Tom Tweede']")));
        assertTrue(browser.text().contains("heeft een plaats gekregen"), browser.text());
        assertEquals("CONFIRMED", text("SELECT status FROM registration WHERE id = " + waiting));
        assertTrue(browser.find("noWaiting").isDisplayed());

        browser.open("/organise/registrations.xhtml?id=" + event + "&lang=en");
        assertTrue(browser.heading().startsWith("Registrations"), browser.heading());
        browser.assertAccessible();
    }

    @Test
    void downloadsOfAnotherRayonsEventAreNotFound() throws Exception {
        long event = insertEvent("CONGRESS", "Niet van jou " + suffix(), 10);
        browser.logInAs(RAYON_CONTACT).open("/organise/index.xhtml");
        assertEquals(404, download("/organise/export/registrations.csv?event=" + event).statusCode());
        assertEquals(404, download("/organise/export/presence.pdf?event=" + event).statusCode());
    }

    @Test
    void staffAddPapersOfTheGeneralAssemblyWhichMembersRead() throws Exception {
        var title = "Werkconferentie " + suffix();
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
        ((JavascriptExecutor) browser.driver()).executeScript("window.confirm = () => true;");
        return browser.driver().findElement(By.cssSelector("input[aria-label='Afmelden: " + name + "']"));
    }

    private void addWorkshop(String round, String title, String room, String speaker, String capacity) {
        new Select(browser.find("workshop:workshopRound")).selectByVisibleText(round);
        browser.type("workshop:workshopTitle", title).type("workshop:workshopRoom", room)
                .type("workshop:workshopSpeaker", speaker).type("workshop:workshopCapacity", capacity)
                .submit("workshop:saveWorkshop");
        assertTrue(browser.text().contains("De workshop is toegevoegd."), browser.text());
    }

    /** Fills the five times of the event form (datetime-local inputs take their value by script). */
    private void times(LocalDateTime start, LocalDateTime end) {
        set("form:startsAt", start);
        set("form:endsAt", end);
        set("form:registrationOpensAt", LocalDateTime.now().minusDays(1).withSecond(0).withNano(0));
        set("form:registrationClosesAt", start.minusDays(1));
        set("form:cancellationDeadline", start.minusDays(2));
    }

    private void set(String id, LocalDateTime value) {
        browser.setValue(id, value.format(INPUT));
    }

    private HttpResponse<byte[]> download(String path) throws IOException {
        return HttpSession.of(browser).download(path);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static long count(String sql) {
        return Db.number(sql);
    }

    private static String text(String sql) {
        return Db.text(sql);
    }

    private static long insertEvent(String kind, String title, int capacity) {
        return Fixtures.event().kind(kind).title(title).startsAt(LocalDateTime.now().plusDays(30))
                .capacity(capacity)
                .create().id();
    }
}
