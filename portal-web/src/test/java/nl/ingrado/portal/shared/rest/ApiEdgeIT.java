package nl.ingrado.portal.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.Fixtures;
import nl.ingrado.portal.testing.HttpSession;
import nl.ingrado.portal.testing.TestEnvironment;
import org.junit.jupiter.api.Test;

/**
 * The edges of the JSON API: bodies of the wrong shape, type or size are a 400 or 413 problem naming
 * the field and change nothing; an id that names nothing is a 404; only a bearer token or the session
 * with the portal's own origin authenticates; authenticated answers are never stored by a cache.
 */
class ApiEdgeIT {

    private static final String FOREIGN = "https://kwaadwillend.example";
    private static final long NOTHING = 999_999_999L;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String baseUrl = TestEnvironment.portal().baseUrl();

    @Test
    void aRegistrationBodyOfTheWrongShapeIsAProblemNamingTheFieldAndBooksNothing() throws Exception {
        var member = BrowserFixtures.member("Bram Rand");
        var token = token(member);
        var event = Fixtures.event().workshop("Ronde 1", "Werkplaats A", 10)
                .workshop("Ronde 1", "Werkplaats B", 10)
                .create();
        long round = event.round("Ronde 1");
        long workshop = event.workshop("Werkplaats A");
        var path = "/api/events/" + event.id() + "/registrations";

        refused(send("POST", path, token, null, "{\"workshops\":[" + workshop + "]}"), 400, "workshops");
        refused(send("POST", path, token, null, "{\"workshops\":{\"" + round + "\":" + workshop + ".9}}"),
                400,
                "workshops." + round);
        refused(send("POST", path, token, null, "{\"workshops\":{\"" + round + "\":1e400}}"), 400,
                "workshops." + round);
        refused(send("POST", path, token, null,
                "{\"workshops\":{\"" + round + "\":99999999999999999999999}}"), 400, "workshops." + round);
        refused(send("POST", path, token, null, "{\"workshops\":{\"" + round + "\":" + workshop
                + "},\"admin\":true}"), 400, "admin");
        refused(send("POST", path, token, null, "{\"remarks\":5}"), 400, "remarks");
        refused(send("POST", path, token, null, "{\"workshops\":{\"" + NOTHING + "\":" + workshop + "}}"),
                400,
                "workshops." + NOTHING);
        refused(send("POST", path, token, null, "{\"workshops\":{\"" + round + "\":" + NOTHING + "}}"), 400,
                "workshops." + round);
        var malformed = send("POST", path, token, null, "{\"workshops\":");
        refused(malformed, 400, null);
        assertTrue(json(malformed.body()).getString("detail").contains("regel 1"), malformed.body());
        var deep = send("POST", path, token, null, "{\"workshops\":" + "[".repeat(50_000));
        refused(deep, 400, "workshops");
        var english = send("POST", path, token, null, "{\"remarks\":\"" + "x".repeat(501) + "\"}",
                "Accept-Language", "en");
        refused(english, 400, "remarks");
        assertEquals("remarks can have at most 500 characters.", json(english.body()).getString("detail"));
        // as curl does for a large body: the refusal comes before the megabytes are sent
        var huge = send("POST", path, token, null, "{\"remarks\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}",
                "Expect", "100-continue");
        refused(huge, 413, null);
        assertTrue(json(huge.body()).getString("detail").contains("64"), huge.body());
        assertEquals(0, registrations(event.id()), "no refused call booked anything");

        // the same call, well formed, from a script on another site: the token authenticates, not the origin
        var booked = send("POST", path, token, FOREIGN,
                "{\"workshops\":{\"" + round + "\":" + workshop + "}}");
        assertEquals(201, booked.statusCode(), booked.body());
        assertEquals(1, registrations(event.id()));
        assertEquals("no-store", booked.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void anIdThatNamesNothingIsA404AndInTheBodyA400NamingTheField() throws Exception {
        var member = BrowserFixtures.member("Nina Niets");
        var token = token(member);
        refused(send("POST", "/api/events/" + NOTHING + "/registrations", token, null, "{}"), 404, null);
        refused(send("PUT", "/api/events/" + NOTHING + "/registrations/mine/workshop", token, null,
                "{\"round\":1,\"workshop\":2}"), 404, null);
        refused(send("DELETE", "/api/events/" + NOTHING + "/registrations/mine", token, null, null), 404,
                null);
        refused(send("PUT", "/api/events/1/registrations/mine/workshop", token, null,
                "{\"round\":1.5,\"workshop\":2}"),
                400, "round");

        var staff = HttpSession.loggedIn(BrowserFixtures.staff("Stijn Rand"));
        refused(staff.json("PUT", "/api/persons/" + NOTHING, "{\"firstName\":\"A\",\"lastName\":\"B\"}"), 404,
                null);
        refused(staff.get("/api/events/" + NOTHING + "/registrations"), 404, null);
        var email = Fixtures.email("nergens");
        refused(staff.json("POST", "/api/persons", "{\"firstName\":\"Nergens\",\"lastName\":\"Werkzaam\","
                + "\"email\":\"" + email + "\",\"organisationId\":" + NOTHING
                + ",\"job\":\"MANAGER\",\"since\":\"2021-05-01\"}"), 400, "organisationId");
        refused(staff.json("POST", "/api/persons",
                "{\"firstName\":\"" + "x".repeat(101) + "\",\"lastName\":\"B\","
                        + "\"email\":\"" + email + "\"}"),
                400, "firstName");
        refused(staff.json("POST", "/api/persons", "{\"firstName\":\"A\",\"lastName\":\"B\","
                + "\"email\":\"\\\"a b\\\"<x>@example.nl\"}"), 400, "email");
        assertEquals(0, Db.number("SELECT COUNT(*) FROM person WHERE email = ?", email));
    }

    @Test
    void onlyABearerTokenOrNoAuthorizationHeaderIsAccepted() throws Exception {
        for (var header : new String[]{"Basic " + "YWxpY2U6Z2VoZWlt", "garbage", "Bearer ", "Bearer",
                "Bearer ing_" + "A".repeat(43)}) {
            var response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/me"))
                    .header("Authorization", header).build(), HttpResponse.BodyHandlers.ofString());
            refused(response, 401, null);
        }
    }

    @Test
    void theSessionCookieAuthenticatesAWriteOnlyFromThePortalsOwnOrigin() throws Exception {
        var staffUser = BrowserFixtures.staff("Sanne Sessie");
        var email = Fixtures.email("sessie");
        var body = "{\"firstName\":\"Sessie\",\"lastName\":\"Proef\",\"email\":\"" + email + "\"}";

        var foreign = HttpSession.loggedIn(staffUser).from(FOREIGN).json("POST", "/api/persons", body);
        refused(foreign, 403, null);
        var garbage = HttpSession.loggedIn(staffUser).header("Authorization", "garbage")
                .json("POST", "/api/persons", body);
        refused(garbage, 401, null);
        var basic = HttpSession.loggedIn(staffUser).header("Authorization", "Basic c3RhZjpzdGFm")
                .from(FOREIGN).json("POST", "/api/persons", body);
        refused(basic, 401, null);
        assertEquals(0, Db.number("SELECT COUNT(*) FROM person WHERE email = ?", email), "nothing written");

        var own = HttpSession.loggedIn(staffUser).json("POST", "/api/persons", body);
        assertEquals(201, own.statusCode(), own.body());
        assertEquals("no-store", own.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(1, Db.number("SELECT COUNT(*) FROM person WHERE email = ?", email));
    }

    @Test
    void aTokenOutranksTheSessionAndNoAuthenticatedAnswerIsStored() throws Exception {
        var member = BrowserFixtures.member("Toke Token");
        var token = token(member);
        var staff = HttpSession.loggedIn(BrowserFixtures.staff("Sem Sessie"));

        var me = staff.header("Authorization", "Bearer " + token).get("/api/me");
        assertEquals(200, me.statusCode(), me.body());
        assertEquals(member.email(), json(me.body()).getString("email"), "the token decides, not the cookie");
        assertEquals("no-store", me.headers().firstValue("Cache-Control").orElse(""));

        var session = HttpSession.loggedIn(BrowserFixtures.staff("Sofie Sessie")).get("/api/persons?size=1");
        assertEquals(200, session.statusCode());
        assertEquals("no-store", session.headers().firstValue("Cache-Control").orElse(""));

        var forbidden = send("GET", "/api/persons", token, null, null);
        refused(forbidden, 403, null);
        var unknown = send("GET", "/api/me", "ing_" + "B".repeat(43), null, null);
        refused(unknown, 401, null);
    }

    @Test
    void theOpenApiDocumentDescribesTheRefusals() throws Exception {
        var openapi = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/openapi")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, openapi.statusCode(), openapi.body());
        assertTrue(openapi.body().contains("PersonWrite"), "documents the body callers send");
        assertTrue(openapi.body().contains("'413'") || openapi.body().contains("\"413\""), openapi.body());
    }

    /** Asserts a problem response with this status, naming {@code field} (or none), marked no-store. */
    private static void refused(HttpResponse<String> response, int status, String field) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json",
                response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip(),
                response.body());
        var problem = json(response.body());
        assertEquals(status, problem.getInt("status"));
        if (field != null) {
            assertEquals(field, problem.getString("field", null), response.body());
        }
        assertFalse(response.body().contains("Exception"), response.body());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
    }

    private HttpResponse<String> send(String method, String path, String token, String origin, String body,
            String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        for (int i = 0; i < headers.length; i += 2) {
            if ("Expect".equals(headers[i])) {
                request.expectContinue(true);
            } else {
                request.header(headers[i], headers[i + 1]);
            }
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long registrations(long event) {
        return Db.number("SELECT COUNT(*) FROM registration WHERE event_id = ?", event);
    }

    /** A personal API token of the user, as the profile page makes one. */
    private static String token(User user) throws Exception {
        var secret = "ing_" + UUID.randomUUID().toString().replace("-", "");
        var hash = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        Db.update("INSERT INTO api_token (account_id, name, token_hash, created_at) "
                + "VALUES (?, 'rand', ?, UTC_TIMESTAMP(6))", user.accountId(), hash);
        return secret;
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
