package nl.ingrado.portal.newsletter.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.nio.charset.StandardCharsets;
import nl.ingrado.portal.newsletter.boundary.EditionPreview;
import nl.ingrado.portal.shared.web.FileResponses;

/**
 * {@code /staff/newsletter/preview?id=&lang=nl|en[&format=text]}: an edition exactly as the mail
 * renders it (HTML, or the plain-text alternative), with a dead unsubscribe link. Shown in a sandboxed
 * frame on the edition page, so this response alone may be framed, by this site only, and runs no script.
 */
@WebServlet("/staff/newsletter/preview")
@ServletSecurity(@HttpConstraint(rolesAllowed = {"STAFF", "ADMIN"}))
public class StaffNewsletterPreview extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String CSP = "default-src 'none'; img-src 'self' https: http: data:; style-src 'unsafe-inline'; "
            + "frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

    @Inject
    transient EditionPreview previews;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var language = "en".equals(request.getParameter("lang")) ? "en" : "nl";
        var preview = previews.of(id, language);
        if (preview.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var rendered = preview.get();
        // replaces the site-wide headers for this one response: framed by the edition page only
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        var text = "text".equals(request.getParameter("format"));
        FileResponses.send(response, text ? "text/plain;charset=UTF-8" : "text/html;charset=UTF-8",
                "no-store",
                (text ? rendered.text() : rendered.html()).getBytes(StandardCharsets.UTF_8));
    }
}
