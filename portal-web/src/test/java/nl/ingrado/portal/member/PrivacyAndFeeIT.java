package nl.ingrado.portal.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import nl.ingrado.portal.testing.Browser;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Privacy self-service and the staff's membership administration, in the browser. */
class PrivacyAndFeeIT extends BrowserTest {

    private static final User STAFF = BrowserFixtures.staff("Sara Staf");

    @Test
    void downloadMyDataThenAskForErasureWhichStaffCarryOut() throws Exception {
        var email = "privacy-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        browser.signUpAndConfirm("Pim Privacy", email, "wachtwoord van pim").logIn(email,
                "wachtwoord van pim");
        browser.open("/account/privacy.xhtml");
        browser.assertAccessible();

        // the download is a POST of the page's form: replay it with the browser's session
        var session = browser.cookie("JSESSIONID");
        var state = browser.driver()
                .findElement(By.cssSelector("#download input[name='jakarta.faces.ViewState']"))
                .getAttribute("value");
        var download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(browser.baseUrl() + "/account/privacy.xhtml"))
                .header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers
                        .ofString("download=download&download%3Asubmit=x&jakarta.faces.ViewState="
                                + java.net.URLEncoder.encode(state, java.nio.charset.StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("")
                .contains("mijn-gegevens-ingrado.json"));
        assertTrue(download.body().contains("\"email\":\"" + email + "\""), download.body());
        assertTrue(download.body().contains("Bevestig je e-mailadres"), "the mail sent is part of it");

        browser.submit("form:submit");
        assertTrue(browser.text().contains("Vink eerst aan"), browser.text());
        browser.find("form:understood").click();
        browser.submit("form:submit");
        assertTrue(browser.text().contains("Je verzoek om verwijdering is ontvangen."), browser.text());
        assertTrue(browser.find("erasureStatus").isDisplayed());
        browser.logOut();

        browser.logInAs(STAFF).open("/staff/erasures.xhtml");
        browser.assertAccessible();
        browser.clickConfirmedAndWait(
                browser.driver().findElements(By.cssSelector("#erasureTable tbody tr")).stream()
                        .filter(r -> r.getText().contains(email)).findFirst().orElseThrow()
                        .findElement(By.cssSelector("input[value='Uitvoeren']")));
        assertTrue(browser.text().contains("De gegevens zijn verwijderd."), browser.text());
        browser.open("/staff/mail.xhtml");
        assertTrue(!browser.text().contains(email), "the mail log no longer names the person");
        browser.logOut();

        browser.logIn(email, "wachtwoord van pim");
        assertEquals("/login.xhtml", browser.path(), "the account is gone");
    }

    @Test
    void staffSetFeeBandsInvoiceAYearAndExportForFinance() throws Exception {
        int year = LocalDate.now().getYear() + 1 + (int) (Math.random() * 50);
        browser.logInAs(STAFF).open("/staff/memberships.xhtml?year=" + year);
        assertTrue(browser.heading().endsWith(String.valueOf(year)), browser.heading());
        browser.assertAccessible();

        browser.submit("invoicing:invoice");
        assertTrue(browser.text().contains("Stel eerst de staffels voor " + year + " in."), browser.text());

        browser.type("form:minInhabitants", "nul").type("form:amount", "350").submit("form:addBand");
        assertTrue(browser.text().contains("Vul een geheel getal in."), browser.text());
        browser.type("form:minInhabitants", "0").type("form:amount", "veel").submit("form:addBand");
        assertTrue(browser.text().contains("hoogstens twee decimalen"), browser.text());
        browser.type("form:minInhabitants", "0").type("form:amount", "350,00").submit("form:addBand");
        browser.type("form:minInhabitants", "100000").type("form:amount", "1500").submit("form:addBand");
        assertEquals(2, browser.driver().findElements(By.cssSelector("#bandTable tbody tr")).size());

        browser.submit("invoicing:invoice");
        assertTrue(browser.text().contains("lidmaatschappen gefactureerd voor " + year), browser.text());
        var rows = browser.driver().findElements(By.cssSelector("#membershipTable tbody tr"));
        assertTrue(rows.size() >= 380, "all municipalities and regions: " + rows.size());
        browser.assertAccessible();
        browser.clickAndWait(
                rows.get(0).findElement(By.cssSelector("input[type=submit]")));
        assertTrue(browser.text().contains("De betaling is verwerkt."), browser.text());
        var totals = browser.find("totals").getText();
        assertTrue(totals.contains("betaald € 350") || totals.contains("betaald € 1.500"), totals);
    }
}
