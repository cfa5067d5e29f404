package nl.ingrado.portal.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response. PrimeFaces writes inline scripts and event handlers, so
 * scripts may run inline, but only from this origin: no third-party script, frame or form target.
 * Mapped first in {@code web.xml} for every dispatch (request, forward, include, error, async): an
 * error page is rendered after the container reset the response, and a filter mapped after another
 * would miss that filter's redirects. The login redirect, sent before any filter, calls {@link #apply}.
 */
public class SecurityHeaders extends HttpFilter {

    static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(self), microphone=(), geolocation=()");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (!request.getServletPath().startsWith("/jakarta.faces.resource/")
                && request.getSession(false) != null) {
            // pages of a logged-in user must not linger in shared caches or the back/forward cache
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
