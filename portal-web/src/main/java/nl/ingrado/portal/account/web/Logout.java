package nl.ingrado.portal.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;

/** The logout button in the header: ends the session completely. */
@Named
@RequestScoped
public class Logout {

    @Inject
    HttpServletRequest request;

    public void submit() throws IOException, ServletException {
        request.logout();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        Feedback.flash("logout.done");
        Faces.redirect("index.xhtml");
    }
}
