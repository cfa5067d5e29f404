package nl.ingrado.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.Fixtures;
import nl.ingrado.portal.testing.HttpSession;
import nl.ingrado.portal.testing.TestEnvironment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a page costs: the SQL statements one request of each main page sends, counted by MariaDB itself
 * (its global Com_* counters, so XA, COMMIT and SET statements count too), stay at 8 or fewer whatever
 * the number of rows shown; and an anonymous visitor reading a public page, an event's page with its guest
 * form included, gets no HTTP session.
 */
class PageCostIT {

    private static final int MAX_STATEMENTS = 8;
    /** More than the demo data holds of each, so a query per row would show. */
    private static final int EVENTS = 30;
    private static final int MY_REGISTRATIONS = 12;

    private static long someEvent;
    private static java.sql.Connection counterConnection;
    private static long overhead = -1;

    @BeforeAll
    static void manyRows() {
        TestEnvironment.portal();
        for (int i = 0; i < EVENTS; i++) {
            var event = Fixtures.event().title(Fixtures.unique("Kosten"))
                    .startsAt(Fixtures.now().plusDays(3 + i))
                    .workshop("Ronde 1", "Werkvorm A", 10).workshop("Ronde 1", "Werkvorm B", 10)
                    .workshop("Ronde 2", "Werkvorm C", 10).create();
            someEvent = event.id();
            for (int guest = 0; guest < 3; guest++) {
                BrowserFixtures.registration(event.id()).guest("Gast " + guest)
                        .choice(event.round("Ronde 1"), event.workshop("Werkvorm A")).create();
            }
        }
    }

    @org.junit.jupiter.api.AfterAll
    static void closeCounterConnection() throws SQLException {
        if (counterConnection != null) {
            counterConnection.close();
        }
    }

    @Test
    void everyMainPageSendsAtMostEightStatementsWhateverItsRows() throws Exception {
        var member = BrowserFixtures.member("Kees Kosten");
        for (int i = 0; i < MY_REGISTRATIONS; i++) {
            var event = Fixtures.event().title(Fixtures.unique("Mijn"))
                    .startsAt(Fixtures.now().plusDays(5 + i))
                    .workshop("Ronde 1", "Werkvorm A", 10).workshop("Ronde 1", "Werkvorm B", 10).create();
            BrowserFixtures.registration(event.id()).of(member)
                    .status(i % 4 == 3 ? "WAITING" : "CONFIRMED")
                    .choice(event.round("Ronde 1"), event.workshop("Werkvorm B")).create();
        }
        BrowserFixtures.registrant(member);
        var memberSession = HttpSession.loggedIn(member);
        var auditor = HttpSession.loggedIn(BrowserFixtures.auditor("Anna Kosten"));
        var staff = HttpSession.loggedIn(BrowserFixtures.staff("Stan Kosten"));
        var anonymous = HttpSession.anonymous();

        var pages = List.of(
                new Page("public home", anonymous, "/"),
                new Page("login", anonymous, "/login.xhtml"),
                new Page("agenda", anonymous, "/events/index.xhtml"),
                new Page("event page", anonymous, "/events/view.xhtml?id=" + someEvent),
                new Page("event page of a member", memberSession, "/events/view.xhtml?id=" + someEvent),
                new Page("member home", memberSession, "/member/index.xhtml"),
                new Page("KRSD dashboard", memberSession, "/member/krsd/index.xhtml"),
                new Page("Mijn inschrijvingen", memberSession, "/member/registrations.xhtml"),
                new Page("auditor overview", auditor, "/auditor/registrants.xhtml"),
                new Page("staff persons", staff, "/staff/persons.xhtml"),
                new Page("API events", anonymous, "/api/events"));
        var report = new StringBuilder();
        int worst = 0;
        for (var page : pages) {
            int statements = statements(page);
            report.append(page.name()).append(": ").append(statements).append('\n');
            worst = Math.max(worst, statements);
        }
        System.out.print(report);
        assertTrue(worst <= MAX_STATEMENTS,
                "statements per page (at most " + MAX_STATEMENTS + "):\n" + report);
        assertTrue(memberSession.get("/member/registrations.xhtml").body().contains("Werkvorm B"),
                "the page shows the chosen workshops");
    }

    @Test
    void theAgendaShowsItsEventsAPageAtATime() throws Exception {
        var visitor = HttpSession.anonymous();
        var first = visitor.get("/events/index.xhtml").body();
        assertEquals(25, first.split("<li class=\"card\">", -1).length - 1, "twenty-five events on a page");
        assertTrue(first.contains("id=\"nextPage\""), "and a link to the next");
        var second = visitor.get("/events/index.xhtml?page=2").body();
        assertTrue(second.contains("id=\"previousPage\""), "the second page links back");
        var firstIds = java.util.regex.Pattern.compile("view\\.xhtml\\?id=(\\d+)").matcher(first).results()
                .map(m -> m.group(1)).toList();
        java.util.regex.Pattern.compile("view\\.xhtml\\?id=(\\d+)").matcher(second).results()
                .forEach(m -> assertTrue(!firstIds.contains(m.group(1)),
                        "no event on both pages: " + m.group(1)));
    }

