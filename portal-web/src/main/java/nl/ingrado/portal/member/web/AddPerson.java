package nl.ingrado.portal.member.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import lombok.Getter;
import nl.ingrado.portal.member.boundary.PersonAdministration;
import nl.ingrado.portal.member.boundary.StaffLists.Option;
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

    @Getter
    private List<Option> organisations;
    @Getter
    private final PersonForm form = new PersonForm();
    @Getter
    private final WorkplaceForm workplace = new WorkplaceForm();

    @PostConstruct
    void load() {
        organisations = persons.organisationOptions();
    }

    public void submit() throws IOException {
        long id = persons.create(form.input(workplace), currentUser.getEmail());
        Feedback.flash("person.added");
        Faces.redirect("staff/person.xhtml?id=" + id);
    }
}
