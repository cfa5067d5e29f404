package nl.ingrado.portal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import nl.ingrado.portal.testing.Browser;
import nl.ingrado.portal.testing.BrowserTest;
import org.junit.jupiter.api.Test;

/** Signing up and resetting a password through the mail that arrives in GreenMail. */
class PasswordResetIT extends BrowserTest {

    @Test
    void signUpConfirmByMailThenLogIn() {
        var email = "nieuw-" + UUID.randomUUID().toString().substring(0, 8) + "@gemeente.example.nl";
        browser.open("/register.xhtml")
                .type("form:displayName", "Nina Nieuw")
                .type("form:email", email)
                .type("form:password", "mijn eerste wachtwoord")
                .type("form:passwordRepeat", "mijn eerste wachtwoord")
                .submit("form:submit");
        assertEquals("/login.xhtml", browser.path());
        assertTrue(browser.text().contains("We hebben een e-mail gestuurd naar " + email), browser.text());

        browser.logIn(email, "mijn eerste wachtwoord");
        assertTrue(browser.text().contains("nog niet bevestigd"), "not before confirming: " + browser.text());

        var link = Browser.linkMailedTo(email, "Bevestig je e-mailadres");
        browser.driver().get(link);
        assertEquals("E-mailadres bevestigen", browser.heading());
        browser.submit("form:submit");
        assertTrue(browser.text().contains("Je e-mailadres is bevestigd."), browser.text());

        browser.logIn(email, "mijn eerste wachtwoord");
        assertEquals("/member/index.xhtml", browser.path());

        browser.logOut();
        browser.driver().get(link);
        assertTrue(browser.text().contains("Deze link werkt niet meer"), "a confirmation link works once");
    }

    @Test
    void signUpWithBadInputKeepsWhatWasTypedAndExplainsPerField() {
        browser.open("/register.xhtml")
                .type("form:displayName", "Kees <script>alert(1)</script>")
                .type("form:email", "geen-email-adres")
                .type("form:password", "kort")
                .type("form:passwordRepeat", "kort")
                .submit("form:submit");
        assertEquals("/register.xhtml", browser.path());
        var text = browser.text();
        assertTrue(text.contains("Een wachtwoord heeft 10 tot 128 tekens (je typte 4)."), text);
        assertEquals("Kees <script>alert(1)</script>",
                browser.find("form:displayName").getAttribute("value"));

        browser.type("form:password", "lang genoeg wachtwoord")
                .type("form:passwordRepeat", "lang genoeg wachtwoord")
                .submit("form:submit");
        assertTrue(browser.text().contains("Vul een geldig e-mailadres in"), browser.text());

        browser.type("form:email", "kees@example.nl").type("form:password", "lang genoeg wachtwoord")
                .type("form:passwordRepeat", "iets anders dan dat").submit("form:submit");
        assertTrue(browser.text().contains("De twee wachtwoorden zijn niet gelijk."), browser.text());
    }

    @Test
    void resetAPasswordThroughTheMailedLinkOnce() {
        var email = "vergeten-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        browser.open("/register.xhtml").type("form:displayName", "Vera Vergeten").type("form:email", email)
                .type("form:password", "oud wachtwoord 123").type("form:passwordRepeat", "oud wachtwoord 123")
                .submit("form:submit");

        browser.open("/password/forgot.xhtml").type("form:email", email).submit("form:submit");
        assertTrue(browser.text().contains("Als er een account is voor " + email), browser.text());
        var link = Browser.linkMailedTo(email, "Nieuw wachtwoord");

        browser.driver().get(link);
        assertEquals("Nieuw wachtwoord kiezen", browser.heading());
        browser.type("form:password", "nieuw wachtwoord 456")
                .type("form:passwordRepeat", "nieuw wachtwoord 456")
                .submit("form:submit");
        assertTrue(browser.text().contains("Je nieuwe wachtwoord is opgeslagen."), browser.text());

        browser.logIn(email, "oud wachtwoord 123");
        assertEquals("/login.xhtml", browser.path(), "the old password no longer works");
        browser.logIn(email, "nieuw wachtwoord 456");
        assertEquals("/member/index.xhtml", browser.path(), "the reset also confirmed the address");

        browser.logOut();
        browser.driver().get(link);
        assertTrue(browser.text().contains("Deze link werkt niet meer"), "a reset link works once");
    }

    @Test
    void askingForAResetForAnUnknownAddressLooksTheSameAndSendsNothing() throws Exception {
        var email = "onbekend-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        browser.open("/password/forgot.xhtml").type("form:email", email).submit("form:submit");
        assertTrue(browser.text().contains("Als er een account is voor " + email), browser.text());
        Thread.sleep(1500);
        assertEquals(0, Browser.mailCountFor(email));
    }
}
