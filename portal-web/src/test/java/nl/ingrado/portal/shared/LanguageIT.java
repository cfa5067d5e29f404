package nl.ingrado.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.Db;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Dutch by default; English one click away, remembered on the next pages. */
class LanguageIT extends BrowserTest {

    @Test
    void dutchByDefaultAndEnglishAfterSwitching() {
        browser.open("/login.xhtml");
        assertEquals("nl", browser.pageLanguage());
        assertEquals("Inloggen", browser.heading());
        browser.clickAndWait(
                browser.driver().findElement(By.linkText("English")));
        assertEquals("en", browser.pageLanguage());
        assertEquals("Log in", browser.heading());
        assertEquals("/login.xhtml", browser.path(), "same page, no lang parameter left in the address");

        browser.open("/privacy.xhtml");
        assertEquals("Privacy statement", browser.heading(), "the choice is remembered");
        browser.clickAndWait(
                browser.driver().findElement(By.linkText("Nederlands")));
        assertEquals("Privacyverklaring", browser.heading());
    }

    @Test
    void aLoggedInUserGetsTheLanguageOfTheirProfile() {
        var admin = BrowserFixtures.admin("Eddie English");
        Db.update("UPDATE account SET preferred_language = 'en' WHERE id = ?", admin.accountId());
        browser.logInAs(admin);
        assertEquals("en", browser.pageLanguage(), "the admin prefers English");
        assertEquals("Administration", browser.heading());
    }
}