    @Test
    void anAnonymousVisitorReadingPublicPagesGetsNoSession() throws Exception {
        for (var path : List.of("/", "/login.xhtml", "/events/index.xhtml", "/?lang=en",
                "/events/index.xhtml?lang=en", "/events/view.xhtml?id=" + someEvent,
                "/events/view.xhtml?id=" + someEvent + "&lang=en")) {
            var visitor = HttpSession.anonymous();
            var response = visitor.get(path);
            assertTrue(response.statusCode() == 200 || response.statusCode() == 302,
                    path + ": " + response.statusCode());
            assertTrue(
                    response.headers().allValues("Set-Cookie").stream()
                            .noneMatch(c -> c.startsWith("JSESSIONID")),
                    path + " set " + response.headers().allValues("Set-Cookie"));
        }
        // nor do the error pages a visitor can reach by a wrong address
        for (var path : List.of("/events/view.xhtml?id=abc", "/events/view.xhtml?id=99999999",
                "/no-such-page.xhtml")) {
            var response = HttpSession.anonymous().get(path);
            assertEquals(404, response.statusCode(), path);
            assertTrue(
                    response.headers().allValues("Set-Cookie").stream()
                            .noneMatch(c -> c.startsWith("JSESSIONID")),
                    path + " set " + response.headers().allValues("Set-Cookie"));
        }
        var english = HttpSession.anonymous();
        english.get("/login.xhtml?lang=en");
        assertTrue(english.get("/login.xhtml").body().contains("lang=\"en\""),
                "the language switch still holds");
    }

    @Test
    void theStatelessLoginFormStillLogsInButNotFromAnotherSite() throws Exception {
        var member = BrowserFixtures.member("Lotte Login");
        var form = "form=form&form%3Aemail=" + enc(member.email()) + "&form%3Apassword="
                + enc(member.password())
                + "&form%3Asubmit=&jakarta.faces.ViewState=" + enc(HttpSession.viewState(
                        HttpSession.anonymous().get("/login.xhtml").body()));

        var forged = HttpSession.anonymous().from("https://elders.example").send("POST", "/login.xhtml",
                Map.of("Content-Type", "application/x-www-form-urlencoded"),
                form.getBytes(StandardCharsets.UTF_8));
        assertNotEquals(302, forged.statusCode(), "a login posted by another site is refused");

        var own = HttpSession.anonymous();
        var answer = own.send("POST", "/login.xhtml",
                Map.of("Content-Type", "application/x-www-form-urlencoded"),
                form.getBytes(StandardCharsets.UTF_8));
        assertEquals(302, answer.statusCode(), answer.body());
        assertEquals(200, own.get("/member/index.xhtml").statusCode(), "logged in");
    }

    private record Page(String name, HttpSession session, String path) {
    }

    /** The fewest statements of three requests: a clock job of the portal may run during one. */
    private static int statements(Page page) throws Exception {
        assertEquals(200, page.session().get(page.path()).statusCode(), page.name()); // warm: first-use work
        int fewest = Integer.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long before = counters();
            var response = page.session().get(page.path());
            long after = counters();
            assertEquals(200, response.statusCode(), page.name());
            fewest = (int) Math.min(fewest, after - before - counterOverhead());
        }
        return fewest;
    }

    /** What reading the counters adds to them itself (SHOW … WHERE counts as a SELECT). */
    private static long counterOverhead() throws SQLException {
        if (overhead < 0) {
            long first = counters();
            overhead = counters() - first;
        }
        return overhead;
    }

    /** MariaDB's statement counters, read on one connection kept open (connecting would add statements). */
    private static long counters() throws SQLException {
        try (var db = Db.connect();
                var rs = db.createStatement().executeQuery("SHOW GLOBAL STATUS WHERE "
                        + "Variable_name IN ('Com_select', 'Com_insert', 'Com_update', 'Com_delete', 'Com_replace', "
                        + "'Com_insert_select', 'Com_update_multi', 'Com_delete_multi', 'Com_commit', 'Com_rollback', "
                        + "'Com_begin', 'Com_set_option', 'Com_xa_start', 'Com_xa_end', 'Com_xa_prepare', 'Com_xa_commit', "
                        + "'Com_xa_rollback', 'Com_stmt_execute')")) {
            long sum = 0;
            while (rs.next()) {
                sum += rs.getLong(2);
            }
            return sum;
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
