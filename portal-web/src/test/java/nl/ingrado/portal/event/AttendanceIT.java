package nl.ingrado.portal.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static nl.ingrado.portal.testing.BrowserFixtures.checkinCode;
import static nl.ingrado.portal.testing.BrowserFixtures.now;
import static nl.ingrado.portal.testing.BrowserFixtures.registration;

import java.time.LocalDateTime;
import java.util.List;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.EventBuilder;
import nl.ingrado.portal.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The day itself and the evaluation afterwards: organisers check people in by name or QR code and
 * record no-shows; attendees evaluate; organisers read the report. Each test arranges its own
 * event in the database.
 */
class AttendanceIT extends BrowserTest {

    private static final User STAFF = BrowserFixtures.staff("Saskia Staf");
    /** Contact person of rayon Midden. */
    private static final User RAYON = BrowserFixtures.rayonContact("Ruud Rayon", "midden");
    private static final User MEMBER = BrowserFixtures.member("Lieke Lid");

    private final String tag = BrowserFixtures.tag();

    @Test
    void staffCheckPeopleInByNameAndByCode() throws Exception {
        var now = now();
        long event = insertEvent("Rayondag Noord " + tag, "noord", now.minusHours(1), now.plusHours(2));
        var anna = "Anna Aanwezig " + tag;
        var bram = "Bram Scanner " + tag;
        long annaId = guest(event, anna);
        var bramCode = checkinCode();
        registration(event).guest(bram).checkinCode(bramCode).create();
        registration(event).of(MEMBER).create();

        browser.logInAs(STAFF).open("/organise/attendance.xhtml?id=" + event);
        assertTrue(browser.heading().contains("Presentielijst"), browser.heading());
        assertEquals("3", browser.find("countConfirmed").getText());
        assertEquals("0", browser.find("countIn").getText());
        browser.assertAccessible();

        // by name: search, then the big button
        browser.type("q", "aanwezig " + tag).submit("searchSubmit");
        var list = browser.find("attendees").getText();
        assertTrue(list.contains(anna) && !list.contains(bram), list);
        browser.clickAndWait(
                browser.driver().findElement(By.cssSelector("[data-registration='" + annaId + "']")));
        assertTrue(browser.text().contains(anna + " is aangemeld."), browser.text());
        assertEquals("1", browser.find("countIn").getText());
        assertTrue(browser.find("attendees").getText().contains("Aanwezig sinds"), "the search stays");
        assertEquals("aanwezig " + tag, browser.find("q").getAttribute("value"));

        // by code, as a hardware scanner types it: code and Enter
        browser.type("scan:code", bramCode).submit("scan:submit");
        assertTrue(browser.text().contains(bram + " is aangemeld."), browser.text());
        assertEquals("2", browser.find("countIn").getText());
        browser.type("scan:code", bramCode).submit("scan:submit");
        assertTrue(browser.text().contains(bram + " was al aangemeld."), browser.text());
        assertEquals("2", browser.find("countIn").getText());
        browser.type("scan:code", "dit-is-geen-code").submit("scan:submit");
        assertTrue(browser.text().contains("Onbekende code"), browser.text());
        browser.assertAccessible();

        // a valid code of another event is just as unknown here
        long other = insertEvent("Webinar " + tag, null, now.minusHours(1), now.plusHours(1));
        var otherCode = checkinCode();
        registration(other).guest("Elders " + tag).checkinCode(otherCode).create();
        browser.type("scan:code", otherCode).submit("scan:submit");
        assertTrue(browser.text().contains("Onbekende code"), browser.text());
        assertEquals("2", browser.find("countIn").getText());

        browser.open("/organise/attendance.xhtml?id=" + event + "&lang=en");
        assertTrue(browser.heading().contains("Attendance list"), browser.heading());
        browser.assertAccessible();
        browser.open("/organise/attendance.xhtml?id=" + event + "&lang=nl");
    }

    @Test
    void aRayonContactCannotOpenTheAttendanceOfAnotherRayon() throws Exception {
        var now = now();
        long noord = insertEvent("Rayondag Noord " + tag, "noord", now.minusHours(1), now.plusHours(2));
        browser.logInAs(RAYON).open("/organise/attendance.xhtml?id=" + noord);
        // 404 (the event is outside their scope); 403 while the container maps no RAYON_CONTACT role
        assertTrue(List.of("Pagina niet gevonden", "Geen toegang").contains(browser.heading()),
                browser.heading());
        assertFalse(browser.text().contains("Rayondag Noord " + tag));
        browser.open("/organise/evaluation.xhtml?id=" + noord);
        assertTrue(List.of("Pagina niet gevonden", "Geen toegang").contains(browser.heading()),
                browser.heading());
        assertFalse(browser.text().contains("Rayondag Noord " + tag));
    }

    @Test
    void aRayonContactTakesTheAttendanceOfTheirOwnRayon() throws Exception {
        var now = now();
        long midden = insertEvent("Rayondag Midden " + tag, "midden", now.minusHours(1), now.plusHours(2));
        long noord = insertEvent("Rayondag Noord " + tag, "noord", now.minusHours(1), now.plusHours(2));
        browser.logInAs(RAYON).open("/organise/attendance.xhtml?id=" + midden);
        assertTrue(browser.heading().contains("Rayondag Midden " + tag), browser.heading());
        browser.open("/organise/attendance.xhtml?id=" + noord);
        assertEquals("Pagina niet gevonden", browser.heading());
    }

    @Test
    void aMemberCannotOrganise() throws Exception {
        var now = now();
        long event = insertEvent("Rayondag " + tag, "noord", now.minusHours(1), now.plusHours(2));
        browser.logInAs(MEMBER).open("/organise/attendance.xhtml?id=" + event);
        assertEquals("Geen toegang", browser.heading());
        browser.open("/organise/evaluation.xhtml?id=" + event);
        assertEquals("Geen toegang", browser.heading());
    }

