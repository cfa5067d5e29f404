package nl.ingrado.portal.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import java.util.zip.ZipFile;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.HttpSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The staff administration as staff use it in the browser: the lists with filters, sorting and
 * export, editing a professional with the history shown, mergers, and the CSV import with its
 * report. Every page passes axe-core in Dutch and English, also while showing errors.
 */
class StaffPagesIT extends BrowserTest {

    private static final User STAFF = BrowserFixtures.staff("Sem Staf");
    /** Someone already in the administration, whose address nobody else may take. */
    private static final User MEMBER = BrowserFixtures.member("Bea Bestaand");

    @ParameterizedTest(name = "language {0}")
    @ValueSource(strings = {"nl", "en"})
    void everyStaffPageIsAccessible(String language) throws Exception {
        var tag = tag();
        browser.logInAs(STAFF).open("/staff/index.xhtml?lang=" + language);
        browser.assertAccessible();
        browser.open("/staff/persons.xhtml");
        browser.assertAccessible();
        browser.open("/staff/persons.xhtml?rayon=4&job=DOORSTROOMCOACH&premium=true");
        browser.assertAccessible();
        browser.open("/staff/person.xhtml?id=" + MEMBER.personId());
        browser.assertAccessible();
        browser.type("form:email", "geen-adres").submit("form:save");
        assertTrue(browser.find("form:email").getAttribute("class").contains("ui-state-error"));
        browser.assertAccessible();
        browser.open("/staff/organisations.xhtml?kind=MUNICIPALITY");
        browser.assertAccessible();
        browser.open("/staff/organisation.xhtml?id=" + partner(tag));
        browser.assertAccessible();
        browser.type("form:postalCode", "99").submit("form:save");
        browser.assertAccessible();
        browser.open("/staff/import.xhtml");
        browser.assertAccessible();
        upload("voornaam;achternaam;email\n;Zonder;" + tag + "@example.nl\n");
        assertTrue(browser.find("problemTable").isDisplayed());
        browser.assertAccessible();
    }

    @Test
    void staffFilterSortAndExportTheListOfProfessionals() throws Exception {
        var tag = tag();
        importFile("voornaam;achternaam;email;organisatie;functie;sinds\n"
                + "Anna;" + tag + "-a;" + tag + "a@example.nl;GM0363;LEERPLICHTAMBTENAAR;2021-01-01\n"
                + "Bert;" + tag + "-b;" + tag + "b@example.nl;GM0599;DOORSTROOMCOACH;2021-01-01\n"
                + "Cees;" + tag + "-c;" + tag + "c@example.nl;;;\n");

        browser.open("/staff/persons.xhtml");
        browser.type("form:q", tag);
        new Select(browser.find("form:job")).selectByValue("DOORSTROOMCOACH");
        browser.submit("form:search");
        assertTrue(browser.driver().getCurrentUrl().contains("job=DOORSTROOMCOACH"),
                "the filter is in the URL");
        assertEquals(1, rows().size());
        assertTrue(rows().get(0).contains("Bert") && rows().get(0).contains("Rotterdam"), rows().toString());

        browser.open("/staff/persons.xhtml?q=" + tag);
        assertEquals(3, rows().size());
        assertTrue(rows().get(0).contains(tag + "-a"), rows().toString());
        var nameHeader = browser.driver()
                .findElement(By.cssSelector("#list\\:persons th.ui-sortable-column"));
        nameHeader.click();
        waitForAjax();
        waitUntilFirstRowContains(tag + "-a");
        browser.driver().findElement(By.cssSelector("#list\\:persons th.ui-sortable-column")).click();
        waitForAjax();
        waitUntilFirstRowContains(tag + "-c");

        var staff = HttpSession.loggedIn(STAFF);
        browser.open("/staff/persons.xhtml?q=" + tag + "&premium=true");
        assertEquals(2, rows().size(), "Amsterdam and Rotterdam are members: premium");
        var csv = staff.download(browser.find("exportCsv").getAttribute("href"));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        var text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFVoornaam;Achternaam;E-mailadres"), text);
        assertTrue(
                text.contains(
                        "Anna;" + tag + "-a;" + tag + "a@example.nl;Actief;Amsterdam;Leerplichtambtenaar"),
                text);
        assertTrue(text.contains(tag + "b@example.nl") && !text.contains(tag + "c@example.nl"),
                "the export holds exactly the filtered list: " + text);

        var excel = staff.download(browser.find("exportExcel").getAttribute("href"));
        assertEquals(200, excel.statusCode());
        var sheet = unzipText(excel.body());
        assertTrue(sheet.contains(tag + "a@example.nl") && sheet.contains(tag + "b@example.nl")
                && !sheet.contains(tag + "c@example.nl"), sheet);
    }

