package nl.ingrado.portal.member.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.member.boundary.MemberService;
import nl.ingrado.portal.member.boundary.MemberService.MyWork;
import nl.ingrado.portal.member.boundary.MemberService.OrganisationOption;
import nl.ingrado.portal.member.entity.Confirmation;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;

/** /member/work.xhtml (Waar ik werk): the professional's employments, premium status and rayon. */
@Named
@ViewScoped
public class MyWorkplace implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    MemberService members;

    @Inject
    CurrentUser currentUser;

    @Getter
    private MyWork work;
    @Getter
    private List<OrganisationOption> organisations;
    @Getter
    private final WorkplaceForm form = new WorkplaceForm();
    @Getter
    @Setter
    private LocalDate endDate;

    public void load() {
        work = members.myWork(currentUser.id());
        organisations = members.organisations();
    }

    public void add() throws IOException {
        var confirmation = members.startEmployment(currentUser.id(), form.getOrganisationId(), form.getJob(),
                form.getSince());
        Feedback.flash(confirmation == Confirmation.BY_DOMAIN ? "work.added.byDomain" : "work.added.pending");
        Faces.redirect("member/work.xhtml");
    }

    public void end(long employmentId) throws IOException {
        members.endEmployment(currentUser.id(), employmentId, endDate == null ? LocalDate.now() : endDate);
        Feedback.flash("work.ended");
        Faces.redirect("member/work.xhtml");
    }
}
