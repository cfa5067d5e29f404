package nl.ingrado.portal.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.Fixtures;
import nl.ingrado.portal.testing.HttpSession;
import nl.ingrado.portal.testing.TestEnvironment;
import org.junit.jupiter.api.Test;

/**
 * What a browser, a careless user or an attacker sends at the edges of the web container: forms with
 * view state from an ended session, oversized and broken bodies, addresses meant to lead off the site
 * or to carry a session id, and the runtime's own endpoints. Over plain HTTP, so the server's own
 * answers are checked.
 */
class EdgeIT {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final User MEMBER = BrowserFixtures.member("Erik Edge");
    private static final User ADMIN = BrowserFixtures.admin("Ada Edge");

    /**
     * The login form keeps no state on the server (no session until someone logs in), so a form opened
     * before the session ended has nothing that could expire: sending it logs in, as it would have.
     */
    @Test
    void loginAfterTheSessionEndedStillLogsIn() throws Exception {
        var page = expiredPost("/login.xhtml", Map.of("form:email", MEMBER.email(), "form:password",
                MEMBER.password()));
        assertEquals(302, page.statusCode(), page.body());
        var location = page.headers().firstValue("Location").orElseThrow();
        assertTrue(!location.contains("login.xhtml"), location);
        assertTrue(page.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID=")),
                "logged in: a session now");
    }

    @Test
    void signUpAfterTheSessionEndedShowsTheFormAgainAndCreatesNothing() throws Exception {
        var email = Fixtures.email("expired");
        var page = expiredPost("/register.xhtml",
                Map.of("form:displayName", "Eva Verlopen", "form:email", email,
                        "form:password", "Een-lang-wachtwoord-1", "form:passwordRepeat",
                        "Een-lang-wachtwoord-1"));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Je sessie was verlopen"), page.body());
        assertEquals("Eva Verlopen", value(page.body(), "form:displayName"));
        assertEquals(email, value(page.body(), "form:email"));
        assertEquals(null, value(page.body(), "form:password"));
        assertEquals(0, Db.number("SELECT COUNT(*) FROM account WHERE email = ?", email));
    }

    @Test
    void forgotPasswordAfterTheSessionEndedShowsTheFormAgainWithTheEmail() throws Exception {
        var page = expiredPost("/password/forgot.xhtml", Map.of("form:email", MEMBER.email()));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<title>Wachtwoord vergeten"), page.body());
        assertTrue(page.body().contains("Je sessie was verlopen"), page.body());
        assertEquals(MEMBER.email(), value(page.body(), "form:email"));
    }

    @Test
    void anyOtherFormWithStaleViewStateShowsTheExpiredPageAlsoByAjax() throws Exception {
        // the view state of the member's other session (another browser), unknown to this one
        var member = HttpSession.loggedIn(MEMBER);
        var fields = Map.of("form:currentPassword", MEMBER.password(), "form:newPassword",
                "Nieuw-wachtwoord-12",
                "form:newPasswordRepeat", "Nieuw-wachtwoord-12");
        var page = expiredPost(HttpSession.loggedIn(MEMBER), member, "/account/password.xhtml", fields);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<title>Pagina verlopen"), page.body());
        HttpSession.loggedIn(MEMBER.email(), MEMBER.password()); // the password did not change

        var ajax = expiredPost(HttpSession.loggedIn(MEMBER), member, "/account/password.xhtml",
                Map.of("jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "form:currentPassword",
                        "jakarta.faces.partial.execute", "form:currentPassword"),
                "Faces-Request", "partial/ajax");
        assertEquals(200, ajax.statusCode());
        assertTrue(ajax.body().contains("<update id=\"jakarta.faces.ViewRoot\">"), ajax.body());
        assertTrue(ajax.body().contains("Pagina verlopen"), ajax.body());
    }

    @Test
    void aFormOverTwoMegabytesGetsThe413PageInTheUsersLanguageAndStoresNothing() throws Exception {
        var email = Fixtures.email("large");
        var body = "form=form&form%3AdisplayName=" + "x".repeat(3_000_000) + "&form%3Aemail=" + enc(email);
        var dutch = HttpSession.anonymous().send("POST", "/register.xhtml", FORM,
                BodyPublishers.ofString(body));
        assertEquals(413, dutch.statusCode());
        assertTrue(dutch.body().contains("<title>Formulier te groot"), dutch.body());
        var english = HttpSession.anonymous().send("POST", "/register.xhtml", FORM,
                BodyPublishers.ofString(body),
                "Cookie", "portal_lang=en");
        assertEquals(413, english.statusCode());
        assertTrue(english.body().contains("<title>Form too large"), english.body());
        assertEquals(0, Db.number("SELECT COUNT(*) FROM account WHERE email = ?", email));
    }

    @Test
    void theLanguageSwitchStaysOnThisSite() throws Exception {
        var anonymous = HttpSession.anonymous();
        for (var path : new String[]{"//evil.example/x.xhtml?lang=en", "//login.xhtml?lang=en"}) {
            var response = anonymous.get(path);
            assertEquals(302, response.statusCode(), path);
            var target = URI.create(baseUrl())
                    .resolve(response.headers().firstValue("Location").orElseThrow());
            assertEquals(URI.create(baseUrl()).getAuthority(), target.getAuthority(), path + " → " + target);
        }
        var page = anonymous.get("//login.xhtml").body();
        assertFalse(page.contains("href=\"//"), "no link of the page leads to another host");
    }

