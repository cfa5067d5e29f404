package nl.ingrado.portal.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import nl.ingrado.portal.testing.Browser;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.Registrant;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.Db;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The register's whole chain as its users walk it: a professional submits an activity with evidence,
 * the auditor approves it with other points, and the professional's dashboard counts exactly those.
 */
class KrsdFlowIT extends BrowserTest {

    @Test
    void submittedEvidenceApprovedByTheAuditorShowsOnTheDashboard() throws Exception {
        var title = "Supervisie casuïstiek " + BrowserFixtures.tag();
        var member = BrowserFixtures.member("Floor Flow");
        var registrant = BrowserFixtures.registrant(member);
        BrowserFixtures.approvedRecord(registrant, "A1", "12");
        var before = earned(registrant, "A1");

        browser.logInAs(member).open("/member/krsd/submit.xhtml");
        var pdf = Files.createTempFile("bewijs", ".pdf");
        Files.write(pdf, "%PDF-1.4\n% certificaat supervisie\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        browser.type("form:title", title).type("form:provider", "Supervisiepraktijk Noord")
                .type("form:hours", "3")
                .type("form:description", "Drie uur supervisie op casuïstiek.")
                .setValue("form:date", LocalDate.now().minusDays(3)).chooseValue("form:category", "A1");
        browser.find("form:evidence").sendKeys(pdf.toString());
        browser.submit("form:submit");
        assertTrue(browser.text().contains(title), browser.text());
        long recordId = Db.number("SELECT id FROM point_record WHERE title = ?", title);
        assertEquals("PENDING", status(recordId));
        assertEquals(0, before.compareTo(earned(registrant, "A1")), "a pending record does not count");

        // the auditor finds it in the queue and approves 2.5 points instead of the 3 proposed
        try (var auditor = new Browser()) {
            auditor.logInAs(BrowserFixtures.auditor("Ada Auditor")).open("/auditor/queue.xhtml");
            assertTrue(auditor.text().contains(title), auditor.text());
            auditor.open("/auditor/review.xhtml?id=" + recordId);
            assertTrue(auditor.text().contains(title));
            auditor.type("form:points", "2,5").submit("form:approve");
        }
        assertEquals("APPROVED", status(recordId));
        var after = earned(registrant, "A1");
        assertEquals(0, before.add(new BigDecimal("2.5")).compareTo(after),
                "exactly the approved points count");
        var mail = Browser.mailTo(member.email(), "Goedgekeurd: " + title);
        assertTrue(mail.contains(title), mail);

        // the dashboard shows the new A1 total (read from the page, compared with the ledger)
        browser.open("/member/krsd/index.xhtml");
        var shown = browser.find(By.cssSelector("#row-A1 .earned")).getText();
        assertEquals(NumberFormat.getNumberInstance(Locale.forLanguageTag("nl")).format(after), shown);
        browser.open("/member/krsd/records.xhtml");
        assertTrue(browser.text().contains(title), browser.text());
    }

    private static BigDecimal earned(Registrant registrant, String category) {
        return Db.decimal("SELECT COALESCE(SUM(points), 0) FROM point_record WHERE period_id = ? "
                + "AND status = 'APPROVED' AND category = ?", registrant.period(), category);
    }

    private static String status(long recordId) {
        return Db.text("SELECT status FROM point_record WHERE id = ?", recordId);
    }
}
