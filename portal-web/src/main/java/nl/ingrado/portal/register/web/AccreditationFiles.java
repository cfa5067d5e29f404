package nl.ingrado.portal.register.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import nl.ingrado.portal.register.boundary.Accreditations;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.FileResponses;
import nl.ingrado.portal.shared.web.FileServlet;

/**
 * {@code /files/accreditation/{fileId}}: a document of an accreditation request, for the provider who
 * owns the request and for auditors; anyone else gets 404. Always a download, never rendered: the
 * type was checked by content on upload, and the sandbox keeps even a disguised file from running.
 */
@WebServlet("/files/accreditation/*")
public class AccreditationFiles extends FileServlet {

    @Inject
    Accreditations accreditations;

    @Inject
    CurrentUser currentUser;

    public AccreditationFiles() {
        super("^/(\\d{1,18})$");
    }

    @Override
    protected void serve(Matcher matcher, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        require(currentUser.isLoggedIn());
        var f = found(accreditations.document(Long.parseLong(matcher.group(1)), currentUser.id(),
                request.isUserInRole("AUDITOR")));
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        FileResponses.upload(response, f.contentType(), f.filename(), f.content());
    }
}
