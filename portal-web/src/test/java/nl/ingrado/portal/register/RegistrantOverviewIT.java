package nl.ingrado.portal.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.ingrado.portal.testing.Browser;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.HttpSession;
import nl.ingrado.portal.testing.TestEnvironment;
import nl.ingrado.portal.testing.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.w3c.dom.Element;

/**
 * The auditor's overview of the register as auditors use it: the rows and counts per standing against
 * an independent calculation from the point records in the database, every filter, the CSV and Excel
 * downloads, the read-only API and who may call it, sample audits drawn reproducibly with findings
 * recorded, the SQL statements per page, and axe in Dutch and English.
 */
class RegistrantOverviewIT extends BrowserTest {

    private static final User AUDITOR = BrowserFixtures.auditor("Astrid Auditor");

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Pattern VIEW_STATE = Pattern
            .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    private final String tag = "ov" + UUID.randomUUID().toString().substring(0, 6);

    @Test
    void theOverviewShowsEveryRegistrantWithTheStandingTheRulesGive() throws Exception {
        var all = expected();
        assertTrue(all.size() >= 15, "the demo registrants: " + all.size());
        browser.logInAs(AUDITOR).open("/auditor/registrants.xhtml");
        assertEquals("Overzicht geregistreerden", browser.heading());
        var shown = shownRows();
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
        assertEquals(numbers(all, r -> r.standing() == Standing.AT_RISK), shownRows().keySet());
        assertEquals("AT_RISK",
                new Select(browser.find("standing")).getFirstSelectedOption().getAttribute("value"));
    }

