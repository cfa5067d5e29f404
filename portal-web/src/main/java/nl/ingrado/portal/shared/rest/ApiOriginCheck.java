package nl.ingrado.portal.shared.rest;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import nl.ingrado.portal.shared.control.PortalSettings;

/**
 * Cross-site request forgery guard for the JSON API. A write that rides on the browser's session
 * cookie must come from the portal's own pages: browsers send {@code Origin} on every POST, PUT and
 * DELETE, so a foreign or missing origin is refused. A call with a bearer token passes: the token, not
 * the cookie, authenticates it (the authentication mechanism answers 401 to a bad token and to every
 * other kind of {@code Authorization} header before this filter runs). JSF forms have their own
 * view-state token. Answers to callers with credentials are marked {@code no-store}, errors included.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ApiOriginCheck extends HttpFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    PortalSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getHeader("Authorization") != null || request.getRequestedSessionId() != null
                || request.getUserPrincipal() != null) {
            response.setHeader("Cache-Control", Problems.NO_STORE);
        }
        if (SAFE.contains(request.getMethod()) || bearerToken(request) != null
                || request.getRequestedSessionId() == null || isOwnOrigin(request)) {
            chain.doFilter(request, response);
            return;
        }
        Problems.write(response, 403, "problem.forbidden.title", "problem.origin.detail", request);
    }

    /**
     * The token of an {@code Authorization: Bearer} header; null for no header, another scheme or an
     * empty token. Shared with the authentication mechanism, so both read the header alike.
     */
    public static String bearerToken(HttpServletRequest request) {
        var authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        var token = authorization.substring(7).strip();
        return token.isEmpty() ? null : token;
    }

    private boolean isOwnOrigin(HttpServletRequest request) {
        var origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        var self = request.getScheme() + "://" + request.getHeader("Host");
        return origin.equalsIgnoreCase(self) || origin.equalsIgnoreCase(originOf(settings.baseUrl()));
    }

    private static String originOf(String url) {
        var uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
