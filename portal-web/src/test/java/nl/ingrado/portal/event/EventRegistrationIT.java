package nl.ingrado.portal.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import nl.ingrado.portal.testing.Browser;
import nl.ingrado.portal.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * A professional finds an event in the agenda, registers with workshops, changes a workshop,
 * cancels (the first person waiting gets the seat and an email), subscribes to their calendar,
 * and downloads a certificate of a training they attended. Pages checked with axe-core.
 */
class EventRegistrationIT extends BrowserTest {

    private static final String PASSWORD = "wachtwoord voor events";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theAgendaIsPublicAndFilters() {
        browser.open("/events/index.xhtml");
        assertEquals("Agenda", browser.heading());
        var all = browser.find("events").getText();
        assertTrue(all.contains("Rayondag Midden") && all.contains("Webinar: verzuim melden via DUO"), all);
        assertFalse(all.contains("Jeugdrecht in de praktijk"), "past events are not in the agenda");
        browser.assertAccessible();
        new Select(browser.find("kind")).selectByValue("WEBINAR");
        browser.clickAndWait(browser.find("filter"));
        var webinars = browser.find("events").getText();
        assertTrue(webinars.contains("Webinar") && !webinars.contains("Rayondag"), webinars);
        assertTrue(browser.driver().getCurrentUrl().contains("kind=WEBINAR"), "the filter is in the address");

        browser.driver().findElement(By.partialLinkText("Webinar: verzuim")).click();
        assertTrue(browser.find("loginFirst").getText().contains("Log in om je in te schrijven"));
        browser.assertAccessible();
        browser.open("/events/index.xhtml?lang=en");
        assertEquals("Events", browser.heading());
        browser.assertAccessible();
    }

