package nl.ingrado.portal.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import nl.ingrado.portal.testing.Browser;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The day itself and the evaluation afterwards: organisers check people in by name or QR code and
 * record no-shows; attendees evaluate; organisers read the report. Each test arranges its own
 * event in the database.
 */
class AttendanceIT extends BrowserTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final String RAYON = "rayon@demo.ingrado.nl";

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void staffCheckPeopleInByNameAndByCode() throws Exception {
        var now = now();
        long event = insertEvent("Rayondag Noord " + tag, "noord", now.minusHours(1), now.plusHours(2));
        var anna = "Anna Aanwezig " + tag;
        var bram = "Bram Scanner " + tag;
        long annaId = insertRegistration(event, null, anna, "anna-" + tag + "@example.nl", null);
        var bramCode = code();
        insertRegistration(event, null, bram, "bram-" + tag + "@example.nl", bramCode);
        insertRegistration(event, memberId(), "Lid " + tag, "lid-" + tag + "@example.nl", null);

        browser.logIn(Browser.STAFF, Browser.DEMO_PASSWORD).open("/organise/attendance.xhtml?id=" + event);
        assertTrue(browser.heading().contains("Presentielijst"), browser.heading());
        assertEquals("3", browser.find("countConfirmed").getText());
        assertEquals("0", browser.find("countIn").getText());
        browser.assertAccessible();

        // by name: search, then the big button
        browser.type("q", "aanwezig " + tag).submit("searchSubmit");
        var list = browser.find("attendees").getText();
        assertTrue(list.contains(anna) && !list.contains(bram), list);
        browser.clickAndWait(
                browser.driver().findElement(By.cssSelector("[data-registration='" + annaId + "']")));
        assertTrue(browser.text().contains(anna + " is aangemeld."), browser.text());
        assertEquals("1", browser.find("countIn").getText());
        assertTrue(browser.find("attendees").getText().contains("Aanwezig sinds"), "the search stays");
        assertEquals("aanwezig " + tag, browser.find("q").getAttribute("value"));

        // by code, as a hardware scanner types it: code and Enter
        browser.type("scan:code", bramCode).submit("scan:submit");
        assertTrue(browser.text().contains(bram + " is aangemeld."), browser.text());
        assertEquals("2", browser.find("countIn").getText());
        browser.type("scan:code", bramCode).submit("scan:submit");
        assertTrue(browser.text().contains(bram + " was al aangemeld."), browser.text());
        assertEquals("2", browser.find("countIn").getText());
        browser.type("scan:code", "dit-is-geen-code").submit("scan:submit");
        assertTrue(browser.text().contains("Onbekende code"), browser.text());
        browser.assertAccessible();

        // a valid code of another event is just as unknown here
        long other = insertEvent("Webinar " + tag, null, now.minusHours(1), now.plusHours(1));
        var otherCode = code();
        insertRegistration(other, null, "Elders " + tag, "elders-" + tag + "@example.nl", otherCode);
        browser.type("scan:code", otherCode).submit("scan:submit");
        assertTrue(browser.text().contains("Onbekende code"), browser.text());
        assertEquals("2", browser.find("countIn").getText());

        browser.open("/organise/attendance.xhtml?id=" + event + "&lang=en");
        assertTrue(browser.heading().contains("Attendance list"), browser.heading());
        browser.assertAccessible();
        browser.open("/organise/attendance.xhtml?id=" + event + "&lang=nl");
    }

    @Test
    void aRayonContactCannotOpenTheAttendanceOfAnotherRayon() throws Exception {
        var now = now();
        long noord = insertEvent("Rayondag Noord " + tag, "noord", now.minusHours(1), now.plusHours(2));
        browser.logIn(RAYON, Browser.DEMO_PASSWORD).open("/organise/attendance.xhtml?id=" + noord);
        // 404 (the event is outside their scope); 403 while the container maps no RAYON_CONTACT role
        assertTrue(List.of("Pagina niet gevonden", "Geen toegang").contains(browser.heading()),
                browser.heading());
        assertFalse(browser.text().contains("Rayondag Noord " + tag));
        browser.open("/organise/evaluation.xhtml?id=" + noord);
        assertTrue(List.of("Pagina niet gevonden", "Geen toegang").contains(browser.heading()),
                browser.heading());
        assertFalse(browser.text().contains("Rayondag Noord " + tag));
    }

    @Test
    void aRayonContactTakesTheAttendanceOfTheirOwnRayon() throws Exception {
        var now = now();
        long midden = insertEvent("Rayondag Midden " + tag, "midden", now.minusHours(1), now.plusHours(2));
        long noord = insertEvent("Rayondag Noord " + tag, "noord", now.minusHours(1), now.plusHours(2));
        browser.logIn(RAYON, Browser.DEMO_PASSWORD).open("/organise/attendance.xhtml?id=" + midden);
        assertTrue(browser.heading().contains("Rayondag Midden " + tag), browser.heading());
        browser.open("/organise/attendance.xhtml?id=" + noord);
        assertEquals("Pagina niet gevonden", browser.heading());
    }

    @Test
    void aMemberCannotOrganise() throws Exception {
        var now = now();
        long event = insertEvent("Rayondag " + tag, "noord", now.minusHours(1), now.plusHours(2));
        browser.logIn(Browser.MEMBER, Browser.DEMO_PASSWORD).open("/organise/attendance.xhtml?id=" + event);
        assertEquals("Geen toegang", browser.heading());
        browser.open("/organise/evaluation.xhtml?id=" + event);
        assertEquals("Geen toegang", browser.heading());
    }

    @Test
    void anAttendeeEvaluatesOnceAndOrganisersReadTheReport() throws Exception {
        var now = now();
        var title = "Werkconferentie " + tag;
        long event = insertEvent(title, null, now.minusDays(2), now.minusDays(1));
        long workshop = insertWorkshop(event, "Ronde 1", "Verzuim aanpakken " + tag);
        long mine = insertRegistration(event, memberId(), "Lid " + tag, "lid-" + tag + "@example.nl", null);
        attended(mine, now.minusDays(2));
        choose(mine, workshop);
        long othersAccount = insertAccount("ander-" + tag + "@example.nl", "Ander Lid " + tag);
        long others = insertRegistration(event, othersAccount, "Ander Lid " + tag,
                "ander-" + tag + "@example.nl",
                null);
        attended(others, now.minusDays(2));
        long absent = insertRegistration(event, null, "Afwezig " + tag, "afwezig-" + tag + "@example.nl",
                null);
        try (var db = database(); var st = db.createStatement()) {
            st.executeUpdate(
                    "INSERT INTO evaluation (registration_id, score, comments, submitted_at) VALUES ("
                            + others + ", 7, NULL, UTC_TIMESTAMP(6))");
        }

        browser.logIn(Browser.MEMBER, Browser.DEMO_PASSWORD)
                .open("/member/evaluation.xhtml?registration=" + mine + "&lang=en");
        assertTrue(browser.heading().contains(title), browser.heading());
        browser.assertAccessible();
        browser.open("/member/evaluation.xhtml?registration=" + mine + "&lang=nl");
        browser.assertAccessible();

        browser.type("form:comments", "Heel leerzaam " + tag).submit("form:submit");
        assertTrue(browser.text().contains("Kies een cijfer van 1 tot 10."), browser.text());
        assertEquals("Heel leerzaam " + tag, browser.find("form:comments").getAttribute("value"));
        browser.assertAccessible();

        new Select(browser.find("form:score")).selectByValue("8");
        var workshopScore = browser.driver().findElement(By.cssSelector("select[id$=':workshopScore']"));
        new Select(workshopScore).selectByValue("10");
        browser.driver().findElement(By.cssSelector("textarea[id$=':workshopComments']"))
                .sendKeys("Praktisch " + tag);
        browser.submit("form:submit");
        assertTrue(browser.text().contains("Dank je wel voor je evaluatie!"), browser.text());
        assertTrue(browser.text().contains("Je hebt deze bijeenkomst beoordeeld."), browser.text());
        assertTrue(browser.driver().findElements(By.id("form:submit")).isEmpty(), "no second evaluation");

        // someone else's registration does not exist for this member
        browser.open("/member/evaluation.xhtml?registration=" + others);
        assertEquals("Pagina niet gevonden", browser.heading());
        assertFalse(browser.text().contains(title));
        // a registration that was not attended cannot be evaluated
        browser.open("/member/evaluation.xhtml?registration=" + absent);
        assertEquals("Pagina niet gevonden", browser.heading(), "not the member's either");
        // their own registration of an event they did not come to: nothing to evaluate
        long missed = insertEvent("Webinar " + tag, null, now.minusDays(3), now.minusDays(3).plusHours(1));
        long notThere = insertRegistration(missed, memberId(), "Lid " + tag, "lid-" + tag + "@example.nl",
                null);
        browser.open("/member/evaluation.xhtml?registration=" + notThere);
        assertTrue(browser.text().contains("alleen een bijeenkomst beoordelen waarbij je als aanwezig bent"),
                browser.text());
        assertTrue(browser.driver().findElements(By.id("form:submit")).isEmpty());
        browser.logOut();

        browser.logIn(Browser.STAFF, Browser.DEMO_PASSWORD).open("/organise/evaluation.xhtml?id=" + event);
        var summary = browser.find("eventSummary").getText();
        assertTrue(summary.contains("2") && summary.contains("7,5"), summary);
        assertTrue(browser.find("eventComments").getText().contains("Heel leerzaam " + tag), browser.text());
        var workshopSummary = browser.find("workshop" + workshop).getText();
        assertTrue(workshopSummary.contains("10,0"), workshopSummary);
        assertTrue(browser.text().contains("Praktisch " + tag), browser.text());
        browser.assertAccessible();
        browser.open("/organise/evaluation.xhtml?id=" + event + "&lang=en");
        assertTrue(browser.find("eventSummary").getText().contains("7.5"), browser.text());
        browser.assertAccessible();
        browser.open("/organise/evaluation.xhtml?id=" + event + "&lang=nl");

        // after the event: who did not come is a no-show
        browser.open("/organise/attendance.xhtml?id=" + event);
        assertEquals("3", browser.find("countConfirmed").getText());
        assertEquals("2", browser.find("countIn").getText());
        browser.submit("noShows:mark");
        assertTrue(browser.text().contains("1 no-show vastgelegd."), browser.text());
        assertEquals("1", browser.find("countNoShows").getText());
        browser.assertAccessible();
    }

    // --- arranging data -------------------------------------------------------------------------

    private static LocalDateTime now() {
        return LocalDateTime.now(AMSTERDAM).truncatedTo(ChronoUnit.MINUTES);
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(TestEnvironment.database().jdbcUrl(), "portal", "portal");
    }

    private static long insertEvent(String title, String rayonCode, LocalDateTime start, LocalDateTime end)
            throws SQLException {
        try (var db = database();
                var st = db.prepareStatement("INSERT INTO event (kind, title, rayon_id, venue, "
                        + "starts_at, ends_at, registration_opens_at, registration_closes_at, cancellation_deadline, capacity, "
                        + "audience, created_at) VALUES (?, ?, (SELECT id FROM rayon WHERE code = ?), 'Utrecht', ?, ?, ?, ?, ?, "
                        + "100, 'EVERYONE', UTC_TIMESTAMP(6))", Statement.RETURN_GENERATED_KEYS)) {
            st.setString(1, rayonCode == null ? "WERKCONFERENTIE" : "RAYONDAG");
            st.setString(2, title);
            st.setString(3, rayonCode);
            st.setTimestamp(4, Timestamp.valueOf(start));
            st.setTimestamp(5, Timestamp.valueOf(end));
            st.setTimestamp(6, Timestamp.valueOf(start.minusDays(30)));
            st.setTimestamp(7, Timestamp.valueOf(start.minusDays(1)));
            st.setTimestamp(8, Timestamp.valueOf(start.minusDays(2)));
            st.executeUpdate();
            return key(st);
        }
    }

    private static long insertWorkshop(long event, String round, String title) throws SQLException {
        try (var db = database();
                var st = db.prepareStatement(
                        "INSERT INTO workshop_round (event_id, name, position) VALUES (?, ?, 1)",
                        Statement.RETURN_GENERATED_KEYS)) {
            st.setLong(1, event);
            st.setString(2, round);
            st.executeUpdate();
            long roundId = key(st);
            try (var ws = db.prepareStatement(
                    "INSERT INTO workshop (round_id, title, capacity) VALUES (?, ?, 30)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ws.setLong(1, roundId);
                ws.setString(2, title);
                ws.executeUpdate();
                return key(ws);
            }
        }
    }

    private static long insertRegistration(long event, Long account, String name, String email, String code)
            throws SQLException {
        try (var db = database();
                var st = db.prepareStatement("INSERT INTO registration (event_id, account_id, name, "
                        + "email, member, status, registered_at, confirmed_at, checkin_code) VALUES (?, ?, ?, ?, TRUE, "
                        + "'CONFIRMED', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
            st.setLong(1, event);
            st.setObject(2, account);
            st.setString(3, name);
            st.setString(4, email);
            st.setString(5, code == null ? code() : code);
            st.executeUpdate();
            return key(st);
        }
    }

    private static void attended(long registration, LocalDateTime at) throws SQLException {
        try (var db = database();
                var st = db.prepareStatement("UPDATE registration SET attended_at = ? WHERE id = ?")) {
            st.setTimestamp(1, Timestamp.valueOf(at));
            st.setLong(2, registration);
            st.executeUpdate();
        }
    }

    private static void choose(long registration, long workshop) throws SQLException {
        try (var db = database();
                var st = db.prepareStatement("INSERT INTO registration_choice (registration_id, "
                        + "round_id, workshop_id, status, chosen_at) SELECT ?, round_id, id, 'CONFIRMED', UTC_TIMESTAMP(6) "
                        + "FROM workshop WHERE id = ?")) {
            st.setLong(1, registration);
            st.setLong(2, workshop);
            st.executeUpdate();
        }
    }

    private static long insertAccount(String email, String name) throws SQLException {
        try (var db = database();
                var st = db.prepareStatement("INSERT INTO account (email, display_name, "
                        + "password_hash, status, created_at, verified_at) SELECT ?, ?, password_hash, 'ACTIVE', "
                        + "UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM account WHERE email = ?",
                        Statement.RETURN_GENERATED_KEYS)) {
            st.setString(1, email);
            st.setString(2, name);
            st.setString(3, Browser.MEMBER);
            st.executeUpdate();
            long id = key(st);
            try (var role = db
                    .prepareStatement("INSERT INTO account_role (account_id, role) VALUES (?, 'MEMBER')")) {
                role.setLong(1, id);
                role.executeUpdate();
            }
            return id;
        }
    }

    private static long memberId() throws SQLException {
        try (var db = database(); var st = db.prepareStatement("SELECT id FROM account WHERE email = ?")) {
            st.setString(1, Browser.MEMBER);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long key(java.sql.PreparedStatement st) throws SQLException {
        try (var keys = st.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    /** A check-in code as the portal makes them: 22 URL-safe characters. */
    private static String code() {
        return (UUID.randomUUID().toString().replace("-", "") + "abcdefgh").substring(0, 21) + "Z";
    }
}
