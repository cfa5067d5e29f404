package nl.ingrado.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.Fixtures;
import nl.ingrado.portal.testing.HttpSession;
import nl.ingrado.portal.testing.TestEnvironment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The client address the portal keeps (the newsletter's proof of consent, failed logins): by default
 * {@code X-Forwarded-For} is anyone's to write and counts for nothing; from a trusted proxy
 * ({@code portal.trusted-proxies}, switched per request by the test portal) the right-most address
 * that is no trusted proxy counts.
 */
class ClientAddressIT {

    private static final String FORGED = "6.6.6.6";

    @BeforeAll
    static void startThePortal() {
        // it migrates the database the fixtures write to
        TestEnvironment.portal();
    }

    @Test
    void forwardedForCountsOnlyFromTrustedProxies() throws Exception {
        // nobody is trusted (the default): the header is ignored, the peer is the client
        var plain = subscribe(HttpSession.anonymous().header("X-Forwarded-For", FORGED));
        assertTrue(List.of("127.0.0.1", "0:0:0:0:0:0:0:1").contains(plain), plain);

        // the peer is a trusted proxy: what it appended counts, what the client wrote before does not
        var proxied = subscribe(HttpSession.anonymous().header("X-Test-Trusted-Proxies", "127.0.0.1, ::1")
                .header("X-Forwarded-For", FORGED + ", 198.51.100.23"));
        assertEquals("198.51.100.23", proxied);

        // two proxies in a row, both trusted: the hop before them
        var chained = subscribe(HttpSession.anonymous()
                .header("X-Test-Trusted-Proxies", "127.0.0.1, ::1, 10.0.0.0/8")
                .header("X-Forwarded-For", FORGED + ", 198.51.100.24, 10.1.2.3"));
        assertEquals("198.51.100.24", chained);
    }

    @Test
    void aFailedLoginIsCountedAgainstThePeerNotAForgedAddress() throws Exception {
        var email = Fixtures.account("xff").email();
        var session = HttpSession.anonymous().header("X-Forwarded-For", FORGED);
        var response = session.submit("/login.xhtml", "form",
                Map.of("email", email, "password", "fout wachtwoord"),
                "submit");
        assertEquals(200, response.statusCode());
        var address = Db.text("SELECT client_address FROM login_failure WHERE login_name = ?", email);
        assertTrue(List.of("127.0.0.1", "0:0:0:0:0:0:0:1").contains(address), address);
    }

    /** Subscribes a new address on the public form; returns the client address its consent keeps. */
    private static String subscribe(HttpSession session) throws Exception {
        var email = Fixtures.email("xff");
        var response = session.submit("/newsletter/subscribe.xhtml", "form",
                Map.of("email", email, "consent", "on"), "submit");
        assertEquals(302, response.statusCode(), response.body());
        return Db.text(
                "SELECT c.source_detail FROM nl_consent c JOIN nl_subscriber s ON s.id = c.subscriber_id "
                        + "WHERE s.email = ? AND c.action = 'REQUESTED'",
                email);
    }
}
