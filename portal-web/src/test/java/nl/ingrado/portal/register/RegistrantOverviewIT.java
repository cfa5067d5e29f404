package nl.ingrado.portal.register;

import static nl.ingrado.portal.register.ExpectedStandings.addRegistrants;
import static nl.ingrado.portal.register.ExpectedStandings.expected;
import static nl.ingrado.portal.register.ExpectedStandings.numbers;
import static nl.ingrado.portal.register.ExpectedStandings.rayonId;
import static nl.ingrado.portal.register.RegistrantOverviewPage.check;
import static nl.ingrado.portal.register.RegistrantOverviewPage.shownRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Set;
import java.util.UUID;
import nl.ingrado.portal.register.ExpectedStandings.Standing;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.HttpSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The auditor's overview of the register: the rows and counts per standing against an independent
 * calculation from the point records in the database, every filter and its bad values, and the same
 * few SQL statements per page whatever the rows shown.
 */
class RegistrantOverviewIT extends BrowserTest {

    private static final User AUDITOR = BrowserFixtures.auditor("Astrid Auditor");

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final String tag = "ov" + UUID.randomUUID().toString().substring(0, 6);

    @Test
    void theOverviewShowsEveryRegistrantWithTheStandingTheRulesGive() throws Exception {
        var all = expected();
        assertTrue(all.size() >= 15, "the demo registrants: " + all.size());
        browser.logInAs(AUDITOR).open("/auditor/registrants.xhtml");
        assertEquals("Overzicht geregistreerden", browser.heading());
        var shown = shownRows(browser);
        assertEquals(numbers(all, r -> true), shown.keySet(), "the registrants in the register");
        all.forEach(r -> assertEquals(r.standing(), shown.get(r.number()), "standing of " + r.number()));
        var counts = new EnumMap<Standing, Long>(Standing.class);
        all.forEach(r -> counts.merge(r.standing(), 1L, Long::sum));
        for (var s : Standing.values()) {
            assertEquals(counts.getOrDefault(s, 0L),
                    Long.valueOf(
                            browser.driver().findElement(By.cssSelector(".count[data-standing='" + s + "']"))
                                    .getText()),
                    "count of " + s);
        }
        // Lotte (lid@) is in the demo with 12 + 6 + 20 approved points and some from an attended training;
        // other test classes add registrants, so she may be on another page: look her up
        browser.open("/auditor/registrants.xhtml?q=Leerplicht");
        assertTrue(browser.text().contains("de Leerplicht, Lotte"));
        assertTrue(browser.driver().findElement(By.linkText("de Leerplicht, Lotte")).getAttribute("href")
                .contains("/auditor/registrant.xhtml?id="));

        // the form is a GET form: choosing a standing puts it in the address
        browser.open("/auditor/registrants.xhtml");
        new Select(browser.find("standing")).selectByValue("AT_RISK");
        browser.submit("filter");
        assertTrue(browser.driver().getCurrentUrl().contains("standing=AT_RISK"),
                browser.driver().getCurrentUrl());
        assertEquals(numbers(all, r -> r.standing() == Standing.AT_RISK), shownRows(browser).keySet());
        assertEquals("AT_RISK",
                new Select(browser.find("standing")).getFirstSelectedOption().getAttribute("value"));
    }

