package nl.ingrado.portal.rayon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.ingrado.portal.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The public rayon pages and API on the reference data loaded by Flyway. */
class RayonIT extends BrowserTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theApiListsSixRayonsCoveringAllRegionsAndAllButOneMunicipality() throws Exception {
        var rayons = array(get("/api/rayons"));
        assertEquals(6, rayons.size());
        int regions = 0;
        int municipalities = 0;
        for (var r : rayons.getValuesAs(JsonObject.class)) {
            regions += r.getInt("regions");
            municipalities += r.getInt("municipalities");
        }
        assertEquals(39, regions, "every RMC region belongs to one rayon");
        assertEquals(341, municipalities,
                "342 municipalities; Midden-Groningen waits for staff to get a region");
    }

    @Test
    void aRayonShowsItsRegionsWithTheirMunicipalities() throws Exception {
        var noord = array(get("/api/rayons")).getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("code").equals("noord")).findFirst().orElseThrow();
        var detail = object(get("/api/rayons/" + noord.getInt("id")));
        var groningen = detail.getJsonArray("regions").getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getInt("code") == 1).findFirst().orElseThrow();
        assertEquals("Oost-Groningen", groningen.getString("name"));
        assertTrue(groningen.getJsonArray("municipalities").toString().contains("Oldambt"));

        browser.open("/rayon/index.xhtml");
        assertEquals("Rayons", browser.heading());
        browser.clickAndWait(browser.driver().findElement(By.linkText("Rayon Noord")));
        assertEquals("Rayon Noord", browser.heading());
        assertTrue(browser.text().contains("Oost-Groningen"), browser.text());
        assertTrue(browser.text().contains("Oldambt"));
        assertTrue(browser.text().contains("Súdwest-Fryslân"), "names keep their accents");
        browser.assertAccessible();
    }

    @Test
    void anUnknownRayonIsNotFound() throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create(browser.baseUrl() + "/api/rayons/999999")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, response.statusCode());
        assertEquals(404, object(response.body()).getInt("status"));
        browser.open("/rayon/view.xhtml?id=999999");
        assertEquals("Pagina niet gevonden", browser.heading());
        browser.open("/rayon/view.xhtml?id=geen-getal");
        assertEquals("Pagina niet gevonden", browser.heading());
    }

    private String get(String path) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(browser.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static JsonArray array(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }

    private static JsonObject object(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
