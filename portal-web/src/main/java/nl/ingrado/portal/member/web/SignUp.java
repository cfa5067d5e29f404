package nl.ingrado.portal.member.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import nl.ingrado.portal.member.boundary.MemberService;
import nl.ingrado.portal.member.boundary.MemberService.OrganisationOption;
import nl.ingrado.portal.member.entity.Job;
import nl.ingrado.portal.shared.web.Feedback;
import nl.ingrado.portal.shared.web.Language;
import org.omnifaces.util.Faces;

/**
 * /register.xhtml: a professional creates an account and, optionally, says where they work; the
 * emailed link activates it.
 */
@Named
@RequestScoped
public class SignUp {

    @Inject
    MemberService members;

    @Inject
    Language language;

    private String displayName;
    private String email;
    private String password;
    private String passwordRepeat;
    private Long organisationId;
    private Job job;
    private LocalDate since;
    private List<OrganisationOption> organisations;

    public void submit() throws IOException {
        if (password == null || !password.equals(passwordRepeat)) {
            Feedback.show(nl.ingrado.portal.shared.entity.BusinessException.onField("passwordRepeat",
                    "password.mismatch"));
            return;
        }
        members.signUp(email, displayName, password, language.getCode(), organisationId, job, since);
        // the same answer whether or not the address already had an account
        Feedback.flash("signUp.sent", email.strip());
        Faces.redirect("login.xhtml");
    }

    public List<OrganisationOption> getOrganisations() {
        if (organisations == null) {
            organisations = members.organisations();
        }
        return organisations;
    }

    public Job[] getJobs() {
        return Job.values();
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Job getJob() {
        return job;
    }

    public void setJob(Job job) {
        this.job = job;
    }

    public LocalDate getSince() {
        return since;
    }

    public void setSince(LocalDate since) {
        this.since = since;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordRepeat() {
        return passwordRepeat;
    }

    public void setPasswordRepeat(String passwordRepeat) {
        this.passwordRepeat = passwordRepeat;
    }
}
