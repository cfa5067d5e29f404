package nl.ingrado.portal.register;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.LocalDate;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.HttpSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * KRSD as a professional joins it: applying only when declaring the code of conduct, and submitting an
 * activity with evidence (refused when it is no PDF, JPEG or PNG, or too large), which waits for review
 * and goes back to the queue once the member answers a question. Each test makes its own member.
 */
class KrsdMemberIT extends BrowserTest {

    @Test
    void aNewMemberAppliesOnlyWhenDeclaringTheCodeOfConduct() throws SQLException {
        var email = "krsd-" + BrowserFixtures.tag() + "@example.nl";
        browser.signUpAndConfirm("Dirk Doorstroom", email, "wachtwoord van dirk").logIn(email,
                "wachtwoord van dirk");
        browser.open("/member/krsd/index.xhtml");
        assertEquals("Mijn KRSD", browser.heading());
        var about = browser.find("about").getText();
        assertTrue(about.contains("160 punten in 5 jaar") && about.contains("95"), about);
        browser.assertAccessible();
        browser.assertPage("/member/krsd/index.xhtml?lang=en", "My KRSD");
        browser.assertPage("/member/krsd/apply.xhtml", "Apply for the quality register");
        browser.open("/member/krsd/index.xhtml?lang=nl");

        browser.clickAndWait(browser.find("applyLink"));
        assertEquals("Aanmelden voor het kwaliteitsregister", browser.heading());
        assertTrue(browser.find("conductText").getText().contains("beroepscode"));
        browser.type("form:firstName", "Dirk").type("form:lastName", "Doorstroom")
                .type("form:employer", "Gemeente Zwolle");
        new Select(browser.find("form:job")).selectByValue("DOORSTROOMCOACH");
        browser.submit("form:submit");
        assertTrue(browser.text().contains(
                "Je kunt je alleen registreren als je verklaart dat je je aan de beroepscode houdt."),
                browser.text());
        assertEquals("Gemeente Zwolle", browser.find("form:employer").getAttribute("value"),
                "typed values stay");
        assertEquals("Dirk", browser.find("form:firstName").getAttribute("value"));
        assertEquals(0, Db.number("SELECT COUNT(*) FROM registrant r JOIN account a ON a.id = r.account_id "
                + "WHERE a.email = '" + email + "'"), "nothing stored");
        browser.assertAccessible();

        browser.find("form:conduct").click();
        browser.submit("form:submit");
        assertEquals("/member/krsd/index.xhtml", browser.path());
        assertTrue(browser.find("applied").getText().contains("Je aanmelding wordt beoordeeld"),
                browser.text());
        assertEquals("APPLIED|Dirk|Doorstroom|DOORSTROOMCOACH|Gemeente Zwolle", Db.text(
                "SELECT CONCAT_WS('|', r.status, r.first_name, r.last_name, r.job, r.employer) FROM registrant r "
                        + "JOIN account a ON a.id = r.account_id WHERE a.email = '" + email + "'"));
        assertEquals(1,
                Db.number("SELECT COUNT(*) FROM audit_entry e JOIN registrant r ON r.id = e.entity_id "
                        + "JOIN account a ON a.id = r.account_id WHERE e.entity_type = 'registrant' AND e.action = 'APPLIED' "
                        + "AND a.email = '" + email + "'"));
        browser.assertAccessible();
        // under review: no second application, no submissions
        browser.open("/member/krsd/apply.xhtml");
        assertEquals("/member/krsd/index.xhtml", browser.path());
        browser.open("/member/krsd/submit.xhtml");
        assertTrue(browser.find("notActive").isDisplayed());
    }

