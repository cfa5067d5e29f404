package nl.ingrado.portal.member.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import nl.ingrado.portal.member.boundary.PersonAdministration;
import nl.ingrado.portal.member.boundary.PersonAdministration.PersonInput;
import nl.ingrado.portal.member.boundary.StaffLists.Option;
import nl.ingrado.portal.member.entity.Job;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;

/** /staff/person-new.xhtml: staff add one professional, with a workplace if they know it. */
@Named
@RequestScoped
public class AddPerson {

    @Inject
    PersonAdministration persons;

    @Inject
    CurrentUser currentUser;

    private List<Option> organisations;
    private String firstName;
    private String lastName;
    private String email;
    private String phone;
    private Long organisationId;
    private Job job;
    private LocalDate since;

    @PostConstruct
    void load() {
        organisations = persons.organisationOptions();
    }

    public void submit() throws IOException {
        long id = persons.create(
                new PersonInput(firstName, lastName, email, phone, organisationId, job, since),
                currentUser.getEmail());
        Feedback.flash("person.added");
        Faces.redirect("staff/person.xhtml?id=" + id);
    }

    public List<Option> getOrganisations() {
        return organisations;
    }

    public Job[] getJobs() {
        return Job.values();
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

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
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
}
