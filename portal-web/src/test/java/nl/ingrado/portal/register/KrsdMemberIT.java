package nl.ingrado.portal.register;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ingrado.portal.testing.Browser;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.Db;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * KRSD as the professional and the public meet it: applying, the dashboard computed from the ledger,
 * submitting with evidence, the evidence only for its owner (and auditors), the certificate and its
 * verification, portfolio shares, the public register with only the allowed fields, and the REST API.
 * Lotte (lid@) is the demo registrant; Rik (rayon@) has only applied. The tests of her dashboard, portfolio
 * and public entry are the demo tour: they add a share and a register consent but change no record that
 * another test reads (the other KRSD tests make registrants of their own); submitting makes its own.
 */
class KrsdMemberIT extends BrowserTest {

    private static final String LOTTE = Browser.MEMBER;
    private static final String RIK = Browser.RAYON_CONTACT;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Test
    void aNewMemberAppliesOnlyWhenDeclaringTheCodeOfConduct() throws SQLException {
        var email = "krsd-" + suffix() + "@example.nl";
        browser.signUpAndConfirm("Dirk Doorstroom", email, "wachtwoord van dirk").logIn(email,
                "wachtwoord van dirk");
        browser.open("/member/krsd/index.xhtml");
        assertEquals("Mijn KRSD", browser.heading());
        var about = browser.find("about").getText();
        assertTrue(about.contains("160 punten in 5 jaar") && about.contains("95"), about);
        browser.assertAccessible();
        browser.open("/member/krsd/index.xhtml?lang=en");
        assertEquals("My KRSD", browser.heading());
        browser.assertAccessible();
        browser.open("/member/krsd/apply.xhtml");
        assertEquals("Apply for the quality register", browser.heading());
        browser.assertAccessible();
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
        assertEquals(0, count("SELECT COUNT(*) FROM registrant r JOIN account a ON a.id = r.account_id "
                + "WHERE a.email = '" + email + "'"), "nothing stored");
        browser.assertAccessible();

        browser.find("form:conduct").click();
        browser.submit("form:submit");
        assertEquals("/member/krsd/index.xhtml", browser.path());
        assertTrue(browser.find("applied").getText().contains("Je aanmelding wordt beoordeeld"),
                browser.text());
        assertEquals("APPLIED|Dirk|Doorstroom|DOORSTROOMCOACH|Gemeente Zwolle", text(
                "SELECT CONCAT_WS('|', r.status, r.first_name, r.last_name, r.job, r.employer) FROM registrant r "
                        + "JOIN account a ON a.id = r.account_id WHERE a.email = '" + email + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry e JOIN registrant r ON r.id = e.entity_id "
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
        var title = "Congres jeugdzorg " + suffix();
        long before = count("SELECT COUNT(*) FROM point_record");
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
        assertEquals(before, count("SELECT COUNT(*) FROM point_record"), "nothing stored");
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
        assertEquals(before, count("SELECT COUNT(*) FROM point_record"), "nothing stored");

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
        long record = count("SELECT MAX(id) FROM point_record WHERE title = '" + title + "'");
        assertEquals("PENDING|SUBMISSION|2.5|A2|Erkend door LVSC",
                text("SELECT CONCAT_WS('|', status, source, "
                        + "points, category, accreditation_claim) FROM point_record WHERE id = " + record));
        var row = browser.find("record-" + record).getText();
        assertTrue(row.contains(title) && row.contains("In behandeling") && row.contains("Ingediend"), row);
        browser.assertAccessible();

        // the evidence: a download in a sandbox, byte for byte what was uploaded
        var link = browser.find("evidence-" + record).getAttribute("href");
        assertTrue(link.endsWith("/files/evidence/" + record), link);
        var file = get("/files/evidence/" + record, cookies());
        assertEquals(200, file.statusCode());
        assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElse(""));
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("sandbox", file.headers().firstValue("Content-Security-Policy").orElse(""));
        assertArrayEquals(pdfBytes, file.body());

        // the auditor asks for more information; the member answers and the record goes back to the queue
        update("UPDATE point_record SET status = 'MORE_INFO', reason = 'Stuur ook het programma mee.', "
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
        assertEquals("PENDING", text("SELECT status FROM point_record WHERE id = " + record));
        assertTrue(text("SELECT description FROM point_record WHERE id = " + record).contains("pagina 2"));
        browser.open("/member/krsd/records.xhtml?answer=" + record);
        assertEquals("Pagina niet gevonden", browser.heading(), "nothing to answer any more");

        browser.open("/member/krsd/submit.xhtml?lang=en");
        assertEquals("Submit an activity", browser.heading());
        browser.assertAccessible();
        browser.open("/member/krsd/records.xhtml");
        assertEquals("My point records", browser.heading());
        browser.assertAccessible();
        browser.open("/member/krsd/records.xhtml?lang=nl");
    }

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
                text("SELECT registration_number FROM registrant r JOIN account a ON a.id = r.account_id "
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
        assertTrue(reasons.contains("Je norm is 160 punten vóór"), reasons);
        if (sums.getOrDefault("A1", BigDecimal.ZERO).compareTo(new BigDecimal("40")) < 0) {
            assertTrue(reasons.contains("In A1 heb je ten minste 40 punten nodig"), reasons);
        }
        assertTrue(browser.find("standing").getText().length() > 5);
        assertTrue(browser.find("daysLeft").getText().matches("\\d+"));
        browser.assertAccessible();
        browser.open("/member/krsd/index.xhtml?lang=en");
        assertTrue(browser.find("reasons").getText().contains("Your norm is 160 points before"));
        browser.assertAccessible();
        browser.open("/member/krsd/index.xhtml?lang=nl");
    }

    @Test
    void theCertificateIsAPdfWhoseAddressVerifiesTheRegistration() throws Exception {
        browser.logIn(LOTTE, Browser.DEMO_PASSWORD).open("/member/krsd/index.xhtml");
        assertTrue(browser.find("certificateLink").getAttribute("href")
                .endsWith("/member/krsd/certificate.pdf"));
        var pdf = get("/member/krsd/certificate.pdf", cookies());
        assertEquals(200, pdf.statusCode());
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        var number = text(
                "SELECT registration_number FROM registrant r JOIN account a ON a.id = r.account_id "
                        + "WHERE a.email = '" + LOTTE + "'");
        var code = text("SELECT certificate_code FROM registrant r JOIN account a ON a.id = r.account_id "
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
        assertEquals(404, get("/member/krsd/certificate.pdf", cookies()).statusCode());
    }

    @Test
    void aSharedPortfolioWorksWithoutLoginUntilItIsWithdrawn() throws Exception {
        browser.logIn(LOTTE, Browser.DEMO_PASSWORD).open("/member/krsd/shares.xhtml");
        assertEquals("Portfolio delen", browser.heading());
        browser.assertAccessible();
        var label = "nieuwe werkgever " + suffix();
        browser.type("form:label", label).type("form:days", "91").submit("form:create");
        assertTrue(browser.text().contains("Kies een geldigheid van 1 tot en met 90 dagen."), browser.text());
        assertEquals(label, browser.find("form:label").getAttribute("value"));
        assertEquals(0, count("SELECT COUNT(*) FROM portfolio_share WHERE label = '" + label + "'"));
        browser.type("form:days", "14").submit("form:create");
        var link = browser.find("newLink").getAttribute("value");
        assertTrue(link.startsWith(browser.baseUrl() + "/krsd/portfolio.xhtml?token="), link);
        var token = link.substring(link.indexOf("token=") + 6);
        assertEquals(1,
                count("SELECT COUNT(*) FROM portfolio_share WHERE label = '" + label + "' AND token_hash = '"
                        + sha256(token) + "' AND expires_at > UTC_TIMESTAMP() + INTERVAL 13 DAY"
                        + " AND expires_at < UTC_TIMESTAMP() + INTERVAL 15 DAY"),
                "only the hash is stored");
        assertEquals(0, count("SELECT COUNT(*) FROM portfolio_share WHERE token_hash = '" + token + "'"));
        browser.assertAccessible();

        // anyone with the link, no login
        var shared = get(link.substring(browser.baseUrl().length()), null);
        assertEquals(200, shared.statusCode());
        var page = new String(shared.body(), StandardCharsets.UTF_8);
        assertTrue(page.contains("Lotte de Leerplicht") && page.contains("Motiverende gespreksvoering")
                && page.contains("Intervisiegroep Amsterdam-Noord"), page);
        assertFalse(page.contains(LOTTE), "no email address");
        assertFalse(page.contains("/files/evidence/") || page.contains("certificaat-congres"), "no evidence");
        assertFalse(page.contains("Landelijk congres Thuiszitters"),
                "pending and rejected records are not shown");
        browser.driver().get(link);
        assertTrue(browser.heading().startsWith("Portfolio"));
        browser.assertAccessible();
        browser.driver().get(link + "&lang=en");
        assertTrue(browser.text().contains("Approved activities"), browser.text());
        browser.assertAccessible();
        browser.open("/member/krsd/shares.xhtml?lang=nl");

        browser.open("/member/krsd/shares.xhtml");
        long share = count("SELECT id FROM portfolio_share WHERE label = '" + label + "'");
        browser.clickAndWait(browser.driver()
                .findElement(
                        By.cssSelector("#share-" + share + " input[aria-label='Intrekken: " + label + "']")));
        assertTrue(browser.text().contains("De link is ingetrokken."), browser.text());
        assertTrue(browser.find("share-" + share).getText().contains("Ingetrokken"));
        var gone = get(link.substring(browser.baseUrl().length()), null);
        assertEquals(404, gone.statusCode());
        var goneText = new String(gone.body(), StandardCharsets.UTF_8);
        assertTrue(goneText.contains("verlopen of ingetrokken"), goneText);
        assertFalse(goneText.contains("Lotte"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'portfolio_share' "
                + "AND entity_id = " + share + " AND action = 'REVOKED'"));
        browser.driver().get(link);
        assertEquals("Link niet geldig", browser.heading());
        browser.assertAccessible();
        browser.driver().get(link + "&lang=en");
        assertEquals("Link not valid", browser.heading());
        browser.assertAccessible();
        browser.open("/member/krsd/shares.xhtml?lang=en");
        assertEquals("Share portfolio", browser.heading());
        browser.assertAccessible();
        browser.open("/member/krsd/shares.xhtml?lang=nl");
    }

    @Test
    void thePublicRegisterShowsOnlyTheAllowedFields() throws Exception {
        // a rayon contact in the register who shows nothing extra
        String[] other = row(
                "SELECT a.email, r.registration_number, r.first_name, r.last_name, r.employer, r.job "
                        + "FROM registrant r JOIN account a ON a.id = r.account_id WHERE r.status = 'ACTIVE' "
                        + "AND a.email LIKE '%@rayon-%' AND r.show_employer = FALSE AND r.show_job = FALSE ORDER BY r.id LIMIT 1");
        browser.open("/krsd/index.xhtml");
        assertEquals("Register raadplegen", browser.heading());
        browser.assertAccessible();
        browser.type("q", "L").submit("searchButton");
        assertTrue(browser.find("qError").getText().contains("ten minste 2 tekens"));
        browser.assertAccessible();

        browser.type("q", other[1]).submit("searchButton");
        var table = browser.find("resultTable").getText();
        assertTrue(
                table.contains(other[2] + " " + other[3]) && table.contains(other[1])
                        && table.contains("Actief"),
                table);
        var page = browser.text();
        assertFalse(page.contains(other[0]), "no email");
        assertFalse(page.contains(other[4]), "employer not shown without consent");
        var cells = browser.driver().findElements(By.cssSelector("#resultTable tbody tr td"));
        assertEquals(5, cells.size());
        assertEquals("", cells.get(3).getText(), "employer cell empty");
        assertEquals("", cells.get(4).getText(), "job cell empty");

        // Lotte chose to show employer and job
        browser.type("q", "leerplicht").submit("searchButton");
        table = browser.find("resultTable").getText();
        assertTrue(table.contains("Lotte de Leerplicht") && table.contains("Gemeente Amsterdam")
                && table.contains("Leerplichtambtenaar"), table);
        assertFalse(browser.text().contains(LOTTE));
        browser.assertAccessible();

        // an application is not public
        browser.type("q", "van het Rayon").submit("searchButton");
        assertTrue(browser.find("noResults").isDisplayed());
        assertFalse(browser.text().contains("Rik van het Rayon"));
        browser.open("/krsd/index.xhtml?q=Leerplicht&lang=en");
        assertEquals("Search the register", browser.heading());
        browser.assertAccessible();
        browser.open("/krsd/index.xhtml?lang=nl");

        // the API gives the same fields
        var api = get("/api/krsd/register?q=" + URLEncoder.encode(other[1], StandardCharsets.UTF_8), null);
        assertEquals(200, api.statusCode());
        var json = new String(api.body(), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"number\":\"" + other[1] + "\"") && json.contains("\"status\":\"ACTIVE\""),
                json);
        assertFalse(json.contains(other[0]) || json.contains("email") || json.contains(other[4]), json);
        assertFalse(new String(get("/api/krsd/register?q=rayon", null).body(), StandardCharsets.UTF_8)
                .contains("Rik"), "no applications");
        assertEquals(400, get("/api/krsd/register?q=x", null).statusCode());

        // the rayon contact opts in to show the employer: in the register from then on, and in the audit trail
        browser.logIn(other[0], Browser.DEMO_PASSWORD).open("/member/krsd/index.xhtml");
        browser.find("form:showEmployer").click();
        browser.submit("form:save");
        assertTrue(browser.text().contains("Je keuze voor het openbare register is opgeslagen."),
                browser.text());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry e JOIN registrant r ON r.id = e.entity_id "
                + "WHERE e.entity_type = 'registrant' AND e.action = 'PUBLIC_REGISTER' AND r.registration_number = '"
                + other[1] + "'"));
        browser.logOut();
        browser.open("/krsd/index.xhtml?q=" + URLEncoder.encode(other[1], StandardCharsets.UTF_8));
        assertTrue(browser.find("resultTable").getText().contains(other[4]));
        assertFalse(browser.find("resultTable").getText().contains(other[0]));
    }

