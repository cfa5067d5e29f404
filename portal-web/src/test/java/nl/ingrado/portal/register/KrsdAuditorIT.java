package nl.ingrado.portal.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import nl.ingrado.portal.testing.Browser;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.Db;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The auditor's decisions in the browser: approving an application (the applicant is mailed the
 * number), deciding a re-registration and an objection, changing the rules of the scheme; a member is
 * kept out; every page passes axe in Dutch and English.
 */
class KrsdAuditorIT extends BrowserTest {

    private static final User AUDITOR = BrowserFixtures.auditor("Arie Auditor");

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theAuditorApprovesAnApplicationAndTheApplicantIsMailedTheNumber() throws Exception {
        browser.logInAs(AUDITOR).open("/auditor/index.xhtml");
        assertEquals("KRSD-beoordeling", browser.heading());
        assertTrue(Long.parseLong(browser.find("countApplications").getText()) >= 1, browser.text());
        for (var page : new String[]{"applicationsLink", "queueLink", "accreditationsLink",
                "reregistrationLink"}) {
            assertTrue(browser.find(page).getAttribute("href").contains("/auditor/"), page);
        }
        browser.assertAccessibleInBothLanguages("/auditor/index.xhtml");

        var waiting = BrowserFixtures.professional("Wachtende Willem " + tag);
        long other = BrowserFixtures.applicant(waiting);
        var anna = BrowserFixtures.professional("Anna Aanvrager " + tag);
        var applicant = new Applicant(BrowserFixtures.applicant(anna), anna.email());
        browser.open("/auditor/applications.xhtml");
        var table = browser.find("applicationTable").getText();
        assertTrue(table.contains("Wachtende Willem " + tag) && table.contains("Anna Aanvrager " + tag),
                table);
        browser.assertAccessibleInBothLanguages("/auditor/applications.xhtml");
        browser.clickAndWait(
                browser.driver().findElement(By.cssSelector("[data-application='" + applicant.id + "']")));
        assertEquals("Anna Aanvrager " + tag, browser.find("selectedName").getText());
        browser.assertAccessibleInBothLanguages("/auditor/applications.xhtml?id=" + applicant.id);

        // refusing needs a reason: shown on the field, nothing decided
        browser.submit("form:refuse");
        assertTrue(browser.text().contains("Geef een reden als je een aanmelding afwijst."), browser.text());
        assertEquals("APPLIED", Db.text("SELECT status FROM registrant WHERE id = " + applicant.id));

        browser.submit("form:approve");
        assertTrue(browser.text().contains("De aanmelding van Anna Aanvrager " + tag + " is goedgekeurd"),
                browser.text());
        assertEquals("ACTIVE", Db.text("SELECT status FROM registrant WHERE id = " + applicant.id));
        assertEquals(1,
                Db.number("SELECT COUNT(*) FROM register_period WHERE registrant_id = " + applicant.id));
        var number = Db.text("SELECT registration_number FROM registrant WHERE id = " + applicant.id);
        var mail = Browser.mailTo(applicant.email, "Je staat in het kwaliteitsregister: " + number);
        assertTrue(mail.contains("Je registratienummer is " + number), mail);
        assertTrue(browser.driver().findElements(By.cssSelector("[data-application='" + applicant.id + "']"))
                .isEmpty(), "no longer waiting");
        assertEquals("APPLIED", Db.text("SELECT status FROM registrant WHERE id = " + other),
                "the other application is untouched");
    }

