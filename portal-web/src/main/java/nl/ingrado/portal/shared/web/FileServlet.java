package nl.ingrado.portal.shared.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A servlet that serves the files whose address below it matches a pattern; any other address is a 404. */
public abstract class FileServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Pattern files;

    protected FileServlet(String files) {
        this.files = Pattern.compile(files);
    }

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var path = files.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches()) {
            response.sendError(404);
            return;
        }
        serve(path, request, response);
    }

    /** Answers a GET of the file {@code path} names (its groups as the pattern has them). */
    protected abstract void serve(Matcher path, HttpServletRequest request, HttpServletResponse response)
            throws IOException;
}
