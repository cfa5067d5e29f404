package nl.ingrado.portal.shared.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.util.Optional;
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
        try {
            serve(path, request, response);
        } catch (NotFound e) {
            response.sendError(404);
        }
    }

    /** The file, when it is there for the caller; else the answer is 404 (nothing is written before). */
    protected static <T> T found(Optional<T> file) {
        return file.orElseThrow(NotFound::new);
    }

    /** Goes on only when {@code allowed}; else the answer is 404, as for a file that is not there. */
    protected static void require(boolean allowed) {
        if (!allowed) {
            throw new NotFound();
        }
    }

    /** Answers a GET of the file {@code path} names (its groups as the pattern has them). */
    protected abstract void serve(Matcher path, HttpServletRequest request, HttpServletResponse response)
            throws IOException;

    /** A file that is not there: no stack trace, as it is an answer, not a failure. */
    private static final class NotFound extends RuntimeException {

        @Serial
        private static final long serialVersionUID = 1L;

        NotFound() {
            super(null, null, false, false);
        }
    }
}