    @Test
    void anAttendeeEvaluatesOnceAndOrganisersReadTheReport() throws Exception {
        var now = now();
        var title = "Werkconferentie " + tag;
        var werkconferentie = eventAt(title, null, now.minusDays(2), now.minusDays(1))
                .workshop("Ronde 1", "Verzuim aanpakken " + tag, 30).create();
        long event = werkconferentie.id();
        long round = werkconferentie.round("Ronde 1");
        long workshop = werkconferentie.workshop("Verzuim aanpakken " + tag);
        long mine = registration(event).of(MEMBER).choice(round, workshop).attended(now.minusDays(2))
                .create();
        long others = registration(event).of(BrowserFixtures.member("Ander Lid " + tag))
                .attended(now.minusDays(2)).create();
        long absent = guest(event, "Afwezig " + tag);
        Db.update(
                "INSERT INTO evaluation (registration_id, score, comments, submitted_at) VALUES (?, 7, NULL, "
                        + "UTC_TIMESTAMP(6))",
                others);

        browser.logInAs(MEMBER)
                .open("/member/evaluation.xhtml?registration=" + mine + "&lang=en");
        assertTrue(browser.heading().contains(title), browser.heading());
        browser.assertAccessible();
        browser.open("/member/evaluation.xhtml?registration=" + mine + "&lang=nl");
        browser.assertAccessible();

        browser.type("form:comments", "Heel leerzaam " + tag).submit("form:submit");
        assertTrue(browser.text().contains("Kies een cijfer van 1 tot 10."), browser.text());
        assertEquals("Heel leerzaam " + tag, browser.find("form:comments").getAttribute("value"));
        browser.assertAccessible();

        new Select(browser.find("form:score")).selectByValue("8");
        var workshopScore = browser.driver().findElement(By.cssSelector("select[id$=':workshopScore']"));
        new Select(workshopScore).selectByValue("10");
        browser.driver().findElement(By.cssSelector("textarea[id$=':workshopComments']"))
                .sendKeys("Praktisch " + tag);
        browser.submit("form:submit");
        assertTrue(browser.text().contains("Dank je wel voor je evaluatie!"), browser.text());
        assertTrue(browser.text().contains("Je hebt deze bijeenkomst beoordeeld."), browser.text());
        assertTrue(browser.driver().findElements(By.id("form:submit")).isEmpty(), "no second evaluation");

        // someone else's registration does not exist for this member
        browser.open("/member/evaluation.xhtml?registration=" + others);
        assertEquals("Pagina niet gevonden", browser.heading());
        assertFalse(browser.text().contains(title));
        // a registration that was not attended cannot be evaluated
        browser.open("/member/evaluation.xhtml?registration=" + absent);
        assertEquals("Pagina niet gevonden", browser.heading(), "not the member's either");
        // their own registration of an event they did not come to: nothing to evaluate
        long missed = insertEvent("Webinar " + tag, null, now.minusDays(3), now.minusDays(3).plusHours(1));
        long notThere = registration(missed).of(MEMBER).create();
        browser.open("/member/evaluation.xhtml?registration=" + notThere);
        assertTrue(browser.text().contains("alleen een bijeenkomst beoordelen waarbij je als aanwezig bent"),
                browser.text());
        assertTrue(browser.driver().findElements(By.id("form:submit")).isEmpty());
        browser.logOut();

        browser.logInAs(STAFF).open("/organise/evaluation.xhtml?id=" + event);
        var summary = browser.find("eventSummary").getText();
        assertTrue(summary.contains("2") && summary.contains("7,5"), summary);
        assertTrue(browser.find("eventComments").getText().contains("Heel leerzaam " + tag), browser.text());
        var workshopSummary = browser.find("workshop" + workshop).getText();
        assertTrue(workshopSummary.contains("10,0"), workshopSummary);
        assertTrue(browser.text().contains("Praktisch " + tag), browser.text());
        browser.assertAccessible();
        browser.open("/organise/evaluation.xhtml?id=" + event + "&lang=en");
        assertTrue(browser.find("eventSummary").getText().contains("7.5"), browser.text());
        browser.assertAccessible();
        browser.open("/organise/evaluation.xhtml?id=" + event + "&lang=nl");

        // after the event: who did not come is a no-show
        browser.open("/organise/attendance.xhtml?id=" + event);
        assertEquals("3", browser.find("countConfirmed").getText());
        assertEquals("2", browser.find("countIn").getText());
        browser.submit("noShows:mark");
        assertTrue(browser.text().contains("1 no-show vastgelegd."), browser.text());
        assertEquals("1", browser.find("countNoShows").getText());
        browser.assertAccessible();
    }

    // --- arranging data -------------------------------------------------------------------------

    /** A rayondag of {@code rayonCode}, or a werkconferentie when null, from {@code start} to {@code end}. */
    private static long insertEvent(String title, String rayonCode, LocalDateTime start, LocalDateTime end) {
        return eventAt(title, rayonCode, start, end).create().id();
    }

    /** A rayondag of {@code rayonCode}, or a werkconferentie when null; registration was open for a month. */
    private static EventBuilder eventAt(String title, String rayonCode, LocalDateTime start,
            LocalDateTime end) {
        return Fixtures.event().title(title).kind(rayonCode == null ? "WERKCONFERENTIE" : "RAYONDAG")
                .rayon(rayonCode).startsAt(start).endsAt(end).opensAt(start.minusDays(30))
                .closesAt(start.minusDays(1)).cancellableUntil(start.minusDays(2)).capacity(100);
    }

    private static long guest(long event, String name) {
        return registration(event).guest(name).create();
    }

}
