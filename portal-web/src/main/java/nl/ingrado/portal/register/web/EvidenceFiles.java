package nl.ingrado.portal.register.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import nl.ingrado.portal.register.boundary.OwnRegistration;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.FileResponses;
import nl.ingrado.portal.shared.web.FileServlet;
import nl.ingrado.portal.shared.web.Ids;

/**
 * {@code /files/evidence/{recordId}}: the evidence of a point record, for the registrant who owns the
 * record and for auditors; for anyone else it does not exist (404). Always a download in a sandbox,
 * never a page: an upload is only ever a PDF, JPEG or PNG by content, but it is not trusted either way.
 */
@WebServlet("/files/evidence/*")
public class EvidenceFiles extends FileServlet {

    @Inject
    OwnRegistration own;

    @Inject
    CurrentUser currentUser;

    public EvidenceFiles() {
        // any text after the slash: Ids says which are ids
        super("(?s)/(.+)");
    }

    @Override
    protected void serve(Matcher path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var recordId = Ids.parse(path.group(1));
        require(recordId != null && currentUser.isLoggedIn());
        var f = found(own.evidence(currentUser.id(), request.isUserInRole("AUDITOR"), recordId));
        response.setHeader("Content-Security-Policy", "sandbox");
        FileResponses.upload(response, f.contentType(), f.filename(), f.content());
    }
}
