package nl.ingrado.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.ingrado.portal.testing.Browser;
import nl.ingrado.portal.testing.BrowserTest;
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
        browser.logIn(Browser.ADMIN, Browser.DEMO_PASSWORD);
        assertEquals("en", browser.pageLanguage(), "the demo admin prefers English");
        assertEquals("Administration", browser.heading());
    }
}