    @Test
    void theAuditorDecidesReRegistrationsOnThePage() throws Exception {
        var today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        var metRegistrant = BrowserFixtures.registrant(BrowserFixtures.professional("Norm Gehaald " + tag),
                today.minusYears(5).minusDays(9), today.minusDays(10));
        BrowserFixtures.approvedRecord(metRegistrant, "A1", "100");
        BrowserFixtures.approvedRecord(metRegistrant, "A2", "60");
        long met = metRegistrant.id();
        long metPeriod = metRegistrant.period();
        var behindRegistrant = BrowserFixtures.registrant(BrowserFixtures.professional("Achter Loper " + tag),
                today.minusYears(5), today.minusDays(5));
        BrowserFixtures.approvedRecord(behindRegistrant, "A1", "30");
        long behind = behindRegistrant.id();
        long behindPeriod = behindRegistrant.period();

        browser.logInAs(AUDITOR).open("/auditor/reregistration.xhtml");
        var due = browser.find("dueTable").getText();
        assertTrue(due.contains("Norm Gehaald " + tag) && due.contains("Achter Loper " + tag), due);
        browser.assertAccessibleInBothLanguages("/auditor/reregistration.xhtml");

        browser.clickAndWait(browser.driver().findElement(
                By.cssSelector("[data-registrant='" + met + "'] a")));
        assertEquals("Norm gehaald", browser.find("standing").getText());
        new Select(browser.find("decision:outcome")).selectByValue("RENEWED");
        browser.submit("decision:decide");
        assertTrue(browser.text().contains("De registratie is verlengd met een nieuwe periode"),
                browser.text());
        assertEquals(1, Db.number("SELECT COUNT(*) FROM register_period WHERE registrant_id = " + met
                + " AND seq = 2 AND starts_on = '" + today.minusDays(9) + "'"));
        assertEquals("RENEWED", Db.text("SELECT outcome FROM register_period WHERE id = " + metPeriod));
        assertTrue(browser.find("notDecidable").isDisplayed(), "decided: no second decision");

        browser.open("/auditor/registrant.xhtml?id=" + behind);
        browser.assertAccessibleInBothLanguages("/auditor/registrant.xhtml?id=" + behind);
        new Select(browser.find("decision:outcome")).selectByValue("EXTENDED");
        browser.type("decision:reason", "Zwangerschapsverlof " + tag).submit("decision:decide");
        assertTrue(browser.text().contains("Vul de nieuwe einddatum in."), browser.text());
        assertEquals(0, Db.number("SELECT COUNT(*) FROM register_period WHERE id = " + behindPeriod
                + " AND outcome IS NOT NULL"));
        new Select(browser.find("decision:outcome")).selectByValue("EXTENDED");
        browser.setValue("decision:newEnd", today.plusMonths(2));
        browser.submit("decision:decide");
        assertTrue(browser.text().contains("Het uitstel is vastgelegd"), browser.text());
        assertEquals(1, Db.number("SELECT COUNT(*) FROM register_period WHERE id = " + behindPeriod
                + " AND outcome = 'EXTENDED' AND ends_on = '" + today.plusMonths(2)
                + "' AND original_ends_on = '"
                + today.minusDays(5) + "'"));

        // the extension runs out: suspension, an objection, upheld
        new Select(browser.find("decision:outcome")).selectByValue("SUSPENDED");
        browser.type("decision:reason", "Norm niet gehaald " + tag).submit("decision:decide");
        assertEquals("SUSPENDED", Db.text("SELECT status FROM registrant WHERE id = " + behind));
        browser.setValue("objection:receivedOn", today);
        browser.type("objection:objectionText", "Bezwaar " + tag).submit("objection:recordObjection");
        assertTrue(browser.text().contains("Het bezwaar is vastgelegd."), browser.text());
        new Select(browser.find("objectionDecision:upheld")).selectByValue("true");
        browser.type("objectionDecision:objectionReason", "Gegrond " + tag)
                .submit("objectionDecision:decideObjection");
        assertEquals("ACTIVE", Db.text("SELECT status FROM registrant WHERE id = " + behind));
        assertTrue(browser.find("objectionTable").getText().contains("Gegrond " + tag));
        browser.assertAccessible();
    }

    @Test
    void theAuditorChangesTheRulesOfTheSchemeAndTheChangeIsInTheHistory() throws Exception {
        browser.logInAs(AUDITOR).open("/auditor/scheme.xhtml");
        assertTrue(browser.find("appliesLater").getText().contains("perioden die daarna worden geopend"));
        browser.assertAccessibleInBothLanguages("/auditor/scheme.xhtml");
        var fee = Db.decimal("SELECT annual_fee FROM register_scheme WHERE code = 'KRSD'");
        var norm = Db.decimal("SELECT norm_points FROM register_scheme WHERE code = 'KRSD'");

        browser.type("form:normPoints", "veel").type("form:annualFee", "96,50").submit("form:save");
        assertTrue(browser.text().contains("Vul een norm in"), browser.text());
        assertEquals("veel", browser.find("form:normPoints").getAttribute("value"));
        browser.type("form:normPoints", norm.stripTrailingZeros().toPlainString()).type("form:cap_A1", "10")
                .submit("form:save");
        assertTrue(browser.text().contains("niet onder het minimum"), "a cap of A1 under its minimum of 40");
        assertEquals(0,
                fee.compareTo(Db.decimal("SELECT annual_fee FROM register_scheme WHERE code = 'KRSD'")),
                "nothing stored");

        browser.type("form:cap_A1", "").submit("form:save");
        assertTrue(browser.text().contains("De regels zijn opgeslagen."), browser.text());
        assertEquals(0, new BigDecimal("96.50").compareTo(
                Db.decimal("SELECT annual_fee FROM register_scheme WHERE code = 'KRSD'")));
        assertTrue(browser.find("historyTable").getText().contains("annual_fee: 95 → 96.5"), browser.text());

        // back as it was, for everyone else
        browser.type("form:annualFee", fee.stripTrailingZeros().toPlainString().replace('.', ','))
                .submit("form:save");
        assertEquals(0,
                fee.compareTo(Db.decimal("SELECT annual_fee FROM register_scheme WHERE code = 'KRSD'")));
    }

    @Test
    void aMemberCannotOpenTheAuditorPages() throws Exception {
        var member = BrowserFixtures.member("Lotte Lid " + tag);
        long lotte = BrowserFixtures.registrant(member).id();
        browser.logInAs(member);
        for (var page : new String[]{"/auditor/index.xhtml", "/auditor/applications.xhtml",
                "/auditor/queue.xhtml", "/auditor/review.xhtml?id=1", "/auditor/registrant.xhtml?id=" + lotte,
                "/auditor/reregistration.xhtml", "/auditor/scheme.xhtml"}) {
            browser.open(page);
            assertEquals("Geen toegang", browser.heading(), page);
            assertFalse(browser.text().contains(member.name()), page);
        }
    }

    private record Applicant(long id, String email) {
    }
}
