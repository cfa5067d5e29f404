package nl.ingrado.portal.shared.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.util.Locale;
import nl.ingrado.portal.shared.control.Texts;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * A servlet of downloads in the page's language, named by the path below it; a filter the boundary
 * refuses is a plain-text 400 (see {@link TableExport#refuse}).
 */
public abstract class ExportServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var locale = Texts.pageLocaleOf(request);
        try {
            export(request.getPathInfo() == null ? "" : request.getPathInfo(), locale, request, response);
        } catch (BusinessException e) {
            TableExport.refuse(response, locale, e);
        }
    }

    /** Sends the download {@code path} names (empty for the servlet's own address), or a 404. */
    protected abstract void export(String path, Locale locale, HttpServletRequest request,
            HttpServletResponse response) throws IOException;
}
