package nl.ingrado.portal.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import nl.ingrado.portal.testing.Browser;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.HttpSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * What a registrant reads about themselves: the dashboard computed from the ledger, the certificate and
 * its verification, and evidence and data only for their owner (and auditors), in the pages and the REST
 * API. Lotte (lid@) is the demo registrant; Rik (rayon@) has only applied. These tests are the demo tour:
 * they change no record that another test reads.
 */
class KrsdDashboardIT extends BrowserTest {

    private static final String LOTTE = Browser.MEMBER;
    private static final String RIK = Browser.RAYON_CONTACT;
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Test
    void theDashboardShowsWhatTheLedgerSays() throws Exception {
        var sums = approvedSums(LOTTE);
        var caps = new HashMap<String, BigDecimal>();
        try (var db = Db.connect();
                var rows = db.createStatement().executeQuery(
                        "SELECT code, cap_points FROM register_category")) {
            while (rows.next()) {
                caps.put(rows.getString(1), rows.getBigDecimal(2));
            }
        }
        browser.logIn(LOTTE, Browser.DEMO_PASSWORD).open("/member/krsd/index.xhtml");
        assertEquals("Mijn KRSD", browser.heading());
        assertEquals(
                Db.text("SELECT registration_number FROM registrant r JOIN account a ON a.id = r.account_id "
                        + "WHERE a.email = '" + LOTTE + "'"),
                browser.find("number").getText());
        assertEquals("Actief", browser.find("status").getText());
        var counted = BigDecimal.ZERO;
        for (var category : new String[]{"A1", "A2"}) {
            var earned = sums.getOrDefault(category, BigDecimal.ZERO);
            var counts = caps.get(category) == null ? earned : earned.min(caps.get(category));
            counted = counted.add(counts);
            var row = browser.find("row-" + category);
            assertEquals(number(earned), row.findElement(By.className("earned")).getText(), category);
            assertEquals(number(counts), row.findElement(By.className("counted")).getText(), category);
        }
        assertEquals(number(counted),
                browser.find("row-total").findElement(By.className("counted")).getText());
        var reasons = browser.find("reasons").getText();
        assertTrue(reasons.contains("Je norm is 160 punten, te halen tot en met"), reasons);
        if (sums.getOrDefault("A1", BigDecimal.ZERO).compareTo(new BigDecimal("40")) < 0) {
            assertTrue(reasons.contains("In A1 heb je ten minste 40 punten nodig"), reasons);
        }
        assertTrue(browser.find("standing").getText().length() > 5);
        assertTrue(browser.find("daysLeft").getText().matches("\\d+"));
        browser.assertAccessible();
        browser.open("/member/krsd/index.xhtml?lang=en");
        assertTrue(browser.find("reasons").getText().contains("Your norm is 160 points, to be earned by"));
        browser.assertAccessible();
        browser.open("/member/krsd/index.xhtml?lang=nl");
    }

    @Test
    void theCertificateIsAPdfWhoseAddressVerifiesTheRegistration() throws Exception {
        browser.logIn(LOTTE, Browser.DEMO_PASSWORD).open("/member/krsd/index.xhtml");
        assertTrue(browser.find("certificateLink").getAttribute("href")
                .endsWith("/member/krsd/certificate.pdf"));
        var pdf = HttpSession.of(browser).download("/member/krsd/certificate.pdf");
        assertEquals(200, pdf.statusCode());
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        var number = Db.text(
                "SELECT registration_number FROM registrant r JOIN account a ON a.id = r.account_id "
                        + "WHERE a.email = '" + LOTTE + "'");
        var code = Db.text("SELECT certificate_code FROM registrant r JOIN account a ON a.id = r.account_id "
                + "WHERE a.email = '" + LOTTE + "'");
        var url = browser.baseUrl() + "/krsd/verify.xhtml?code=" + code;
        String content;
        try (var reader = new PdfReader(pdf.body())) {
            content = new PdfTextExtractor(reader).getTextFromPage(1);
        }
        assertTrue(
                content.contains("Lotte de Leerplicht") && content.contains(number) && content.contains(url),
                content);

        browser.logOut();
        browser.driver().get(url);
        assertEquals("Registratiebewijs controleren", browser.heading());
        assertTrue(browser.find("verdict").getText().contains("vandaag geldig"));
        assertEquals("Lotte de Leerplicht", browser.find("name").getText());
        assertEquals(number, browser.find("number").getText());
        assertEquals("Actief", browser.find("status").getText());
        assertFalse(browser.text().contains(LOTTE), "no email");
        browser.assertAccessible();
        browser.open("/krsd/verify.xhtml?code=" + code + "&lang=en");
        assertTrue(browser.find("verdict").getText().contains("valid today"));
        browser.assertAccessible();
        browser.open("/krsd/verify.xhtml?code=nietbestaand0000000000000&lang=nl");
        assertTrue(browser.find("verdict").getText().contains("kennen we niet"));

        // no certificate for someone who has only applied
        browser.logIn(RIK, Browser.DEMO_PASSWORD);
        assertEquals(404, HttpSession.of(browser).download("/member/krsd/certificate.pdf").statusCode());
    }

