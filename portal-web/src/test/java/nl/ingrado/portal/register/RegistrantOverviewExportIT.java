package nl.ingrado.portal.register;

import static nl.ingrado.portal.register.ExpectedStandings.expected;
import static nl.ingrado.portal.register.ExpectedStandings.label;
import static nl.ingrado.portal.register.ExpectedStandings.numbers;
import static nl.ingrado.portal.register.RegistrantOverviewPage.shownRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.HttpSession;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The register leaving the auditor's overview: the CSV and Excel downloads hold the rows of the
 * filtered overview, and the read-only API gives them to auditors only.
 */
class RegistrantOverviewExportIT extends BrowserTest {

    private static final User AUDITOR = BrowserFixtures.auditor("Astrid Auditor");

    @Test
    void csvAndExcelHoldTheRowsOfTheFilteredOverview() throws Exception {
        var all = expected();
        browser.logInAs(AUDITOR)
                .open("/auditor/registrants.xhtml?job=LEERPLICHTAMBTENAAR");
        var expectedNumbers = numbers(all, r -> r.job().equals("LEERPLICHTAMBTENAAR"));
        assertEquals(expectedNumbers, shownRows(browser).keySet());
        var cookie = "JSESSIONID=" + browser.cookie("JSESSIONID");
        var csvLink = browser.find("exportCsv").getAttribute("href");
        var excelLink = browser.find("exportExcel").getAttribute("href");
        assertTrue(csvLink.contains("job=LEERPLICHTAMBTENAAR"), csvLink);

        var csv = get(csvLink, cookie);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        var lines = new String(csv.body(), StandardCharsets.UTF_8).replace("\uFEFF", "").split("\r\n");
        assertTrue(lines[0].startsWith("Registratienummer;Achternaam;Voornaam"), lines[0]);
        var csvNumbers = new TreeSet<String>();
        for (int i = 1; i < lines.length; i++) {
            csvNumbers.add(lines[i].split(";")[0]);
        }
        assertEquals(expectedNumbers, csvNumbers);
        var lotte = all.stream().filter(r -> r.lastName().equals("de Leerplicht")).findFirst().orElseThrow();
        var lotteLine = java.util.Arrays.stream(lines).filter(l -> l.startsWith(lotte.number() + ";"))
                .findFirst()
                .orElseThrow();
        assertTrue(lotteLine.contains(";" + label(lotte.standing()) + ";"), lotteLine);

        var xlsx = get(excelLink, cookie);
        assertEquals(200, xlsx.statusCode());
        var sheet = firstColumn(xlsx.body());
        assertEquals("Registratienummer", sheet.get(0));
        assertEquals(expectedNumbers, new TreeSet<>(sheet.subList(1, sheet.size())));

        // the whole register (all statuses), as the benchmark exports it
        var everything = firstColumn(
                get(browser.baseUrl() + "/auditor/export/registrants.xlsx?status=ALL", cookie)
                        .body());
        assertTrue(everything.size() - 1 >= all.size());
        // a member cannot download it (web.xml: auditors only)
        var member = HttpSession.loggedIn(BrowserFixtures.member("Otto Overzicht"));
        assertEquals(403, member.download("/auditor/export/registrants.csv").statusCode());
    }

    @Test
    void theApiIsReadOnlyForAuditorsOnly() throws Exception {
        var all = expected();
        var auditor = HttpSession.loggedIn(AUDITOR);
        var answer = auditor.download("/api/krsd/registrants?job=DOORSTROOMCOACH&size=500");
        assertEquals(200, answer.statusCode());
        var body = new String(answer.body(), StandardCharsets.UTF_8);
        var expectedNumbers = numbers(all, r -> r.job().equals("DOORSTROOMCOACH"));
        assertTrue(body.contains("\"total\":" + expectedNumbers.size()), body);
        var found = new TreeSet<String>();
        var number = Pattern.compile("\"number\":\"([^\"]+)\"").matcher(body);
        while (number.find()) {
            found.add(number.group(1));
        }
        assertEquals(expectedNumbers, found);
        var bad = auditor.download("/api/krsd/registrants?months=0");
        assertEquals(400, bad.statusCode());
        assertTrue(new String(bad.body(), StandardCharsets.UTF_8).contains("\"field\":\"months\""));

        assertEquals(403,
                HttpSession.loggedIn(BrowserFixtures.member("Otto Overzicht")).get("/api/krsd/registrants")
                        .statusCode(),
                "a member");
        var staff = HttpSession.loggedIn(BrowserFixtures.staff("Stien Staf"));
        assertEquals(403, staff.get("/api/krsd/registrants").statusCode(), "staff");
        assertEquals(403, staff.get("/auditor/registrants.xhtml").statusCode(),
                "staff on the page");
        assertEquals(401, HttpSession.anonymous().get("/api/krsd/registrants").statusCode(), "anonymous");
    }

    // ---- downloads

    private static HttpResponse<byte[]> get(String url, String cookie)
            throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie)
                        .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The first column of the first sheet of a workbook, read from its XML (inline or shared strings). */
    private static List<String> firstColumn(byte[] xlsx) throws Exception {
        // opczip streams its entries (sizes after the data), which ZipInputStream cannot read: use ZipFile
        Map<String, byte[]> parts = new HashMap<>();
        var file = java.nio.file.Files.createTempFile("registrants", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                for (var entries = zip.entries(); entries.hasMoreElements();) {
                    var entry = entries.nextElement();
                    try (var in = zip.getInputStream(entry)) {
                        parts.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        var builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        var shared = new ArrayList<String>();
        if (parts.containsKey("xl/sharedStrings.xml")) {
            var si = builder.parse(new ByteArrayInputStream(parts.get("xl/sharedStrings.xml")))
                    .getElementsByTagName("si");
            for (int i = 0; i < si.getLength(); i++) {
                shared.add(si.item(i).getTextContent());
            }
        }
        var rows = builder.parse(new ByteArrayInputStream(parts.get("xl/worksheets/sheet1.xml")))
                .getElementsByTagName("row");
        var column = new ArrayList<String>();
        for (int i = 0; i < rows.getLength(); i++) {
            var cell = (Element) ((Element) rows.item(i)).getElementsByTagName("c").item(0);
            var text = cell.getTextContent();
            column.add(
                    "s".equals(cell.getAttribute("t")) ? shared.get(Integer.parseInt(text.strip())) : text);
        }
        return column;
    }

}
