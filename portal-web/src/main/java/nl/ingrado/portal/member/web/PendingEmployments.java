package nl.ingrado.portal.member.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import nl.ingrado.portal.member.boundary.MemberService;
import nl.ingrado.portal.member.entity.Employment;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;

/** /staff/employments.xhtml: employments that the email domain did not prove, for staff to decide. */
@Named
@ViewScoped
public class PendingEmployments implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    MemberService members;

    @Inject
    CurrentUser currentUser;

    /** Entities, not kept with the view: read again after the session moved to another node. */
    private transient List<Employment> pending;

    public void load() {
        pending = members.pendingEmployments();
    }

    public List<Employment> getPending() {
        if (pending == null) {
            load();
        }
        return pending;
    }

    public void decide(long employmentId, boolean confirmed) throws IOException {
        members.decideEmployment(employmentId, confirmed, currentUser.getEmail());
        Feedback.flash(confirmed ? "employments.confirmed" : "employments.rejected");
        Faces.redirect("staff/employments.xhtml");
    }
}