    @Test
    void staffCorrectAProfessionalAndSeeWhoChangedWhat() throws Exception {
        var tag = tag();
        importFile("voornaam;achternaam;email;organisatie;functie;sinds\n"
                + "Dirk;Oud;" + tag + "@example.nl;GM0014;MANAGER;2020-03-01\n");
        browser.open("/staff/persons.xhtml?q=" + tag);
        browser.clickAndWait(browser.driver().findElement(By.linkText("Oud, Dirk")));
        assertTrue(browser.heading().contains("Dirk Oud"));

        browser.type("form:lastName", "").type("form:email", "niet goed").submit("form:save");
        assertTrue(browser.text().contains("Vul dit veld in.")
                || browser.text().contains("Vul de achternaam in."), browser.text());
        browser.type("form:lastName", "Nieuw").type("form:email", MEMBER.email()).submit("form:save");
        assertTrue(browser.text().contains("Er is al een professional met dit e-mailadres."), browser.text());
        assertEquals("Nieuw", browser.find("form:lastName").getAttribute("value"), "what was typed stays");

        browser.type("form:email", tag + "@example.nl").type("form:phone", "06 11112222").submit("form:save");
        assertTrue(browser.text().contains("De gegevens zijn opgeslagen."), browser.text());
        var history = browser.find("historyTable").getText();
        assertTrue(history.contains("Gegevens gewijzigd") && history.contains(STAFF.email())
                && history.contains("lastName: Oud → Nieuw") && history.contains("→ 06 11112222"), history);
        assertTrue(history.contains("Geïmporteerd"), history);
        browser.clickAndWait(
                browser.driver().findElement(By.cssSelector("#workTable tbody tr input[type=submit]")));
        assertTrue(browser.text().contains("De werkplek is beëindigd."), browser.text());
        assertTrue(browser.find("historyTable").getText().contains("Werkplek beëindigd"));

        browser.open("/staff/persons.xhtml?q=" + tag + "&lang=en");
        browser.clickAndWait(browser.driver().findElement(By.linkText("Nieuw, Dirk")));
        browser.clickConfirmed(browser.find("status:deactivate"), "The professional has been deactivated.");
        assertEquals("Deactivated", browser.find("personStatus").getText());
        assertTrue(browser.find("historyTable").getText().contains("Data changed"));
    }

    @Test
    void staffMergeTwoOrganisationsAndTheMergedOneStaysAsHistory() throws Exception {
        var tag = tag();
        long source = partner(tag + " Oud");
        partner(tag + " Nieuw");
        importFile("voornaam;achternaam;email;organisatie;functie;sinds\n"
                + "Eva;" + tag + ";" + tag + "@example.nl;" + tag + " Oud;BELEIDSMEDEWERKER;2022-01-01\n");

        browser.open("/staff/organisation.xhtml?id=" + source);
        browser.type("form:domains", tag + ".nl").type("form:postalCode", "3511ab").submit("form:save");
        assertTrue(browser.text().contains("De gegevens van de organisatie zijn opgeslagen."),
                browser.text());
        assertEquals("3511 AB", browser.find("form:postalCode").getAttribute("value"));

        browser.clickConfirmedAndWait(browser.find("merge:mergeButton"));
        assertTrue(browser.text().contains("Vul dit veld in.")
                || browser.text().contains("Kies de organisatie waarin deze opgaat."), browser.text());
        new Select(browser.find("merge:target")).selectByVisibleText(tag + " Nieuw");
        browser.clickConfirmedAndWait(browser.find("merge:mergeButton"));
        assertTrue(browser.text().contains("De fusie is vastgelegd; 1 werkplek is overgegaan."),
                browser.text());
        assertTrue(browser.path().endsWith("/staff/organisation.xhtml"));
        assertTrue(browser.find("mergedFrom").getText().contains(tag + " Oud"));
        assertTrue(browser.find("form:domains").getAttribute("value").contains(tag + ".nl"),
                "domains moved over");
        assertTrue(browser.find("historyTable").getText().contains("Organisatie opgenomen (fusie)"));

        browser.open("/staff/organisation.xhtml?id=" + source);
        assertTrue(browser.find("organisationStatus").getText().contains("Gefuseerd")
                && browser.find("organisationStatus").getText().contains(tag + " Nieuw"));
        assertTrue(browser.driver().findElements(By.id("form")).isEmpty(),
                "a merged organisation is read-only");
        browser.open("/staff/organisations.xhtml?q=" + tag + "&status=MERGED");
        assertEquals(1, rows("organisations").size());

        browser.open("/staff/persons.xhtml?q=" + tag);
        assertTrue(rows().get(0).contains(tag + " Nieuw"), "the employment moved: " + rows());
    }

