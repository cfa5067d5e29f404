package nl.ingrado.portal.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.SQLException;
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
 * The auditor's work in the browser: approving an application (the applicant is mailed the number),
 * reviewing submissions (approve with adjusted points, reject with a reason, ask for more information),
 * correcting an approved record, booking by hand, deciding a re-registration; a member is kept out;
 * every page passes axe in Dutch and English.
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
        assertAccessibleInBothLanguages("/auditor/index.xhtml");

        var waiting = BrowserFixtures.professional("Wachtende Willem " + tag);
        long other = BrowserFixtures.applicant(waiting);
        var anna = BrowserFixtures.professional("Anna Aanvrager " + tag);
        var applicant = new Applicant(BrowserFixtures.applicant(anna), anna.email());
        browser.open("/auditor/applications.xhtml");
        var table = browser.find("applicationTable").getText();
        assertTrue(table.contains("Wachtende Willem " + tag) && table.contains("Anna Aanvrager " + tag),
                table);
        assertAccessibleInBothLanguages("/auditor/applications.xhtml");
        browser.clickAndWait(
                browser.driver().findElement(By.cssSelector("[data-application='" + applicant.id + "']")));
        assertEquals("Anna Aanvrager " + tag, browser.find("selectedName").getText());
        assertAccessibleInBothLanguages("/auditor/applications.xhtml?id=" + applicant.id);

        // refusing needs a reason: shown on the field, nothing decided
        browser.submit("form:refuse");
        assertTrue(browser.text().contains("Geef een reden als je een aanmelding afwijst."), browser.text());
        assertEquals("APPLIED", text("SELECT status FROM registrant WHERE id = " + applicant.id));

        browser.submit("form:approve");
        assertTrue(browser.text().contains("De aanmelding van Anna Aanvrager " + tag + " is goedgekeurd"),
                browser.text());
        assertEquals("ACTIVE", text("SELECT status FROM registrant WHERE id = " + applicant.id));
        assertEquals(1, single("SELECT COUNT(*) FROM register_period WHERE registrant_id = " + applicant.id));
        var number = text("SELECT registration_number FROM registrant WHERE id = " + applicant.id);
        var mail = Browser.mailTo(applicant.email, "Je staat in het kwaliteitsregister: " + number);
        assertTrue(mail.contains("Je registratienummer is " + number), mail);
        assertTrue(browser.driver().findElements(By.cssSelector("[data-application='" + applicant.id + "']"))
                .isEmpty(), "no longer waiting");
        assertEquals("APPLIED", text("SELECT status FROM registrant WHERE id = " + other),
                "the other application is untouched");
    }

    @Test
    void theAuditorReviewsSubmissionsApprovingWithAdjustedPointsRejectingAndAskingForMore() throws Exception {
        var member = BrowserFixtures.member("Lotte Lerend " + tag);
        var registrant = BrowserFixtures.registrant(member);
        long lotte = registrant.id();
        // an older submission, which comes first in the queue and stays pending
        var older = "Eerder ingediend " + tag;
        long demo = BrowserFixtures.pendingRecord(registrant, older);
        Db.update("UPDATE point_record SET submitted_at = submitted_at - INTERVAL 1 DAY WHERE id = ?", demo);
        // a submission with evidence and a claim
        var submitted = "Congres " + tag;
        long pending = BrowserFixtures.pendingRecord(registrant, submitted);
        long evidence = Db.insert(
                "INSERT INTO register_file (owner_account_id, filename, content_type, size_bytes, "
                        + "content, uploaded_at) VALUES (?, 'certificaat.pdf', 'application/pdf', 9, ?, UTC_TIMESTAMP(6))",
                member.accountId(), "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        Db.update("UPDATE point_record SET category = 'A1', points = 5, hours = 5, accreditation_claim = ?, "
                + "evidence_file_id = ? WHERE id = ?", "Erkend door NVO, nr. " + tag, evidence, pending);
        long period = registrant.period();
        long reject = BrowserFixtures.pendingRecord(registrant, "Afwijzen " + tag);
        long moreInfo = BrowserFixtures.pendingRecord(registrant, "Meer info " + tag);

        browser.logInAs(AUDITOR).open("/auditor/queue.xhtml");
        var queue = browser.find("queueTable").getText();
        assertTrue(
                queue.contains(older) && queue.contains(submitted)
                        && queue.contains("Afwijzen " + tag),
                queue);
        assertTrue(queue.indexOf(older) < queue.indexOf(submitted), "oldest first");
        assertAccessibleInBothLanguages("/auditor/queue.xhtml");

        // approve with 4,5 instead of the proposed 5 points
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("[data-record='" + pending + "']")));
        assertTrue(browser.heading().contains(submitted), browser.heading());
        assertTrue(browser.text().contains("Erkend door NVO, nr. " + tag), "the accreditation claim");
        assertTrue(browser.find("evidenceLink").getAttribute("href").endsWith("/files/evidence/" + pending));
        assertAccessibleInBothLanguages("/auditor/review.xhtml?id=" + pending);
        var before = total(period);
        browser.type("form:points", "veel").submit("form:approve");
        assertTrue(browser.text().contains("Vul een aantal punten in"), browser.text());
        assertEquals("veel", browser.find("form:points").getAttribute("value"), "what was typed stays");
        assertEquals("PENDING", text("SELECT status FROM point_record WHERE id = " + pending));
        browser.type("form:points", "4,5");
        new Select(browser.find("form:category")).selectByValue("A1");
        browser.submit("form:approve");
        assertTrue(browser.text().contains("Goedgekeurd: " + submitted), browser.text());
        assertEquals("/auditor/queue.xhtml", browser.path());
        assertEquals("APPROVED", text("SELECT status FROM point_record WHERE id = " + pending));
        var after = total(period);
        assertEquals(0, after.subtract(before).compareTo(new BigDecimal("4.5")), before + " → " + after);
        assertEquals(0, after.compareTo(approvedSum(period)), "the total is the sum of the approved records");
        assertEquals(0, new BigDecimal("4.5")
                .compareTo(decimal("SELECT points FROM point_record WHERE id = " + pending)));
        Browser.mailTo(member.email(), "Goedgekeurd: " + submitted);
        assertEquals("PENDING", text("SELECT status FROM point_record WHERE id = " + demo));

        // reject: a reason is required, and shown back
        browser.open("/auditor/review.xhtml?id=" + reject).submit("form:reject");
        assertTrue(browser.text().contains("Geef een reden; de aanvrager krijgt die te lezen."),
                browser.text());
        assertEquals("PENDING", text("SELECT status FROM point_record WHERE id = " + reject));
        browser.type("form:reason", "Geen bewijs van deelname " + tag).submit("form:reject");
        assertTrue(browser.text().contains("Afgewezen: Afwijzen " + tag), browser.text());
        browser.open("/auditor/review.xhtml?id=" + reject);
        assertEquals("Afgewezen", browser.find("status").getText());
        assertEquals("Geen bewijs van deelname " + tag, browser.find("reasonShown").getText());
        assertEquals("REJECTED", text("SELECT status FROM point_record WHERE id = " + reject));
        assertEquals(0, after.compareTo(total(period)), "a rejection changes no total");
        assertAccessibleInBothLanguages("/auditor/review.xhtml?id=" + reject);

        // more information
        browser.open("/auditor/review.xhtml?id=" + moreInfo)
                .type("form:reason", "Stuur het certificaat mee " + tag)
                .submit("form:moreInfo");
        assertEquals("MORE_INFO", text("SELECT status FROM point_record WHERE id = " + moreInfo));
        assertTrue(Browser.mailTo(member.email(), "Meer informatie nodig: Meer info " + tag)
                .contains("Stuur het certificaat mee " + tag));
        assertTrue(
                browser.driver().findElements(By.cssSelector("[data-record='" + moreInfo + "']")).isEmpty(),
                "out of the queue");

        // the registrant's file shows it all
        browser.open("/auditor/registrant.xhtml?id=" + lotte);
        var records = browser.find("recordTable").getText();
        assertTrue(
                records.contains("Geen bewijs van deelname " + tag)
                        && records.contains("Meer informatie gevraagd"),
                records);
        assertTrue(browser.find("historyTable").getText().contains("Stuur het certificaat mee " + tag));
    }

    @Test
    void theAuditorCorrectsAnApprovedRecordAndBooksPointsByHand() throws Exception {
        var member = BrowserFixtures.member("Lotte Leerplicht " + tag);
        var registrant = BrowserFixtures.registrant(member);
        long lotte = registrant.id();
        long original = BrowserFixtures.approvedRecord(registrant, "A2", "10");
        long period = registrant.period();
        var originalPoints = decimal("SELECT points FROM point_record WHERE id = " + original);

        browser.logInAs(AUDITOR).open("/auditor/registrant.xhtml?id=" + lotte);
        assertTrue(browser.heading().contains(member.name()), browser.heading());
        assertAccessibleInBothLanguages("/auditor/registrant.xhtml?id=" + lotte);

        var before = total(period);
        new Select(browser.find("correction:record")).selectByValue(String.valueOf(original));
        browser.type("correction:delta", "0").type("correction:reason", "Dubbel geteld " + tag)
                .submit("correction:correct");
        assertTrue(browser.text().contains("Vul de correctie in punten in"), browser.text());
        new Select(browser.find("correction:record")).selectByValue(String.valueOf(original));
        browser.type("correction:delta", "-1,5").type("correction:reason", "Dubbel geteld " + tag)
                .submit("correction:correct");
        assertTrue(browser.text().contains("De correctie is geboekt als nieuwe regel"), browser.text());
        assertEquals(1, single("SELECT COUNT(*) FROM point_record WHERE corrects_id = " + original
                + " AND source = 'CORRECTION' AND status = 'APPROVED' AND points = -1.5 AND reason = 'Dubbel geteld "
                + tag + "'"));
        assertEquals(0,
                originalPoints.compareTo(decimal("SELECT points FROM point_record WHERE id = " + original)),
                "the original is unchanged");
        assertEquals("APPROVED", text("SELECT status FROM point_record WHERE id = " + original));
        assertEquals(0, before.subtract(new BigDecimal("1.5")).compareTo(total(period)));
        assertEquals(0, total(period).compareTo(approvedSum(period)));

        // by hand: a reason is required
        setDate("booking:date", LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusDays(3));
        browser.type("booking:title", "Overgenomen " + tag).type("booking:points", "2");
        new Select(browser.find("booking:category")).selectByValue("A2");
        browser.submit("booking:book");
        assertTrue(browser.text().contains("Vul dit veld in."), browser.text());
        assertEquals(0, single("SELECT COUNT(*) FROM point_record WHERE title = 'Overgenomen " + tag + "'"));
        browser.type("booking:reason", "Uit het LKLR " + tag).submit("booking:book");
        assertTrue(browser.text().contains("De punten zijn geboekt."), browser.text());
        assertEquals(1, single("SELECT COUNT(*) FROM point_record WHERE title = 'Overgenomen " + tag
                + "' AND source = 'MANUAL' AND status = 'APPROVED' AND points = 2 AND category = 'A2'"));
        assertEquals(0, total(period).compareTo(approvedSum(period)));
        assertTrue(browser.find("historyTable").getText().contains("Uit het LKLR " + tag));
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
        assertAccessibleInBothLanguages("/auditor/reregistration.xhtml");

        browser.clickAndWait(browser.driver().findElement(
                By.cssSelector("[data-registrant='" + met + "'] a")));
        assertEquals("Norm gehaald", browser.find("standing").getText());
        new Select(browser.find("decision:outcome")).selectByValue("RENEWED");
        browser.submit("decision:decide");
        assertTrue(browser.text().contains("De registratie is verlengd met een nieuwe periode"),
                browser.text());
        assertEquals(1, single("SELECT COUNT(*) FROM register_period WHERE registrant_id = " + met
                + " AND seq = 2 AND starts_on = '" + today.minusDays(9) + "'"));
        assertEquals("RENEWED", text("SELECT outcome FROM register_period WHERE id = " + metPeriod));
        assertTrue(browser.find("notDecidable").isDisplayed(), "decided: no second decision");

        browser.open("/auditor/registrant.xhtml?id=" + behind);
        assertAccessibleInBothLanguages("/auditor/registrant.xhtml?id=" + behind);
        new Select(browser.find("decision:outcome")).selectByValue("EXTENDED");
        browser.type("decision:reason", "Zwangerschapsverlof " + tag).submit("decision:decide");
        assertTrue(browser.text().contains("Vul de nieuwe einddatum in."), browser.text());
        assertEquals(0, single("SELECT COUNT(*) FROM register_period WHERE id = " + behindPeriod
                + " AND outcome IS NOT NULL"));
        new Select(browser.find("decision:outcome")).selectByValue("EXTENDED");
        setDate("decision:newEnd", today.plusMonths(2));
        browser.submit("decision:decide");
        assertTrue(browser.text().contains("Het uitstel is vastgelegd"), browser.text());
        assertEquals(1, single("SELECT COUNT(*) FROM register_period WHERE id = " + behindPeriod
                + " AND outcome = 'EXTENDED' AND ends_on = '" + today.plusMonths(2)
                + "' AND original_ends_on = '"
                + today.minusDays(5) + "'"));

        // the extension runs out: suspension, an objection, upheld
        new Select(browser.find("decision:outcome")).selectByValue("SUSPENDED");
        browser.type("decision:reason", "Norm niet gehaald " + tag).submit("decision:decide");
        assertEquals("SUSPENDED", text("SELECT status FROM registrant WHERE id = " + behind));
        setDate("objection:receivedOn", today);
        browser.type("objection:objectionText", "Bezwaar " + tag).submit("objection:recordObjection");
        assertTrue(browser.text().contains("Het bezwaar is vastgelegd."), browser.text());
        new Select(browser.find("objectionDecision:upheld")).selectByValue("true");
        browser.type("objectionDecision:objectionReason", "Gegrond " + tag)
                .submit("objectionDecision:decideObjection");
        assertEquals("ACTIVE", text("SELECT status FROM registrant WHERE id = " + behind));
        assertTrue(browser.find("objectionTable").getText().contains("Gegrond " + tag));
        browser.assertAccessible();
    }

    @Test
    void theAuditorChangesTheRulesOfTheSchemeAndTheChangeIsInTheHistory() throws Exception {
        browser.logInAs(AUDITOR).open("/auditor/scheme.xhtml");
        assertTrue(browser.find("appliesLater").getText().contains("perioden die daarna worden geopend"));
        assertAccessibleInBothLanguages("/auditor/scheme.xhtml");
        var fee = decimal("SELECT annual_fee FROM register_scheme WHERE code = 'KRSD'");
        var norm = decimal("SELECT norm_points FROM register_scheme WHERE code = 'KRSD'");

        browser.type("form:normPoints", "veel").type("form:annualFee", "96,50").submit("form:save");
        assertTrue(browser.text().contains("Vul een norm in"), browser.text());
        assertEquals("veel", browser.find("form:normPoints").getAttribute("value"));
        browser.type("form:normPoints", norm.stripTrailingZeros().toPlainString()).type("form:cap_A1", "10")
                .submit("form:save");
        assertTrue(browser.text().contains("niet onder het minimum"), "a cap of A1 under its minimum of 40");
        assertEquals(0, fee.compareTo(decimal("SELECT annual_fee FROM register_scheme WHERE code = 'KRSD'")),
                "nothing stored");

        browser.type("form:cap_A1", "").submit("form:save");
        assertTrue(browser.text().contains("De regels zijn opgeslagen."), browser.text());
        assertEquals(0, new BigDecimal("96.50").compareTo(
                decimal("SELECT annual_fee FROM register_scheme WHERE code = 'KRSD'")));
        assertTrue(browser.find("historyTable").getText().contains("annual_fee: 95 → 96.5"), browser.text());

        // back as it was, for everyone else
        browser.type("form:annualFee", fee.stripTrailingZeros().toPlainString().replace('.', ','))
                .submit("form:save");
        assertEquals(0, fee.compareTo(decimal("SELECT annual_fee FROM register_scheme WHERE code = 'KRSD'")));
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

    // --- helpers ---------------------------------------------------------------------------------

    private void assertAccessibleInBothLanguages(String path) {
        browser.assertAccessibleInBothLanguages(path);
    }

    /** Date inputs take a value in the browser's locale when typed; set it as the form sends it. */
    private void setDate(String id, LocalDate date) {
        browser.setValue(id, date.toString());
    }

    private record Applicant(long id, String email) {
    }

    private static BigDecimal total(long period) {
        return decimal(
                "SELECT COALESCE(SUM(points), 0) FROM register_period_total WHERE period_id = " + period);
    }

    private static BigDecimal approvedSum(long period) {
        return decimal("SELECT COALESCE(SUM(points), 0) FROM point_record WHERE period_id = " + period
                + " AND status = 'APPROVED'");
    }

    private static long single(String sql) {
        return Db.number(sql);
    }

    private static String text(String sql) {
        return Db.text(sql);
    }

    private static BigDecimal decimal(String sql) {
        return Db.decimal(sql);
    }
}
