package nl.ingrado.portal.event.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import nl.ingrado.portal.event.boundary.AssemblyDocuments;
import nl.ingrado.portal.shared.web.FileResponses;
import nl.ingrado.portal.shared.web.FileServlet;

/**
 * {@code /documents/{id}.pdf}: a document of the general assembly, for professionals of member
 * organisations (premium access) and the office; a signed-up account without that gets 403.
 */
@WebServlet("/documents/*")
public class AssemblyDocumentFiles extends FileServlet {

    @Inject
    AssemblyDocuments documents;

    /** Who calls, as the login check of this request read it (premium included): not read again. */
    @Inject
    nl.ingrado.portal.member.boundary.Callers callers;

    @Inject
    nl.ingrado.portal.shared.web.CurrentUser currentUser;

    public AssemblyDocumentFiles() {
        super("^/(\\d{1,18})\\.pdf$");
    }

    @Override
    protected void serve(Matcher path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean office = request.isUserInRole("STAFF") || request.isUserInRole("ADMIN")
                || request.isUserInRole("AUDITOR");
        if (!office
                && !callers.of(currentUser.id()).map(facts -> facts.registrant().premium()).orElse(false)) {
            response.sendError(403);
            return;
        }
        var document = found(documents.content(Long.parseLong(path.group(1))));
        response.setHeader("Content-Disposition", "inline; filename=\"" + document.filename() + "\"");
        FileResponses.send(response, "application/pdf", "private, no-store", document.bytes());
    }
}
