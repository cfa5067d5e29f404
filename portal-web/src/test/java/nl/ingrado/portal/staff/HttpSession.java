package nl.ingrado.portal.staff;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import nl.ingrado.portal.testing.Browser;
import nl.ingrado.portal.testing.TestEnvironment;

/**
 * A plain HTTP client on the shared test portal, logged in through the login form like a browser
 * (or anonymous), for downloads, the API and the access matrix where no page needs rendering.
 */
final class HttpSession {

    private static final Pattern VIEW_STATE = Pattern
            .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    private final HttpClient http;
    private final String baseUrl = TestEnvironment.portal().baseUrl();
    private String origin = baseUrl;

    private HttpSession() {
        http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static HttpSession anonymous() {
        return new HttpSession();
    }

    static HttpSession loggedIn(String email) {
        var session = new HttpSession();
        try {
            var page = session.get("/login.xhtml").body();
            var matcher = VIEW_STATE.matcher(page);
            if (!matcher.find()) {
                throw new AssertionError("no view state on the login page");
            }
            var form = "form=form&form%3Aemail=" + enc(email) + "&form%3Apassword="
                    + enc(Browser.DEMO_PASSWORD)
                    + "&form%3Asubmit=&jakarta.faces.ViewState=" + enc(matcher.group(1));
            var response = session.send(HttpRequest.newBuilder(URI.create(session.baseUrl + "/login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 302) {
                throw new AssertionError("login of " + email + " failed: HTTP " + response.statusCode());
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return session;
    }

    /** Pretends the next writes come from a page on another site. */
    HttpSession from(String otherOrigin) {
        this.origin = otherOrigin;
        return this;
    }

    HttpResponse<String> get(String path) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> download(String path) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : baseUrl + path)),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> json(String method, String path, String body) throws IOException {
        return send(
                HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
                        // as a browser does on every write: the page's origin
                        .header("Origin", origin)
                        .method(method, HttpRequest.BodyPublishers.ofString(body)),
                HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler)
            throws IOException {
        try {
            return http.send(request.build(), handler);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** The test database, for arranging data the pages under test do not create themselves. */

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
