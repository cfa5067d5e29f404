package nl.ingrado.portal.account;

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
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.HttpSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The JSON API with personal tokens and the session; operations endpoints; security headers. */
class ApiIT extends BrowserTest {

    private static final User MEMBER = BrowserFixtures.member("Anouk Api");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aTokenMadeOnTheProfilePageActsForItsOwnerUntilRevoked() throws Exception {
        browser.logInAs(MEMBER).open("/account/profile.xhtml");
        browser.type("tokens:tokenName", "Mijn script").submit("tokens:create");
        var token = browser.driver().findElement(By.id("newToken")).getText().strip();
        assertTrue(token.startsWith("ing_"), token);

        var me = get("/api/me", "Bearer " + token);
        assertEquals(200, me.statusCode());
        var json = json(me.body());
        assertEquals(MEMBER.email(), json.getString("email"));
        assertEquals("MEMBER", json.getJsonArray("roles").getString(0));

        browser.open("/account/profile.xhtml");
        assertFalse(browser.text().contains(token), "the secret is shown only once");
        assertTrue(browser.text().contains("Mijn script"));
        browser.clickAndWait(browser.driver().findElements(By.cssSelector("#tokenTable tbody tr")).stream()
                .filter(row -> row.getText().contains("Mijn script") && row.getText().contains("Actief"))
                .findFirst().orElseThrow().findElement(By.tagName("input")));
        assertTrue(browser.text().contains("De sleutel is ingetrokken."), browser.text());

        var revoked = get("/api/me", "Bearer " + token);
        assertEquals(401, revoked.statusCode());
        assertEquals("application/problem+json",
                revoked.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals(401, json(revoked.body()).getInt("status"));
    }

    @Test
    void anEmptyTokenNameIsRefusedWithAMessage() {
        browser.logInAs(MEMBER).open("/account/profile.xhtml");
        browser.submit("tokens:create");
        assertTrue(browser.text().contains("Geef de sleutel een naam"), browser.text());
    }

    @Test
    void theBrowserSessionWorksForTheApiToo() throws Exception {
        var auditor = BrowserFixtures.auditor("Arno Auditor");
        browser.logInAs(auditor);
        var response = HttpSession.of(browser).get("/api/me");
        assertEquals(200, response.statusCode());
        assertEquals(auditor.email(), json(response.body()).getString("email"));
    }

    @Test
    void anonymousAndBadCallsGetProblemDetailsInTheirLanguageAndNoStackTrace() throws Exception {
        var anonymous = get("/api/me", null);
        assertEquals(401, anonymous.statusCode());
        assertEquals("Niet ingelogd", json(anonymous.body()).getString("title"));

        var english = http.send(HttpRequest.newBuilder(URI.create(browser.baseUrl() + "/api/me"))
                .header("Accept-Language", "en-GB,en;q=0.9").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("Not logged in", json(english.body()).getString("title"));

        var forged = get("/api/me", "Bearer ing_" + "A".repeat(43));
        assertEquals(401, forged.statusCode());
        assertTrue(json(forged.body()).getString("detail").contains("onbekend of ingetrokken"));

        var missing = get("/api/bestaat-niet", null);
        assertEquals(404, missing.statusCode());
        assertEquals(404, json(missing.body()).getInt("status"));
        assertFalse(missing.body().contains("Exception"));

        var wrongMethod = http.send(HttpRequest.newBuilder(URI.create(browser.baseUrl() + "/api/me"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, wrongMethod.statusCode());
        assertEquals(405, json(wrongMethod.body()).getInt("status"));
    }

    @Test
    void healthMetricsAndOpenApiAreServed() throws Exception {
        for (var path : new String[]{"/health/ready", "/health/live"}) {
            var health = get(path, null);
            assertEquals(200, health.statusCode(), path);
            assertTrue(health.body().contains("\"database\""), health.body());
            assertTrue(health.body().contains("\"UP\""), health.body());
        }
        // metrics are for administrators only (EdgeIT shows an admin reads them)
        assertEquals(403, get("/metrics", null).statusCode());
        var openapi = get("/openapi", null);
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/me"), openapi.body());
        assertTrue(openapi.body().contains("bearer"), "documents the token scheme");
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        var page = get("/login.xhtml", null);
        var headers = page.headers();
        assertTrue(
                headers.firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("strict-origin-when-cross-origin", headers.firstValue("Referrer-Policy").orElse(""));
        // the login form is stateless; a protected page starts the session that remembers the way back
        var cookie = get("/member/index.xhtml", null).headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID"))
                .findFirst()
                .orElse("");
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        assertFalse(page.body().contains(";jsessionid="), "no session ids in URLs");
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        var builder = HttpRequest.newBuilder(URI.create(browser.baseUrl() + path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