    @Test
    void registerWithWorkshopsChangeOneAndGetTheCalendar() throws Exception {
        var email = professional("Wendy Workshop");
        browser.open("/events/index.xhtml");
        browser.clickAndWait(browser.driver().findElement(By.partialLinkText("Rayondag Midden")));
        browser.assertAccessible();
        var rounds = browser.driver().findElements(By.cssSelector("#form select"));
        assertEquals(2, rounds.size(), "one choice per workshop round");
        browser.submit("form:register");
        assertTrue(browser.text().contains("Kies een workshop in Ronde 1 (11:00)."), browser.text());

        new Select(browser.driver().findElements(By.cssSelector("#form select")).get(0))
                .selectByVisibleText("Gesprekstechnieken");
        new Select(browser.driver().findElements(By.cssSelector("#form select")).get(1))
                .selectByVisibleText("Nieuwe wetgeving");
        browser.type("form:remarks", "Vegetarisch");
        browser.submit("form:register");
        assertTrue(browser.path().endsWith("/member/registrations.xhtml"), browser.path());
        assertTrue(browser.text().contains("Je bent ingeschreven voor Rayondag Midden"), browser.text());
        assertTrue(browser.text().contains("Gesprekstechnieken"));
        browser.assertAccessible();

        var confirmation = Browser.mailTo(email, "Inschrijving bevestigd: Rayondag Midden");
        assertTrue(confirmation.contains("BEGIN:VCALENDAR") && confirmation.contains("METHOD:REQUEST")
                && confirmation.contains("TZID=Europe/Amsterdam") && confirmation.contains("SEQUENCE:0"),
                "an .ics goes with the confirmation: " + confirmation);
        var uid = line(confirmation, "UID:");

        // another workshop in round 1, while it has seats
        var select = browser.driver().findElement(By.cssSelector("select[name=workshop]"));
        new Select(select).selectByVisibleText("Thuiszitters in beeld");
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("input[value=Wijzig]")));
        assertTrue(browser.text().contains("Je workshop is gewijzigd."), browser.text());
        assertTrue(browser.text().contains("Thuiszitters in beeld"));
        var change = Browser.mailTo(email, "Je inschrijving is gewijzigd");
        assertEquals(uid, line(change, "UID:"), "the same calendar entry is updated");
        assertTrue(change.contains("SEQUENCE:1"), change);

        var feedUrl = browser.find("feedUrl").getAttribute("value");
        var feed = HTTP.send(HttpRequest.newBuilder(URI.create(feedUrl)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, feed.statusCode());
        assertTrue(feed.body().contains("Rayondag Midden") && feed.body().contains(uid), feed.body());
        var wrong = HTTP
                .send(HttpRequest.newBuilder(URI.create(feedUrl.replaceAll(".{5}\\.ics$", "xxxxx.ics")))
                        .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, wrong.statusCode());

        // registering twice is refused with a clear message
        browser.open("/events/index.xhtml");
        browser.clickAndWait(browser.driver().findElement(By.partialLinkText("Rayondag Midden")));
        assertTrue(browser.find("alreadyRegistered").getText().contains("Je bent ingeschreven."));
    }

    @Test
    void aCancellationGivesTheSeatToTheFirstPersonWaitingWhoIsMailed() throws Exception {
        long event = smallEvent(1);
        var first = professional("Eerste Eva");
        browser.open("/events/view.xhtml?id=" + event).submit("form:register");
        assertTrue(browser.text().contains("Je bent ingeschreven"), browser.text());
        browser.logOut();

        var second = professional("Tweede Tom");
        browser.open("/events/view.xhtml?id=" + event);
        assertTrue(browser.text().contains("Alle plaatsen zijn bezet"), browser.text());
        browser.submit("form:register");
        assertTrue(browser.text().contains("je staat op de wachtlijst, op plaats 1"), browser.text());
        assertTrue(Browser.mailTo(second, "Op de wachtlijst").contains("op plaats 1"));
        browser.logOut();

        browser.logIn(first, PASSWORD).open("/member/registrations.xhtml");
        browser.driver().findElement(By.cssSelector("input[value=Afmelden]")).click();
        browser.driver().switchTo().alert().accept();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> browser.text().contains("Je bent afgemeld."));
        assertTrue(Browser.mailTo(first, "Afgemeld").contains("METHOD:CANCEL"));

        var promoted = Browser.mailTo(second, "Er is een plek vrijgekomen");
        assertTrue(promoted.contains("Je inschrijving is bevestigd"), promoted);
        browser.logOut();
        browser.logIn(second, PASSWORD).open("/member/registrations.xhtml");
        assertTrue(browser.text().contains("Ingeschreven"), browser.text());
        assertFalse(browser.text().contains("Op de wachtlijst"));
    }

    @Test
    void aGuestRegistersWithoutAccountThroughAMailedLinkAndCancels() throws Exception {
        var email = "gast-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        browser.open("/events/index.xhtml");
        browser.clickAndWait(browser.driver().findElement(By.partialLinkText("Webinar: verzuim")));
        browser.type("guest:guestName", "Gijs Gast").type("guest:guestEmail", "geen-adres")
                .submit("guest:guestSubmit");
        assertTrue(browser.text().contains("Vul een geldig e-mailadres in"), browser.text());
        browser.assertAccessible();
        browser.type("guest:guestEmail", email).submit("guest:guestSubmit");
        assertTrue(browser.text().contains("We hebben een e-mail gestuurd naar " + email), browser.text());

        var link = Browser.linkMailedTo(email, "Bevestig je inschrijving");
        browser.driver().get(link);
        browser.assertAccessible();
        browser.submit("form:submit");
        assertTrue(browser.path().endsWith("/events/registration.xhtml"), browser.path());
        assertTrue(browser.find("status").getText().contains("Ingeschreven"),
                browser.find("status").getText());
        var confirmation = Browser.mailTo(email, "Inschrijving bevestigd: Webinar");
        assertTrue(confirmation.contains("/events/registration.xhtml?code="), confirmation);
        browser.assertAccessible();
        var page = browser.driver().getCurrentUrl();

        browser.driver().get(link);
        assertTrue(browser.find("unusable").getText().contains("werkt niet meer"), "the link works once");

        browser.driver().get(page);
        browser.driver().findElement(By.cssSelector("input[value=Afmelden]")).click();
        browser.driver().switchTo().alert().accept();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> browser.text().contains("Je bent afgemeld."));
        assertTrue(browser.find("status").getText().contains("Afgemeld"));
    }

    @Test
    void refusalsAreExplained() throws Exception {
        // members-only without a member workplace
        var email = "geen-lid-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        browser.signUpAndConfirm("Nina Nietlid", email, PASSWORD).logIn(email, PASSWORD);
        browser.open("/events/index.xhtml");
        browser.clickAndWait(browser.driver().findElement(By.partialLinkText("Werkconferentie")));
        browser.submit("form:register");
        assertTrue(browser.text().contains("alleen voor professionals van lidorganisaties"), browser.text());

        // after closing
        long closed = event(LocalDateTime.now(ZoneId.of("Europe/Amsterdam")).minusDays(2), 10);
        browser.open("/events/view.xhtml?id=" + closed);
        assertTrue(browser.find("refusal").getText().contains("De inschrijving is gesloten."));
        browser.open("/events/view.xhtml?id=999999999");
        assertEquals("Pagina niet gevonden", browser.heading());
    }

    @Test
    void anAttendeeDownloadsTheCertificateWhichAnyoneCanVerify() throws Exception {
        browser.logIn(Browser.MEMBER, Browser.DEMO_PASSWORD).open("/member/registrations.xhtml");
        var link = browser.driver().findElement(By.cssSelector("a[id^=certificate-]"));
        var href = link.getAttribute("href");
        var session = browser.cookie("JSESSIONID");
        var pdf = HTTP.send(
                HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + session).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(new String(pdf.body(), 0, 5).startsWith("%PDF"));
        browser.assertAccessible();

        // another member gets nothing for this registration
        var other = professional("Olaf Ander");
        var otherSession = browser.cookie("JSESSIONID");
        var refused = HTTP
                .send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + otherSession)
                        .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, refused.statusCode(), other + " must not see another's certificate");

        browser.open("/events/certificate.xhtml?code=demoPastTraining000001");
        assertTrue(browser.find("verdict").getText().contains("Echt: Lotte de Leerplicht was aanwezig"),
                browser.find("verdict").getText());
        browser.open("/events/certificate.xhtml?code=bestaatniet00000000000");
        assertTrue(browser.find("verdict").getText().contains("kennen we niet"));
    }

    /** A new professional working at Utrecht (a member), logged in; returns the address. */
    private String professional(String name) {
        var email = "ev-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        browser.open("/register.xhtml").type("form:displayName", name).type("form:email", email)
                .type("form:password", PASSWORD).type("form:passwordRepeat", PASSWORD);
        new Select(browser.find("form:organisation")).selectByVisibleText("Utrecht");
        new Select(browser.find("form:job")).selectByValue("LEERPLICHTAMBTENAAR");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '2020-01-01'",
                browser.find("form:since"));
        browser.submit("form:submit");
        browser.driver().get(Browser.linkMailedTo(email, "Bevestig je e-mailadres"));
        browser.submit("form:submit");
        // the office confirms the workplace (example.nl proves nothing), as staff do on their page
        try (var db = EventConcurrencyIT.database(); var s = db.createStatement()) {
            s.executeUpdate(
                    "UPDATE employment e JOIN person p ON p.id = e.person_id SET e.confirmation = 'CONFIRMED' "
                            + "WHERE p.email = '" + email + "'");
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        browser.logIn(email, PASSWORD);
        return email;
    }

    private static long smallEvent(int capacity) throws SQLException {
        return event(LocalDateTime.now(ZoneId.of("Europe/Amsterdam")).plusDays(5), capacity);
    }

    /** An event open to everyone whose registration closes at {@code closes}. */
    private static long event(LocalDateTime closes, int capacity) throws SQLException {
        var now = LocalDateTime.now(ZoneId.of("Europe/Amsterdam")).withNano(0);
        try (var db = EventConcurrencyIT.database();
                var insert = db.prepareStatement("INSERT INTO event (kind, title, venue, starts_at, ends_at, "
                        + "registration_opens_at, registration_closes_at, cancellation_deadline, capacity, audience, "
                        + "created_at) VALUES ('TRAINING', ?, 'Utrecht', ?, ?, ?, ?, ?, ?, 'EVERYONE', UTC_TIMESTAMP(6))",
                        Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, "Kleine training " + UUID.randomUUID().toString().substring(0, 6));
            insert.setTimestamp(2, Timestamp.valueOf(now.plusDays(10)));
            insert.setTimestamp(3, Timestamp.valueOf(now.plusDays(10).plusHours(3)));
            insert.setTimestamp(4, Timestamp.valueOf(now.minusDays(10)));
            insert.setTimestamp(5, Timestamp.valueOf(closes.withNano(0)));
            insert.setTimestamp(6, Timestamp.valueOf(now.plusDays(5)));
            insert.setInt(7, capacity);
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static String line(String text, String prefix) {
        return text.lines().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + prefix + " in " + text));
    }
}