    @Test
    void anotherMemberNeverGetsLottesEvidenceOrData() throws Exception {
        long record = count(
                "SELECT MIN(pr.id) FROM point_record pr JOIN registrant r ON r.id = pr.registrant_id "
                        + "JOIN account a ON a.id = r.account_id WHERE a.email = '" + LOTTE
                        + "' AND pr.evidence_file_id IS NOT NULL");
        assertEquals(302, get("/files/evidence/" + record, null).statusCode(), "anonymous: log in first");

        browser.logIn(RIK, Browser.DEMO_PASSWORD);
        var stolen = get("/files/evidence/" + record, cookies());
        assertEquals(404, stolen.statusCode());
        assertFalse(new String(stolen.body(), StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        assertEquals(404, get("/files/evidence/abc", cookies()).statusCode());
        browser.open("/member/krsd/records.xhtml?answer=" + record);
        assertEquals("Pagina niet gevonden", browser.heading());
        browser.open("/member/krsd/index.xhtml");

        // the API's "me" is the caller's own registration only
        var me = new String(get("/api/krsd/me", cookies()).body(), StandardCharsets.UTF_8);
        assertTrue(me.contains("\"status\":\"APPLIED\"") && me.contains("\"firstName\":\"Rik\""), me);
        assertFalse(me.contains("Lotte") || me.contains("Motiverende"), me);
        browser.logOut();

        browser.logIn(LOTTE, Browser.DEMO_PASSWORD);
        var lotte = get("/api/krsd/me", cookies());
        assertEquals(200, lotte.statusCode());
        var json = new String(lotte.body(), StandardCharsets.UTF_8);
        var number = text(
                "SELECT registration_number FROM registrant r JOIN account a ON a.id = r.account_id "
                        + "WHERE a.email = '" + LOTTE + "'");
        assertTrue(json.contains("\"number\":\"" + number + "\"") && json.contains("\"standing\":"), json);
        long records = count(
                "SELECT COUNT(*) FROM point_record pr JOIN registrant r ON r.id = pr.registrant_id "
                        + "JOIN account a ON a.id = r.account_id WHERE a.email = '" + LOTTE + "'");
        assertEquals(records, json.split("\"source\":").length - 1, json);
        assertFalse(json.contains("Rik"));
        assertEquals(200, get("/files/evidence/" + record, cookies()).statusCode(), "her own evidence");
        browser.logOut();

        assertEquals(401, get("/api/krsd/me", null).statusCode());
        // auditors may read every registrant's evidence
        browser.logInAs(BrowserFixtures.auditor("Anke Auditor"));
        var audited = get("/files/evidence/" + record, cookies());
        assertEquals(200, audited.statusCode());
        assertTrue(new String(audited.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
    }

    private void fillSubmission(String title, String hours) {
        browser.type("form:title", title).type("form:provider", "Stichting Jeugdzorg")
                .type("form:hours", hours).type("form:claim", "Erkend door LVSC")
                .type("form:description", "Twee lezingen en een workshop.");
        browser.setValue("form:date", LocalDate.now().minusDays(10).toString());
        new Select(browser.find("form:category")).selectByValue("A2");
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

    private String cookies() {
        return browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    private HttpResponse<byte[]> get(String path, String cookies) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(browser.baseUrl() + path));
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static long count(String sql) throws SQLException {
        try (var db = Db.connect(); var result = db.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String text(String sql) throws SQLException {
        try (var db = Db.connect(); var result = db.createStatement().executeQuery(sql)) {
            assertTrue(result.next(), sql);
            return result.getString(1);
        }
    }

    private static String[] row(String sql) throws SQLException {
        try (var db = Db.connect(); var result = db.createStatement().executeQuery(sql)) {
            assertTrue(result.next(), sql);
            var values = new String[result.getMetaData().getColumnCount()];
            for (int i = 0; i < values.length; i++) {
                values[i] = result.getString(i + 1);
            }
            assertNotNull(values[0]);
            return values;
        }
    }

    private static void update(String sql) throws SQLException {
        try (var db = Db.connect(); var statement = db.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

}
