package nl.ingrado.portal.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.Fixtures;
import nl.ingrado.portal.testing.HttpSession;
import nl.ingrado.portal.testing.TestEnvironment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An event's page reads right in both languages: dates written out (never ISO), "1 plaats" but
 * "2 plaatsen", and texts that fit the event: no dietary question for an online event, and no
 * waiting-list promise when somebody cancels and nobody waits.
 */
class EventTextsIT {

    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @BeforeAll
    static void startThePortal() {
        TestEnvironment.portal();
    }

    @Test
    void datesAreWrittenOutInTheLanguageOfThePage() throws Exception {
        var starts = Fixtures.now().plusDays(100).withHour(10).withMinute(0);
        var opens = Fixtures.now().minusDays(7).withHour(9).withMinute(0);
        var closes = starts.minusDays(1).withHour(23).withMinute(59);
        var deadline = starts.minusDays(2).withHour(12).withMinute(0);
        var event = Fixtures.event().startsAt(starts).opensAt(opens).closesAt(closes)
                .cancellableUntil(deadline)
                .create();
        var path = "/events/view.xhtml?id=" + event.id();

        var dutch = facts(HttpSession.anonymous().get(path).body());
        assertTrue(dutch.contains("van " + day(opens, "nl") + " tot en met " + day(closes, "nl")), dutch);
        assertTrue(dutch.contains(day(deadline, "nl") + ", 12:00"), dutch);
        assertFalse(ISO.matcher(dutch).find(), "no ISO date in " + dutch);

        var english = facts(inEnglish(path));
        assertTrue(english.contains("from " + day(opens, "en") + " to " + day(closes, "en") + " inclusive"),
                english);
        assertTrue(english.contains(day(deadline, "en") + ", 12:00"), english);
        assertFalse(ISO.matcher(english).find(), "no ISO date in " + english);
        // day first in English too: "9 March 2027"
        assertTrue(day(closes, "en").matches("\\d{1,2} [A-Z][a-z]+ \\d{4}"), day(closes, "en"));
    }

    @Test
    void oneSeatIsOnePlace() throws Exception {
        var one = Fixtures.event().capacity(1).create();
        BrowserFixtures.registration(one.id()).create();
        BrowserFixtures.registration(one.id()).status("WAITING").create();
        assertEquals("1 plaats, 0 vrij, 1 op de wachtlijst",
                seats("/events/view.xhtml?id=" + one.id(), false));
        assertEquals("1 seat, 0 free, 1 on the waiting list",
                seats("/events/view.xhtml?id=" + one.id(), true));

        var two = Fixtures.event().capacity(2).create();
        assertEquals("2 plaatsen, 2 vrij, niemand op de wachtlijst",
                seats("/events/view.xhtml?id=" + two.id(), false));
        assertEquals("2 seats, 2 free, nobody on the waiting list",
                seats("/events/view.xhtml?id=" + two.id(), true));

        var title = Fixtures.unique("Eén plek");
        var single = Fixtures.event().title(title).capacity(1).startsAt(Fixtures.now().plusHours(2)).create();
        var agenda = HttpSession.anonymous().get("/events/index.xhtml").body();
        int card = agenda.indexOf("id=" + single.id() + "\"");
        assertTrue(card > 0, "the event is in the agenda");
        var text = agenda.substring(card, agenda.indexOf("</li>", card));
        assertTrue(text.contains("1 plaats vrij"), text);
        assertFalse(text.contains("plaatsen"), text);
    }

    @Test
    void anOnlineEventAsksNoDietaryWishes() throws Exception {
        var webinar = Fixtures.event().kind("WEBINAR").create();
        Db.update("UPDATE event SET venue = NULL, online_url = 'https://webinar.example/x' WHERE id = ?",
                webinar.id());
        var online = HttpSession.anonymous().get("/events/view.xhtml?id=" + webinar.id()).body();
        assertTrue(online.contains("guest:guestRemarks"), "the guest form is there");
        assertTrue(online.contains("Opmerkingen (mag leeg)"), online);
        assertFalse(online.toLowerCase(Locale.ROOT).contains("dieet"), "no dietary question");
        assertFalse(inEnglish("/events/view.xhtml?id=" + webinar.id()).toLowerCase(Locale.ROOT)
                .contains("dietary"));

        var day = Fixtures.event().create();
        assertTrue(HttpSession.anonymous().get("/events/view.xhtml?id=" + day.id()).body()
                .contains("Dieetwensen of andere opmerkingen"), "an event on site asks");
    }

    @Test
    void cancellingPromisesTheWaitingListOnlyWhenSomebodyGetsTheSeat() throws Exception {
        var webinar = Fixtures.event().kind("WEBINAR").capacity(500).create();
        var alone = BrowserFixtures.checkinCode();
        BrowserFixtures.registration(webinar.id()).guest("Alleen Gast").checkinCode(alone).create();
        var said = cancelAsGuest(alone);
        assertTrue(said.contains("Je bent afgemeld."), said);
        assertFalse(said.contains("wachtlijst"), "nobody waits, so no promise: " + said);

        var full = Fixtures.event().capacity(1).create();
        var seated = BrowserFixtures.checkinCode();
        BrowserFixtures.registration(full.id()).guest("Zittende Gast").checkinCode(seated).create();
        BrowserFixtures.registration(full.id()).guest("Wachtende Gast").status("WAITING").create();
        said = cancelAsGuest(seated);
        assertTrue(said.contains("Je plek is gegaan naar de eerste op de wachtlijst."), said);
        assertEquals("CONFIRMED", Db.text("SELECT status FROM registration WHERE event_id = ? AND name = ?",
                full.id(), "Wachtende Gast"));
    }

    private static String cancelAsGuest(String code) throws Exception {
        var guest = HttpSession.anonymous();
        var path = "/events/registration.xhtml?code=" + code;
        var answer = guest.submit(path, "cancel", Map.of(), "cancelButton");
        assertEquals(302, answer.statusCode(), answer.body());
        var page = guest.get(path).body();
        var messages = page.substring(page.indexOf("id=\"messages\""));
        return messages.substring(0, messages.indexOf("</ul>"));
    }

    private static String seats(String path, boolean english) throws Exception {
        var page = english ? inEnglish(path) : HttpSession.anonymous().get(path).body();
        var matcher = Pattern.compile("<dd id=\"seats\">([^<]*)</dd>").matcher(page);
        assertTrue(matcher.find(), page);
        return matcher.group(1).strip();
    }

    private static String facts(String page) {
        int start = page.indexOf("id=\"facts\"");
        assertTrue(start > 0, page);
        return page.substring(start, page.indexOf("</dl>", start));
    }

    private static String inEnglish(String path) throws Exception {
        var session = HttpSession.anonymous();
        session.get(path + "&lang=en");
        return session.get(path).body();
    }

    private static String day(LocalDateTime time, String language) {
        return time.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(language)));
    }
}