    @Test
    void everyFilterGivesExactlyTheRowsTheRulesSay() throws Exception {
        addRegistrants(tag, 10, "GM0363", "GM0599", "", "GM0344");
        var all = expected();
        var today = LocalDate.now(AMSTERDAM);
        browser.logInAs(AUDITOR);
        for (var s : Standing.values()) {
            check(browser, "standing=" + s, numbers(all, r -> r.standing() == s));
        }
        for (int months : new int[]{1, 6, 12, 30}) {
            var until = today.plusMonths(months);
            check(browser, "months=" + months,
                    numbers(all, r -> !r.endsOn().isBefore(today) && !r.endsOn().isAfter(until)));
        }
        check(browser, "job=DOORSTROOMCOACH", numbers(all, r -> r.job().equals("DOORSTROOMCOACH")));
        check(browser, "job=LEERPLICHTAMBTENAAR", numbers(all, r -> r.job().equals("LEERPLICHTAMBTENAAR")));
        long noordHolland = rayonId("noord-holland");
        var inNoordHolland = numbers(all, r -> Long.valueOf(noordHolland).equals(r.rayonId()));
        assertTrue(inNoordHolland.size() >= 4, "Lotte and three of this test work in Amsterdam");
        check(browser, "rayon=" + noordHolland, inNoordHolland);
        check(browser, "job=MANAGER&q=" + tag,
                numbers(all, r -> r.job().equals("MANAGER") && r.lastName().startsWith(tag)));
        long zuidHolland = rayonId("zuid-holland");
        check(browser, "rayon=" + zuidHolland + "&q=" + tag,
                numbers(all,
                        r -> Long.valueOf(zuidHolland).equals(r.rayonId()) && r.lastName().startsWith(tag)));
        long zuid = rayonId("zuid");
        check(browser, "rayon=" + zuid + "&job=LEERPLICHTAMBTENAAR",
                numbers(all, r -> Long.valueOf(zuid).equals(r.rayonId())
                        && r.job().equals("LEERPLICHTAMBTENAAR")));
        check(browser, "standing=ON_TRACK&months=60&job=LEERPLICHTAMBTENAAR",
                numbers(all, r -> r.standing() == Standing.ON_TRACK
                        && !r.endsOn().isBefore(today) && !r.endsOn().isAfter(today.plusMonths(60))
                        && r.job().equals("LEERPLICHTAMBTENAAR")));
        var lotte = all.stream().filter(r -> r.lastName().equals("de Leerplicht")).findFirst().orElseThrow();
        check(browser, "q=" + URLEncoder.encode("Lotte de Leer", StandardCharsets.UTF_8),
                Set.of(lotte.number()));
        check(browser, "q=" + lotte.number().toLowerCase(), Set.of(lotte.number()));

        // bad values: a message on the field, the typed value kept, nothing shown as if it were filtered
        browser.open("/auditor/registrants.xhtml?months=abc&q=x");
        assertTrue(browser.find("months-error").getText().contains("maanden"),
                browser.find("months-error").getText());
        assertEquals("true", browser.find("months").getAttribute("aria-invalid"));
        assertEquals("x", browser.find("q").getAttribute("value"));
        assertTrue(browser.driver().findElements(By.id("registrants")).isEmpty());
        browser.open("/auditor/registrants.xhtml?standing=GREAT");
        assertFalse(browser.find("standing-error").getText().isBlank());
    }

    @Test
    void theOverviewPageTakesTheSameFewStatementsWhateverTheRowsShown() throws Exception {
        addRegistrants(tag, 30);
        var auditor = HttpSession.loggedIn(AUDITOR);
        var many = "/auditor/registrants.xhtml?q=" + tag;
        var one = "/auditor/registrants.xhtml?q=" + tag + "solo";
        assertEquals(25, rows(auditor.download(many)), "a full page");
        assertEquals(1, rows(auditor.download(one)));
        int statementsForMany = statements(auditor, many);
        int statementsForOne = statements(auditor, one);
        int statementsForAll = statements(auditor, "/auditor/registrants.xhtml?status=ALL&sort=name");
        assertEquals(statementsForOne, statementsForMany, "statements for 1 and for 25 rows");
        assertEquals(statementsForOne, statementsForAll, "statements for the whole register");
        assertTrue(statementsForMany > 0 && statementsForMany <= 15,
                "statements per page: " + statementsForMany);
        System.out.println("statements per overview page: " + statementsForMany);
    }

    private static int rows(HttpResponse<byte[]> page) {
        assertEquals(200, page.statusCode());
        var html = new String(page.body(), StandardCharsets.UTF_8);
        return html.split("<tr data-id=", -1).length - 1;
    }

    /**
     * The data statements (SELECT, INSERT, UPDATE, DELETE) the database received while the portal served
     * one request for the page, from MariaDB's own counters; the least of three tries, so that a timer of
     * the portal firing meanwhile does not count.
     */
    private static int statements(HttpSession session, String path) throws Exception {
        int least = Integer.MAX_VALUE;
        // one connection for all readings: opening one sends statements of its own
        try (var db = Db.connect()) {
            for (int i = 0; i < 3; i++) {
                long before = dataStatements(db);
                assertEquals(200, session.get(path).statusCode());
                least = (int) Math.min(least, dataStatements(db) - before);
            }
        }
        return least;
    }

    private static long dataStatements(Connection db) throws SQLException {
        try (var s = db.createStatement();
                var rs = s.executeQuery("SHOW GLOBAL STATUS WHERE "
                        + "Variable_name IN ('Com_select', 'Com_insert', 'Com_update', 'Com_delete', 'Com_replace', "
                        + "'Com_insert_select')")) {
            long sum = 0;
            while (rs.next()) {
                sum += rs.getLong(2);
            }
            return sum;
        }
    }
}
