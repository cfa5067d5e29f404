package nl.ingrado.portal.event.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import nl.ingrado.portal.event.boundary.EventCatalog;
import nl.ingrado.portal.shared.web.FileServlet;

/**
 * {@code /calendar/{secret}.ics}: a person's registrations as an iCalendar feed, for subscribing in
 * a calendar program (which cannot log in; the secret in the address is the key).
 */
@WebServlet("/calendar/*")
public class CalendarFeed extends FileServlet {

    @Inject
    EventCatalog catalog;

    public CalendarFeed() {
        super("^/([A-Za-z0-9_-]{43})\\.ics$");
    }

    @Override
    protected void serve(Matcher path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var feed = found(catalog.feed(path.group(1)));
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Cache-Control", "private, max-age=300");
        response.getOutputStream().write(feed.getBytes(StandardCharsets.UTF_8));
    }
}
