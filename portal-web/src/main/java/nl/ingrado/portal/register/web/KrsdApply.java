package nl.ingrado.portal.register.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import lombok.Getter;
import nl.ingrado.portal.member.boundary.MemberService;
import nl.ingrado.portal.member.boundary.MemberService.OrganisationOption;
import nl.ingrado.portal.member.entity.Job;
import nl.ingrado.portal.register.boundary.OwnRegistration;
import nl.ingrado.portal.register.boundary.Registrants;
import nl.ingrado.portal.register.entity.RegistrantStatus;
import nl.ingrado.portal.register.entity.Scheme;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;

/**
 * /member/krsd/apply.xhtml: the application for the register, filled in from the member's person and
 * current workplace, with the scheme's code of conduct to declare. Someone with a registration (or an
 * application under review) is sent to the dashboard; someone refused may apply again.
 */
@Named
@ViewScoped
public class KrsdApply implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    MyRegistrant mine;

    @Inject
    Registrants registrants;

    @Inject
    OwnRegistration own;

    @Inject
    MemberService members;

    private List<OrganisationOption> organisations;
    @Getter
    private ApplicationForm form;

    public void load() throws IOException {
        var existing = mine.registrant();
        if (existing.isPresent() && existing.get().status() != RegistrantStatus.REJECTED) {
            Faces.redirect("member/krsd/index.xhtml");
            return;
        }
        form = existing.isPresent()
                ? ApplicationForm.of(existing.get())
                : ApplicationForm.of(own.defaults(mine.accountId()));
    }

    public void submit() throws IOException {
        registrants.apply(mine.accountId(), form.application());
        Feedback.flash("reg.apply.done");
        Faces.redirect("member/krsd/index.xhtml");
    }

    public Scheme getScheme() {
        return mine.scheme();
    }

    public List<String> getJobs() {
        return Arrays.stream(Job.values()).map(Job::name).toList();
    }

    public List<OrganisationOption> getOrganisations() {
        if (organisations == null) {
            organisations = members.organisations();
        }
        return organisations;
    }
}
