package nl.ingrado.portal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ingrado.portal.testing.Browser;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/** "Mijn gegevens" and changing the password, as a professional of the test's own. */
class ProfileIT extends BrowserTest {

    private User user;
    private String email;

    @BeforeEach
    void newProfessional() {
        user = BrowserFixtures.professional("Piet Profiel");
        email = user.email();
        browser.logInAs(user);
    }

    @Test
    void changeNameAndLanguage() {
        browser.open("/account/profile.xhtml");
        assertEquals(email, browser.find("form:email").getAttribute("value"));
        browser.type("form:displayName", "Piet de Vries");
        new Select(browser.find("form:language")).selectByValue("en");
        browser.submit("form:save");
        assertEquals("/account/profile.xhtml", browser.path());
        assertEquals("en", browser.pageLanguage(), "the portal follows the chosen language at once");
        assertTrue(browser.text().contains("Your profile was saved."), browser.text());
        assertEquals("Piet de Vries", browser.find("form:displayName").getAttribute("value"));

        browser.type("form:displayName", " ").submit("form:save");
        assertTrue(browser.text().contains("Please fill in this field."), browser.text());
        browser.open("/account/profile.xhtml");
        assertEquals("Piet de Vries", browser.find("form:displayName").getAttribute("value"),
                "a refused change stores nothing");
    }

    @Test
    void changePasswordNeedsTheCurrentOneAndMailsANotice() {
        browser.open("/account/password.xhtml").type("form:currentPassword", "niet het goede")
                .type("form:newPassword", "tweede wachtwoord")
                .type("form:newPasswordRepeat", "tweede wachtwoord")
                .submit("form:submit");
        assertTrue(browser.text().contains("Je huidige wachtwoord klopt niet."), browser.text());

        browser.type("form:currentPassword", user.password())
                .type("form:newPassword", "tweede wachtwoord")
                .type("form:newPasswordRepeat", "tweede wachtwoord").submit("form:submit");
        assertEquals("/account/profile.xhtml", browser.path());
        assertTrue(browser.text().contains("Je wachtwoord is gewijzigd."), browser.text());
        assertTrue(Browser.mailTo(email, "Je wachtwoord is gewijzigd").contains("zojuist gewijzigd"));

        browser.logOut().logIn(email, user.password());
        assertEquals("/login.xhtml", browser.path());
        browser.logIn(email, "tweede wachtwoord");
        assertEquals("/member/index.xhtml", browser.path());
    }
}
