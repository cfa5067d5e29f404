package nl.ingrado.portal.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Organising events: staff plan an event with workshop rounds, a rayon contact person only the
 * rayondagen of their own rayon, a member nothing. Each test makes its own events (through the pages
 * or straight in the database); what organisers hand out afterwards: {@link OrganiseDownloadsIT}.
 */
class OrganiseIT extends BrowserTest {

    private static final User STAFF = BrowserFixtures.staff("Stefan Staf");
    /** Contact person of rayon Midden. */
    private static final User RAYON_CONTACT = BrowserFixtures.rayonContact("Rosa Rayon", "midden");
    private static final User MEMBER = BrowserFixtures.member("Mats Lid");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Test
    void staffPlanAnEventWithWorkshopsAndChangeIt() throws SQLException {
        var title = "Congres " + BrowserFixtures.tag();
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
        assertTrue(browser.text().contains("Vul dit veld in."), browser.text());
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
        assertTrue(browser.text().contains("Vul dit veld in."), browser.text());
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
        browser.assertPage("/organise/index.xhtml", "Organise events");
    }

    @Test
    void aRayonContactOrganisesOnlyRayondagenOfTheirOwnRayon() throws SQLException {
        long staffEvent = Fixtures.event().kind("CONGRESS").title("Landelijk " + BrowserFixtures.tag())
                .startsAt(LocalDateTime.now().plusDays(30)).capacity(50).create().id();
        var title = "Rayondag Midden " + BrowserFixtures.tag();
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

    private static long count(String sql) {
        return Db.number(sql);
    }
}
