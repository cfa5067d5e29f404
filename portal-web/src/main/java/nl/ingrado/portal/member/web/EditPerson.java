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
import nl.ingrado.portal.member.boundary.PersonAdministration;
import nl.ingrado.portal.member.boundary.PersonAdministration.PersonDetail;
import nl.ingrado.portal.member.boundary.StaffLists.Option;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import nl.ingrado.portal.shared.web.Pages;
import org.omnifaces.util.Faces;

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
    PersonAdministration persons;

    @Inject
    CurrentUser currentUser;

    @Getter
    @Setter
    private Long id;
    private transient PersonDetail detail;
    private long version;
    @Getter
    private PersonForm form;
    @Getter
    private final WorkplaceForm workplace = new WorkplaceForm();
    @Getter
    @Setter
    private LocalDate endDate;
    private List<Option> organisations;

    public void load() throws IOException {
        detail = Pages.found(persons.detail(id), "person not found");
        if (detail == null) {
            return;
        }
        if (form == null) {
            version = detail.person().getVersion();
            form = PersonForm.of(detail.person());
        }
    }

    public void save() throws IOException {
        persons.update(id, version, form.getFirstName(), form.getLastName(), form.getEmail(), form.getPhone(),
                actor());
        Feedback.flash("person.saved");
        Faces.redirect("staff/person.xhtml?id=" + id);
    }

    public void endEmployment(long employmentId) throws IOException {
        persons.endEmployment(id, employmentId, endDate == null ? LocalDate.now() : endDate, actor());
        Feedback.flash("person.employmentEnded");
        Faces.redirect("staff/person.xhtml?id=" + id);
    }

    public void addEmployment() throws IOException {
        persons.addEmployment(id, workplace.getOrganisationId(), workplace.getJob(), workplace.getSince(),
                actor());
        Feedback.flash("person.employmentAdded");
        Faces.redirect("staff/person.xhtml?id=" + id);
    }

    public List<Option> getOrganisations() {
        if (organisations == null) {
            organisations = persons.organisationOptions();
        }
        return organisations;
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
}
