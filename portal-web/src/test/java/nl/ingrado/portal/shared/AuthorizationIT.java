package nl.ingrado.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.HttpSession;
import org.junit.jupiter.api.Test;

/**
 * Every page and API call, tried as anonymous, member, rayon contact, provider, auditor, staff and admin: allowed → 200,
 * anonymous on a guarded page → sent to login (API: 401), any other role → 403. Over plain HTTP,
 * so the server's own answers are checked, not what a menu happens to show.
 */
class AuthorizationIT {

    private static final String ANONYMOUS = "anonymous";
    private static final List<String> ROLES = List.of(ANONYMOUS, "member", "rayon", "provider", "auditor",
            "adviser", "staff", "admin");
    private static final Set<String> EVERYONE = Set.copyOf(ROLES);
    private static final Set<String> LOGGED_IN = Set.of("member", "rayon", "provider", "auditor", "adviser",
            "staff", "admin");
    /** Professionals: a member, and a rayon contact person (also a member). */
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
            Map.entry("/member/ask.xhtml", MEMBERS),
            Map.entry("/member/questions.xhtml", MEMBERS),
            Map.entry("/staff/questions.xhtml", Set.of("staff", "admin")),
            Map.entry("/adviser/index.xhtml", Set.of("adviser")),
            Map.entry("/adviser/phone.xhtml", Set.of("adviser")),
            Map.entry("/admin/index.xhtml", Set.of("admin")));

    private static final Map<String, Set<String>> APIS = Map.ofEntries(
            Map.entry("/api/krsd/me", MEMBERS),
            Map.entry("/api/krsd/register?q=Leerplicht", EVERYONE),
            Map.entry("/api/krsd/registrants", Set.of("auditor")),
            Map.entry("/api/me", LOGGED_IN),
            Map.entry("/api/rayons", EVERYONE),
            Map.entry("/api/rayons/1", EVERYONE),
            Map.entry("/api/events", EVERYONE),
            Map.entry("/api/events/1", EVERYONE),
            Map.entry("/api/events/1/registrations", Set.of("staff", "admin")),
            Map.entry("/api/questions/mine", MEMBERS),
            Map.entry("/api/questions?status=NEW", Set.of("adviser")));

    /** One user per role, as the demo has them: the member in the register, the rayon contact applying. */
    private static final Map<String, User> ACCOUNTS = Map.of("member",
            registrant(BrowserFixtures.member("Mona Lid")),
            "rayon", applicant(BrowserFixtures.rayonContact("Rob Rayon", "midden")), "provider",
            BrowserFixtures.provider("Paula Aanbieder"), "auditor", BrowserFixtures.auditor("Abel Auditor"),
            "adviser", BrowserFixtures.adviser("Aida Adviseur"), "staff",
            BrowserFixtures.staff("Stan Staf"), "admin", BrowserFixtures.admin("Adri Admin"));

    @Test
    void everyPageAndApiCallAnswersEachRoleAsDeclared() throws Exception {
        var wrong = new ArrayList<String>();
        for (var role : ROLES) {
            var session = ANONYMOUS.equals(role)
                    ? HttpSession.anonymous()
                    : HttpSession.loggedIn(ACCOUNTS.get(role));
            for (var page : PAGES.entrySet()) {
                int expected = page.getValue().contains(role) ? 200 : ANONYMOUS.equals(role) ? 302 : 403;
                var response = session.get(page.getKey());
                if (response.statusCode() != expected || expected == 302 && !response.headers()
                        .firstValue("Location").orElse("").endsWith("/login.xhtml")) {
                    wrong.add(role + " " + page.getKey() + ": " + response.statusCode() + " (expected "
                            + expected + ")");
                }
            }
            for (var api : APIS.entrySet()) {
                int expected = api.getValue().contains(role) ? 200 : ANONYMOUS.equals(role) ? 401 : 403;
                var response = session.get(api.getKey());
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
        var anonymous = HttpSession.anonymous();
        assertEquals(403, anonymous.get("/templates/page.xhtml").statusCode());
        assertEquals(404, anonymous.get("/WEB-INF/web.xml").statusCode());
    }

    private static User registrant(User user) {
        BrowserFixtures.registrant(user);
        return user;
    }

    private static User applicant(User user) {
        BrowserFixtures.applicant(user);
        return user;
    }
}
