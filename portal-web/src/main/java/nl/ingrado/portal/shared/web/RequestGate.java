package nl.ingrado.portal.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ReadListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Turns away, before any page runs, two requests the container would let through badly: a session id in
 * the address ({@code ;jsessionid=}), which the container honours whatever the tracking mode, and a form
 * larger than the container parses (it throws, and the page answers 500). The first is sent to the same
 * address without the id; the second gets the 413 page, and nothing of it is read or stored. An upload
 * form may be larger (each upload checks its own limit, with a message at its field) up to
 * {@link #MAX_UPLOAD_FORM_BYTES}, and one the container cannot split into parts gets the 400 page. The
 * API checks its own bodies.
 */
public class RequestGate extends HttpFilter {

    /** The container's limit for a form (Payara's default {@code max-post-size-bytes}). */
    static final long MAX_FORM_BYTES = 2L * 1024 * 1024;

    /** An upload form: the largest file a form takes (20 MB, a bank statement) and room for its fields. */
    static final long MAX_UPLOAD_FORM_BYTES = 21L * 1024 * 1024;

    /** Up to this size a refused body is read away, so the 413 page reaches the browser; beyond it, dropped. */
    static final long MAX_DRAINED_BYTES = 64L * 1024 * 1024;

    /** Set on a request whose body is refused: nothing may ask for its parameters any more. */
    static final String BODY_REFUSED = "portal.bodyRefused";

    static final String TOO_LARGE_PAGE = "/error/413.xhtml";
    static final String BAD_REQUEST_PAGE = "/error/400.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isRequestedSessionIdFromURL()) {
            // the container already stripped the id from the servlet path: the same page, without it
            var query = request.getQueryString();
            response.setStatus("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
                    ? HttpServletResponse.SC_FOUND
                    : HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", SitePaths.current(request)
                    + (query == null || SitePaths.local("/?" + query) == null ? "" : "?" + query));
            return;
        }
        var type = request.getContentType();
        if (type == null || request.getServletPath().startsWith("/api/")) {
            chain.doFilter(request, response);
            return;
        }
        boolean multipart = type.regionMatches(true, 0, "multipart/form-data", 0, 19);
        boolean form = type.regionMatches(true, 0, "application/x-www-form-urlencoded", 0, 33);
        if (form && request.getContentLengthLong() > MAX_FORM_BYTES
                || multipart && request.getContentLengthLong() > MAX_UPLOAD_FORM_BYTES) {
            drain(request, response);
            refuse(request, response, 413, TOO_LARGE_PAGE);
            return;
        }
        if (multipart && !readable(request)) {
            refuse(request, response, 400, BAD_REQUEST_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status,
            String page)
            throws IOException, ServletException {
        response.setStatus(status);
        // the page template leaves out its forms then (see themes/templates/page.xhtml)
        request.setAttribute(BODY_REFUSED, Boolean.TRUE);
        request.getRequestDispatcher(page).forward(new Unread(request), response);
    }

    /**
     * Reads the refused body away, unparsed: a browser sends all of it before it reads the answer, and a
     * connection closed under it would show a network error instead of the 413 page. Beyond a bound the
     * connection is closed instead.
     */
    private static void drain(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getContentLengthLong() > MAX_DRAINED_BYTES) {
            response.setHeader("Connection", "close");
            return;
        }
        var in = request.getInputStream();
        var buffer = new byte[65536];
        while (in.read(buffer) >= 0) {
            // discarded
        }
    }

    /** Whether the container can split the upload form into its parts; a broken one would make the page fail. */
    private static boolean readable(HttpServletRequest request) {
        try {
            // the container splits the parts when asked for the fields, as the page would ask
            request.getParameterMap();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The refused request as the 413 page sees it: a GET without parameters or body. */
    private static final class Unread extends HttpServletRequestWrapper {

        Unread(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public int getContentLength() {
            return 0;
        }

        @Override
        public long getContentLengthLong() {
            return 0;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.emptyMap();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public ServletInputStream getInputStream() {
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return true;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("no body");
                }

                @Override
                public int read() {
                    return -1;
                }
            };
        }
    }
}
