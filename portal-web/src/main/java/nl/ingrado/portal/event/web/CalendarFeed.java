package nl.ingrado.portal.event.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import nl.ingrado.portal.event.boundary.EventCatalog;
import nl.ingrado.portal.shared.web.FileResponses;

/**
 * {@code /calendar/{secret}.ics}: a person's registrations as an iCalendar feed, for subscribing in
 * a calendar program (which cannot log in; the secret in the address is the key).
 */
@WebServlet("/calendar/*")
public class CalendarFeed extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("^/([A-Za-z0-9_-]{43})\\.ics$");

    @Inject
    EventCatalog catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var path = FileResponses.path(request, response, PATH);
        if (path == null) {
            return;
        }
        var feed = catalog.feed(path.group(1));
        if (feed.isEmpty()) {
            response.sendError(404);
            return;
        }
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Cache-Control", "private, max-age=300");
        response.getOutputStream().write(feed.get().getBytes(StandardCharsets.UTF_8));
    }
}
