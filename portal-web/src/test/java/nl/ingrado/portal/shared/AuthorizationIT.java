package nl.ingrado.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.ingrado.portal.testing.Browser;
import nl.ingrado.portal.testing.TestEnvironment;
import org.junit.jupiter.api.Test;

/**
 * Every page and API call, tried as anonymous, member, rayon contact, provider, auditor, staff and admin: allowed → 200,
 * anonymous on a guarded page → sent to login (API: 401), any other role → 403. Over plain HTTP,
 * so the server's own answers are checked, not what a menu happens to show.
 */
class AuthorizationIT {

    private static final String ANONYMOUS = "anonymous";
    private static final List<String> ROLES = List.of(ANONYMOUS, "member", "rayon", "provider", "auditor",
            "staff", "admin");
    private static final Set<String> EVERYONE = Set.copyOf(ROLES);
    private static final Set<String> LOGGED_IN = Set.of("member", "rayon", "provider", "auditor", "staff",
            "admin");
    /** Professionals: the demo member, and the demo rayon contact person (also a member). */
    private static final Set<String> MEMBERS = Set.of("member", "rayon");
    /** Who organises events: staff, admins, and rayon contact persons (for their own rayon). */
    private static final Set<String> ORGANISERS = Set.of("rayon", "staff", "admin");

    /** page → who may see it */
    private static final Map<String, Set<String>> PAGES = Map.ofEntries(
            Map.entry("/", EVERYONE),
            Map.entry("/login.xhtml", EVERYONE),
            Map.entry("/register.xhtml", EVERYONE),
            Map.entry("/password/forgot.xhtml", EVERYONE),
            Map.entry("/rayon/index.xhtml", EVERYONE),
            Map.entry("/rayon/view.xhtml?id=1", EVERYONE),
            Map.entry("/accessibility.xhtml", EVERYONE),
            Map.entry("/privacy.xhtml", EVERYONE),
            Map.entry("/account/profile.xhtml", LOGGED_IN),
            Map.entry("/account/password.xhtml", LOGGED_IN),
            Map.entry("/account/privacy.xhtml", LOGGED_IN),
            Map.entry("/member/index.xhtml", MEMBERS),
            Map.entry("/member/work.xhtml", MEMBERS),
            Map.entry("/member/registrations.xhtml", MEMBERS),
            Map.entry("/events/index.xhtml", EVERYONE),
            Map.entry("/events/view.xhtml?id=1", EVERYONE),
            Map.entry("/events/certificate.xhtml?code=demoPastTraining000001", EVERYONE),
            Map.entry("/organise/index.xhtml", ORGANISERS),
            Map.entry("/organise/event.xhtml", ORGANISERS),
            Map.entry("/auditor/index.xhtml", Set.of("auditor")),
            Map.entry("/krsd/index.xhtml", EVERYONE),
            Map.entry("/krsd/index.xhtml?q=Leerplicht", EVERYONE),
            Map.entry("/krsd/verify.xhtml?code=demoCertificateLotte0001", EVERYONE),
            Map.entry("/member/krsd/index.xhtml", MEMBERS),
            Map.entry("/member/krsd/records.xhtml", MEMBERS),
            Map.entry("/member/krsd/shares.xhtml", MEMBERS),
            Map.entry("/provider/index.xhtml", Set.of("provider")),
            Map.entry("/provider/request.xhtml", Set.of("provider")),
            Map.entry("/auditor/applications.xhtml", Set.of("auditor", "staff", "admin")),
            Map.entry("/auditor/queue.xhtml", Set.of("auditor")),
            Map.entry("/auditor/reregistration.xhtml", Set.of("auditor")),
            Map.entry("/auditor/scheme.xhtml", Set.of("auditor")),
            Map.entry("/auditor/accreditations.xhtml", Set.of("auditor")),
            Map.entry("/auditor/catalogue.xhtml", Set.of("auditor")),
            Map.entry("/auditor/registrants.xhtml", Set.of("auditor")),
            Map.entry("/auditor/samples.xhtml", Set.of("auditor")),
            Map.entry("/auditor/registrant.xhtml?id=1", Set.of("auditor")),
            Map.entry("/staff/index.xhtml", Set.of("staff", "admin")),
            Map.entry("/staff/mail.xhtml", Set.of("staff", "admin")),
            Map.entry("/staff/employments.xhtml", Set.of("staff", "admin")),
            Map.entry("/staff/erasures.xhtml", Set.of("staff", "admin")),
            Map.entry("/staff/memberships.xhtml", Set.of("staff", "admin")),
            Map.entry("/staff/rayon.xhtml?id=1", Set.of("staff", "admin")),
            Map.entry("/staff/person-new.xhtml", Set.of("staff", "admin")),
            Map.entry("/staff/organisation-new.xhtml", Set.of("staff", "admin")),
            Map.entry("/newsletter/index.xhtml", EVERYONE),
            Map.entry("/newsletter/subscribe.xhtml", EVERYONE),
            Map.entry("/newsletter/edition.xhtml?id=1", EVERYONE),
            Map.entry("/staff/newsletter/index.xhtml", Set.of("staff", "admin")),
            Map.entry("/staff/newsletter/edition.xhtml?id=1", Set.of("staff", "admin")),
            Map.entry("/staff/newsletter/subscribers.xhtml", Set.of("staff", "admin")),
            Map.entry("/staff/newsletter/segments.xhtml", Set.of("staff", "admin")),
            Map.entry("/staff/newsletter/preview?id=1&lang=nl", Set.of("staff", "admin")),
            Map.entry("/staff/newsletter/subscribers.csv", Set.of("staff", "admin")),
            Map.entry("/admin/index.xhtml", Set.of("admin")));

