package nl.ingrado.portal.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.ingrado.portal.testing.Browser;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.pages.SignUpPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A professional says where they work; a matching email domain gives premium at once, otherwise
 * staff confirm it first. Pages checked with axe-core.
 */
class WorkplaceIT extends BrowserTest {

    @Test
    void anAddressAtTheMunicipalitysDomainGivesPremiumAtOnce() {
        browser.logInAs(BrowserFixtures.professional("Sam Amsterdam", "amsterdam.nl"))
                .open("/member/work.xhtml");
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
        var chris = BrowserFixtures.professional("Chris Coach");
        var email = chris.email();
        browser.logInAs(chris).open("/member/work.xhtml");
        addWorkplace("Oldambt", "DOORSTROOMCOACH", "2023-05-01");
        assertTrue(browser.text().contains("Het bureau van Ingrado bevestigt hem"), browser.text());
        assertTrue(browser.find("premium").getText().contains("geen premiumtoegang"));
        browser.logOut();

        browser.logInAs(BrowserFixtures.staff("Sofie Staf")).open("/staff/employments.xhtml");
        browser.assertAccessible();
        var row = browser.driver().findElements(By.cssSelector("#pendingTable tbody tr")).stream()
                .filter(r -> r.getText().contains(email)).findFirst().orElseThrow();
        browser.clickAndWait(row.findElement(By.cssSelector("input[value='Bevestigen']")));
        assertTrue(browser.text().contains("De werkplek is bevestigd."), browser.text());
        assertFalse(browser.text().contains(email), "no longer pending");
        browser.logOut();

        browser.logInAs(chris).open("/member/work.xhtml");
        assertTrue(browser.find("premium").getText().contains("Je hebt premiumtoegang"));
    }

    @Test
    void badInputIsExplainedPerFieldAndNothingIsStored() {
        browser.logInAs(BrowserFixtures.professional("Fien Fout")).open("/member/work.xhtml")
                .submit("form:add");
        assertTrue(browser.text().contains("Vul dit veld in."), browser.text());
        addWorkplace("Amsterdam", "MANAGER", LocalDate.now().plusDays(10).toString());
        assertTrue(browser.text().contains("niet in de toekomst"), browser.text());
        assertTrue(browser.text().contains("Je hebt nog niet verteld waar je werkt."));
    }

    @Test
    void aProfessionalSaysWhereTheyWorkOnSignUp() {
        var email = BrowserFixtures.email("Ria Rotterdam").replace("@example.nl", "@rotterdam.nl");
        var password = "wachtwoord van ria";
        var signUp = SignUpPage.open(browser).fill("Ria Rotterdam", email, password);
        browser.assertAccessible();
        // a half-filled workplace is refused and no account is made
        signUp.workplace("Rotterdam", null, null).submit();
        assertTrue(browser.text().contains("Kies een functie."), browser.text());
        assertEquals(0, Browser.mailCountFor(email), "nothing stored, nothing mailed");

        signUp.password(password).workplace(null, "LEERPLICHTAMBTENAAR", "2019-09-01").submit();
        signUp.confirm(email);
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
        browser.logInAs(BrowserFixtures.member("Mees Lid")).open("/staff/employments.xhtml");
        assertEquals("Geen toegang", browser.heading());
        browser.open("/member/work.xhtml");
        assertTrue(browser.find("premium").getText().contains("Je hebt premiumtoegang"),
                "the member works at Utrecht, confirmed by staff");
    }

    private void addWorkplace(String organisation, String job, String since) {
        browser.choose("form:organisation", organisation).chooseValue("form:job", job)
                .setValue("form:since", since)
                .submit("form:add");
    }
}
