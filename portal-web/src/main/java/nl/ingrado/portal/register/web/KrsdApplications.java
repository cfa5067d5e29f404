package nl.ingrado.portal.register.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.register.boundary.AuditorDesk;
import nl.ingrado.portal.register.boundary.AuditorDesk.ApplicationRow;
import nl.ingrado.portal.register.boundary.Registrants;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;

/**
 * /auditor/applications.xhtml: applications to the register, oldest first (auditors and the office);
 * {@code ?id=} opens one to approve, or refuse with a reason. The applicant is mailed either way.
 */
@Named
@ViewScoped
public class KrsdApplications implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    AuditorDesk desk;

    @Inject
    Registrants registrants;

    @Inject
    CurrentUser currentUser;

    @Getter
    @Setter
    private Long id;
    private transient List<ApplicationRow> applications;

    @Size(max = Lengths.NOTE)
    @Getter
    @Setter
    private String reason;

    public void load() throws IOException {
        if (id != null && getSelected() == null) {
            Faces.responseSendError(404, "application not found");
        }
    }

    public void approve() throws IOException {
        var name = getSelectedName();
        registrants.decide(AuditInput.actor(currentUser), id, true, reason);
        Feedback.flash("audit.applications.approved", name);
        Faces.redirect("auditor/applications.xhtml");
    }

    public void refuse() throws IOException {
        var name = getSelectedName();
        registrants.decide(AuditInput.actor(currentUser), id, false, reason);
        Feedback.flash("audit.applications.refused", name);
        Faces.redirect("auditor/applications.xhtml");
    }

    public List<ApplicationRow> getApplications() {
        if (applications == null) {
            applications = desk.applications();
        }
        return applications;
    }

    /** The application opened with {@code ?id=}, if it still waits. */
    public ApplicationRow getSelected() {
        return id == null
                ? null
                : getApplications().stream().filter(a -> a.id() == id).findFirst().orElse(null);
    }

    private String getSelectedName() {
        var selected = getSelected();
        if (selected == null) {
            throw new BusinessException("krsd.decide.notApplied");
        }
        return selected.name();
    }
}
