package nl.ingrado.portal.newsletter.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.ingrado.portal.newsletter.boundary.Archive;
import nl.ingrado.portal.shared.web.FileResponses;

/**
 * {@code /newsletter/image?id=N}: an item's image, for the mail, the archive and staff previews.
 * Public once an edition with it has gone out; before that only staff see it. Served with the stored
 * content type (png, jpeg or gif only) and {@code nosniff}, never as anything a browser would run.
 */
@WebServlet("/newsletter/image")
public class NewsletterImage extends HttpServlet {

    @Inject
    Archive archive;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var id = request.getParameter("id");
        if (id == null || !id.matches("[0-9]{1,18}")) {
            response.sendError(404);
            return;
        }
        boolean staff = request.isUserInRole("STAFF") || request.isUserInRole("ADMIN");
        var image = archive.image(Long.parseLong(id), staff).orElse(null);
        if (image == null) {
            response.sendError(404);
            return;
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "inline; filename=\"newsletter-" + id + "\"");
        // an image never changes under its id; a staff-only one must not land in a shared cache
        FileResponses.send(response, image.contentType(),
                staff ? "private, max-age=300" : "public, max-age=86400",
                image.content());
    }
}
