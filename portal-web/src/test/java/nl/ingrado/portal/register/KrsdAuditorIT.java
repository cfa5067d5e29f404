package nl.ingrado.portal.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import nl.ingrado.portal.testing.Browser;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The auditor's work in the browser: approving an application (the applicant is mailed the number),
 * reviewing submissions (approve with adjusted points, reject with a reason, ask for more information),
 * correcting an approved record, booking by hand, deciding a re-registration; a member is kept out;
 * every page passes axe in Dutch and English.
 */
class KrsdAuditorIT extends BrowserTest {

    private static final String LOTTE_PENDING = "Landelijk congres Thuiszitters (met certificaat)";

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theAuditorApprovesAnApplicationAndTheApplicantIsMailedTheNumber() throws Exception {
        browser.logIn(Browser.AUDITOR, Browser.DEMO_PASSWORD).open("/auditor/index.xhtml");
        assertEquals("KRSD-beoordeling", browser.heading());
        assertTrue(Long.parseLong(browser.find("countApplications").getText()) >= 1, browser.text());
        for (var page : new String[]{"applicationsLink", "queueLink", "accreditationsLink",
                "reregistrationLink"}) {
            assertTrue(browser.find(page).getAttribute("href").contains("/auditor/"), page);
        }
        assertAccessibleInBothLanguages("/auditor/index.xhtml");

        // Rik's demo application waits; the test approves an applicant of its own, so the demo stays as it is
        // for the member tests (Rik has only applied there)
        var applicant = applicant("Anna Aanvrager " + tag);
        browser.open("/auditor/applications.xhtml");
        var table = browser.find("applicationTable").getText();
        assertTrue(table.contains("Rik van het Rayon") && table.contains("Anna Aanvrager " + tag), table);
        assertAccessibleInBothLanguages("/auditor/applications.xhtml");
        browser.clickAndWait(
                browser.driver().findElement(By.cssSelector("[data-application='" + applicant.id + "']")));
        assertEquals("Anna Aanvrager " + tag, browser.find("selectedName").getText());
        assertAccessibleInBothLanguages("/auditor/applications.xhtml?id=" + applicant.id);

        // refusing needs a reason: shown on the field, nothing decided
        browser.submit("form:refuse");
        assertTrue(browser.text().contains("Geef een reden als je een aanmelding afwijst."), browser.text());
        assertEquals("APPLIED", text("SELECT status FROM registrant WHERE id = " + applicant.id));

        browser.submit("form:approve");
        assertTrue(browser.text().contains("De aanmelding van Anna Aanvrager " + tag + " is goedgekeurd"),
                browser.text());
        assertEquals("ACTIVE", text("SELECT status FROM registrant WHERE id = " + applicant.id));
        assertEquals(1, single("SELECT COUNT(*) FROM register_period WHERE registrant_id = " + applicant.id));
        var number = text("SELECT registration_number FROM registrant WHERE id = " + applicant.id);
        var mail = Browser.mailTo(applicant.email, "Je staat in het kwaliteitsregister: " + number);
        assertTrue(mail.contains("Je registratienummer is " + number), mail);
        assertTrue(browser.driver().findElements(By.cssSelector("[data-application='" + applicant.id + "']"))
                .isEmpty(), "no longer waiting");
        assertEquals("APPLIED",
                text("SELECT r.status FROM registrant r JOIN account a ON a.id = r.account_id "
                        + "WHERE a.email = '" + Browser.RAYON_CONTACT + "'"),
                "the demo application is untouched");
    }

