package nl.ingrado.portal.register;

import static nl.ingrado.portal.register.AccreditationRequests.file;
import static nl.ingrado.portal.register.AccreditationRequests.fillRequest;
import static nl.ingrado.portal.register.AccreditationRequests.othersDocument;
import static nl.ingrado.portal.register.AccreditationRequests.pdf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.UUID;
import nl.ingrado.portal.testing.Browser;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.HttpSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The accreditation chain in the browser: a provider requests accreditation with a document, an auditor
 * accredits it (the provider is mailed), the provider uploads an attendance list and a member's points
 * appear in the ledger, once; the same list as a CSV file and through the attendance API; and another
 * provider's activity stays out of reach.
 */
class ProviderIT extends BrowserTest {

    /** The demo's training provider, whose accredited demo activity the first test finds listed (the demo tour). */
    private static final String PROVIDER = "aanbieder@demo.ingrado.nl";
    private static final User AUDITOR = BrowserFixtures.auditor("Aafke Auditor");
    private static final String NOT_FOUND = "Pagina niet gevonden";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aProviderIsAccreditedAndItsAttendanceListBooksPointsOnce() throws Exception {
        var title = "Het verzuimgesprek in de praktijk " + tag;
        browser.logIn(PROVIDER, Browser.DEMO_PASSWORD).open("/provider/index.xhtml");
        assertTrue(browser.text().contains("Motiverende gespreksvoering"), "the demo activity is listed");
        browser.assertAccessibleInBothLanguages("/provider/index.xhtml");

        // a request with an HTML page dressed up as a PDF is refused, with the message on the field
        browser.open("/provider/request.xhtml");
        browser.assertAccessibleInBothLanguages("/provider/request.xhtml");
        fillRequest(browser, title);
        browser.find("form:documents").sendKeys(file("programma.pdf",
                "<html><body><script>alert('x')</script></body></html>".getBytes()).toString());
        browser.submit("form:submit");
        assertTrue(browser.text().contains("Dit bestand is geen PDF, JPEG of PNG"), browser.text());
        assertEquals(title, browser.find("form:title").getAttribute("value"), "what was typed stays");
        assertEquals(0, Db.number("SELECT COUNT(*) FROM accredited_activity WHERE title = '" + title + "'"),
                "nothing half stored");
        browser.assertAccessible();

        browser.find("form:documents").sendKeys(file("programma.pdf", pdf()).toString());
        browser.submit("form:submit");
        assertTrue(browser.text().contains("Je aanvraag is verstuurd"), browser.text());
        long activity = Db.number("SELECT id FROM accredited_activity WHERE title = '" + title + "'");
        assertEquals("Wacht op beoordeling",
                browser.find("activity-" + activity).findElement(By.className("status"))
                        .getText());
        long document = Db
                .number("SELECT file_id FROM accreditation_document WHERE activity_id = " + activity);
        var download = HttpSession.of(browser).get("/files/accreditation/" + document);
        assertEquals(200, download.statusCode(), "the provider may download their own document");
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(download.headers().firstValue("Content-Security-Policy").orElse("").contains("sandbox"));
        assertEquals("application/pdf",
                download.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        browser.open("/provider/request.xhtml?id=" + activity);
        assertTrue(browser.heading().contains(title), browser.heading());
        browser.assertAccessibleInBothLanguages("/provider/request.xhtml?id=" + activity);
        browser.logOut();

        // the auditor sees it waiting, and accredits it with the proposed number
        browser.logInAs(AUDITOR).open("/auditor/accreditations.xhtml");
        assertTrue(browser.find("waiting").getText().contains(title), browser.text());
        browser.assertAccessibleInBothLanguages("/auditor/accreditations.xhtml");
        browser.open("/auditor/accreditation.xhtml?id=" + activity);
        browser.assertAccessibleInBothLanguages("/auditor/accreditation.xhtml?id=" + activity);
        assertEquals(200, HttpSession.of(browser).get("/files/accreditation/" + document).statusCode(),
                "auditors may read documents");
        var number = browser.find("form:number").getAttribute("value");
        assertTrue(number.startsWith("KRSD-A-" + Year.now(ZoneId.of("Europe/Amsterdam")) + "-"), number);
        browser.type("form:points", "x").submit("form:accredit");
        assertTrue(browser.text().contains("Vul een aantal punten in"), browser.text());
        browser.type("form:number", "KRSD-A-2026-001").type("form:points", "5,5").submit("form:accredit");
        assertTrue(browser.text().contains("Het nummer KRSD-A-2026-001 is al gegeven"), browser.text());
        browser.type("form:number", number).submit("form:accredit");
        assertTrue(browser.text().contains("geaccrediteerd"), browser.text());
        var mail = Browser.mailTo(PROVIDER, "Geaccrediteerd: " + title);
        assertTrue(mail.contains(number) && mail.contains("5,5"), mail);

        browser.open("/auditor/catalogue.xhtml");
        var catalogue = browser.find("catalogue").getText();
        assertTrue(catalogue.contains(title) && catalogue.contains(number), catalogue);
        browser.assertAccessibleInBothLanguages("/auditor/catalogue.xhtml");
        browser.open("/auditor/catalogue.xhtml?show=all");
        assertTrue(browser.find("catalogue").getText().contains("Ingrado-bijeenkomst"),
                "accredited Ingrado events are in the catalogue");
        browser.assertAccessibleInBothLanguages("/auditor/catalogue.xhtml?show=all");
        browser.logOut();

        // the provider uploads the list of today's run: the member gets the points, the unknown number is reported
        var attendee = BrowserFixtures.member("Lieke Lijst " + tag);
        var registrant = BrowserFixtures.registrant(attendee);
        var lid = registrant.number();
        long period = registrant.period();
        var before = total(period);
        browser.logIn(PROVIDER, Browser.DEMO_PASSWORD)
                .open("/provider/attendance.xhtml?activity=" + activity);
        browser.assertAccessibleInBothLanguages("/provider/attendance.xhtml?activity=" + activity);
        var today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        uploadList(today, lid.toLowerCase() + "\nKRSD-999999999\n");
        assertEquals("1", browser.find("reportBooked").findElement(By.className("count")).getText());
        assertEquals("1", browser.find("reportUnknown").findElement(By.className("count")).getText());
        assertTrue(browser.find("reportUnknown").getText().contains("KRSD-999999999"));
        assertTrue(browser.find("executions").getText().contains("1"), browser.find("executions").getText());
        browser.assertAccessible();
        assertEquals(1,
                Db.number("SELECT COUNT(*) FROM point_record r JOIN registrant g ON g.id = r.registrant_id "
                        + "WHERE g.registration_number = '" + lid + "' AND r.activity_id = " + activity
                        + " AND r.source = 'PROVIDER_LIST' AND r.status = 'APPROVED' AND r.points = 5.5 AND r.category = 'A1'"));
        assertEquals(0, before.add(new BigDecimal("5.5")).compareTo(total(period)),
                "the total grew by exactly 5.5");
        // and the points appear for her, on her list of records
        try (var member = new Browser()) {
            member.logInAs(attendee).open("/member/krsd/records.xhtml");
            assertTrue(member.text().contains(title), member.text());
        }

        // the same list again, now as a CSV file with a header and names: already counted, nothing booked
        browser.setValue("form:date", today.toString());
        browser.find("form:csv")
                .sendKeys(file("presentie.csv", ("Naam;Registratienummer\n\"Lijst, Lieke\";"
                        + lid + "\nOnbekend;KRSD-999999999\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
        browser.submit("form:submit");
        assertEquals("0", browser.find("reportBooked").findElement(By.className("count")).getText());
        assertEquals("1", browser.find("reportAlreadyCounted").findElement(By.className("count")).getText());
        assertEquals("1", browser.find("reportUnknown").findElement(By.className("count")).getText());
        assertEquals(0, before.add(new BigDecimal("5.5")).compareTo(total(period)));

        // the same through the API with a personal token
        var token = token();
        var answer = post("/api/krsd/activities/" + activity + "/attendance", token,
                "{\"date\":\"" + today + "\",\"registrationNumbers\":[\" " + lid + "\",\"KRSD-999999998\"]}");
        assertEquals(200, answer.statusCode(), answer.body());
        var report = json(answer.body());
        assertEquals(0, report.getInt("booked"));
        assertEquals(lid, report.getJsonArray("alreadyCounted").getString(0));
        assertEquals("KRSD-999999998", report.getJsonArray("unknown").getString(0));
        var badDate = post("/api/krsd/activities/" + activity + "/attendance", token,
                "{\"date\":\"20-11-2026\",\"registrationNumbers\":[\"" + lid + "\"]}");
        assertEquals(400, badDate.statusCode());
        assertTrue(json(badDate.body()).getString("detail").contains("jjjj-mm-dd"), badDate.body());
        var none = post("/api/krsd/activities/" + activity + "/attendance", token,
                "{\"date\":\"" + today + "\",\"registrationNumbers\":[]}");
        assertEquals(400, none.statusCode());

        // another provider's activity does not exist for this one; through the API it is forbidden
        long others = othersActivity();
        browser.open("/provider/attendance.xhtml?activity=" + others);
        assertEquals(NOT_FOUND, browser.heading());
        browser.open("/provider/request.xhtml?id=" + others);
        assertEquals(NOT_FOUND, browser.heading());
        assertFalse(browser.text().contains("Andermans training"));
        assertEquals(403, post("/api/krsd/activities/" + others + "/attendance", token,
                "{\"date\":\"" + today + "\",\"registrationNumbers\":[\"" + lid + "\"]}").statusCode());
        assertEquals(404, HttpSession.of(browser)
                .get("/files/accreditation/" + othersDocument(others, AUDITOR.email())).statusCode());
    }

    private void uploadList(LocalDate date, String numbers) {
        browser.setValue("form:date", date.toString());
        browser.type("form:numbers", numbers).submit("form:submit");
    }

    private String token() {
        browser.open("/account/profile.xhtml");
        browser.type("tokens:tokenName", "Presentielijsten " + tag).submit("tokens:create");
        return browser.driver().findElement(By.id("newToken")).getText().strip();
    }

    private HttpResponse<String> post(String path, String token, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(browser.baseUrl() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept-Language", "nl").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static BigDecimal total(long period) {
        return Db.decimal("SELECT COALESCE(SUM(points), 0) FROM register_period_total WHERE period_id = "
                + period + " AND category = 'A1'");
    }

    /** An accredited activity of another provider, with one document. */
    private long othersActivity() {
        long account = Db.insert(
                "INSERT INTO account (email, display_name, password_hash, preferred_language, status, "
                        + "created_at, verified_at) VALUES ('andere-" + tag
                        + "@example.nl', 'Andere aanbieder', 'x', 'nl', "
                        + "'ACTIVE', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))");
        return Db.insert(
                "INSERT INTO accredited_activity (scheme_id, accreditation_number, title, provider_name, "
                        + "provider_account_id, hours, category, points, valid_from, valid_to, status, requested_at, "
                        + "requested_by) SELECT id, 'T-" + tag + "', 'Andermans training " + tag
                        + "', 'Anders', " + account
                        + ", 3, 'A1', 3, CURRENT_DATE - INTERVAL 1 YEAR, CURRENT_DATE + INTERVAL 1 YEAR, 'ACCREDITED', "
                        + "UTC_TIMESTAMP(6), 'andere@example.nl' FROM register_scheme WHERE code = 'KRSD'");
    }
}
