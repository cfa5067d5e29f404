package nl.ingrado.portal.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import nl.ingrado.portal.testing.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A professional whom staff deactivate loses the session they have open, at their next click. */
class SessionRevocationIT {

    private Browser member;
    private Browser staff;

    @BeforeEach
    void openBrowsers() {
        member = new Browser();
        staff = new Browser();
    }

    @AfterEach
    void closeBrowsers() {
        member.close();
        staff.close();
    }

    @Test
    void aDeactivatedProfessionalIsLoggedOutAtTheNextClick() {
        var email = "weg-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        var password = "wachtwoord van wim";
        member.open("/register.xhtml").type("form:displayName", "Wim Weg").type("form:email", email)
                .type("form:password", password).type("form:passwordRepeat", password);
        new Select(member.find("form:organisation")).selectByVisibleText("Utrecht");
        new Select(member.find("form:job")).selectByValue("ONDERSTEUNER");
        ((org.openqa.selenium.JavascriptExecutor) member.driver())
                .executeScript("arguments[0].value = '2022-02-02'", member.find("form:since"));
        member.submit("form:submit");
        member.driver().get(Browser.linkMailedTo(email, "Bevestig je e-mailadres"));
        member.submit("form:submit");
        member.logIn(email, password).open("/member/work.xhtml");
        assertEquals("/member/work.xhtml", member.path());

        staff.logIn(Browser.STAFF, Browser.DEMO_PASSWORD).open("/staff/persons.xhtml?q=" + email);
        staff.clickAndWait(staff.driver().findElement(By.partialLinkText("Wim")));
        staff.driver().findElement(By.id("status:deactivate")).click();
        staff.driver().switchTo().alert().accept();
        new WebDriverWait(staff.driver(), Duration.ofSeconds(20))
                .until(d -> staff.text().contains("De professional is gedeactiveerd."));

        member.open("/member/work.xhtml");
        assertEquals("/login.xhtml", member.path(), "the open session ended with the account");
        member.type("form:email", email).type("form:password", password).submit("form:submit");
        assertTrue(member.path().endsWith("/login.xhtml"), "and the password no longer logs in");
    }
}