    @Test
    void everyFilterGivesExactlyTheRowsTheRulesSay() throws Exception {
        addRegistrants(10, "GM0363", "GM0599", "", "GM0344");
        var all = expected();
        var today = LocalDate.now(AMSTERDAM);
        browser.logInAs(AUDITOR);
        for (var s : Standing.values()) {
            check("standing=" + s, numbers(all, r -> r.standing() == s));
        }
        for (int months : new int[]{1, 6, 12, 30}) {
            var until = today.plusMonths(months);
            check("months=" + months,
                    numbers(all, r -> !r.endsOn().isBefore(today) && !r.endsOn().isAfter(until)));
        }
        check("job=DOORSTROOMCOACH", numbers(all, r -> r.job().equals("DOORSTROOMCOACH")));
        check("job=LEERPLICHTAMBTENAAR", numbers(all, r -> r.job().equals("LEERPLICHTAMBTENAAR")));
        long noordHolland = rayonId("noord-holland");
        var inNoordHolland = numbers(all, r -> Long.valueOf(noordHolland).equals(r.rayonId()));
        assertTrue(inNoordHolland.size() >= 4, "Lotte and three of this test work in Amsterdam");
        check("rayon=" + noordHolland, inNoordHolland);
        check("job=MANAGER&q=" + tag,
                numbers(all, r -> r.job().equals("MANAGER") && r.lastName().startsWith(tag)));
        long zuidHolland = rayonId("zuid-holland");
        check("rayon=" + zuidHolland + "&q=" + tag,
                numbers(all,
                        r -> Long.valueOf(zuidHolland).equals(r.rayonId()) && r.lastName().startsWith(tag)));
        long zuid = rayonId("zuid");
        check("rayon=" + zuid + "&job=LEERPLICHTAMBTENAAR",
                numbers(all, r -> Long.valueOf(zuid).equals(r.rayonId())
                        && r.job().equals("LEERPLICHTAMBTENAAR")));
        check("standing=ON_TRACK&months=60&job=LEERPLICHTAMBTENAAR",
                numbers(all, r -> r.standing() == Standing.ON_TRACK
                        && !r.endsOn().isBefore(today) && !r.endsOn().isAfter(today.plusMonths(60))
                        && r.job().equals("LEERPLICHTAMBTENAAR")));
        var lotte = all.stream().filter(r -> r.lastName().equals("de Leerplicht")).findFirst().orElseThrow();
        check("q=" + URLEncoder.encode("Lotte de Leer", StandardCharsets.UTF_8), Set.of(lotte.number()));
        check("q=" + lotte.number().toLowerCase(), Set.of(lotte.number()));

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
    void csvAndExcelHoldTheRowsOfTheFilteredOverview() throws Exception {
        var all = expected();
        browser.logInAs(AUDITOR)
                .open("/auditor/registrants.xhtml?job=LEERPLICHTAMBTENAAR");
        var expectedNumbers = numbers(all, r -> r.job().equals("LEERPLICHTAMBTENAAR"));
        assertEquals(expectedNumbers, shownRows().keySet());
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

    @Test
    void aSampleWithTheSameSeedAndWindowDrawsTheSameRegistrantsAndFindingsAreRecorded() throws Exception {
        var today = LocalDate.now(AMSTERDAM);
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

    @Test
    void theOverviewPageTakesTheSameFewStatementsWhateverTheRowsShown() throws Exception {
        addRegistrants(30);
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
        var today = LocalDate.now(AMSTERDAM);
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

    // ---- the page under test

    private void check(String query, Set<String> expected) {
        browser.open("/auditor/registrants.xhtml?" + query);
        assertEquals(expected, shownRows().keySet(), query);
    }

    /** Registration number → standing of the rows shown, over all pages. */
    private Map<String, Standing> shownRows() {
        var rows = new HashMap<String, Standing>();
        while (true) {
            for (var tr : browser.driver().findElements(By.cssSelector("#registrants tbody tr"))) {
                var number = tr.findElement(By.tagName("td")).getText();
                assertFalse(rows.containsKey(number), "shown twice: " + number);
                rows.put(number, Standing.valueOf(tr.getAttribute("data-standing")));
            }
            var next = browser.driver().findElements(By.id("next"));
            if (next.isEmpty()) {
                return rows;
            }
            browser.clickAndWait(next.get(0));
        }
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

    private static String label(Standing standing) {
        return switch (standing) {
            case MET -> "Norm gehaald";
            case ON_TRACK -> "Op schema";
            case AT_RISK -> "Loopt achter";
            case NOT_MET -> "Norm niet gehaald";
        };
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

    // ---- the independent calculation: from the point records, not from the totals the overview reads

    enum Standing {
        MET, ON_TRACK, AT_RISK, NOT_MET
    }

    record Expected(long id, String number, String lastName, String job, Long rayonId, LocalDate endsOn,
            Standing standing) {
    }

    private static Set<String> numbers(List<Expected> rows, Predicate<Expected> filter) {
        return rows.stream().filter(filter).map(Expected::number)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every registrant in the register (active, suspended, expired) with the standing the KRSD rules give. */
    private static List<Expected> expected() throws SQLException {
        var today = LocalDate.now(AMSTERDAM);
        try (var db = Db.connect()) {
            record Category(String code, BigDecimal min, BigDecimal cap) {
            }
            var categories = new ArrayList<Category>();
            try (var s = db.createStatement();
                    var rs = s.executeQuery("SELECT c.code, c.min_points, c.cap_points "
                            + "FROM register_category c JOIN register_scheme s ON s.id = c.scheme_id WHERE s.code = 'KRSD'")) {
                while (rs.next()) {
                    categories.add(new Category(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3)));
                }
            }
            var earned = new HashMap<String, BigDecimal>();
            try (var s = db.createStatement();
                    var rs = s.executeQuery("SELECT period_id, category, SUM(points) "
                            + "FROM point_record WHERE status = 'APPROVED' GROUP BY period_id, category")) {
                while (rs.next()) {
                    earned.put(rs.getLong(1) + "/" + rs.getString(2), rs.getBigDecimal(3));
                }
            }
            var rows = new ArrayList<Expected>();
            try (var s = db.createStatement();
                    var rs = s.executeQuery("SELECT r.id, r.registration_number, "
                            + "r.last_name, r.job, rg.rayon_id, p.id, p.starts_on, p.ends_on, p.norm_factor, p.norm_points "
                            + "FROM registrant r JOIN register_period p ON p.registrant_id = r.id "
                            + "AND p.seq = (SELECT MAX(seq) FROM register_period WHERE registrant_id = r.id) "
                            + "LEFT JOIN organisation o ON o.id = r.organisation_id LEFT JOIN region rg ON rg.id = o.region_id "
                            // other test classes add registrants of a second scheme: the overview is the KRSD's
                            + "WHERE r.status IN ('ACTIVE', 'SUSPENDED', 'EXPIRED') "
                            + "AND r.scheme_id = (SELECT id FROM register_scheme WHERE code = 'KRSD')")) {
                while (rs.next()) {
                    var factor = rs.getBigDecimal(9);
                    var norm = rs.getBigDecimal(10);
                    var starts = rs.getObject(7, LocalDate.class);
                    var ends = rs.getObject(8, LocalDate.class);
                    var counted = BigDecimal.ZERO;
                    var short_ = BigDecimal.ZERO;
                    for (var c : categories) {
                        var got = earned.getOrDefault(rs.getLong(6) + "/" + c.code(), BigDecimal.ZERO)
                                .max(BigDecimal.ZERO);
                        if (c.cap() != null) {
                            got = got.min(scaled(c.cap(), factor));
                        }
                        counted = counted.add(got);
                        if (c.min() != null) {
                            short_ = short_.add(scaled(c.min(), factor).subtract(got).max(BigDecimal.ZERO));
                        }
                    }
                    var missing = norm.subtract(counted).max(short_).max(BigDecimal.ZERO);
                    long days = ChronoUnit.DAYS.between(starts, ends) + 1;
                    long gone = Math.max(0, Math.min(days, ChronoUnit.DAYS.between(starts, today) + 1));
                    var expectedByNow = norm.multiply(BigDecimal.valueOf(gone))
                            .divide(BigDecimal.valueOf(days), 1, RoundingMode.HALF_UP);
                    Standing standing = missing.signum() == 0
                            ? Standing.MET
                            : today.isAfter(ends)
                                    ? Standing.NOT_MET
                                    : counted.compareTo(expectedByNow) >= 0
                                            ? Standing.ON_TRACK
                                            : Standing.AT_RISK;
                    rows.add(new Expected(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            (Long) rs.getObject(5, Long.class), ends, standing));
                }
            }
            return rows;
        }
    }

    /** A minimum or cap for a period with a share of the full norm: rounded up to whole points. */
    private static BigDecimal scaled(BigDecimal points, BigDecimal factor) {
        return factor.compareTo(BigDecimal.ONE) == 0
                ? points
                : points.multiply(factor).setScale(0, RoundingMode.CEILING);
    }

    private static List<Long> population(LocalDate from, LocalDate to) {
        return Db.numbers("SELECT r.id FROM registrant r JOIN register_period p ON p.registrant_id = r.id "
                + "AND p.seq = (SELECT MAX(seq) FROM register_period WHERE registrant_id = r.id) "
                + "WHERE r.status IN ('ACTIVE', 'SUSPENDED', 'EXPIRED') AND p.ends_on BETWEEN ? AND ? "
                + "AND r.scheme_id = (SELECT id FROM register_scheme WHERE code = 'KRSD') ORDER BY r.id",
                from, to);
    }

    private static long rayonId(String code) throws SQLException {
        try (var db = Db.connect(); var s = db.prepareStatement("SELECT id FROM rayon WHERE code = ?")) {
            s.setString(1, code);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Registrants of this test, in the register with a period ending in four years, working at the
     * municipalities with these CBS codes in turn ("" for none), with points from none to over the norm.
     */
    private void addRegistrants(int count, String... municipalities) throws SQLException {
        try (var db = Db.connect()) {
            for (int i = 0; i < count; i++) {
                var email = tag + "-" + i + "@example.nl";
                var number = tag.toUpperCase() + "-" + i;
                update(db,
                        "INSERT INTO account (email, display_name, password_hash, preferred_language, status, "
                                + "created_at, verified_at) VALUES (?, 'Test', 'x', 'nl', 'ACTIVE', UTC_TIMESTAMP(6), "
                                + "UTC_TIMESTAMP(6))",
                        email);
                update(db,
                        "INSERT INTO registrant (scheme_id, account_id, registration_number, first_name, last_name, "
                                + "job, employer, organisation_id, status, conduct_text, conduct_accepted_at, applied_at) "
                                + "SELECT s.id, a.id, ?, 'Test', ?, ?, 'Gemeente', (SELECT id FROM organisation WHERE cbs_code = ?), "
                                + "'ACTIVE', 'code', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM register_scheme s, account a "
                                + "WHERE s.code = 'KRSD' AND a.email = ?",
                        number, tag + (i == 0 ? "solo" : " " + i),
                        i % 2 == 0 ? "MANAGER" : "DOORSTROOMCOACH",
                        municipalities.length == 0 ? "" : municipalities[i % municipalities.length], email);
                update(db,
                        "INSERT INTO register_period (registrant_id, seq, starts_on, ends_on, original_ends_on, "
                                + "norm_factor, norm_points) SELECT id, 1, CURRENT_DATE - INTERVAL 1 YEAR, "
                                + "CURRENT_DATE + INTERVAL 4 YEAR, CURRENT_DATE + INTERVAL 4 YEAR, 1, 160 FROM registrant "
                                + "WHERE registration_number = ?",
                        number);
                update(db,
                        "INSERT INTO point_record (registrant_id, period_id, scheme_id, activity_date, title, "
                                + "category, points, source, status, submitted_at, submitted_by, reviewed_at, reviewed_by) "
                                + "SELECT p.registrant_id, p.id, r.scheme_id, CURRENT_DATE - INTERVAL 1 MONTH, 'Test', 'A1', ?, "
                                + "'SUBMISSION', 'APPROVED', UTC_TIMESTAMP(6), 'test', UTC_TIMESTAMP(6), 'test' "
                                + "FROM register_period p JOIN registrant r ON r.id = p.registrant_id "
                                + "WHERE r.registration_number = ?",
                        i % 5 == 4 ? 170 : i * 17 % 60, number);
            }
        }
    }

    private static void update(Connection db, String sql, Object... parameters) throws SQLException {
        try (var s = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
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
