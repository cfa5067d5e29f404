package nl.ingrado.portal.event;

import static nl.ingrado.portal.testing.BrowserFixtures.now;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.ingrado.portal.testing.Browser;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.EventBuilder;
import nl.ingrado.portal.testing.Fixtures;
import nl.ingrado.portal.testing.HttpSession;
import nl.ingrado.portal.testing.pages.EventPage;
import nl.ingrado.portal.testing.pages.MyRegistrationsPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A professional finds an event in the agenda, registers with workshops, changes a workshop,
 * cancels (the first person waiting gets the seat and an email), subscribes to their calendar,
 * and downloads a certificate of a training they attended. Pages checked with axe-core.
 */
class EventRegistrationIT extends BrowserTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theAgendaIsPublicAndFilters() {
        var tag = BrowserFixtures.tag();
        var soon = now().plusDays(1);
        event("Rayondag " + tag).kind("RAYONDAG").rayon("midden").startsAt(soon).closesAt(soon.minusHours(1))
                .create().id();
        event("Webinar " + tag).kind("WEBINAR").startsAt(soon).closesAt(soon.minusHours(1)).create().id();
        event("Verleden " + tag).startsAt(now().minusDays(7)).opensAt(now().minusDays(30)).create().id();
        browser.open("/events/index.xhtml");
        assertEquals("Agenda", browser.heading());
        var all = browser.find("events").getText();
        assertTrue(all.contains("Rayondag " + tag) && all.contains("Webinar " + tag), all);
        assertFalse(all.contains("Verleden " + tag), "past events are not in the agenda");
        browser.assertAccessible();
        browser.chooseValue("kind", "WEBINAR");
        browser.clickAndWait(browser.find("filter"));
        var webinars = browser.find("events").getText();
        assertTrue(webinars.contains("Webinar " + tag) && !webinars.contains("Rayondag " + tag), webinars);
        assertTrue(browser.driver().getCurrentUrl().contains("kind=WEBINAR"), "the filter is in the address");