    @Test
    void anotherMemberNeverGetsLottesEvidenceOrData() throws Exception {
        long record = Db.number(
                "SELECT MIN(pr.id) FROM point_record pr JOIN registrant r ON r.id = pr.registrant_id "
                        + "JOIN account a ON a.id = r.account_id WHERE a.email = '" + LOTTE
                        + "' AND pr.evidence_file_id IS NOT NULL");
        assertEquals(302, HttpSession.anonymous().download("/files/evidence/" + record).statusCode(),
                "anonymous: log in first");

        browser.logIn(RIK, Browser.DEMO_PASSWORD);
        var stolen = HttpSession.of(browser).download("/files/evidence/" + record);
        assertEquals(404, stolen.statusCode());
        assertFalse(new String(stolen.body(), StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        assertEquals(404, HttpSession.of(browser).download("/files/evidence/abc").statusCode());
        browser.open("/member/krsd/records.xhtml?answer=" + record);
        assertEquals("Pagina niet gevonden", browser.heading());
        browser.open("/member/krsd/index.xhtml");

        // the API's "me" is the caller's own registration only
        var me = new String(HttpSession.of(browser).download("/api/krsd/me").body(), StandardCharsets.UTF_8);
        assertTrue(me.contains("\"status\":\"APPLIED\"") && me.contains("\"firstName\":\"Rik\""), me);
        assertFalse(me.contains("Lotte") || me.contains("Motiverende"), me);
        browser.logOut();

        browser.logIn(LOTTE, Browser.DEMO_PASSWORD);
        var lotte = HttpSession.of(browser).download("/api/krsd/me");
        assertEquals(200, lotte.statusCode());
        var json = new String(lotte.body(), StandardCharsets.UTF_8);
        var number = Db.text(
                "SELECT registration_number FROM registrant r JOIN account a ON a.id = r.account_id "
                        + "WHERE a.email = '" + LOTTE + "'");
        assertTrue(json.contains("\"number\":\"" + number + "\"") && json.contains("\"standing\":"), json);
        long records = Db.number(
                "SELECT COUNT(*) FROM point_record pr JOIN registrant r ON r.id = pr.registrant_id "
                        + "JOIN account a ON a.id = r.account_id WHERE a.email = '" + LOTTE + "'");
        assertEquals(records, json.split("\"source\":").length - 1, json);
        assertFalse(json.contains("Rik"));
        assertEquals(200, HttpSession.of(browser).download("/files/evidence/" + record).statusCode(),
                "her own evidence");
        browser.logOut();

        assertEquals(401, HttpSession.anonymous().download("/api/krsd/me").statusCode());
        // auditors may read every registrant's evidence
        browser.logInAs(BrowserFixtures.auditor("Anke Auditor"));
        var audited = HttpSession.of(browser).download("/files/evidence/" + record);
        assertEquals(200, audited.statusCode());
        assertTrue(new String(audited.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
    }

    private static Map<String, BigDecimal> approvedSums(String email) throws SQLException {
        var sums = new HashMap<String, BigDecimal>();
        try (var db = Db.connect();
                var rows = db.createStatement().executeQuery(
                        "SELECT pr.category, SUM(pr.points) FROM point_record pr JOIN registrant r ON r.id = pr.registrant_id "
                                + "JOIN account a ON a.id = r.account_id WHERE a.email = '" + email
                                + "' AND pr.status = 'APPROVED' "
                                + "AND pr.period_id = (SELECT id FROM register_period WHERE registrant_id = r.id ORDER BY seq DESC "
                                + "LIMIT 1) GROUP BY pr.category")) {
            while (rows.next()) {
                sums.put(rows.getString(1), rows.getBigDecimal(2));
            }
        }
        return sums;
    }

    private static String number(BigDecimal value) {
        var format = NumberFormat.getNumberInstance(DUTCH);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
