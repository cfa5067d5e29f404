package nl.ingrado.portal.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.HttpSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who may use the staff administration: every page, download and API call, as anonymous, member,
 * auditor, staff and admin. Anonymous visitors go to the login page (the API answers 401); members
 * and auditors get 403; staff and admins get in.
 */
class StaffAccessIT {

    private static final List<String> PAGES = List.of("/staff/persons.xhtml", "/staff/person.xhtml?id=1",
            "/staff/organisations.xhtml", "/staff/organisation.xhtml?id=1", "/staff/import.xhtml",
            "/staff/export/persons.csv", "/staff/export/persons.xlsx", "/staff/export/organisations.csv",
            "/staff/export/organisations.xlsx", "/staff/invoices.xhtml", "/staff/export/invoices.csv",
            "/staff/export/invoices.xlsx");
    private static final List<String> API = List.of("/api/persons", "/api/persons/1",
            "/api/persons/1/history",
            "/api/organisations");
    private static final String NEW_PERSON = "{\"firstName\":\"Niet\",\"lastName\":\"Toegestaan\","
            + "\"email\":\"niet-toegestaan@example.nl\"}";
    private static final User STAFF = BrowserFixtures.staff("Sietske Staf");
    private static final Map<String, User> ROLES = Map.of("member", BrowserFixtures.member("Mirjam Lid"),
            "auditor", BrowserFixtures.auditor("Aart Auditor"), "staff", STAFF,
            "admin", BrowserFixtures.admin("Anton Admin"));

