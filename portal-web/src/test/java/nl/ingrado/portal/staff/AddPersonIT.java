package nl.ingrado.portal.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * Staff add one professional, a workplace or an organisation by hand; bad input is explained per
 * field and nothing is stored.
 */
class AddPersonIT extends BrowserTest {

    private static final User STAFF = BrowserFixtures.staff("Sanne Staf");
    private static final User MEMBER = BrowserFixtures.member("Mila Lid");

    @Test
    void addAProfessionalWithAWorkplace() {
        var email = "hand-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        browser.logInAs(STAFF).open("/staff/person-new.xhtml");
        browser.assertAccessible();

        browser.type("form:firstName", "Hanna").type("form:email", "geen adres").type("form:phone", "bel me")
                .submit("form:submit");
        assertTrue(browser.text().contains("Vul dit veld in."), browser.text());
        browser.type("form:lastName", "Handmatig").submit("form:submit");
        var text = browser.text();
        assertTrue(text.contains("Vul een geldig e-mailadres in") || text.contains("e-mailadres"), text);
        assertEquals("Hanna", browser.find("form:firstName").getAttribute("value"), "what was typed stays");
        browser.assertAccessible();

        browser.type("form:email", MEMBER.email()).type("form:phone", "").submit("form:submit");
        assertTrue(browser.text().contains("Er is al een professional met dit e-mailadres."), browser.text());

        browser.type("form:email", email).type("form:phone", "06 12345678");
        new Select(browser.find("form:organisation")).selectByVisibleText("Utrecht");
        new Select(browser.find("form:job")).selectByValue("LEERPLICHTAMBTENAAR");
        browser.setValue("form:since", "2024-02-01");
        browser.submit("form:submit");
        assertTrue(browser.path().endsWith("/staff/person.xhtml"), browser.path());
        assertTrue(browser.text().contains("De professional is toegevoegd."), browser.text());
        assertTrue(browser.heading().contains("Hanna Handmatig"), browser.heading());
        assertTrue(browser.text().contains("Utrecht"), browser.text());

        // a second workplace, added on the person's page
        browser.submit("addWork:addWorkplace");
        assertTrue(browser.text().contains("Kies een organisatie."), browser.text());
        new Select(browser.find("addWork:organisation")).selectByVisibleText("Zeist");
        new Select(browser.find("addWork:job")).selectByValue("BELEIDSMEDEWERKER");
        browser.setValue("addWork:since", "2025-03-01");
        browser.submit("addWork:addWorkplace");
        assertTrue(browser.text().contains("De werkplek is toegevoegd en bevestigd."), browser.text());
        var workplaces = browser.find("workTable").getText();
        assertTrue(workplaces.contains("Zeist") && workplaces.contains("Beleidsmedewerker")
                && workplaces.contains("01-03-2025"), workplaces);
        assertTrue(browser.find("historyTable").getText().contains("Werkplek toegevoegd"));
        browser.assertAccessible();
    }

    @Test
    void addAnOrganisation() {
        var suffix = UUID.randomUUID().toString().substring(0, 6);
        browser.logInAs(STAFF).open("/staff/organisation-new.xhtml");
        browser.assertAccessible();
        new Select(browser.find("form:kind")).selectByValue("MUNICIPALITY");
        browser.type("form:name", "Nieuwegemeente " + suffix).type("form:cbsCode", "1234")
                .submit("form:submit");
        assertTrue(browser.text().contains("Vul de CBS-code van de gemeente in, zoals GM0363."),
                browser.text());
        browser.type("form:cbsCode", "GM0363").submit("form:submit");
        assertTrue(browser.text().contains("Er is al een organisatie met deze CBS-code"), browser.text());
        browser.assertAccessible();

        new Select(browser.find("form:kind")).selectByValue("PARTNER");
        browser.type("form:name", "Partner " + suffix).type("form:cbsCode", "")
                .type("form:postalCode", "3511 ab")
                .type("form:city", "Utrecht").type("form:domains", "partner-" + suffix + ".nl")
                .submit("form:submit");
        assertTrue(browser.text().contains("De organisatie is toegevoegd."), browser.text());
        assertTrue(browser.heading().contains("Partner " + suffix), browser.heading());
        assertEquals("3511 AB", browser.find("form:postalCode").getAttribute("value"));
        assertEquals("partner-" + suffix + ".nl", browser.find("form:domains").getAttribute("value"));
        assertTrue(browser.find("historyTable").getText().contains("Toegevoegd"));
    }

    @Test
    void aMemberCannotAddProfessionals() {
        browser.logInAs(MEMBER).open("/staff/person-new.xhtml");
        assertEquals("Geen toegang", browser.heading());
    }
}
