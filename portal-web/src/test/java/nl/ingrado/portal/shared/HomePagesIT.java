package nl.ingrado.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.Fixtures;
import nl.ingrado.portal.testing.HttpSession;
import nl.ingrado.portal.testing.TestEnvironment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The home pages help: a visitor sees the coming events and the ways in; staff and auditors see how
 * much waits for them, each count a link to the page that lists it, and the counts equal what the
 * database holds (counted here by an independent query).
 */
class HomePagesIT {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @BeforeAll
    static void startThePortal() {
        TestEnvironment.portal();
    }

    @Test
    void theVisitorSeesTheComingEventsAndTheWaysIn() throws Exception {
        var title = Fixtures.unique("Binnenkort");
        var startsAt = Fixtures.now().plusMinutes(30);
        Fixtures.event().title(title).startsAt(startsAt).create();
        var expected = Db.numbers("SELECT id FROM event WHERE ends_at > ? AND status = 'PUBLISHED' "
                + "ORDER BY starts_at, id LIMIT 4", Fixtures.now());

        var page = HttpSession.anonymous().get("/").body();
        var coming = section(page, "coming");
        assertEquals(expected, ids(coming), "the next four events, soonest first");
        if (coming.contains(title)) {
            // written out in Dutch, with the weekday, never ISO
            assertTrue(
                    coming.contains(startsAt.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", DUTCH))),
                    coming);
        }
        assertFalse(coming.matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"), "no ISO date: " + coming);
        var ways = section(page, "ways");
        for (var link : List.of("/krsd/index.xhtml", "/newsletter/subscribe.xhtml", "/register.xhtml",
                "/login.xhtml", "/rayon/index.xhtml")) {
            assertTrue(ways.contains("href=\"" + link + "\""), link + " in " + ways);
        }
        assertTrue(page.contains("href=\"/events/index.xhtml\""), "the whole agenda");

        var visitor = HttpSession.anonymous();
        visitor.get("/?lang=en"); // remembers the choice in a cookie and redirects
        var english = visitor.get("/").body();
        assertTrue(english.contains("Coming up"), english);
        assertTrue(section(english, "ways").contains("Subscribe to the newsletter"));
    }

    @Test
    void staffSeeWhatWaitsForThemAsLinks() throws Exception {
        // at least one of each kind, so no count is trivially zero
        Db.insert("INSERT INTO nl_edition (subject, segment_id, status, created_at) VALUES "
                + "(?, (SELECT id FROM nl_segment WHERE kind = 'EVERYONE'), 'DRAFT', UTC_TIMESTAMP(6))",
                Fixtures.unique("Concept"));
        var full = Fixtures.event().capacity(1).create();
        BrowserFixtures.registration(full.id()).create();
        BrowserFixtures.registration(full.id()).status("WAITING").create();
        var staff = HttpSession.loggedIn(BrowserFixtures.staff("Bureau Thuis"));

        var now = Fixtures.now();
        var page = staff.get("/staff/index.xhtml").body();
        assertCount(page, "waitApplications", "/auditor/applications.xhtml",
                Db.number("SELECT COUNT(*) FROM registrant WHERE status = 'APPLIED'"),
                "Geen KRSD-aanmeldingen", "KRSD-aanmelding", "KRSD-aanmeldingen", " om te beoordelen");
        assertCount(page, "waitEmployments", "/staff/employments.xhtml",
                Db.number(
                        "SELECT COUNT(*) FROM employment WHERE confirmation = 'PENDING' AND end_date IS NULL"),
                "Geen werkplekken", "werkplek", "werkplekken", " om te bevestigen");
        assertCount(page, "waitErasures", "/staff/erasures.xhtml",
                Db.number("SELECT COUNT(*) FROM erasure_request WHERE status = 'REQUESTED'"),
                "Geen verzoeken", "verzoek", "verzoeken", " om verwijdering");
        assertCount(page, "waitDrafts", "/staff/newsletter/index.xhtml",
                Db.number("SELECT COUNT(*) FROM nl_edition WHERE status = 'DRAFT'"),
                "Geen conceptedities", "concepteditie", "conceptedities", " van de nieuwsbrief");
        assertCount(page, "waitWaitingLists", "/organise/index.xhtml",
                Db.number(
                        "SELECT COUNT(DISTINCT r.event_id) FROM registration r JOIN event e ON e.id = r.event_id "
                                + "WHERE r.status = 'WAITING' AND e.ends_at > ?",
                        now),
                "Geen komende bijeenkomsten", "komende bijeenkomst", "komende bijeenkomsten",
                " met een wachtlijst");
        for (var id : List.of("waitApplications", "waitEmployments", "waitErasures", "waitDrafts",
                "waitWaitingLists")) {
            var href = link(page, id)[0];
            assertEquals(200, staff.get(href).statusCode(), "staff may open " + href);
        }
    }

    @Test
    void theAuditorsCountsAreLinks() throws Exception {
        var auditor = HttpSession.loggedIn(BrowserFixtures.auditor("Beoordelaar Thuis"));
        var page = auditor.get("/auditor/index.xhtml").body();
        var applications = link(page, "countApplications");
        assertEquals("/auditor/applications.xhtml", applications[0]);
        assertEquals(String.valueOf(Db.number("SELECT COUNT(*) FROM registrant WHERE status = 'APPLIED'")),
                applications[1]);
        var submissions = link(page, "countSubmissions");
        assertEquals("/auditor/queue.xhtml", submissions[0]);
        assertEquals(String.valueOf(Db.number("SELECT COUNT(*) FROM point_record WHERE status = 'PENDING'")),
                submissions[1]);
        assertEquals("/auditor/accreditations.xhtml", link(page, "countAccreditations")[0]);
        assertEquals("/auditor/reregistration.xhtml", link(page, "countPeriodsDue")[0]);
        for (var id : List.of("countApplications", "countSubmissions", "countAccreditations",
                "countPeriodsDue")) {
            assertEquals(200, auditor.get(link(page, id)[0]).statusCode(), id);
        }
    }

    /** The link's address and text, or a failure naming the page. */
    private static String[] link(String page, String id) {
        var matcher = Pattern.compile("<a id=\"" + id + "\" href=\"([^\"]+)\">([^<]*)</a>").matcher(page);
        assertTrue(matcher.find(), id + " is a link on " + page);
        return new String[]{matcher.group(1), matcher.group(2).strip()};
    }

    private static void assertCount(String page, String id, String href, long count, String none,
            String one, String many, String rest) {
        var link = link(page, id);
        assertEquals(href, link[0], id);
        var text = count == 0 ? none : count == 1 ? "1 " + one : count + " " + many;
        assertEquals(text + rest, link[1], id);
    }

    private static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertTrue(start >= 0, id + " on the page");
        return page.substring(start, page.indexOf("</ul>", start));
    }

    private static List<Long> ids(String html) {
        var found = new ArrayList<Long>();
        var matcher = Pattern.compile("/events/view\\.xhtml\\?id=(\\d+)").matcher(html);
        while (matcher.find()) {
            found.add(Long.parseLong(matcher.group(1)));
        }
        return found;
    }
}
