package nl.ingrado.portal.question.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.ingrado.portal.question.boundary.KnowledgeDocuments;
import nl.ingrado.portal.shared.web.FileResponses;
import nl.ingrado.portal.shared.web.Ids;

/**
 * {@code /knowledge/files/{document}} (the newest version) and {@code /knowledge/files/{document}/{version}}:
 * a file of the document list. Public documents for anyone; members-only ones for premium members,
 * staff and advisers, 403 for others. Always a download that is never sniffed or run as a page.
 */
@WebServlet("/knowledge/files/*")
public class DocumentFiles extends HttpServlet {

    @Inject
    KnowledgeDocuments documents;

    @Inject
    CurrentReader reader;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (!path.matches("^/\\d{1,18}(/\\d{1,9})?$")) {
            response.sendError(404);
            return;
        }
        var parts = path.substring(1).split("/");
        var download = documents.download(Ids.parse(parts[0]),
                parts.length > 1 ? Integer.valueOf(parts[1]) : null, reader.reader());
        if (download.refused()) {
            response.sendError(403);
            return;
        }
        if (download.file().isEmpty()) {
            response.sendError(404);
            return;
        }
        var file = download.file().get();
        response.setHeader("Content-Security-Policy", "sandbox");
        FileResponses.upload(response, file.contentType(), file.filename(), file.content());
    }
}
