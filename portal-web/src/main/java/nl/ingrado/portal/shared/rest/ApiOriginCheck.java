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
 * DELETE, so a foreign or missing origin is refused. Calls with an API token carry no ambient
 * credential and pass; JSF forms have their own view-state token.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ApiOriginCheck extends HttpFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    PortalSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE.contains(request.getMethod()) || request.getHeader("Authorization") != null
                || request.getRequestedSessionId() == null || isOwnOrigin(request)) {
            chain.doFilter(request, response);
            return;
        }
        Problems.write(response, 403, "problem.forbidden.title", "problem.origin.detail", request);
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
