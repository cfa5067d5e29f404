package nl.ingrado.portal.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ingrado.portal.testing.Browser;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A professional whom staff deactivate loses the session they have open, at their next click. */
class SessionRevocationIT extends BrowserTest {

    @Test
    void aDeactivatedProfessionalIsLoggedOutAtTheNextClick() {
        var wim = BrowserFixtures.member("Wim Weg");
        browser.logInAs(wim).open("/member/work.xhtml");
        assertEquals("/member/work.xhtml", browser.path());

        try (var staff = new Browser()) {
            staff.logInAs(BrowserFixtures.staff("Stella Staf")).open("/staff/persons.xhtml?q=" + wim.email());
            staff.clickAndWait(staff.find(By.partialLinkText("Wim")));
            staff.clickConfirmed(staff.find("status:deactivate"), "De professional is gedeactiveerd.");
        }

        browser.open("/member/work.xhtml");
        assertEquals("/login.xhtml", browser.path(), "the open session ended with the account");
        browser.type("form:email", wim.email()).type("form:password", wim.password()).submit("form:submit");
        assertTrue(browser.path().endsWith("/login.xhtml"), "and the password no longer logs in");
    }
}