    @Test
    void aSubmissionWithEvidenceWaitsForReviewAndAnHtmlFileIsRefused() throws Exception {
        var title = "Congres jeugdzorg " + BrowserFixtures.tag();
        long before = Db.number("SELECT COUNT(*) FROM point_record");
        var member = BrowserFixtures.member("Sanne Submissie");
        BrowserFixtures.registrant(member);
        browser.logInAs(member).open("/member/krsd/submit.xhtml");
        assertEquals("Activiteit indienen", browser.heading());
        assertTrue(browser.text().contains("1 punt per netto uur"), browser.text());
        browser.assertAccessible();

        var html = Files.createTempFile("bewijs", ".pdf");
        Files.writeString(html, "<html><body><script>alert('x')</script>certificaat</body></html>");
        fillSubmission(title, "2,5");
        browser.find("form:evidence").sendKeys(html.toString());
        browser.submit("form:submit");
        assertTrue(browser.text().contains("Dit bestand is geen PDF, JPEG of PNG."), browser.text());
        assertEquals(title, browser.find("form:title").getAttribute("value"), "typed values stay");
        assertEquals("2,5", browser.find("form:hours").getAttribute("value"));
        assertEquals(before, Db.number("SELECT COUNT(*) FROM point_record"), "nothing stored");
        browser.assertAccessible();

        // a real PDF, but over 5 MB
        var large = Files.createTempFile("groot", ".pdf");
        var big = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 9);
        Files.write(large, big);
        fillSubmission(title, "2,5");
        browser.find("form:evidence").sendKeys(large.toString());
        browser.submit("form:submit");
        assertTrue(browser.text().contains("Dit bestand is te groot: ten hoogste 5 MB."), browser.text());
        assertEquals(before, Db.number("SELECT COUNT(*) FROM point_record"), "nothing stored");

        var pdf = Files.createTempFile("certificaat", ".pdf");
        byte[] pdfBytes = ("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
                + title)
                .getBytes(StandardCharsets.US_ASCII);
        Files.write(pdf, pdfBytes);
        fillSubmission(title, "2,5");
        browser.find("form:evidence").sendKeys(pdf.toString());
        browser.submit("form:submit");
        assertEquals("/member/krsd/records.xhtml", browser.path());
        assertTrue(browser.text().contains("Je activiteit is ingediend"), browser.text());
        long record = Db.number("SELECT MAX(id) FROM point_record WHERE title = '" + title + "'");
        assertEquals("PENDING|SUBMISSION|2.5|A2|Erkend door LVSC",
                Db.text("SELECT CONCAT_WS('|', status, source, "
                        + "points, category, accreditation_claim) FROM point_record WHERE id = " + record));
        var row = browser.find("record-" + record).getText();
        assertTrue(row.contains(title) && row.contains("In behandeling") && row.contains("Ingediend"), row);
        browser.assertAccessible();

        // the evidence: a download in a sandbox, byte for byte what was uploaded
        var link = browser.find("evidence-" + record).getAttribute("href");
        assertTrue(link.endsWith("/files/evidence/" + record), link);
        var file = HttpSession.of(browser).download("/files/evidence/" + record);
        assertEquals(200, file.statusCode());
        assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElse(""));
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("sandbox", file.headers().firstValue("Content-Security-Policy").orElse(""));
        assertArrayEquals(pdfBytes, file.body());

        // the auditor asks for more information; the member answers and the record goes back to the queue
        Db.update("UPDATE point_record SET status = 'MORE_INFO', reason = 'Stuur ook het programma mee.', "
                + "reviewed_at = UTC_TIMESTAMP(6), reviewed_by = 'auditor@demo.ingrado.nl' WHERE id = "
                + record);
        browser.open("/member/krsd/records.xhtml");
        row = browser.find("record-" + record).getText();
        assertTrue(row.contains("Aanvulling gevraagd") && row.contains("Stuur ook het programma mee."), row);
        browser.clickAndWait(browser.find("answer-" + record));
        assertTrue(browser.find("answerSection").getText().contains("Stuur ook het programma mee."));
        browser.assertAccessible();
        browser.submit("form:answer");
        assertTrue(browser.text().contains("Vul dit veld in."), browser.text());
        browser.type("form:note", "Het programma staat op pagina 2 van het certificaat.")
                .submit("form:answer");
        assertEquals("/member/krsd/records.xhtml", browser.path());
        assertEquals("PENDING", Db.text("SELECT status FROM point_record WHERE id = " + record));
        assertTrue(Db.text("SELECT description FROM point_record WHERE id = " + record).contains("pagina 2"));
        browser.open("/member/krsd/records.xhtml?answer=" + record);
        assertEquals("Pagina niet gevonden", browser.heading(), "nothing to answer any more");

        browser.assertPage("/member/krsd/submit.xhtml?lang=en", "Submit an activity");
        browser.assertPage("/member/krsd/records.xhtml", "My point records");
        browser.open("/member/krsd/records.xhtml?lang=nl");
    }

    private void fillSubmission(String title, String hours) {
        browser.type("form:title", title).type("form:provider", "Stichting Jeugdzorg")
                .type("form:hours", hours).type("form:claim", "Erkend door LVSC")
                .type("form:description", "Twee lezingen en een workshop.");
        browser.setValue("form:date", LocalDate.now().minusDays(10).toString());
        new Select(browser.find("form:category")).selectByValue("A2");
    }
}
