package nl.ingrado.portal.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.Db;
import org.junit.jupiter.api.Test;

/**
 * The rules a form declares once on its fields, checked by the server on three kinds of page (public
 * and stateless, a member's upload form, staff's large event form): an empty and an over-long submit
 * say everything wrong at once, beside each field, in the user's language, without a component id; what
 * was typed stays, nothing is cut and nothing is stored.
 */
class FormRulesIT extends BrowserTest {

    private static final User STAFF = BrowserFixtures.staff("Freek Formulier");

    @Test
    void theNewsletterFormSaysEverythingAtOnceInBothLanguages() throws SQLException {
        browser.open("/newsletter/subscribe.xhtml?lang=nl").submit("form:submit");
        var text = browser.text();
        assertTrue(text.contains("Vul dit veld in."), text);
        assertTrue(text.contains("Vink aan dat je de nieuwsbrief wilt ontvangen."), "all at once: " + text);
        assertNoComponentIds(text);

        var tag = BrowserFixtures.tag();
        var longAddress = "a".repeat(250) + tag + "@example.org";
        var name = "N".repeat(201);
        browser.type("form:email", longAddress);
        browser.setValue("form:name", name).submit("form:submit");
        text = browser.text();
        assertTrue(text.contains("Ten hoogste 254 tekens (je typte " + longAddress.length() + ")."), text);
        assertTrue(text.contains("Ten hoogste 200 tekens (je typte 201)."), text);
        assertEquals(longAddress, browser.find("form:email").getAttribute("value"), "nothing is cut");
        assertEquals(name, browser.find("form:name").getAttribute("value"));

        // quotes and angle brackets: stored before, and then the mail failed
        var quoted = "\"a<b>" + tag + "\"@example.org";
        browser.type("form:email", quoted).find("form:consent").click();
        browser.submit("form:submit");
        assertTrue(browser.text().contains("Vul een geldig e-mailadres in"), browser.text());
        assertEquals(quoted, browser.find("form:email").getAttribute("value"));
        assertEquals(0, Db.number("SELECT COUNT(*) FROM nl_subscriber WHERE email LIKE '%" + tag + "%'"),
                "nothing stored");

        browser.open("/newsletter/subscribe.xhtml?lang=en").setValue("form:name", name).submit("form:submit");
        text = browser.text();
        assertTrue(text.contains("Please fill in this field."), text);
        assertTrue(text.contains("At most 200 characters (you typed 201)."), text);
        assertTrue(text.contains("Tick the box to say that you want to receive the newsletter."), text);
        assertNoComponentIds(text);
        browser.open("/newsletter/subscribe.xhtml?lang=nl");
    }

    @Test
    void aKrsdSubmissionSaysEverythingAtOnce() throws SQLException {
        var member = BrowserFixtures.member("Fenna Formulier");
        BrowserFixtures.registrant(member);
        long before = Db.number("SELECT COUNT(*) FROM point_record");
        browser.logInAs(member).open("/member/krsd/submit.xhtml?lang=nl").submit("form:submit");
        var text = browser.text();
        // title, provider, date, hours and category at once, beside the fields (the summary repeats them)
        assertEquals(5, occurrences(browser.find("form").getText(), "Vul dit veld in."), text);
        assertNoComponentIds(text);

        var title = "T".repeat(301);
        var description = "Beschrijving met é en 😀 ".repeat(200);
        browser.setValue("form:title", title).type("form:provider", "Ingrado").type("form:hours", "2")
                .setValue("form:description", description).submit("form:submit");
        text = browser.text();
        assertTrue(text.contains("Ten hoogste 300 tekens (je typte 301)."), text);
        assertTrue(text.contains("Ten hoogste 4000 tekens (je typte " + description.length() + ")."), text);
        assertEquals(title, browser.find("form:title").getAttribute("value"), "what was typed stays, uncut");
        assertEquals(description, browser.find("form:description").getAttribute("value"));
        assertEquals("Ingrado", browser.find("form:provider").getAttribute("value"));
        assertEquals(before, Db.number("SELECT COUNT(*) FROM point_record"), "nothing stored");

        browser.open("/member/krsd/submit.xhtml?lang=en").setValue("form:title", title).submit("form:submit");
        text = browser.text();
        assertTrue(text.contains("At most 300 characters (you typed 301)."), text);
        assertEquals(4, occurrences(browser.find("form").getText(), "Please fill in this field."), text);
        assertNoComponentIds(text);
        browser.open("/member/krsd/index.xhtml?lang=nl");
    }

    @Test
    void anEventDescriptionLongerThanItsColumnIsRefusedNotAnError() throws SQLException {
        long before = Db.number("SELECT COUNT(*) FROM event");
        browser.logInAs(STAFF).open("/organise/event.xhtml?lang=nl").submit("form:submit");
        var text = browser.text();
        // at least kind, title and audience at once (the times and capacity may come filled in)
        assertTrue(occurrences(text, "Vul dit veld in.") >= 3, text);
        assertNoComponentIds(text);

        // 70,000 characters: more than a TEXT column holds; this was an HTTP 500
        var description = "Programma van de dag. ".repeat(3_200);
        browser.setValue("form:description", description).type("form:title", "Dag " + BrowserFixtures.tag())
                .submit("form:submit");
        text = browser.text();
        assertFalse(browser.heading().contains("Er ging iets mis"), "not the error page: " + text);
        assertTrue(text.contains("Ten hoogste 16000 tekens (je typte " + description.length() + ")."), text);
        assertEquals(description, browser.find("form:description").getAttribute("value"), "kept, uncut");
        assertEquals(before, Db.number("SELECT COUNT(*) FROM event"), "nothing stored");

        browser.open("/organise/event.xhtml?lang=en").setValue("form:description", description)
                .submit("form:submit");
        text = browser.text();
        assertTrue(text.contains("At most 16000 characters (you typed " + description.length() + ")."), text);
        assertTrue(text.contains("Please fill in this field."), text);
        assertNoComponentIds(text);
        browser.open("/organise/index.xhtml?lang=nl");
    }

    private static void assertNoComponentIds(String text) {
        assertFalse(text.matches("(?s).*\\b\\w+:\\w+: .*"), "a message names a component id: " + text);
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
