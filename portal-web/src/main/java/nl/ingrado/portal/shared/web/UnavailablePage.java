package nl.ingrado.portal.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import nl.ingrado.portal.shared.control.DatabaseOutage;

/**
 * The one place where a page meets a database outage: instead of "something went wrong" (500) the
 * visitor gets 503 with the page saying the portal is briefly unavailable ({@code error/unavailable.xhtml},
 * mapped in web.xml) and when to try again. The API answers the same through its problem mapper.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class UnavailablePage extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(UnavailablePage.class.getName());
    /** Request attributes read by the page: where to send the kept form again, and its fields. */
    static final String RESEND_ACTION = "portal.unavailable.resend-action";
    static final String RESEND_FIELDS = "portal.unavailable.resend-fields";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted() || !DatabaseOutage.isCause(e)) {
                throw e;
            }
            // an outage is not a bug: one line, not a stack trace per request
            LOG.warning(() -> "Database unreachable; answered 503 to " + request.getMethod() + " "
                    + request.getRequestURI() + ": " + rootMessage(e));
            response.resetBuffer();
            keepForm(request);
            DatabaseOutage.headers(response);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    /**
     * What the visitor just sent, so the page can offer to send it again once the database is back:
     * nothing typed is lost. The same page of this portal (its servlet path, never the raw address)
     * and the same fields, view state included, so Faces carries on as if the button had been
     * pressed again; a password is sent empty, never written into the page. Files of an upload form cannot be kept.
     */
    private static void keepForm(HttpServletRequest request) {
        var type = request.getContentType();
        var path = request.getServletPath();
        if (!"POST".equals(request.getMethod()) || type == null
                || !type.startsWith("application/x-www-form-urlencoded")
                || !path.startsWith("/") || path.startsWith("//") || request.getPathInfo() != null) {
            return;
        }
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.toLowerCase(Locale.ROOT).contains("password")) {
                // sent empty, so the form asks for it again rather than ignoring the field
                fields.add(Map.entry(name, ""));
                return;
            }
            for (var value : values) {
                fields.add(Map.entry(name, value));
            }
        });
        request.setAttribute(RESEND_ACTION, request.getContextPath() + path);
        request.setAttribute(RESEND_FIELDS, fields);
    }

    private static String rootMessage(Throwable e) {
        var root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
