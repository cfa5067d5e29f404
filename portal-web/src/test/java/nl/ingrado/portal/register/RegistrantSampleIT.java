package nl.ingrado.portal.register;

import static nl.ingrado.portal.register.ExpectedStandings.numbers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.Fixtures;
import nl.ingrado.portal.testing.HttpSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Sample audits of the register: drawn reproducibly from a seed and a window, with findings recorded
 * and in the audit trail; and the auditor's overview and sample pages pass axe in Dutch and English.
 */
class RegistrantSampleIT extends BrowserTest {

    private static final User AUDITOR = BrowserFixtures.auditor("Astrid Auditor");

    @Test
    void aSampleWithTheSameSeedAndWindowDrawsTheSameRegistrantsAndFindingsAreRecorded() throws Exception {
        var tag = BrowserFixtures.tag();
        var today = Fixtures.today();
        var from = today;
        var to = today.plusYears(3);
        long seed = 20260315L + new Random().nextInt(1000);
        browser.logInAs(AUDITOR).open("/auditor/samples.xhtml");
        // bad input first: messages on the fields, the typed values kept
        draw("0", from.toString(), to.toString(), "abc");
        assertTrue(browser.path().endsWith("/auditor/samples.xhtml"));
        assertTrue(browser.text().contains("Vul een percentage in"), browser.text());
        assertEquals("0", browser.find("form:percentage").getAttribute("value"));
        draw("40", to.toString(), from.toString(), "");
        assertTrue(browser.text().contains("vóór de begindatum"));

        draw("40", from.toString(), to.toString(), String.valueOf(seed));
        assertTrue(browser.path().endsWith("/auditor/sample.xhtml"), browser.path());
        var first = members();
        long firstId = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
        browser.open("/auditor/samples.xhtml");
        draw("40", from.toString(), to.toString(), String.valueOf(seed));
        var second = members();
        assertEquals(first, second, "the same seed and window draw the same registrants");

        // and exactly the ones the rule says: the population in id order, shuffled by Random(seed)
        var population = population(from, to);
        var shuffled = new ArrayList<>(population);
        Collections.shuffle(shuffled, new Random(seed));
        int size = Math.max(1, (int) Math.ceil(population.size() * 40 / 100.0));
        assertEquals(new TreeSet<>(shuffled.subList(0, size)), first);
        try (var db = Db.connect();
                var s = db.prepareStatement("SELECT seed, population, window_from, window_to "
                        + "FROM sample_audit WHERE id = ?")) {
            s.setLong(1, firstId);
            try (var rs = s.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(seed, rs.getLong(1));
                assertEquals(population.size(), rs.getInt(2));
                assertEquals(from, rs.getObject(3, LocalDate.class));
                assertEquals(to, rs.getObject(4, LocalDate.class));
            }
        }
        // without a seed, one is drawn and stored
        browser.open("/auditor/samples.xhtml");
        draw("1", from.toString(), to.toString(), "");
        assertEquals(1, members().size(), "at least one when the population is not empty");
        assertFalse(browser.find("seed").getText().isBlank());

        // a finding: DEFICIENT needs a text; then it is recorded and in the audit trail
        browser.open("/auditor/sample.xhtml?id=" + firstId);
        long registrant = first.first();
        browser.submit("record-" + registrant);
        new Select(browser.find("form:outcome")).selectByValue("DEFICIENT");
        browser.submit("form:save");
        assertTrue(browser.text().contains("Beschrijf de tekortkoming"), browser.text());
        assertEquals("DEFICIENT", new Select(browser.find("form:outcome")).getFirstSelectedOption()
                .getAttribute("value"));
        var finding = "Bewijs van deelname ontbreekt bij twee activiteiten " + tag;
        browser.type("form:finding", finding).submit("form:save");
        assertTrue(browser.text().contains(finding));
        assertEquals("DEFICIENT",
                browser.driver().findElement(By.cssSelector("tr[data-id='" + registrant + "']"))
                        .getAttribute("data-outcome"));
        try (var db = Db.connect();
                var s = db.prepareStatement("SELECT COUNT(*) FROM audit_entry "
                        + "WHERE entity_type = 'sample_audit' AND entity_id = ? AND action = 'FINDING' AND changes LIKE ?")) {
            s.setLong(1, firstId);
            s.setString(2, "%" + tag + "%");
            try (var rs = s.executeQuery()) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        }
        // a registrant who is not in the sample: not found
        assertEquals(404,
                HttpSession.loggedIn(AUDITOR)
                        .download("/auditor/sample.xhtml?id=" + firstId + "&registrant=999999999")
                        .statusCode());
    }

    @ParameterizedTest(name = "language {0}")
    @ValueSource(strings = {"nl", "en"})
    void thePagesAreAccessible(String language) throws Exception {
        browser.logInAs(AUDITOR)
                .open("/auditor/registrants.xhtml?lang=" + language);
        assertEquals(language, browser.pageLanguage());
        browser.assertAccessible();
        browser.open("/auditor/registrants.xhtml?standing=AT_RISK&months=24&job=LEERPLICHTAMBTENAAR");
        browser.assertAccessible();
        browser.open("/auditor/registrants.xhtml?months=999&rayon=x");
        browser.assertAccessible();
        browser.open("/auditor/samples.xhtml");
        browser.assertAccessible();
        draw("", "", "", "x");
        browser.assertAccessible();
        var today = Fixtures.today();
        draw("50", today.toString(), today.plusYears(5).toString(), "7");
        assertTrue(browser.path().endsWith("/auditor/sample.xhtml"));
        browser.assertAccessible();
        browser.submit("record-" + members().first());
        browser.assertAccessible();
        new Select(browser.find("form:outcome")).selectByValue("DEFICIENT");
        browser.submit("form:save");
        browser.assertAccessible();
        browser.open("/auditor/samples.xhtml");
        browser.assertAccessible();
    }

    private void draw(String percentage, String from, String to, String seed) {
        browser.type("form:percentage", percentage);
        setDate("form:windowFrom", from);
        setDate("form:windowTo", to);
        browser.type("form:seed", seed);
        browser.submit("form:draw");
    }

    /** Date inputs take their value from a script; typing depends on the browser's date format. */
    private void setDate(String id, String value) {
        browser.setValue(id, value);
    }

    private TreeSet<Long> members() {
        var ids = new TreeSet<Long>();
        for (var tr : browser.driver().findElements(By.cssSelector("#members tbody tr"))) {
            ids.add(Long.valueOf(tr.getAttribute("data-id")));
        }
        return ids;
    }

    private static List<Long> population(LocalDate from, LocalDate to) {
        return Db.numbers("SELECT r.id FROM registrant r JOIN register_period p ON p.registrant_id = r.id "
                + "AND p.seq = (SELECT MAX(seq) FROM register_period WHERE registrant_id = r.id) "
                + "WHERE r.status IN ('ACTIVE', 'SUSPENDED', 'EXPIRED') AND p.ends_on BETWEEN ? AND ? "
                + "AND r.scheme_id = (SELECT id FROM register_scheme WHERE code = 'KRSD') ORDER BY r.id",
                from, to);
    }
}
