package nl.ingrado.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpResponse;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.HttpSession;
import nl.ingrado.portal.testing.TestEnvironment;
import org.junit.jupiter.api.Test;

/**
 * With MariaDB stopped, every page and API call says within 2 s that the portal is briefly
 * unavailable (503, Retry-After), the readiness check says DOWN, and once MariaDB is back the same
 * portal serves pages again without a restart. Runs on the client side: the test database lives in
 * this JVM (see {@link TestEnvironment}), the portal in its own process. Other tests share that
 * database, so it is started again whatever happens here.
 */
class DatabaseOutageIT {

    private static final long FAST_MS = 2_000;
    /** As the portal promises (DatabaseOutage.RETRY_AFTER_SECONDS), seen from outside. */
    private static final String RETRY_AFTER = "30";

    @Test
    void withoutItsDatabaseThePortalSaysBrieflyUnavailableAtOnceAndRecoversWithoutARestart()
            throws Exception {
        var member = BrowserFixtures.member("Olga Outage");
        var visitor = HttpSession.anonymous();
        var loggedIn = HttpSession.loggedIn(member);
        // the pages and calls below work, and the pool holds connections that are about to die
        assertEquals(200, visitor.get("/events/index.xhtml").statusCode());
        assertEquals(200, visitor.get("/api/events").statusCode());
        assertEquals(200, loggedIn.get("/account/profile.xhtml").statusCode());
        var loginPage = visitor.get("/login.xhtml").body();

        var database = TestEnvironment.database();
        long restarted;
        String resend;
        try {
            database.stop();

            var page = timed("agenda page", () -> visitor.get("/events/index.xhtml"));
            assertUnavailable(page);
            assertTrue(page.body().contains("Het portaal is even niet bereikbaar"), page.body());
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));

            var api = timed("API call", () -> visitor.get("/api/events"));
            assertUnavailable(api);
            assertTrue(
                    api.headers().firstValue("Content-Type").orElse("")
                            .startsWith("application/problem+json"),
                    api.headers().toString());
            assertTrue(api.body().contains("\"status\":503"), api.body());

            var own = timed("logged-in page", () -> loggedIn.get("/account/profile.xhtml"));
            assertUnavailable(own);

            // a form sent during the outage: the page says it was not saved and how to get it back
            var posted = timed("login form sent", () -> visitor.post("/login.xhtml",
                    "form=form&form%3Aemail=" + enc(member.email()) + "&form%3Apassword="
                            + enc(member.password()) + "&form%3Asubmit=&jakarta.faces.ViewState="
                            + enc(HttpSession.viewState(loginPage))));
            assertUnavailable(posted);
            assertTrue(posted.body().contains("Dan is dat niet opgeslagen"), posted.body());
            resend = resendForm(posted.body());
            assertTrue(resend.contains("form%3Aemail=" + enc(member.email())),
                    "what was typed is kept: " + resend);
            assertTrue(!posted.body().contains(member.password()), "no password in the page");
            assertTrue(resend.contains("form%3Apassword=&") || resend.endsWith("form%3Apassword="), resend);

            var ready = timed("readiness check", () -> visitor.get("/health/ready"));
            assertEquals(503, ready.statusCode(), ready.body());
            assertTrue(ready.body().contains("DOWN"), ready.body());
        } finally {
            database.restart();
            restarted = System.nanoTime();
        }

        // no restart of the portal: the next requests find the database again
        var again = visitor.get("/events/index.xhtml");
        System.out.printf("DatabaseOutageIT: first page after MariaDB was back: HTTP %d after %d ms%n",
                again.statusCode(), (System.nanoTime() - restarted) / 1_000_000);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(200, visitor.get("/api/events").statusCode());
        assertEquals(200, loggedIn.get("/account/profile.xhtml").statusCode(), "the session survived");
        var ready = visitor.get("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());

        // sent again from the 503 page: the login form comes back with the address typed, asking only
        // for the password that was not kept
        var resent = visitor.post("/login.xhtml", resend);
        assertEquals(200, resent.statusCode(), resent.body());
        assertTrue(resent.body().contains("value=\"" + member.email() + "\""), resent.body());
        assertTrue(resent.body().contains("Vul dit veld in."), resent.body());
    }

    /** The hidden fields of the page's "send again" form, as a form body. */
    private static String resendForm(String page) {
        var form = page.substring(page.indexOf("id=\"resend\""));
        form = form.substring(0, form.indexOf("</form>"));
        var body = new StringBuilder();
        var matcher = Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\"(?: value=\"([^\"]*)\")?")
                .matcher(form);
        while (matcher.find()) {
            body.append(body.isEmpty() ? "" : "&").append(enc(unescape(matcher.group(1)))).append('=')
                    // an empty value is left out of the tag, and a browser sends it empty
                    .append(matcher.group(2) == null ? "" : enc(unescape(matcher.group(2))));
        }
        return body.toString();
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static void assertUnavailable(HttpResponse<String> response) {
        assertEquals(503, response.statusCode(), response.body());
        assertEquals(RETRY_AFTER, response.headers().firstValue("Retry-After").orElse("none"), "Retry-After");
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse("none"));
    }

    private static HttpResponse<String> timed(String what, Callable<HttpResponse<String>> request)
            throws Exception {
        long start = System.nanoTime();
        var response = request.call();
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("DatabaseOutageIT: %s during the outage: HTTP %d in %d ms%n", what,
                response.statusCode(), ms);
        assertTrue(ms < FAST_MS, what + " took " + ms + " ms");
        return response;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
