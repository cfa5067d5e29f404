package nl.ingrado.portal.account;

import static nl.ingrado.portal.testing.Browser.ADMIN;
import static nl.ingrado.portal.testing.Browser.AUDITOR;
import static nl.ingrado.portal.testing.Browser.DEMO_PASSWORD;
import static nl.ingrado.portal.testing.Browser.MEMBER;
import static nl.ingrado.portal.testing.Browser.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ingrado.portal.testing.Browser;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Logging in and out in a real browser, as each demo role, and who may see which page. */
class LoginIT extends BrowserTest {

    private static final User LENA = BrowserFixtures.member("Lena Login");

    /** The demo tour: the accounts the README lists log in, each on its own home page. */
    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({
            MEMBER + ", /member/index.xhtml, Mijn portaal",
            AUDITOR + ", /auditor/index.xhtml, KRSD-beoordeling",
            STAFF + ", /staff/index.xhtml, Bureau Ingrado",
            ADMIN + ", /admin/index.xhtml, Administration"})
    void eachDemoRoleLogsInOnItsOwnHomePage(String email, String home, String heading) {
        browser.logIn(email, DEMO_PASSWORD);
        assertEquals(home, browser.path());
        assertEquals(heading, browser.heading());
        assertEquals(email.equals(ADMIN) ? "Log out" : "Uitloggen",
                browser.find("logout:submit").getAttribute("value"));
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageAndTheEmailKept() {
        browser.logIn(LENA.email(), "dit is niet het wachtwoord");
        assertEquals("/login.xhtml", browser.path());
        assertTrue(browser.text().contains("Het e-mailadres of wachtwoord klopt niet."), browser.text());
        assertEquals(LENA.email(), browser.find("form:email").getAttribute("value"));
        assertEquals("", browser.find("form:password").getAttribute("value"),
                "the password is not sent back");
        browser.open("/account/profile.xhtml");
        assertEquals("/login.xhtml", browser.path(), "still not logged in");
    }

    @Test
    void emptyFieldsGetAMessagePerField() {
        browser.open("/login.xhtml").submit("form:submit");
        assertTrue(browser.text().contains("Vul dit veld in."), browser.text());
        assertTrue(browser.text().contains("Vul dit veld in."), browser.text());
    }

    @Test
    void anAnonymousVisitorOfAProtectedPageLogsInAndReturnsToIt() {
        browser.open("/staff/mail.xhtml");
        assertEquals("/login.xhtml", browser.path());
        var staff = BrowserFixtures.staff("Siem Staf");
        browser.type("form:email", staff.email()).type("form:password", staff.password())
                .submit("form:submit");
        assertEquals("/staff/mail.xhtml", browser.path());
        assertEquals("Verzonden e-mail", browser.heading());
    }

    @Test
    void aMemberGets403OnAStaffPageAndTheAuditorsPage() {
        browser.logInAs(LENA).open("/staff/mail.xhtml");
        assertEquals("Geen toegang", browser.heading());
        browser.open("/auditor/index.xhtml");
        assertEquals("Geen toegang", browser.heading());
        browser.open("/admin/index.xhtml");
        assertEquals("Geen toegang", browser.heading());
        assertFalse(browser.text().contains("Bureau\n"), "no staff link in the menu of a member");
    }

    @Test
    void loggingInGivesANewSessionIdAndLoggingOutEndsTheSession() {
        // the login form itself is stateless; a protected page starts a session (to return there after login)
        browser.open("/account/profile.xhtml");
        var before = browser.cookie("JSESSIONID");
        assertNotNull(before, "the visitor has a session before logging in");
        browser.type("form:email", LENA.email()).type("form:password", LENA.password()).submit("form:submit");
        var after = browser.cookie("JSESSIONID");
        assertNotEquals(before, after, "session fixation: the id changes on login");

        browser.logOut();
        assertEquals("Je bent uitgelogd.", browser.driver().findElement(
                org.openqa.selenium.By.cssSelector(".messages")).getText().strip());
        browser.open("/account/profile.xhtml");
        assertEquals("/login.xhtml", browser.path());
    }
}