    @Test
    void aCsvImportShowsEveryProblemAndStoresNothingUntilTheWholeFileIsRight() throws Exception {
        var tag = tag();
        browser.logInAs(STAFF).open("/staff/import.xhtml");
        upload("voornaam;achternaam;email;organisatie;functie;sinds\n"
                + "Goed;Eerst;" + tag + "1@example.nl;GM0363;LEERPLICHTAMBTENAAR;2022-01-01\n"
                + "Fout;Adres;geen-adres;;;\n"
                + "Dubbel;Twee;" + tag + "1@example.nl;;;\n"
                + "Bestaat;Al;" + MEMBER.email() + ";;;\n"
                + "Onbekend;Org;" + tag + "5@example.nl;Atlantis;MANAGER;2022-01-01\n");
        var problems = browser.find("problemTable").getText();
        assertTrue(problems.contains("Vul een geldig e-mailadres in"), problems);
        assertTrue(problems.contains("staat ook al op regel 2"), problems);
        assertTrue(problems.contains("Er is al een professional met e-mailadres " + MEMBER.email()),
                problems);
        assertTrue(problems.contains("Onbekende organisatie 'Atlantis'"), problems);
        assertTrue(browser.find("summary").getText().contains("Er is niets opgeslagen"));
        assertTrue(browser.driver().findElements(By.id("confirm:importAll")).isEmpty(), "no import button");
        assertEquals(0, countPersons(tag), "nothing stored");

        upload("voornaam;achternaam;email;organisatie;functie;sinds\n"
                + "Goed;Eerst;" + tag + "1@example.nl;GM0363;LEERPLICHTAMBTENAAR;2022-01-01\n"
                + "Ook;Goed;" + tag + "2@example.nl;;;\n");
        assertTrue(browser.find("summary").getText().contains("Alle 2 regels zijn in orde"));
        assertEquals(0, countPersons(tag), "a preview stores nothing");
        browser.submit("confirm:importAll");
        assertTrue(browser.text().contains("2 professionals zijn geïmporteerd."), browser.text());
        assertEquals(2, countPersons(tag));

        browser.open("/staff/import.xhtml");
        upload("voornaam;achternaam;email\nNog;Eens;" + tag.toUpperCase() + "2@EXAMPLE.NL\n");
        assertTrue(browser.find("problemTable").getText()
                .contains("Er is al een professional met e-mailadres " + tag
                        + "2@example.nl"),
                "duplicates by email, whatever the case");
        assertEquals(2, countPersons(tag));
    }

    private void importFile(String csv) throws IOException {
        browser.logInAs(STAFF).open("/staff/import.xhtml");
        upload(csv);
        browser.submit("confirm:importAll");
        assertTrue(browser.text().contains("zijn geïmporteerd"), browser.text());
    }

    private void upload(String csv) throws IOException {
        var file = Files.createTempFile("import", ".csv");
        Files.writeString(file, csv);
        browser.find("form:file").sendKeys(file.toAbsolutePath().toString());
        browser.submit("form:preview");
    }

    private java.util.List<String> rows() {
        return rows("persons");
    }

    private java.util.List<String> rows(String table) {
        return browser.driver().findElements(By.cssSelector("#list\\:" + table + " tbody tr")).stream()
                .map(r -> r.getText()).filter(t -> !t.isBlank()).toList();
    }

    /** Waits until PrimeFaces has no ajax request left in its queue (a sort click is one). */
    private void waitForAjax() {
        browser.waitUntil(d -> Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return window.PrimeFaces === undefined || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    private void waitUntilFirstRowContains(String text) {
        browser.waitUntil(d -> {
            try {
                var rows = rows();
                return !rows.isEmpty() && rows.get(0).contains(text);
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
    }

    private static String unzipText(byte[] xlsx) throws IOException {
        var file = Files.createTempFile("export", ".xlsx");
        Files.write(file, xlsx);
        var text = new StringBuilder();
        try (var zip = new ZipFile(file.toFile())) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().endsWith(".xml")) {
                    try (var in = zip.getInputStream(entry)) {
                        text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        assertFalse(text.isEmpty(), "an xlsx is a zip of XML parts");
        return text.toString();
    }

    private static long partner(String name) {
        return Db.insert("INSERT INTO organisation (kind, name, status, created_at) VALUES ('PARTNER', ?, "
                + "'ACTIVE', UTC_TIMESTAMP(6))", name);
    }

    private static long countPersons(String tag) {
        return Db.number("SELECT COUNT(*) FROM person WHERE email LIKE ?", tag + "%");
    }

    private static String tag() {
        return "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
