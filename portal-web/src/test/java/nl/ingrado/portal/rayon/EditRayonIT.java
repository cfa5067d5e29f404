package nl.ingrado.portal.rayon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ingrado.portal.testing.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Staff keep a rayon's description and contact persons; the public page follows. */
class EditRayonIT {

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void staffEditTheDescriptionAndContactPersons() {
        browser.logIn(Browser.STAFF, Browser.DEMO_PASSWORD).open("/staff/index.xhtml");
        browser.clickAndWait(browser.driver().findElement(By.linkText("Rayon Zuid")));
        assertEquals("Rayon Zuid", browser.heading());
        browser.assertAccessible();

        browser.type("form:description", "Rayon Zuid: Noord-Brabant en Limburg. Rayondag in Eindhoven.")
                .submit("form:save");
        assertTrue(browser.text().contains("Het rayon is opgeslagen."), browser.text());
        var id = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        assertTrue(browser.text().contains(Browser.STAFF + " · UPDATE"), "the change is in the history");

        browser.type("addContact:contactEmail", "niemand@example.nl").submit("addContact:add");
        assertTrue(browser.text().contains("Er is geen professional met dit e-mailadres."), browser.text());
        browser.type("addContact:contactEmail", "a.jansen@amsterdam.nl").submit("addContact:add");
        assertTrue(browser.text().contains("De contactpersoon is toegevoegd."), browser.text());
        browser.type("addContact:contactEmail", "a.jansen@amsterdam.nl").submit("addContact:add");
        assertTrue(browser.text().contains("al contactpersoon"), browser.text());

        browser.open("/rayon/view.xhtml?id=" + id);
        assertTrue(browser.text().contains("Eindhoven"));
        assertTrue(browser.text().contains("Anouk Jansen"), browser.text());
        assertTrue(browser.text().contains("Anouk Jansen (Amsterdam)"),
                "with her organisation: " + browser.text());

        browser.open("/staff/rayon.xhtml?id=" + id);
        browser.clickAndWait(browser.driver().findElements(By.cssSelector("#contactTable tbody tr")).stream()
                .filter(r -> r.getText().contains("Anouk Jansen")).findFirst().orElseThrow()
                .findElement(By.cssSelector("input[type=submit]")));
        assertTrue(browser.text().contains("De contactpersoon is verwijderd."), browser.text());
        browser.open("/rayon/view.xhtml?id=" + id);
        assertFalse(browser.text().contains("Anouk Jansen"));
    }

    @Test
    void aMemberCannotEditARayon() {
        browser.logIn(Browser.MEMBER, Browser.DEMO_PASSWORD).open("/staff/rayon.xhtml?id=1");
        assertEquals("Geen toegang", browser.heading());
    }
}
