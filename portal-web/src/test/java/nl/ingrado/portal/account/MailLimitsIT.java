package nl.ingrado.portal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.Fixtures;
import nl.ingrado.portal.testing.HttpSession;
import nl.ingrado.portal.testing.TestEnvironment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The forms that mail an address a visitor types (reset, sign-up with a known address, a guest's
 * registration link) share one limit per recipient and one per client, counted in the database:
 * past it they mail nothing and answer exactly as before. (The newsletter form is held to the same
 * limit in NewsletterPublicSubscribeIT.)
 */
class MailLimitsIT {

    /** {@code portal.mail-limit.per-address}, as the test portal runs (the default). */
    private static final int PER_ADDRESS = 5;

    @BeforeAll
    static void startThePortal() {
        // it migrates the database the fixtures write to
        TestEnvironment.portal();
    }

    @Test
    void pastFiveMailsAnHourToOneAddressEveryFormStaysSilentWithTheSameAnswer() throws Exception {
        awayFromTheHoursTurn();
        var owner = Fixtures.account("bombe").email();
        var event = Fixtures.event().title(Fixtures.unique("Open webinar")).create().id();
        var session = HttpSession.anonymous();

        var resetAnswer = answer(session, reset(session, owner), owner);
        answer(session, reset(session, owner), owner);
        var signUpAnswer = answer(session, signUp(session, owner), owner);
        answer(session, signUp(session, owner), owner);
        var guestAnswer = answer(session, guest(session, event, owner), owner);
        awaitMails(owner, PER_ADDRESS);
        assertEquals(Map.of("account.reset", 2L, "account.exists", 2L, "event.guestConfirm", 1L),
                kinds(owner), "all three forms count against one limit");

        // the sixth, seventh and eighth ask for mail in vain, and hear what everyone hears
        assertEquals(resetAnswer, answer(session, reset(session, owner), owner));
        assertEquals(signUpAnswer, answer(session, signUp(session, owner), owner));
        assertEquals(guestAnswer, answer(session, guest(session, event, owner), owner));
        Thread.sleep(1500); // the reset mails after its answer
        assertEquals(PER_ADDRESS, mailsTo(owner), "nothing more went to " + owner);
        assertEquals(1, Db.number("SELECT COUNT(*) FROM guest_request WHERE email = ?", owner),
                "a refused guest request stores nothing");
        assertEquals(8, used("RECIPIENT", owner), "the count is kept in the database");
    }

    @Test
    void aClientPastItsLimitMailsNobodyAndItsCountIsSharedThroughTheDatabase() throws Exception {
        var owner = Fixtures.account("klant").email();
        var busy = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
        var calm = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
        awayFromTheHoursTurn();
        // another node counted this client full this hour
        Db.update("INSERT INTO mail_limit (scope, subject_hash, window_start, used) VALUES ('CLIENT', "
                + "SHA2(?, 256), DATE_FORMAT(UTC_TIMESTAMP(), '%Y-%m-%d %H:00:00'), 1000000) "
                + "ON DUPLICATE KEY UPDATE used = 1000000", busy);

        var fromBusy = behindProxy(busy);
        var refused = answer(fromBusy, reset(fromBusy, owner), owner);
        Thread.sleep(1500);
        assertEquals(0, mailsTo(owner), "a client past its limit mails nobody");
        assertEquals(1_000_001, used("CLIENT", busy));
        assertEquals(0, used("RECIPIENT", owner), "a refused client does not use up the address's mails");

        var fromCalm = behindProxy(calm);
        assertEquals(refused, answer(fromCalm, reset(fromCalm, owner), owner), "the same answer either way");
        awaitMails(owner, 1);
        assertEquals(1, used("CLIENT", calm));
    }

    /**
     * Waits for the next hour when this one has less than 15 seconds left (a test takes a few): the
     * limits count per clock hour, so a test that straddles the hour's turn meets a fresh count.
     */
    private static void awayFromTheHoursTurn() throws InterruptedException {
        var now = java.time.LocalTime.now(java.time.ZoneOffset.UTC);
        if (now.getMinute() == 59 && now.getSecond() >= 45) {
            Thread.sleep((61 - now.getSecond()) * 1000L);
        }
    }

    /** A visitor at {@code client} behind a proxy the test portal trusts for these requests. */
    private static HttpSession behindProxy(String client) {
        return HttpSession.anonymous().header("X-Test-Trusted-Proxies", "127.0.0.1, ::1")
                .header("X-Forwarded-For", client);
    }

    private static HttpResponse<String> reset(HttpSession session, String email) throws IOException {
        return session.submit("/password/forgot.xhtml", "form", Map.of("email", email), "submit");
    }

    private static HttpResponse<String> signUp(HttpSession session, String email) throws IOException {
        return session.submit("/register.xhtml", "form", Map.of("displayName", "Bert Bom", "email", email,
                "password", Fixtures.PASSWORD, "passwordRepeat", Fixtures.PASSWORD), "submit");
    }

    private static HttpResponse<String> guest(HttpSession session, long event, String email)
            throws IOException {
        return session.submit("/events/view.xhtml?id=" + event, "guest",
                Map.of("guestName", "Gast Bom", "guestEmail", email), "guestSubmit");
    }

    /** Where the form sent the visitor and the message shown there, the address typed left out. */
    private static String answer(HttpSession session, HttpResponse<String> response, String email)
            throws IOException {
        var followed = session.follow(response);
        assertNotNull(followed.messages(), "a message is shown");
        return followed.location().replace(email, "{address}") + " "
                + followed.messages().replace(email, "{address}");
    }

    private static long mailsTo(String email) {
        return Db.number("SELECT COUNT(*) FROM mail_log WHERE recipient = ?", email);
    }

    private static Map<String, Long> kinds(String email) {
        var counts = new java.util.TreeMap<String, Long>();
        Db.rows("SELECT kind FROM mail_log WHERE recipient = ?", email)
                .forEach(row -> counts.merge(row.get(0), 1L, Long::sum));
        return counts;
    }

    private static long used(String scope, String subject) {
        return Db.number("SELECT SUM(used) FROM mail_limit WHERE scope = ? AND subject_hash = SHA2(?, 256) "
                + "AND window_start > UTC_TIMESTAMP() - INTERVAL 2 HOUR", scope, subject);
    }

    private static void awaitMails(String email, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (mailsTo(email) < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(count, mailsTo(email), "mails to " + email);
    }
}