    @Test
    void theAuditorReviewsSubmissionsApprovingWithAdjustedPointsRejectingAndAskingForMore() throws Exception {
        long lotte = lotte();
        long demo = single("SELECT id FROM point_record WHERE registrant_id = " + lotte + " AND title = '"
                + LOTTE_PENDING + "'");
        // a submission of Lotte's like the demo one (with evidence and a claim); the demo record itself stays
        // pending for the member tests
        var submitted = "Congres " + tag;
        long pending = pendingRecord(lotte, submitted);
        try (var db = database(); var st = db.createStatement()) {
            st.executeUpdate(
                    "UPDATE point_record SET category = 'A1', points = 5, hours = 5, accreditation_claim = "
                            + "'Erkend door NVO, nr. " + tag
                            + "', evidence_file_id = (SELECT evidence_file_id FROM point_record "
                            + "WHERE id = " + demo + ") WHERE id = " + pending);
        }
        long period = single("SELECT period_id FROM point_record WHERE id = " + pending);
        long reject = pendingRecord(lotte, "Afwijzen " + tag);
        long moreInfo = pendingRecord(lotte, "Meer info " + tag);

        browser.logIn(Browser.AUDITOR, Browser.DEMO_PASSWORD).open("/auditor/queue.xhtml");
        var queue = browser.find("queueTable").getText();
        assertTrue(
                queue.contains(LOTTE_PENDING) && queue.contains(submitted)
                        && queue.contains("Afwijzen " + tag),
                queue);
        assertTrue(queue.indexOf(LOTTE_PENDING) < queue.indexOf(submitted), "oldest first");
        assertAccessibleInBothLanguages("/auditor/queue.xhtml");

        // approve with 4,5 instead of the proposed 5 points
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("[data-record='" + pending + "']")));
        assertTrue(browser.heading().contains(submitted), browser.heading());
        assertTrue(browser.text().contains("Erkend door NVO, nr. " + tag), "the accreditation claim");
        assertTrue(browser.find("evidenceLink").getAttribute("href").endsWith("/files/evidence/" + pending));
        assertAccessibleInBothLanguages("/auditor/review.xhtml?id=" + pending);
        var before = total(period);
        browser.type("form:points", "veel").submit("form:approve");
        assertTrue(browser.text().contains("Vul een aantal punten in"), browser.text());
        assertEquals("veel", browser.find("form:points").getAttribute("value"), "what was typed stays");
        assertEquals("PENDING", text("SELECT status FROM point_record WHERE id = " + pending));
        browser.type("form:points", "4,5");
        new Select(browser.find("form:category")).selectByValue("A1");
        browser.submit("form:approve");
        assertTrue(browser.text().contains("Goedgekeurd: " + submitted), browser.text());
        assertEquals("/auditor/queue.xhtml", browser.path());
        assertEquals("APPROVED", text("SELECT status FROM point_record WHERE id = " + pending));
        var after = total(period);
        assertEquals(0, after.subtract(before).compareTo(new BigDecimal("4.5")), before + " → " + after);
        assertEquals(0, after.compareTo(approvedSum(period)), "the total is the sum of the approved records");
        assertEquals(0, new BigDecimal("4.5")
                .compareTo(decimal("SELECT points FROM point_record WHERE id = " + pending)));
        Browser.mailTo(Browser.MEMBER, "Goedgekeurd: " + submitted);
        assertEquals("PENDING", text("SELECT status FROM point_record WHERE id = " + demo));

        // reject: a reason is required, and shown back
        browser.open("/auditor/review.xhtml?id=" + reject).submit("form:reject");
        assertTrue(browser.text().contains("Geef een reden; de aanvrager krijgt die te lezen."),
                browser.text());
        assertEquals("PENDING", text("SELECT status FROM point_record WHERE id = " + reject));
        browser.type("form:reason", "Geen bewijs van deelname " + tag).submit("form:reject");
        assertTrue(browser.text().contains("Afgewezen: Afwijzen " + tag), browser.text());
        browser.open("/auditor/review.xhtml?id=" + reject);
        assertEquals("Afgewezen", browser.find("status").getText());
        assertEquals("Geen bewijs van deelname " + tag, browser.find("reasonShown").getText());
        assertEquals("REJECTED", text("SELECT status FROM point_record WHERE id = " + reject));
        assertEquals(0, after.compareTo(total(period)), "a rejection changes no total");
        assertAccessibleInBothLanguages("/auditor/review.xhtml?id=" + reject);

        // more information
        browser.open("/auditor/review.xhtml?id=" + moreInfo)
                .type("form:reason", "Stuur het certificaat mee " + tag)
                .submit("form:moreInfo");
        assertEquals("MORE_INFO", text("SELECT status FROM point_record WHERE id = " + moreInfo));
        assertTrue(Browser.mailTo(Browser.MEMBER, "Meer informatie nodig: Meer info " + tag)
                .contains("Stuur het certificaat mee " + tag));
        assertTrue(
                browser.driver().findElements(By.cssSelector("[data-record='" + moreInfo + "']")).isEmpty(),
                "out of the queue");

        // the registrant's file shows it all
        browser.open("/auditor/registrant.xhtml?id=" + lotte);
        var records = browser.find("recordTable").getText();
        assertTrue(
                records.contains("Geen bewijs van deelname " + tag)
                        && records.contains("Meer informatie gevraagd"),
                records);
        assertTrue(browser.find("historyTable").getText().contains("Stuur het certificaat mee " + tag));
    }

    @Test
    void theAuditorCorrectsAnApprovedRecordAndBooksPointsByHand() throws Exception {
        long lotte = lotte();
        long original = single("SELECT id FROM point_record WHERE registrant_id = " + lotte
                + " AND title = 'Intervisiegroep Amsterdam-Noord (10 bijeenkomsten)'");
        long period = single("SELECT period_id FROM point_record WHERE id = " + original);
        var originalPoints = decimal("SELECT points FROM point_record WHERE id = " + original);

        browser.logIn(Browser.AUDITOR, Browser.DEMO_PASSWORD).open("/auditor/registrant.xhtml?id=" + lotte);
        assertTrue(browser.heading().contains("Lotte de Leerplicht"), browser.heading());
        assertAccessibleInBothLanguages("/auditor/registrant.xhtml?id=" + lotte);

        var before = total(period);
        new Select(browser.find("correction:record")).selectByValue(String.valueOf(original));
        browser.type("correction:delta", "0").type("correction:reason", "Dubbel geteld " + tag)
                .submit("correction:correct");
        assertTrue(browser.text().contains("Vul de correctie in punten in"), browser.text());
        new Select(browser.find("correction:record")).selectByValue(String.valueOf(original));
        browser.type("correction:delta", "-1,5").type("correction:reason", "Dubbel geteld " + tag)
                .submit("correction:correct");
        assertTrue(browser.text().contains("De correctie is geboekt als nieuwe regel"), browser.text());
        assertEquals(1, single("SELECT COUNT(*) FROM point_record WHERE corrects_id = " + original
                + " AND source = 'CORRECTION' AND status = 'APPROVED' AND points = -1.5 AND reason = 'Dubbel geteld "
                + tag + "'"));
        assertEquals(0,
                originalPoints.compareTo(decimal("SELECT points FROM point_record WHERE id = " + original)),
                "the original is unchanged");
        assertEquals("APPROVED", text("SELECT status FROM point_record WHERE id = " + original));
        assertEquals(0, before.subtract(new BigDecimal("1.5")).compareTo(total(period)));
        assertEquals(0, total(period).compareTo(approvedSum(period)));

        // by hand: a reason is required
        setDate("booking:date", LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusDays(3));
        browser.type("booking:title", "Overgenomen " + tag).type("booking:points", "2");
        new Select(browser.find("booking:category")).selectByValue("A2");
        browser.submit("booking:book");
        assertTrue(browser.text().contains("Vul dit veld in."), browser.text());
        assertEquals(0, single("SELECT COUNT(*) FROM point_record WHERE title = 'Overgenomen " + tag + "'"));
        browser.type("booking:reason", "Uit het LKLR " + tag).submit("booking:book");
        assertTrue(browser.text().contains("De punten zijn geboekt."), browser.text());
        assertEquals(1, single("SELECT COUNT(*) FROM point_record WHERE title = 'Overgenomen " + tag
                + "' AND source = 'MANUAL' AND status = 'APPROVED' AND points = 2 AND category = 'A2'"));
        assertEquals(0, total(period).compareTo(approvedSum(period)));
        assertTrue(browser.find("historyTable").getText().contains("Uit het LKLR " + tag));
    }

    @Test
    void theAuditorDecidesReRegistrationsOnThePage() throws Exception {
        var today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        var met = registrant("Norm Gehaald " + tag);
        long metPeriod = period(met, today.minusYears(5).minusDays(9), today.minusDays(10));
        approved(met, metPeriod, "A1", "100");
        approved(met, metPeriod, "A2", "60");
        var behind = registrant("Achter Loper " + tag);
        long behindPeriod = period(behind, today.minusYears(5), today.minusDays(5));
        approved(behind, behindPeriod, "A1", "30");

        browser.logIn(Browser.AUDITOR, Browser.DEMO_PASSWORD).open("/auditor/reregistration.xhtml");
        var due = browser.find("dueTable").getText();
        assertTrue(due.contains("Norm Gehaald " + tag) && due.contains("Achter Loper " + tag), due);
        assertAccessibleInBothLanguages("/auditor/reregistration.xhtml");

        browser.clickAndWait(browser.driver().findElement(
                By.cssSelector("[data-registrant='" + met + "'] a")));
        assertEquals("Norm gehaald", browser.find("standing").getText());
        new Select(browser.find("decision:outcome")).selectByValue("RENEWED");
        browser.submit("decision:decide");
        assertTrue(browser.text().contains("De registratie is verlengd met een nieuwe periode"),
                browser.text());
        assertEquals(1, single("SELECT COUNT(*) FROM register_period WHERE registrant_id = " + met
                + " AND seq = 2 AND starts_on = '" + today.minusDays(9) + "'"));
        assertEquals("RENEWED", text("SELECT outcome FROM register_period WHERE id = " + metPeriod));
        assertTrue(browser.find("notDecidable").isDisplayed(), "decided: no second decision");

        browser.open("/auditor/registrant.xhtml?id=" + behind);
        assertAccessibleInBothLanguages("/auditor/registrant.xhtml?id=" + behind);
        new Select(browser.find("decision:outcome")).selectByValue("EXTENDED");
        browser.type("decision:reason", "Zwangerschapsverlof " + tag).submit("decision:decide");
        assertTrue(browser.text().contains("Vul de nieuwe einddatum in."), browser.text());
        assertEquals(0, single("SELECT COUNT(*) FROM register_period WHERE id = " + behindPeriod
                + " AND outcome IS NOT NULL"));
        new Select(browser.find("decision:outcome")).selectByValue("EXTENDED");
        setDate("decision:newEnd", today.plusMonths(2));
        browser.submit("decision:decide");
        assertTrue(browser.text().contains("Het uitstel is vastgelegd"), browser.text());
        assertEquals(1, single("SELECT COUNT(*) FROM register_period WHERE id = " + behindPeriod
                + " AND outcome = 'EXTENDED' AND ends_on = '" + today.plusMonths(2)
                + "' AND original_ends_on = '"
                + today.minusDays(5) + "'"));

        // the extension runs out: suspension, an objection, upheld
        new Select(browser.find("decision:outcome")).selectByValue("SUSPENDED");
        browser.type("decision:reason", "Norm niet gehaald " + tag).submit("decision:decide");
        assertEquals("SUSPENDED", text("SELECT status FROM registrant WHERE id = " + behind));
        setDate("objection:receivedOn", today);
        browser.type("objection:objectionText", "Bezwaar " + tag).submit("objection:recordObjection");
        assertTrue(browser.text().contains("Het bezwaar is vastgelegd."), browser.text());
        new Select(browser.find("objectionDecision:upheld")).selectByValue("true");
        browser.type("objectionDecision:objectionReason", "Gegrond " + tag)
                .submit("objectionDecision:decideObjection");
        assertEquals("ACTIVE", text("SELECT status FROM registrant WHERE id = " + behind));
        assertTrue(browser.find("objectionTable").getText().contains("Gegrond " + tag));
        browser.assertAccessible();
    }

    @Test
    void theAuditorChangesTheRulesOfTheSchemeAndTheChangeIsInTheHistory() throws Exception {
        browser.logIn(Browser.AUDITOR, Browser.DEMO_PASSWORD).open("/auditor/scheme.xhtml");
        assertTrue(browser.find("appliesLater").getText().contains("perioden die daarna worden geopend"));
        assertAccessibleInBothLanguages("/auditor/scheme.xhtml");
        var fee = decimal("SELECT annual_fee FROM register_scheme WHERE code = 'KRSD'");
        var norm = decimal("SELECT norm_points FROM register_scheme WHERE code = 'KRSD'");

        browser.type("form:normPoints", "veel").type("form:annualFee", "96,50").submit("form:save");
        assertTrue(browser.text().contains("Vul een norm in"), browser.text());
        assertEquals("veel", browser.find("form:normPoints").getAttribute("value"));
        browser.type("form:normPoints", norm.stripTrailingZeros().toPlainString()).type("form:cap_A1", "10")
                .submit("form:save");
        assertTrue(browser.text().contains("niet onder het minimum"), "a cap of A1 under its minimum of 40");
        assertEquals(0, fee.compareTo(decimal("SELECT annual_fee FROM register_scheme WHERE code = 'KRSD'")),
                "nothing stored");

        browser.type("form:cap_A1", "").submit("form:save");
        assertTrue(browser.text().contains("De regels zijn opgeslagen."), browser.text());
        assertEquals(0, new BigDecimal("96.50").compareTo(
                decimal("SELECT annual_fee FROM register_scheme WHERE code = 'KRSD'")));
        assertTrue(browser.find("historyTable").getText().contains("annual_fee: 95 → 96.5"), browser.text());

        // back as it was, for everyone else
        browser.type("form:annualFee", fee.stripTrailingZeros().toPlainString().replace('.', ','))
                .submit("form:save");
        assertEquals(0, fee.compareTo(decimal("SELECT annual_fee FROM register_scheme WHERE code = 'KRSD'")));
    }

    @Test
    void aMemberCannotOpenTheAuditorPages() throws Exception {
        long lotte = lotte();
        browser.logIn(Browser.MEMBER, Browser.DEMO_PASSWORD);
        for (var page : new String[]{"/auditor/index.xhtml", "/auditor/applications.xhtml",
                "/auditor/queue.xhtml", "/auditor/review.xhtml?id=1", "/auditor/registrant.xhtml?id=" + lotte,
                "/auditor/reregistration.xhtml", "/auditor/scheme.xhtml"}) {
            browser.open(page);
            assertEquals("Geen toegang", browser.heading(), page);
            assertFalse(browser.text().contains("Lotte de Leerplicht"), page);
        }
    }

    // --- helpers ---------------------------------------------------------------------------------

    private void assertAccessibleInBothLanguages(String path) {
        var glue = path.contains("?") ? "&" : "?";
        browser.open(path);
        browser.assertAccessible();
        browser.open(path + glue + "lang=en");
        assertEquals("en", browser.pageLanguage());
        browser.assertAccessible();
        browser.open(path + glue + "lang=nl");
    }

    /** Date inputs take a value in the browser's locale when typed; set it as the form sends it. */
    private void setDate(String id, LocalDate date) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                browser.find(id),
                date.toString());
    }

    private static long lotte() throws SQLException {
        return single("SELECT r.id FROM registrant r JOIN account a ON a.id = r.account_id WHERE a.email = '"
                + Browser.MEMBER + "'");
    }

    private static long pendingRecord(long registrant, String title) throws SQLException {
        try (var db = database();
                var st = db.prepareStatement("INSERT INTO point_record (registrant_id, period_id, scheme_id, "
                        + "activity_date, title, provider, category, hours, points, source, status, submitted_at, "
                        + "submitted_by) SELECT p.registrant_id, p.id, r.scheme_id, CURRENT_DATE - INTERVAL 7 DAY, ?, "
                        + "'Testaanbieder', 'A2', 3, 3, 'SUBMISSION', 'PENDING', UTC_TIMESTAMP(6), 'lid@demo.ingrado.nl' "
                        + "FROM register_period p JOIN registrant r ON r.id = p.registrant_id WHERE p.registrant_id = ? "
                        + "AND p.starts_on <= CURRENT_DATE AND p.ends_on >= CURRENT_DATE",
                        Statement.RETURN_GENERATED_KEYS)) {
            st.setString(1, title);
            st.setLong(2, registrant);
            st.executeUpdate();
            return key(st);
        }
    }

    private record Applicant(long id, String email) {
    }

    /** Someone who applied for the register a day ago, with a mailbox in GreenMail. */
    private Applicant applicant(String name) throws SQLException {
        var email = "aanvrager-" + tag + "@example.nl";
        var parts = name.split(" ", 2);
        try (var db = database()) {
            long account;
            try (var st = db.prepareStatement("INSERT INTO account (email, display_name, password_hash, "
                    + "preferred_language, status, created_at, verified_at) VALUES (?, ?, 'x', 'nl', 'ACTIVE', "
                    + "UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))", Statement.RETURN_GENERATED_KEYS)) {
                st.setString(1, email);
                st.setString(2, name);
                st.executeUpdate();
                account = key(st);
            }
            try (var st = db.prepareStatement(
                    "INSERT INTO registrant (scheme_id, account_id, first_name, last_name, "
                            + "job, employer, status, conduct_text, conduct_accepted_at, applied_at) SELECT id, ?, ?, ?, "
                            + "'LEERPLICHTAMBTENAAR', 'Gemeente Test', 'APPLIED', code_of_conduct, UTC_TIMESTAMP(6) - INTERVAL 1 DAY, "
                            + "UTC_TIMESTAMP(6) - INTERVAL 1 DAY FROM register_scheme WHERE code = 'KRSD'",
                    Statement.RETURN_GENERATED_KEYS)) {
                st.setLong(1, account);
                st.setString(2, parts[0]);
                st.setString(3, parts[1]);
                st.executeUpdate();
                return new Applicant(key(st), email);
            }
        }
    }

    private long registrant(String name) throws SQLException {
        var email = "herreg-" + tag + "-" + name.hashCode() + "@example.nl";
        var parts = name.split(" ", 2);
        try (var db = database()) {
            long account;
            try (var st = db.prepareStatement("INSERT INTO account (email, display_name, password_hash, "
                    + "preferred_language, status, created_at, verified_at) VALUES (?, ?, 'x', 'nl', 'ACTIVE', "
                    + "UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))", Statement.RETURN_GENERATED_KEYS)) {
                st.setString(1, email);
                st.setString(2, name);
                st.executeUpdate();
                account = key(st);
            }
            try (var st = db.prepareStatement(
                    "INSERT INTO registrant (scheme_id, account_id, registration_number, "
                            + "first_name, last_name, job, employer, status, conduct_text, conduct_accepted_at, applied_at) "
                            + "SELECT id, ?, ?, ?, ?, 'DOORSTROOMCOACH', 'Gemeente Test', 'ACTIVE', code_of_conduct, "
                            + "UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM register_scheme WHERE code = 'KRSD'",
                    Statement.RETURN_GENERATED_KEYS)) {
                st.setLong(1, account);
                st.setString(2, ("B-" + tag + Math.abs(name.hashCode() % 1000)));
                st.setString(3, parts[0]);
                st.setString(4, parts[1]);
                st.executeUpdate();
                return key(st);
            }
        }
    }

    private static long period(long registrant, LocalDate from, LocalDate until) throws SQLException {
        try (var db = database();
                var st = db.prepareStatement(
                        "INSERT INTO register_period (registrant_id, seq, starts_on, ends_on, "
                                + "original_ends_on, norm_factor, norm_points) VALUES (?, 1, ?, ?, ?, 1, 160)",
                        Statement.RETURN_GENERATED_KEYS)) {
            st.setLong(1, registrant);
            st.setObject(2, from);
            st.setObject(3, until);
            st.setObject(4, until);
            st.executeUpdate();
            return key(st);
        }
    }

    private static void approved(long registrant, long period, String category, String points)
            throws SQLException {
        try (var db = database();
                var st = db.prepareStatement("INSERT INTO point_record (registrant_id, period_id, scheme_id, "
                        + "activity_date, title, category, points, source, status, submitted_at, submitted_by, "
                        + "reviewed_at, reviewed_by) SELECT p.registrant_id, p.id, r.scheme_id, p.starts_on + INTERVAL 30 DAY, "
                        + "'Scholing (test)', ?, ?, 'SUBMISSION', 'APPROVED', UTC_TIMESTAMP(6), 'test', UTC_TIMESTAMP(6), "
                        + "'test' FROM register_period p JOIN registrant r ON r.id = p.registrant_id WHERE p.id = ? "
                        + "AND p.registrant_id = ?")) {
            st.setString(1, category);
            st.setBigDecimal(2, new BigDecimal(points));
            st.setLong(3, period);
            st.setLong(4, registrant);
            st.executeUpdate();
        }
    }

    private static BigDecimal total(long period) throws SQLException {
        return decimal(
                "SELECT COALESCE(SUM(points), 0) FROM register_period_total WHERE period_id = " + period);
    }

    private static BigDecimal approvedSum(long period) throws SQLException {
        return decimal("SELECT COALESCE(SUM(points), 0) FROM point_record WHERE period_id = " + period
                + " AND status = 'APPROVED'");
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(TestEnvironment.database().jdbcUrl(), "portal", "portal");
    }

    private static long key(java.sql.PreparedStatement st) throws SQLException {
        try (var keys = st.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static long single(String sql) throws SQLException {
        try (var db = database(); var st = db.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(String sql) throws SQLException {
        try (var db = database(); var st = db.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static BigDecimal decimal(String sql) throws SQLException {
        try (var db = database(); var st = db.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getBigDecimal(1);
        }
    }
}