        browser.clickAndWait(browser.find(By.partialLinkText("Webinar " + tag)));
        assertTrue(browser.find("loginFirst").getText().contains("Log in om je in te schrijven"));
        browser.assertAccessible();
        browser.assertPage("/events/index.xhtml?lang=en", "Events");
    }

    @Test
    void registerWithWorkshopsChangeOneAndGetTheCalendar() throws Exception {
        var title = "Rayondag " + BrowserFixtures.tag();
        long event = event(title).kind("RAYONDAG").rayon("midden")
                .workshop("Ronde 1 (11:00)", "Gesprekstechnieken", 2)
                .workshop("Ronde 1 (11:00)", "Thuiszitters in beeld", 30)
                .workshop("Ronde 2 (14:00)", "Nieuwe wetgeving", 30).create().id();
        var wendy = BrowserFixtures.member("Wendy Workshop");
        var email = wendy.email();
        browser.logInAs(wendy);
        var page = EventPage.open(browser, event);
        browser.assertAccessible();
        assertEquals(2, page.rounds(), "one choice per workshop round");
        page.register();
        assertTrue(browser.text().contains("Kies een workshop in Ronde 1 (11:00)."), browser.text());

        EventPage.of(browser).choose(1, "Gesprekstechnieken").choose(2, "Nieuwe wetgeving")
                .remarks("Vegetarisch")
                .register();
        assertTrue(browser.path().endsWith("/member/registrations.xhtml"), browser.path());
        assertTrue(browser.text().contains("Je bent ingeschreven voor " + title), browser.text());
        assertTrue(browser.text().contains("Gesprekstechnieken"));
        browser.assertAccessible();

        var confirmation = Browser.mailTo(email, "Inschrijving bevestigd: " + title);
        assertTrue(confirmation.contains("BEGIN:VCALENDAR") && confirmation.contains("METHOD:REQUEST")
                && confirmation.contains("TZID=Europe/Amsterdam") && confirmation.contains("SEQUENCE:0"),
                "an .ics goes with the confirmation: " + confirmation);
        var uid = line(confirmation, "UID:");

        // another workshop in round 1, while it has seats
        MyRegistrationsPage.of(browser).changeWorkshop("Thuiszitters in beeld");
        assertTrue(browser.text().contains("Je workshop is gewijzigd."), browser.text());
        assertTrue(browser.text().contains("Thuiszitters in beeld"));
        var change = Browser.mailTo(email, "Je inschrijving is gewijzigd");
        assertEquals(uid, line(change, "UID:"), "the same calendar entry is updated");
        assertTrue(change.contains("SEQUENCE:1"), change);

        var feedUrl = browser.find("feedUrl").getAttribute("value");
        var feed = HTTP.send(HttpRequest.newBuilder(URI.create(feedUrl)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, feed.statusCode());
        assertTrue(feed.body().contains(title) && feed.body().contains(uid), feed.body());
        var wrong = HTTP
                .send(HttpRequest.newBuilder(URI.create(feedUrl.replaceAll(".{5}\\.ics$", "xxxxx.ics")))
                        .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, wrong.statusCode());

        // registering twice is refused with a clear message
        EventPage.open(browser, event);
        assertTrue(browser.find("alreadyRegistered").getText().contains("Je bent ingeschreven."));
    }

    @Test
    void aCancellationGivesTheSeatToTheFirstPersonWaitingWhoIsMailed() {
        long event = event("Kleine training " + BrowserFixtures.tag()).capacity(1).create().id();
        var first = BrowserFixtures.member("Eerste Eva");
        var second = BrowserFixtures.member("Tweede Tom");
        browser.logInAs(first);
        EventPage.open(browser, event).register();
        assertTrue(browser.text().contains("Je bent ingeschreven"), browser.text());
        browser.logOut();

        browser.logInAs(second);
        var page = EventPage.open(browser, event);
        assertTrue(browser.text().contains("Alle plaatsen zijn bezet"), browser.text());
        page.register();
        assertTrue(browser.text().contains("je staat op de wachtlijst, op plaats 1"), browser.text());
        assertTrue(Browser.mailTo(second.email(), "Op de wachtlijst").contains("op plaats 1"));
        browser.logOut();

        browser.logInAs(first);
        MyRegistrationsPage.open(browser).cancel();
        assertTrue(Browser.mailTo(first.email(), "Afgemeld").contains("METHOD:CANCEL"));

        var promoted = Browser.mailTo(second.email(), "Er is een plek vrijgekomen");
        assertTrue(promoted.contains("Je inschrijving is bevestigd"), promoted);
        browser.logOut();
        browser.logInAs(second);
        MyRegistrationsPage.open(browser);
        assertTrue(browser.text().contains("Ingeschreven"), browser.text());
        assertFalse(browser.text().contains("Op de wachtlijst"));
    }

    @Test
    void aGuestRegistersWithoutAccountThroughAMailedLinkAndCancels() {
        var title = "Webinar " + BrowserFixtures.tag();
        long event = event(title).kind("WEBINAR").create().id();
        var email = BrowserFixtures.email("Gijs Gast");
        var page = EventPage.open(browser, event);
        page.registerAsGuest("Gijs Gast", "geen-adres");
        assertTrue(browser.text().contains("Vul een geldig e-mailadres in"), browser.text());
        browser.assertAccessible();
        page.registerAsGuest("Gijs Gast", email);
        assertTrue(browser.text().contains("We hebben een e-mail gestuurd naar " + email), browser.text());

        var link = Browser.linkMailedTo(email, "Bevestig je inschrijving");
        browser.driver().get(link);
        browser.assertAccessible();
        browser.submit("form:submit");
        assertTrue(browser.path().endsWith("/events/registration.xhtml"), browser.path());
        assertTrue(browser.find("status").getText().contains("Ingeschreven"),
                browser.find("status").getText());
        var confirmation = Browser.mailTo(email, "Inschrijving bevestigd: " + title);
        assertTrue(confirmation.contains("/events/registration.xhtml?code="), confirmation);
        browser.assertAccessible();
        var registration = browser.driver().getCurrentUrl();

        browser.driver().get(link);
        assertTrue(browser.find("unusable").getText().contains("werkt niet meer"), "the link works once");

        browser.driver().get(registration);
        browser.clickConfirmed(browser.find(By.cssSelector("input[value=Afmelden]")), "Je bent afgemeld.");
        assertTrue(browser.find("status").getText().contains("Afgemeld"));
    }

    @Test
    void refusalsAreExplained() {
        // members-only without a member workplace
        long membersOnly = event("Werkconferentie " + BrowserFixtures.tag()).kind("WERKCONFERENTIE")
                .audience("MEMBERS").create().id();
        browser.logInAs(BrowserFixtures.professional("Nina Nietlid"));
        EventPage.open(browser, membersOnly).register();
        assertTrue(browser.text().contains("alleen voor professionals van lidorganisaties"), browser.text());

        // after closing
        long closed = event("Gesloten " + BrowserFixtures.tag()).opensAt(now().minusDays(30))
                .closesAt(now().minusDays(2)).create().id();
        browser.open("/events/view.xhtml?id=" + closed);
        assertTrue(browser.find("refusal").getText().contains("De inschrijving is gesloten."));
        browser.open("/events/view.xhtml?id=999999999");
        assertEquals("Pagina niet gevonden", browser.heading());
    }

    @Test
    void anAttendeeDownloadsTheCertificateWhichAnyoneCanVerify() throws Exception {
        var lotte = BrowserFixtures.member("Lotte Leerling");
        var code = BrowserFixtures.checkinCode();
        long past = event("Training Jeugdrecht " + BrowserFixtures.tag()).audience("MEMBERS")
                .startsAt(now().minusDays(7)).opensAt(now().minusDays(30)).create().id();
        BrowserFixtures.registration(past).of(lotte).checkinCode(code).attended(now().minusDays(7)).create();

        browser.logInAs(lotte);
        MyRegistrationsPage.open(browser);
        var href = browser.find(By.cssSelector("a[id^=certificate-]")).getAttribute("href");
        var pdf = HttpSession.of(browser).download(href);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(new String(pdf.body(), 0, 5).startsWith("%PDF"));
        browser.assertAccessible();

        // another member gets nothing for this registration
        var other = BrowserFixtures.member("Olaf Ander");
        var refused = HttpSession.loggedIn(other).download(href);
        assertEquals(404, refused.statusCode(), other.email() + " must not see another's certificate");

        browser.open("/events/certificate.xhtml?code=" + code);
        assertTrue(browser.find("verdict").getText().contains("Echt: Lotte Leerling was aanwezig"),
                browser.find("verdict").getText());
        browser.open("/events/certificate.xhtml?code=bestaatniet00000000000");
        assertTrue(browser.find("verdict").getText().contains("kennen we niet"));
    }

    private static String line(String text, String prefix) {
        return text.lines().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + prefix + " in " + text));
    }

    private static EventBuilder event(String title) {
        return Fixtures.event().title(title);
    }
}
