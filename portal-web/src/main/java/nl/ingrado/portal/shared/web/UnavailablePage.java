package nl.ingrado.portal.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
            DatabaseOutage.headers(response);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    private static String rootMessage(Throwable e) {
        var root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
