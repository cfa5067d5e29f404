package nl.ingrado.portal.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.HexFormat;
import nl.ingrado.portal.testing.Browser;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.HttpSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * KRSD as the public meets it: a portfolio Lotte (lid@, the demo registrant) shares, readable without
 * login until she withdraws it, and the public register and its API with only the allowed fields. They
 * add a share and a register consent but change no record that another test reads.
 */
class KrsdPublicIT extends BrowserTest {

    private static final String LOTTE = Browser.MEMBER;

    @Test
    void aSharedPortfolioWorksWithoutLoginUntilItIsWithdrawn() throws Exception {
        browser.logIn(LOTTE, Browser.DEMO_PASSWORD).open("/member/krsd/shares.xhtml");
        assertEquals("Portfolio delen", browser.heading());
        browser.assertAccessible();
        var label = "nieuwe werkgever " + BrowserFixtures.tag();
        browser.type("form:label", label).type("form:days", "91").submit("form:create");
        assertTrue(browser.text().contains("Kies een geldigheid van 1 tot en met 90 dagen."), browser.text());
        assertEquals(label, browser.find("form:label").getAttribute("value"));
        assertEquals(0, Db.number("SELECT COUNT(*) FROM portfolio_share WHERE label = '" + label + "'"));
        browser.type("form:days", "14").submit("form:create");
        var link = browser.find("newLink").getAttribute("value");
        assertTrue(link.startsWith(browser.baseUrl() + "/krsd/portfolio.xhtml?token="), link);
        var token = link.substring(link.indexOf("token=") + 6);
        assertEquals(1,
                Db.number("SELECT COUNT(*) FROM portfolio_share WHERE label = '" + label
                        + "' AND token_hash = '"
                        + sha256(token) + "' AND expires_at > UTC_TIMESTAMP() + INTERVAL 13 DAY"
                        + " AND expires_at < UTC_TIMESTAMP() + INTERVAL 15 DAY"),
                "only the hash is stored");
        assertEquals(0, Db.number("SELECT COUNT(*) FROM portfolio_share WHERE token_hash = '" + token + "'"));
        browser.assertAccessible();

        // anyone with the link, no login
        var shared = HttpSession.anonymous().download(link.substring(browser.baseUrl().length()));
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
        long share = Db.number("SELECT id FROM portfolio_share WHERE label = '" + label + "'");
        browser.clickAndWait(browser.driver()
                .findElement(
                        By.cssSelector("#share-" + share + " input[aria-label='Intrekken: " + label + "']")));
        assertTrue(browser.text().contains("De link is ingetrokken."), browser.text());
        assertTrue(browser.find("share-" + share).getText().contains("Ingetrokken"));
        var gone = HttpSession.anonymous().download(link.substring(browser.baseUrl().length()));
        assertEquals(404, gone.statusCode());
        var goneText = new String(gone.body(), StandardCharsets.UTF_8);
        assertTrue(goneText.contains("verlopen of ingetrokken"), goneText);
        assertFalse(goneText.contains("Lotte"));
        assertEquals(1, Db.number("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'portfolio_share' "
                + "AND entity_id = " + share + " AND action = 'REVOKED'"));
        browser.driver().get(link);
        assertEquals("Link niet geldig", browser.heading());
        browser.assertAccessible();
        browser.driver().get(link + "&lang=en");
        assertEquals("Link not valid", browser.heading());
        browser.assertAccessible();
        browser.assertPage("/member/krsd/shares.xhtml?lang=en", "Share portfolio");
        browser.open("/member/krsd/shares.xhtml?lang=nl");
    }

    @Test
    void thePublicRegisterShowsOnlyTheAllowedFields() throws Exception {
        // a rayon contact in the register who shows nothing extra
        String[] other = row(
                "SELECT a.email, r.registration_number, r.first_name, r.last_name, r.employer, r.job "
                        + "FROM registrant r JOIN account a ON a.id = r.account_id WHERE r.status = 'ACTIVE' "
                        + "AND a.email LIKE '%@rayon-%' AND r.show_employer = FALSE AND r.show_job = FALSE ORDER BY r.id LIMIT 1");
        browser.assertPage("/krsd/index.xhtml", "Register raadplegen");
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
        browser.assertPage("/krsd/index.xhtml?q=Leerplicht&lang=en", "Search the register");
        browser.open("/krsd/index.xhtml?lang=nl");

        // the API gives the same fields
        var api = HttpSession.anonymous()
                .download("/api/krsd/register?q=" + URLEncoder.encode(other[1], StandardCharsets.UTF_8));
        assertEquals(200, api.statusCode());
        var json = new String(api.body(), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"number\":\"" + other[1] + "\"") && json.contains("\"status\":\"ACTIVE\""),
                json);
        assertFalse(json.contains(other[0]) || json.contains("email") || json.contains(other[4]), json);
        assertFalse(new String(HttpSession.anonymous().download("/api/krsd/register?q=rayon").body(),
                StandardCharsets.UTF_8)
                .contains("Rik"), "no applications");
        assertEquals(400, HttpSession.anonymous().download("/api/krsd/register?q=x").statusCode());

        // the rayon contact opts in to show the employer: in the register from then on, and in the audit trail
        browser.logIn(other[0], Browser.DEMO_PASSWORD).open("/member/krsd/index.xhtml");
        browser.find("form:showEmployer").click();
        browser.submit("form:save");
        assertTrue(browser.text().contains("Je keuze voor het openbare register is opgeslagen."),
                browser.text());
        assertEquals(1,
                Db.number("SELECT COUNT(*) FROM audit_entry e JOIN registrant r ON r.id = e.entity_id "
                        + "WHERE e.entity_type = 'registrant' AND e.action = 'PUBLIC_REGISTER' AND r.registration_number = '"
                        + other[1] + "'"));
        browser.logOut();
        browser.open("/krsd/index.xhtml?q=" + URLEncoder.encode(other[1], StandardCharsets.UTF_8));
        assertTrue(browser.find("resultTable").getText().contains(other[4]));
        assertFalse(browser.find("resultTable").getText().contains(other[0]));
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
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
}
