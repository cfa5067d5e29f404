package nl.ingrado.portal.member.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lombok.Getter;
import nl.ingrado.portal.member.boundary.PrivacyService;
import nl.ingrado.portal.member.entity.ErasureRequest;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;

/** /staff/erasures.xhtml: erasure requests for staff to carry out or reject. */
@Named
@ViewScoped
public class ErasureRequests implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    PrivacyService privacy;

    @Inject
    CurrentUser currentUser;

    @Getter
    private List<ErasureRequest> open;

    public void load() {
        open = privacy.openRequests();
    }

    public void carryOut(long requestId) throws IOException {
        privacy.carryOut(requestId, currentUser.getEmail());
        Feedback.flash("erasures.done");
        Faces.redirect("staff/erasures.xhtml");
    }

    public void reject(long requestId) throws IOException {
        privacy.reject(requestId, currentUser.getEmail());
        Feedback.flash("erasures.rejected");
        Faces.redirect("staff/erasures.xhtml");
    }
}