    private static final Map<String, Set<String>> APIS = Map.of(
            "/api/krsd/me", MEMBERS,
            "/api/krsd/register?q=Leerplicht", EVERYONE,
            "/api/krsd/registrants", Set.of("auditor"),
            "/api/me", LOGGED_IN,
            "/api/rayons", EVERYONE,
            "/api/rayons/1", EVERYONE,
            "/api/events", EVERYONE,
            "/api/events/1", EVERYONE,
            "/api/events/1/registrations", Set.of("staff", "admin"));

    private static final Map<String, String> ACCOUNTS = Map.of(
            "member", Browser.MEMBER, "rayon", Browser.RAYON_CONTACT, "provider", Browser.PROVIDER, "auditor",
            Browser.AUDITOR, "staff", Browser.STAFF, "admin", Browser.ADMIN);

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String base = TestEnvironment.portal().baseUrl();

    @Test
    void everyPageAndApiCallAnswersEachRoleAsDeclared() throws Exception {
        var wrong = new ArrayList<String>();
        for (var role : ROLES) {
            var session = ANONYMOUS.equals(role) ? null : logIn(ACCOUNTS.get(role));
            for (var page : PAGES.entrySet()) {
                int expected = page.getValue().contains(role) ? 200 : ANONYMOUS.equals(role) ? 302 : 403;
                var response = get(page.getKey(), session);
                if (response.statusCode() != expected || expected == 302 && !response.headers()
                        .firstValue("Location").orElse("").endsWith("/login.xhtml")) {
                    wrong.add(role + " " + page.getKey() + ": " + response.statusCode() + " (expected "
                            + expected + ")");
                }
            }
            for (var api : APIS.entrySet()) {
                int expected = api.getValue().contains(role) ? 200 : ANONYMOUS.equals(role) ? 401 : 403;
                var response = get(api.getKey(), session);
                if (response.statusCode() != expected) {
                    wrong.add(role + " " + api.getKey() + ": " + response.statusCode() + " (expected "
                            + expected + ")");
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void templatesAndInternalsAreNotServed() throws Exception {
        assertEquals(403, get("/templates/page.xhtml", null).statusCode());
        assertEquals(404, get("/WEB-INF/web.xml", null).statusCode());
    }

    private HttpResponse<String> get(String path, String session) throws Exception {
        var builder = HttpRequest.newBuilder(URI.create(base + path));
        if (session != null) {
            builder.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Logs in through the real form and returns the session id. */
    private String logIn(String email) throws Exception {
        var page = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        var session = cookie(page);
        var matcher = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page.body());
        assertTrue(matcher.find(), "the login form has a view state");
        var form = "form=form&form%3Aemail=" + enc(email) + "&form%3Apassword=" + enc(Browser.DEMO_PASSWORD)
                + "&form%3Asubmit=&jakarta.faces.ViewState=" + enc(matcher.group(1));
        var login = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, login.statusCode(), "logging in as " + email);
        var renewed = cookie(login);
        return renewed == null ? session : renewed;
    }

    private static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';'))).findFirst().orElse(null);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
