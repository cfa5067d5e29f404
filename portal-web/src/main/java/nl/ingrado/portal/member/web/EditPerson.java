package nl.ingrado.portal.member.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.ingrado.portal.member.boundary.StaffLists.Option;
import nl.ingrado.portal.member.entity.Job;
import nl.ingrado.portal.member.boundary.PersonAdministration;
import nl.ingrado.portal.member.boundary.PersonAdministration.PersonDetail;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;
import nl.ingrado.portal.shared.web.Ids;

/**
 * /staff/person.xhtml?id= (Professional): the personal data to correct, the workplaces (one can be
 * ended), deactivation, and the history of every change.
 */
@Named
@ViewScoped
public class EditPerson implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient PersonAdministration persons;

    @Inject
    transient CurrentUser currentUser;

    private String idParameter;
    private Long id;
    private transient PersonDetail detail;
    private long version;
    private String firstName;
    private String lastName;
    private String email;
    private String phone;
    private LocalDate endDate;
    private Long newOrganisationId;
    private Job newJob;
    private LocalDate newSince;
    private transient List<Option> organisations;

    public void load() throws IOException {
        detail = id == null ? null : persons.detail(id).orElse(null);
        if (detail == null) {
            Faces.responseSendError(404, "person not found");
            return;
        }
        var person = detail.person();
        if (firstName == null && lastName == null && email == null) {
            version = person.getVersion();
            firstName = person.getFirstName();
            lastName = person.getLastName();
            email = person.getEmail();
            phone = person.getPhone();
        }
    }

    public void save() throws IOException {
        persons.update(id, version, firstName, lastName, email, phone, actor());
        Feedback.flash("person.saved");
        Faces.redirect("staff/person.xhtml?id=" + id);
    }

    public void endEmployment(long employmentId) throws IOException {
        persons.endEmployment(id, employmentId, endDate == null ? LocalDate.now() : endDate, actor());
        Feedback.flash("person.employmentEnded");
        Faces.redirect("staff/person.xhtml?id=" + id);
    }

    public void addEmployment() throws IOException {
        persons.addEmployment(id, newOrganisationId, newJob, newSince, actor());
        Feedback.flash("person.employmentAdded");
        Faces.redirect("staff/person.xhtml?id=" + id);
    }

    public List<Option> getOrganisations() {
        if (organisations == null) {
            organisations = persons.organisationOptions();
        }
        return organisations;
    }

    public Job[] getJobs() {
        return Job.values();
    }

    public Long getNewOrganisationId() {
        return newOrganisationId;
    }

    public void setNewOrganisationId(Long newOrganisationId) {
        this.newOrganisationId = newOrganisationId;
    }

    public Job getNewJob() {
        return newJob;
    }

    public void setNewJob(Job newJob) {
        this.newJob = newJob;
    }

    public LocalDate getNewSince() {
        return newSince;
    }

    public void setNewSince(LocalDate newSince) {
        this.newSince = newSince;
    }

    public void deactivate() throws IOException {
        persons.deactivate(id, actor());
        Feedback.flash("person.deactivated");
        Faces.redirect("staff/person.xhtml?id=" + id);
    }

    private String actor() {
        return currentUser.getEmail();
    }

    /** The detail, read again after a failed POST (the bean keeps only what the user typed). */
    public PersonDetail getDetail() {
        if (detail == null && id != null) {
            detail = persons.detail(id).orElse(null);
        }
        return detail;
    }

    public Long getId() {
        return id;
    }

    /** The id from the URL, as typed: anything but a number is a page that does not exist. */
    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String idParameter) {
        this.idParameter = idParameter;
        this.id = Ids.parse(idParameter);
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

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }
}
