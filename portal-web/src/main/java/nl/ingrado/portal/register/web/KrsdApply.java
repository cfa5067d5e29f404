package nl.ingrado.portal.register.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import nl.ingrado.portal.member.boundary.MemberService;
import nl.ingrado.portal.member.boundary.MemberService.OrganisationOption;
import nl.ingrado.portal.member.entity.Job;
import nl.ingrado.portal.register.boundary.Application;
import nl.ingrado.portal.register.boundary.OwnRegistration;
import nl.ingrado.portal.register.boundary.Registrants;
import nl.ingrado.portal.register.boundary.Schemes;
import nl.ingrado.portal.register.entity.RegistrantStatus;
import nl.ingrado.portal.register.entity.Scheme;
import nl.ingrado.portal.shared.web.CurrentUser;
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
    transient Registrants registrants;

    @Inject
    transient Schemes schemes;

    @Inject
    transient OwnRegistration own;

    @Inject
    transient MemberService members;

    @Inject
    transient CurrentUser currentUser;

    private transient Scheme scheme;
    private transient List<OrganisationOption> organisations;
    private String firstName;
    private String lastName;
    private String job;
    private String employer;
    private Long organisationId;
    private boolean conduct;

    public void load() throws IOException {
        var existing = registrants.ofAccount(currentUser.id());
        if (existing.isPresent() && existing.get().status() != RegistrantStatus.REJECTED) {
            Faces.redirect("member/krsd/index.xhtml");
            return;
        }
        var defaults = own.defaults(currentUser.id());
        firstName = defaults.firstName();
        lastName = defaults.lastName();
        job = defaults.job();
        employer = defaults.employer();
        organisationId = defaults.organisationId();
        if (existing.isPresent()) {
            var before = existing.get();
            firstName = before.firstName();
            lastName = before.lastName();
            job = before.job();
            employer = before.employer();
            organisationId = before.organisationId();
        }
    }

    public void submit() throws IOException {
        registrants.apply(currentUser.id(),
                new Application(firstName, lastName, job, employer, organisationId, conduct));
        Feedback.flash("reg.apply.done");
        Faces.redirect("member/krsd/index.xhtml");
    }

    public Scheme getScheme() {
        if (scheme == null) {
            scheme = schemes.krsd();
        }
        return scheme;
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

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getJob() {
        return job;
    }

    public void setJob(String job) {
        this.job = job;
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String employer) {
        this.employer = employer;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public boolean isConduct() {
        return conduct;
    }

    public void setConduct(boolean conduct) {
        this.conduct = conduct;
    }
}
