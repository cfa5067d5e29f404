package nl.ingrado.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
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
    private static final Set<String> PROVIDERS = Set.of("provider");
    private static final Set<String> AUDITORS = Set.of("auditor");
    private static final Set<String> AUDITORS_AND_STAFF = Set.of("auditor", "staff", "admin");
    private static final Set<String> STAFF = Set.of("staff", "admin");
    private static final Set<String> ADMINS = Set.of("admin");
    private static final Set<String> ADVISERS = Set.of("adviser");
    /** Who edits the knowledge base and the document list: advisers and the association's staff. */
    private static final Set<String> KNOWLEDGE_EDITORS = Set.of("adviser", "staff", "admin");

    /** page → who may see it, written as who → their pages */
    private static final Map<String, Set<String>> PAGES = byPath(Map.of(
            EVERYONE, List.of("/", "/login.xhtml", "/register.xhtml", "/password/forgot.xhtml",
                    "/rayon/index.xhtml", "/rayon/view.xhtml?id=1", "/accessibility.xhtml", "/privacy.xhtml",
                    "/events/index.xhtml", "/events/view.xhtml?id=1",
                    "/events/certificate.xhtml?code=demoPastTraining000001",
                    "/krsd/index.xhtml", "/krsd/index.xhtml?q=Leerplicht",
                    "/krsd/verify.xhtml?code=demoCertificateLotte0001", "/newsletter/index.xhtml",
                    "/newsletter/subscribe.xhtml", "/newsletter/edition.xhtml?id=1", "/knowledge/index.xhtml",
                    "/documents/index.xhtml"),
            LOGGED_IN, List.of("/account/profile.xhtml", "/account/password.xhtml", "/account/privacy.xhtml"),
            MEMBERS, List.of("/member/index.xhtml", "/member/work.xhtml", "/member/registrations.xhtml",
                    "/member/krsd/index.xhtml", "/member/krsd/records.xhtml", "/member/krsd/shares.xhtml",
                    "/member/ask.xhtml", "/member/questions.xhtml", "/member/invoices.xhtml"),
            ORGANISERS, List.of("/organise/index.xhtml", "/organise/event.xhtml"),
            AUDITORS, List.of("/auditor/index.xhtml", "/auditor/queue.xhtml", "/auditor/reregistration.xhtml",
                    "/auditor/scheme.xhtml", "/auditor/accreditations.xhtml", "/auditor/catalogue.xhtml",
                    "/auditor/registrants.xhtml", "/auditor/samples.xhtml", "/auditor/registrant.xhtml?id=1"),
            PROVIDERS, List.of("/provider/index.xhtml", "/provider/request.xhtml"),
            AUDITORS_AND_STAFF, List.of("/auditor/applications.xhtml"),
            STAFF, List.of("/staff/index.xhtml", "/staff/mail.xhtml", "/staff/employments.xhtml",
                    "/staff/erasures.xhtml", "/staff/memberships.xhtml", "/staff/rayon.xhtml?id=1",
                    "/staff/person-new.xhtml", "/staff/organisation-new.xhtml",
                    "/staff/newsletter/index.xhtml",
                    "/staff/newsletter/edition.xhtml?id=1", "/staff/newsletter/subscribers.xhtml",
                    "/staff/newsletter/segments.xhtml", "/staff/newsletter/preview?id=1&lang=nl",
                    "/staff/newsletter/subscribers.csv", "/staff/questions.xhtml", "/staff/invoices.xhtml",
                    "/staff/invoicing.xhtml", "/staff/invoicing.xhtml?purpose=MEMBERSHIP",
                    "/staff/outstanding.xhtml", "/staff/bank-statements.xhtml",
                    "/staff/billing.xhtml?organisation=1", "/staff/export/invoices.csv"),
            ADVISERS, List.of("/adviser/index.xhtml", "/adviser/phone.xhtml"),
            ADMINS, List.of("/admin/index.xhtml")),
            Map.of(KNOWLEDGE_EDITORS, List.of("/adviser/articles.xhtml", "/adviser/documents.xhtml")));

    /** API call → who may make it, written as who → their calls */
    private static final Map<String, Set<String>> APIS = byPath(Map.of(
            MEMBERS, List.of("/api/krsd/me", "/api/questions/mine"),
            ADVISERS, List.of("/api/questions?status=NEW"),
            EVERYONE,
            List.of("/api/krsd/register?q=Leerplicht", "/api/rayons", "/api/rayons/1", "/api/events",
                    "/api/events/1", "/api/knowledge?q=vrijstelling", "/api/documents"),
            AUDITORS, List.of("/api/krsd/registrants"),
            LOGGED_IN, List.of("/api/me"),
            STAFF, List.of("/api/events/1/registrations")));

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
            check(session, role, PAGES, 302, wrong);
            check(session, role, APIS, 401, wrong);
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void templatesAndInternalsAreNotServed() throws Exception {
        var anonymous = HttpSession.anonymous();
        assertEquals(403, anonymous.get("/templates/page.xhtml").statusCode());
        assertEquals(404, anonymous.get("/WEB-INF/web.xml").statusCode());
    }

    /**
     * Asks for every path as {@code role}: 200 where it may, else 403, or for anonymous {@code anonymous}
     * (a page: 302 to the login page; an API call: 401). What differs is added to {@code wrong}.
     */
    private static void check(HttpSession session, String role, Map<String, Set<String>> paths, int anonymous,
            List<String> wrong) throws IOException {
        for (var path : paths.entrySet()) {
            int expected = path.getValue().contains(role) ? 200 : ANONYMOUS.equals(role) ? anonymous : 403;
            var response = session.get(path.getKey());
            if (response.statusCode() != expected || expected == 302 && !response.headers()
                    .firstValue("Location").orElse("").endsWith("/login.xhtml")) {
                wrong.add(role + " " + path.getKey() + ": " + response.statusCode() + " (expected "
                        + expected + ")");
            }
        }
    }

    /** Turns who → paths around; a path listed twice fails the class, as Map.ofEntries did. */
    @SafeVarargs
    private static Map<String, Set<String>> byPath(Map<Set<String>, List<String>>... allowed) {
        var byPath = new HashMap<String, Set<String>>();
        for (var part : allowed) {
            part.forEach((who, paths) -> paths.forEach(path -> {
                if (byPath.put(path, who) != null) {
                    throw new IllegalStateException("listed twice: " + path);
                }
            }));
        }
        return Map.copyOf(byPath);
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