    @Test
    void anonymousVisitorsAreSentToLoginAndTheApiAnswers401() throws Exception {
        var anonymous = HttpSession.anonymous();
        for (var page : PAGES) {
            var response = anonymous.get(page);
            assertEquals(302, response.statusCode(), page);
            assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"), page);
        }
        for (var path : API) {
            var response = anonymous.get(path);
            assertEquals(401, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Content-Type").orElse("")
                    .startsWith("application/problem+json"));
        }
        assertEquals(401, anonymous.json("POST", "/api/persons", NEW_PERSON).statusCode());
        assertEquals(401, anonymous.json("PUT", "/api/persons/1", NEW_PERSON).statusCode());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"member", "auditor"})
    void membersAndAuditorsGet403Everywhere(String role) throws Exception {
        var session = answersEverywhere(role, 403);
        for (var path : API) {
            assertTrue(session.get(path).body().contains("\"status\":403"), path);
        }
        assertEquals(403, session.json("POST", "/api/persons", NEW_PERSON).statusCode());
        assertEquals(403, session.json("PUT", "/api/persons/1", NEW_PERSON).statusCode());
        assertEquals(0, Db.number("SELECT COUNT(*) FROM person WHERE email = 'niet-toegestaan@example.nl'"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"staff", "admin"})
    void staffAndAdminsGetIn(String role) throws Exception {
        var session = answersEverywhere(role, 200);
        assertEquals(404, session.get("/staff/person.xhtml?id=999999999").statusCode());
        assertEquals(404, session.get("/staff/person.xhtml?id=abc").statusCode());
        assertEquals(404, session.get("/staff/organisation.xhtml").statusCode());
        assertEquals(404, session.get("/api/persons/999999999").statusCode());
    }

    @Test
    void theApiRefusesBadInputWithAProblemNamingTheField() throws Exception {
        var staff = HttpSession.loggedIn(STAFF);
        var badFilter = staff.get("/api/persons?rayon=noord");
        assertEquals(400, badFilter.statusCode());
        assertTrue(badFilter.body().contains("\"field\":\"rayon\""), badFilter.body());
        assertEquals(400, staff.get("/api/persons?size=100000").statusCode());
        assertEquals(400, staff.get("/api/organisations?kind=SCHOOL").statusCode());

        var noName = staff.json("POST", "/api/persons",
                "{\"lastName\":\"Naamloos\",\"email\":\"naamloos@example.nl\"}");
        assertEquals(400, noName.statusCode());
        assertTrue(noName.body().contains("\"field\":\"firstName\""), noName.body());
        assertTrue(noName.body().contains("Vul de voornaam in."), noName.body());

        var taken = staff.json("POST", "/api/persons",
                "{\"firstName\":\"Mirjam\",\"lastName\":\"Dubbel\",\"email\":\""
                        + ROLES.get("member").email().toUpperCase() + "\"}");
        assertEquals(400, taken.statusCode());
        assertTrue(taken.body().contains("\"field\":\"email\""), taken.body());

        var broken = staff.json("POST", "/api/persons", "{\"firstName\":");
        assertEquals(400, broken.statusCode());
        assertFalse(broken.body().contains("Exception"), broken.body());
    }

    @Test
    void staffCreateReadAndCorrectAProfessionalThroughTheApi() throws Exception {
        var staff = HttpSession.loggedIn(STAFF);
        var email = "api-" + System.nanoTime() + "@example.nl";
        var created = staff.json("POST", "/api/persons",
                "{\"firstName\":\"Api\",\"lastName\":\"Persoon\",\"email\":\""
                        + email + "\",\"organisationId\":" + amsterdam()
                        + ",\"job\":\"MANAGER\",\"since\":\"2021-05-01\"}");
        assertEquals(201, created.statusCode(), created.body());
        var location = created.headers().firstValue("Location").orElseThrow();
        var id = location.substring(location.lastIndexOf('/') + 1);
        assertTrue(created.body().contains("\"premium\":true"), created.body());

        var updated = staff.json("PUT", "/api/persons/" + id,
                "{\"firstName\":\"Api\",\"lastName\":\"Gewijzigd\",\"email\":\"" + email + "\"}");
        assertEquals(200, updated.statusCode(), updated.body());
        assertTrue(updated.body().contains("\"lastName\":\"Gewijzigd\""), updated.body());
        var history = staff.get("/api/persons/" + id + "/history").body();
        assertTrue(history.contains("lastName: Persoon → Gewijzigd") && history.contains(STAFF.email()),
                history);

        var list = staff.get("/api/persons?q=" + email + "&job=MANAGER&premium=true&sort=-name&size=5")
                .body();
        assertTrue(list.contains("\"total\":1") && list.contains(email), list);
        var organisations = staff.get("/api/organisations?kind=MUNICIPALITY&q=amsterdam").body();
        assertTrue(organisations.contains("\"cbsCode\":\"GM0363\""), organisations);
    }

    @Test
    void aWriteOnTheSessionFromAnotherSiteIsRefused() throws Exception {
        var staff = HttpSession.loggedIn(STAFF).from("https://kwaadwillend.example");
        var email = "csrf-" + System.nanoTime() + "@example.nl";
        var forged = staff.json("POST", "/api/persons",
                "{\"firstName\":\"Vals\",\"lastName\":\"Verzoek\",\"email\":\"" + email + "\"}");
        assertEquals(403, forged.statusCode(), forged.body());
        assertTrue(forged.body().contains("niet van een pagina van het portaal"), forged.body());
        var list = HttpSession.loggedIn(STAFF).get("/api/persons?q=" + email).body();
        assertTrue(list.contains("\"total\":0"), "nothing was stored: " + list);
    }

    /** Logs in as {@code role} and checks that every staff page and API list answers {@code status}. */
    private static HttpSession answersEverywhere(String role, int status) throws Exception {
        var session = HttpSession.loggedIn(ROLES.get(role));
        for (var path : PAGES) {
            assertEquals(status, session.get(path).statusCode(), role + " " + path);
        }
        for (var path : API) {
            assertEquals(status, session.get(path).statusCode(), role + " " + path);
        }
        return session;
    }

    private static long amsterdam() {
        return Db.number("SELECT id FROM organisation WHERE cbs_code = 'GM0363'");
    }
}
