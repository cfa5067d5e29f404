package nl.ingrado.portal.rayon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Staff keep a rayon's description and contact persons; the public page follows. */
class EditRayonIT extends BrowserTest {

    private static final User STAFF = BrowserFixtures.staff("Stijn Staf");
    /** A professional at Amsterdam, who becomes contact person of rayon Zuid for a while. */
    private static final User CONTACT = BrowserFixtures.memberAt("Kees Kandidaat", "GM0363");

    @Test
    void staffEditTheDescriptionAndContactPersons() {
        browser.logInAs(STAFF).open("/staff/index.xhtml");
        browser.clickAndWait(browser.driver().findElement(By.linkText("Rayon Zuid")));
        assertEquals("Rayon Zuid", browser.heading());
        browser.assertAccessible();

        browser.type("form:description", "Rayon Zuid: Noord-Brabant en Limburg. Rayondag in Eindhoven.")
                .submit("form:save");
        assertTrue(browser.text().contains("Het rayon is opgeslagen."), browser.text());
        var id = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        assertTrue(browser.text().contains(STAFF.email() + " · UPDATE"), "the change is in the history");

        browser.type("addContact:contactEmail", "niemand@example.nl").submit("addContact:add");
        assertTrue(browser.text().contains("Er is geen professional met dit e-mailadres."), browser.text());
        browser.type("addContact:contactEmail", CONTACT.email()).submit("addContact:add");
        assertTrue(browser.text().contains("De contactpersoon is toegevoegd."), browser.text());
        browser.type("addContact:contactEmail", CONTACT.email()).submit("addContact:add");
        assertTrue(browser.text().contains("al contactpersoon"), browser.text());

        browser.open("/rayon/view.xhtml?id=" + id);
        assertTrue(browser.text().contains("Eindhoven"));
        assertTrue(browser.text().contains(CONTACT.name()), browser.text());
        assertTrue(browser.text().contains(CONTACT.name() + " (Amsterdam)"),
                "with her organisation: " + browser.text());

        browser.open("/staff/rayon.xhtml?id=" + id);
        browser.clickAndWait(browser.driver().findElements(By.cssSelector("#contactTable tbody tr")).stream()
                .filter(r -> r.getText().contains(CONTACT.name())).findFirst().orElseThrow()
                .findElement(By.cssSelector("input[type=submit]")));
        assertTrue(browser.text().contains("De contactpersoon is verwijderd."), browser.text());
        browser.open("/rayon/view.xhtml?id=" + id);
        assertFalse(browser.text().contains(CONTACT.name()));
    }

    @Test
    void aMemberCannotEditARayon() {
        browser.logInAs(BrowserFixtures.member("Maud Lid")).open("/staff/rayon.xhtml?id=1");
        assertEquals("Geen toegang", browser.heading());
    }
}
