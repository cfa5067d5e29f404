package nl.ingrado.portal.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;
import nl.ingrado.portal.testing.Browser;
import nl.ingrado.portal.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * A professional says where they work; a matching email domain gives premium at once, otherwise
 * staff confirm it first. Pages checked with axe-core.
 */
class WorkplaceIT extends BrowserTest {

    @Test
    void anAddressAtTheMunicipalitysDomainGivesPremiumAtOnce() {
        var email = "lpa-" + UUID.randomUUID().toString().substring(0, 8) + "@amsterdam.nl";
        browser.signUpAndConfirm("Sam Amsterdam", email, "wachtwoord van sam").logIn(email,
                "wachtwoord van sam");
        browser.open("/member/work.xhtml");
        assertTrue(browser.find("premium").getText().contains("geen premiumtoegang"));
        browser.assertAccessible();

        addWorkplace("Amsterdam", "LEERPLICHTAMBTENAAR", "2020-01-01");
        assertTrue(browser.text().contains("meteen bevestigd via je e-mailadres"), browser.text());
        assertTrue(browser.find("premium").getText().contains("Je hebt premiumtoegang"));
        var row = browser.driver().findElement(By.cssSelector("#workTable tbody tr")).getText();
        assertTrue(
                row.contains("Amsterdam") && row.contains("Leerplichtambtenaar")
                        && row.contains("Rayon Noord-Holland"),
                row);
        browser.assertAccessible();
        browser.clickAndWait(
                browser.driver().findElement(By.cssSelector("#workTable tbody tr input[type=submit]")));
        assertTrue(browser.text().contains("Je werkplek is beëindigd."), browser.text());
        assertTrue(browser.find("premium").getText().contains("geen premiumtoegang"),
                "an ended job gives no premium");
    }

    @Test
    void anOtherAddressWaitsForStaffWhoConfirm() {
        var email = "coach-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        browser.signUpAndConfirm("Chris Coach", email, "wachtwoord van chris").logIn(email,
                "wachtwoord van chris");
        browser.open("/member/work.xhtml");
        addWorkplace("Oldambt", "DOORSTROOMCOACH", "2023-05-01");
        assertTrue(browser.text().contains("Het bureau van Ingrado bevestigt hem"), browser.text());
        assertTrue(browser.find("premium").getText().contains("geen premiumtoegang"));
        browser.logOut();

        browser.logIn(Browser.STAFF, Browser.DEMO_PASSWORD).open("/staff/employments.xhtml");
        browser.assertAccessible();
        var row = browser.driver().findElements(By.cssSelector("#pendingTable tbody tr")).stream()
                .filter(r -> r.getText().contains(email)).findFirst().orElseThrow();
        browser.clickAndWait(row.findElement(By.cssSelector("input[value='Bevestigen']")));
        assertTrue(browser.text().contains("De werkplek is bevestigd."), browser.text());
        assertFalse(browser.text().contains(email), "no longer pending");
        browser.logOut();

        browser.logIn(email, "wachtwoord van chris").open("/member/work.xhtml");
        assertTrue(browser.find("premium").getText().contains("Je hebt premiumtoegang"));
    }

    @Test
    void badInputIsExplainedPerFieldAndNothingIsStored() {
        var email = "fout-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        browser.signUpAndConfirm("Fien Fout", email, "wachtwoord van fien").logIn(email,
                "wachtwoord van fien");
        browser.open("/member/work.xhtml").submit("form:add");
        assertTrue(browser.text().contains("Organisatie: vul dit veld in."), browser.text());
        addWorkplace("Amsterdam", "MANAGER", LocalDate.now().plusDays(10).toString());
        assertTrue(browser.text().contains("niet in de toekomst"), browser.text());
        assertTrue(browser.text().contains("Je hebt nog niet verteld waar je werkt."));
    }

    @Test
    void aProfessionalSaysWhereTheyWorkOnSignUp() {
        var email = "aanmelder-" + UUID.randomUUID().toString().substring(0, 8) + "@rotterdam.nl";
        var password = "wachtwoord van ria";
        browser.open("/register.xhtml").type("form:displayName", "Ria Rotterdam").type("form:email", email)
                .type("form:password", password).type("form:passwordRepeat", password);
        browser.assertAccessible();
        // a half-filled workplace is refused and no account is made
        new Select(browser.find("form:organisation")).selectByVisibleText("Rotterdam");
        browser.submit("form:submit");
        assertTrue(browser.text().contains("Kies een functie."), browser.text());
        assertEquals(0, Browser.mailCountFor(email), "nothing stored, nothing mailed");

        browser.type("form:password", password).type("form:passwordRepeat", password);
        new Select(browser.find("form:job")).selectByValue("LEERPLICHTAMBTENAAR");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                browser.find("form:since"), "2019-09-01");
        browser.submit("form:submit");
        browser.driver().get(Browser.linkMailedTo(email, "Bevestig je e-mailadres"));
        browser.submit("form:submit");
        browser.logIn(email, password).open("/member/work.xhtml");
        assertTrue(browser.find("premium").getText().contains("Je hebt premiumtoegang"),
                "the rotterdam.nl address proves the workplace");
        var row = browser.driver().findElement(By.cssSelector("#workTable tbody tr")).getText();
        assertTrue(
                row.contains("Rotterdam") && row.contains("Leerplichtambtenaar")
                        && row.contains("01-09-2019"),
                row);
    }

    @Test
    void aMemberCannotSeeTheStaffConfirmationPage() {
        browser.logIn(Browser.MEMBER, Browser.DEMO_PASSWORD).open("/staff/employments.xhtml");
        assertEquals("Geen toegang", browser.heading());
        browser.open("/member/work.xhtml");
        assertTrue(browser.find("premium").getText().contains("Je hebt premiumtoegang"),
                "the demo member works at Amsterdam, confirmed by staff");
    }

    private void addWorkplace(String organisation, String job, String since) {
        new Select(browser.find("form:organisation")).selectByVisibleText(organisation);
        new Select(browser.find("form:job")).selectByValue(job);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                browser.find("form:since"), since);
        browser.submit("form:add");
    }
}
