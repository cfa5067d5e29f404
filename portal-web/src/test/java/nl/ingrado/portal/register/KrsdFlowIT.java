package nl.ingrado.portal.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import nl.ingrado.portal.testing.Browser;
import nl.ingrado.portal.testing.TestEnvironment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The register's whole chain as its users walk it: a professional submits an activity with evidence,
 * the auditor approves it with other points, and the professional's dashboard counts exactly those.
 */
class KrsdFlowIT {

    private final Browser member = new Browser();
    private final Browser auditor = new Browser();

    @AfterEach
    void close() {
        member.close();
        auditor.close();
    }

    @Test
    void submittedEvidenceApprovedByTheAuditorShowsOnTheDashboard() throws Exception {
        var title = "Supervisie casuïstiek " + UUID.randomUUID().toString().substring(0, 8);
        var before = earned("A1");

        member.logIn(Browser.MEMBER, Browser.DEMO_PASSWORD).open("/member/krsd/submit.xhtml");
        var pdf = Files.createTempFile("bewijs", ".pdf");
        Files.write(pdf, "%PDF-1.4\n% certificaat supervisie\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        member.type("form:title", title).type("form:provider", "Supervisiepraktijk Noord")
                .type("form:hours", "3")
                .type("form:description", "Drie uur supervisie op casuïstiek.");
        ((JavascriptExecutor) member.driver()).executeScript("arguments[0].value = arguments[1]",
                member.find("form:date"), LocalDate.now().minusDays(3).toString());
        new Select(member.find("form:category")).selectByValue("A1");
        member.find("form:evidence").sendKeys(pdf.toString());
        member.submit("form:submit");
        assertTrue(member.text().contains(title), member.text());
        long recordId = recordId(title);
        assertEquals("PENDING", status(recordId));
        assertEquals(0, before.compareTo(earned("A1")), "a pending record does not count");

        // the auditor finds it in the queue and approves 2.5 points instead of the 3 proposed
        auditor.logIn(Browser.AUDITOR, Browser.DEMO_PASSWORD).open("/auditor/queue.xhtml");
        assertTrue(auditor.text().contains(title), auditor.text());
        auditor.open("/auditor/review.xhtml?id=" + recordId);
        assertTrue(auditor.text().contains(title));
        auditor.type("form:points", "2,5");
        auditor.submit("form:approve");
        assertEquals("APPROVED", status(recordId));
        var after = earned("A1");
        assertEquals(0, before.add(new BigDecimal("2.5")).compareTo(after),
                "exactly the approved points count");
        var mail = Browser.mailTo(Browser.MEMBER, "Goedgekeurd: " + title);
        assertTrue(mail.contains(title), mail);

        // the dashboard shows the new A1 total (read from the page, compared with the ledger)
        member.open("/member/krsd/index.xhtml");
        var shown = member.driver().findElement(By.cssSelector("#row-A1 .earned")).getText();
        assertEquals(NumberFormat.getNumberInstance(Locale.forLanguageTag("nl")).format(after), shown);
        member.open("/member/krsd/records.xhtml");
        assertTrue(member.text().contains(title), member.text());
    }

    private static BigDecimal earned(String category) throws SQLException {
        try (var db = DriverManager.getConnection(TestEnvironment.database().jdbcUrl(), "portal", "portal");
                var statement = db.prepareStatement("SELECT COALESCE(SUM(pr.points), 0) FROM point_record pr "
                        + "JOIN registrant r ON r.id = pr.registrant_id JOIN account a ON a.id = r.account_id "
                        + "JOIN register_period p ON p.id = pr.period_id AND p.seq = (SELECT MAX(seq) FROM "
                        + "register_period WHERE registrant_id = r.id) WHERE a.email = ? AND pr.status = 'APPROVED' "
                        + "AND pr.category = ?")) {
            statement.setString(1, Browser.MEMBER);
            statement.setString(2, category);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getBigDecimal(1);
            }
        }
    }

    private static long recordId(String title) throws SQLException {
        try (var db = DriverManager.getConnection(TestEnvironment.database().jdbcUrl(), "portal", "portal");
                var statement = db.prepareStatement("SELECT id FROM point_record WHERE title = ?")) {
            statement.setString(1, title);
            try (var rows = statement.executeQuery()) {
                assertTrue(rows.next(), "the submission is stored");
                return rows.getLong(1);
            }
        }
    }

    private static String status(long recordId) throws SQLException {
        try (var db = DriverManager.getConnection(TestEnvironment.database().jdbcUrl(), "portal", "portal");
                var rows = db.createStatement()
                        .executeQuery("SELECT status FROM point_record WHERE id = " + recordId)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