    @Test
    void aSessionIdInTheAddressIsNotAcceptedNorWritten() throws Exception {
        var member = HttpSession.loggedIn(MEMBER);
        var id = member.cookie("JSESSIONID");
        var stranger = HttpSession.anonymous();
        var page = stranger.get("/member/index.xhtml;jsessionid=" + id);
        assertEquals(302, page.statusCode());
        assertTrue(page.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml"));
        var publicPage = stranger.get("/index.xhtml;jsessionid=" + id);
        assertEquals(302, publicPage.statusCode());
        assertFalse(publicPage.headers().firstValue("Location").orElseThrow().contains("jsessionid"));
        assertFalse(HttpSession.anonymous().get("/login.xhtml").body().contains("jsessionid"));
        assertEquals(200, member.get("/member/index.xhtml").statusCode(),
                "the member's own cookie still works");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        var anonymous = HttpSession.anonymous();
        var member = HttpSession.loggedIn(MEMBER);
        var answers = new LinkedHashMap<String, HttpResponse<String>>();
        answers.put("403", member.get("/admin/index.xhtml"));
        answers.put("302", anonymous.get("/member/index.xhtml"));
        answers.put("404", anonymous.get("/nope.xhtml"));
        answers.put("500",
                anonymous.send("GET", "/login.xhtml", null, BodyPublishers.noBody(), "X-Test-Fail", "1"));
        answers.put("413", anonymous.send("POST", "/login.xhtml", FORM, BodyPublishers.ofString("a=" + "x"
                .repeat(2_200_000))));
        answers.put("400", anonymous.send("POST", "/login.xhtml", "multipart/form-data; boundary=b",
                BodyPublishers.ofString("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nbroken")));
        answers.put("405", anonymous.send("DELETE", "/api/rayons", null, BodyPublishers.noBody(), "Origin",
                baseUrl()));
        answers.put("200", anonymous.get("/jakarta.faces.resource/theme.css.xhtml?ln=primefaces-ingrado"));
        for (var answer : answers.entrySet()) {
            var response = answer.getValue();
            assertEquals(answer.getKey(), String.valueOf(response.statusCode()), response.uri().toString());
            assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("")
                    .contains("frame-ancestors 'none'"), answer.getKey() + ": " + response.headers().map());
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null),
                    answer.getKey());
            assertTrue(response.headers().firstValue("Referrer-Policy").isPresent(), answer.getKey());
        }
        assertTrue(answers.get("500").body().contains("<title>Er ging iets mis"), "the 500 page");
        assertTrue(answers.get("400").body().contains("<title>Verzoek niet te lezen"), "the 400 page");
    }

    @Test
    void metricsAndTheWadlAreForAdministratorsOnly() throws Exception {
        var anonymous = HttpSession.anonymous();
        var member = HttpSession.loggedIn(MEMBER);
        var admin = HttpSession.loggedIn(ADMIN);
        for (var path : new String[]{"/metrics", "/metrics?scope=base", "/api/application.wadl"}) {
            assertEquals(403, anonymous.get(path).statusCode(), "anonymous " + path);
            assertEquals(403, member.get(path).statusCode(), "member " + path);
            assertEquals(200, admin.get(path).statusCode(), "admin " + path);
        }
        assertTrue(admin.get("/metrics").body().contains("# TYPE"));
        assertTrue(admin.get("/api/application.wadl").body().contains("<application"));
    }

    /**
     * Posts {@code fields} of the form on {@code path} with the view state of a session that ended: the
     * page is opened in one session and sent from another without its cookie, as after a timeout.
     */
    private static HttpResponse<String> expiredPost(String path, Map<String, String> fields)
            throws IOException {
        return expiredPost(HttpSession.anonymous(), HttpSession.anonymous(), path, fields);
    }

    /** Posts the form on {@code path} as opened by {@code opener} from {@code sender}, who never had that view. */
    private static HttpResponse<String> expiredPost(HttpSession opener, HttpSession sender, String path,
            Map<String, String> fields, String... headers) throws IOException {
        var viewState = HttpSession.viewState(opener.get(path).body());
        var all = new LinkedHashMap<String, String>();
        all.put("form", "form");
        all.putAll(fields);
        all.put("form:submit", "");
        all.put("jakarta.faces.ViewState", viewState);
        var body = all.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return sender.send("POST", path, FORM, BodyPublishers.ofString(body), headers);
    }

    /** The value attribute of the input with this id, or null when it has none. */
    private static String value(String page, String id) {
        var input = page.replaceAll("(?s).*?(<input[^>]*id=\"" + java.util.regex.Pattern.quote(id)
                + "\"[^>]*>).*", "$1");
        var matcher = java.util.regex.Pattern.compile("value=\"([^\"]*)\"").matcher(input);
        return input.startsWith("<input") && matcher.find() ? matcher.group(1).replace("&#64;", "@") : null;
    }

    private static String baseUrl() {
        return TestEnvironment.portal().baseUrl();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
