package nl.ingrado.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.regex.Pattern;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.Fixtures;
import nl.ingrado.portal.testing.HttpSession;
import nl.ingrado.portal.testing.TestEnvironment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Figures people act on are right: the KRSD dashboard names the last day of the period (its end is
 * inclusive), not the day before; and a sent edition's figures add up, a bounce being a message that
 * went out, not one still to go.
 */
class DatesAndFiguresIT {

    @BeforeAll
    static void startThePortal() {
        TestEnvironment.portal();
    }

    @Test
    void theDashboardNamesThePeriodsLastDay() throws Exception {
        var user = BrowserFixtures.member("Norm Datum");
        BrowserFixtures.registrant(user, LocalDate.of(2023, 12, 2), LocalDate.of(2028, 12, 1));
        var session = HttpSession.loggedIn(user);
        var dutch = reasons(session.get("/member/krsd/index.xhtml").body());
        assertTrue(dutch.contains("Je norm is 160 punten, te halen tot en met 1 december 2028."), dutch);
        assertFalse(dutch.contains("30 november"), dutch);

        session.get("/member/krsd/index.xhtml?lang=en");
        var english = reasons(session.get("/member/krsd/index.xhtml").body());
        assertTrue(english.contains("Your norm is 160 points, to be earned by 1 December 2028"), english);
    }

    @Test
    void aSentEditionsFiguresAddUp() throws Exception {
        long edition = Db.insert(
                "INSERT INTO nl_edition (subject, segment_id, status, queued_at, finished_at, "
                        + "recipients, created_at) VALUES (?, (SELECT id FROM nl_segment WHERE kind = 'EVERYONE'), 'SENT', "
                        + "UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 6, UTC_TIMESTAMP(6))",
                Fixtures.unique("Verstuurd"));
        for (int i = 0; i < 6; i++) {
            long subscriber = Db.insert(
                    "INSERT INTO nl_subscriber (email, name, language, status, created_at, "
                            + "confirmed_at) VALUES (?, 'Lezer', 'nl', 'SUBSCRIBED', NOW(6), NOW(6))",
                    Fixtures.email("lezer"));
            Db.update("INSERT INTO nl_delivery (edition_id, subscriber_id, status, sent_at) VALUES (?, ?, ?, "
                    + "UTC_TIMESTAMP(6))", edition, subscriber, i == 0 ? "BOUNCED" : "SENT");
        }
        var staff = HttpSession.loggedIn(BrowserFixtures.staff("Bureau Cijfers"));
        var page = staff.get("/staff/newsletter/edition.xhtml?id=" + edition).body();
        assertEquals("6", figure(page, "total"));
        assertEquals("5", figure(page, "sent"));
        assertEquals("1", figure(page, "bounced"));
        assertEquals("0", figure(page, "failed"));
        assertEquals("0", figure(page, "skipped"));
        assertEquals("0", figure(page, "remaining"), "a bounce is not a message still to go");
        assertEquals("100 %", figure(page, "percent"));
        assertTrue(page.contains("value=\"100\""), "the progress bar is full");
    }

    private static String reasons(String page) {
        int start = page.indexOf("id=\"reasons\"");
        assertTrue(start > 0, page);
        return page.substring(start, page.indexOf("</ul>", start));
    }

    private static String figure(String page, String id) {
        var matcher = Pattern.compile("id=\"" + id + "\">([^<]*)<").matcher(page);
        assertTrue(matcher.find(), id + " on " + page);
        return matcher.group(1).strip();
    }
}
