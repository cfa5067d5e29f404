package nl.ingrado.portal.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A plain HTTP client on the shared test portal, logged in through the login form like a browser
 * (or anonymous), for downloads, the API and the access matrix where no page needs rendering.
 */
public final class HttpSession {

    private static final Pattern VIEW_STATE = Pattern
            .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern MESSAGES = Pattern.compile("id=\"messages\"[^>]*>(.*?)</ul>",
            Pattern.DOTALL);

    private final HttpClient http;
    private final String baseUrl = TestEnvironment.portal().baseUrl();
    private String origin = baseUrl;
    /** The session of a browser this one borrows, sent as a Cookie header; null for its own cookies. */
    private final String cookies;
    /** Headers sent with every request, e.g. X-Forwarded-For. */
    private final java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();

    private final CookieManager cookieJar = new CookieManager();

    private HttpSession(String cookies) {
        // HTTP/1.1 as a browser speaks it to a plain-HTTP server (browsers never upgrade to h2c)
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookieJar)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.cookies = cookies;
    }

    public static HttpSession anonymous() {
        return new HttpSession(null);
    }

    /** The session the browser has now, for downloads and API calls in the browser user's name. */
    public static HttpSession of(Browser browser) {
        return new HttpSession(browser.cookieHeader());
    }

    public static HttpSession loggedIn(BrowserFixtures.User user) {
        return loggedIn(user.email(), user.password());
    }

    /** A demo account, logged in: only for tests about the demo tour itself. */
    public static HttpSession loggedIn(String email) {
        return loggedIn(email, Browser.DEMO_PASSWORD);
    }

    public static HttpSession loggedIn(String email, String password) {
        var session = new HttpSession(null);
        try {
            var page = session.get("/login.xhtml").body();
            var matcher = VIEW_STATE.matcher(page);
            if (!matcher.find()) {
                throw new AssertionError("no view state on the login page");
            }
            var form = "form=form&form%3Aemail=" + enc(email) + "&form%3Apassword="
                    + enc(password)
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
    public HttpSession from(String otherOrigin) {
        this.origin = otherOrigin;
        return this;
    }

    /** Sends {@code name: value} with every request from now on, e.g. {@code Authorization} (null: no longer). */
    public HttpSession header(String name, String value) {
        if (value == null) {
            headers.remove(name);
        } else {
            headers.put(name, value);
        }
        return this;
    }

    /**
     * Opens the page at {@code path} and submits its form {@code form} by {@code button}, with
     * {@code fields} named without the form's prefix. The answer is returned as it comes (a redirect
     * is not followed).
     */
    public HttpResponse<String> submit(String path, String form, java.util.Map<String, String> fields,
            String button) throws IOException {
        var viewState = viewState(get(path).body());
        var body = new StringBuilder(form + "=" + form);
        fields.forEach((name, value) -> body.append('&').append(enc(form + ":" + name)).append('=')
                .append(enc(value)));
        body.append('&').append(enc(form + ":" + button)).append("=&jakarta.faces.ViewState=")
                .append(enc(viewState));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Where a form's answer sent the visitor, and the messages shown there (null when none are). */
    public record Followed(String location, String messages) {
    }

    /** Follows the redirect a form answered with (it must be one) and reads the messages on that page. */
    public Followed follow(HttpResponse<String> redirect) throws IOException {
        if (redirect.statusCode() != 302) {
            throw new AssertionError("expected a redirect (302), got " + redirect.statusCode() + ": "
                    + redirect.body());
        }
        var location = redirect.headers().firstValue("Location").orElseThrow();
        var matcher = MESSAGES.matcher(get(location.replaceFirst("^https?://[^/]+", "")).body());
        return new Followed(location, matcher.find() ? matcher.group(1) : null);
    }

    public HttpResponse<String> get(String path) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> download(String path) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : baseUrl + path)),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A form post as a browser sends it ({@code application/x-www-form-urlencoded}). */
    public HttpResponse<String> post(String path, String formBody) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody)), HttpResponse.BodyHandlers.ofString());
    }

    /** The view state of a Faces page, to post one of its forms. */
    public static String viewState(String page) {
        var matcher = VIEW_STATE.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no view state on the page");
        }
        return matcher.group(1);
    }

    public HttpResponse<String> json(String method, String path, String body) throws IOException {
        return send(
                HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
                        // as a browser does on every write: the page's origin
                        .header("Origin", origin)
                        .method(method, HttpRequest.BodyPublishers.ofString(body)),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A request of any method, type and body to {@code path}, for the edges a form or browser never sends. */
    public HttpResponse<String> send(String method, String path, String contentType,
            HttpRequest.BodyPublisher body, String... headers) throws IOException {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path)).method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The value of this session's cookie {@code name}, or null. */
    public String cookie(String name) {
        return cookieJar.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /**
     * Any request with the given headers and raw body (null for none), for what the methods above do
     * not build: form posts, multipart bodies, other content types. A write carries the page's origin, as
     * a browser sends it.
     */
    public HttpResponse<String> send(String method, String path, Map<String, String> headers, byte[] body)
            throws IOException {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .method(method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (!"GET".equals(method)) {
            request.header("Origin", origin);
        }
        headers.forEach(request::header);
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler)
            throws IOException {
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        headers.forEach(request::header);
        try {
            return http.send(request.build(), handler);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
