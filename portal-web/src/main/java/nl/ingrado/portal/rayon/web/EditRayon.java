package nl.ingrado.portal.rayon.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.rayon.boundary.RayonService;
import nl.ingrado.portal.rayon.boundary.RayonService.ContactRow;
import nl.ingrado.portal.shared.entity.AuditEntry;
import nl.ingrado.portal.shared.entity.EmailAddress;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import nl.ingrado.portal.shared.web.Pages;
import org.omnifaces.util.Faces;

/** /staff/rayon.xhtml?id=…: staff edit a rayon's name and description and its contact persons. */
@Named
@ViewScoped
public class EditRayon implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    RayonService rayons;

    @Inject
    CurrentUser currentUser;

    @Getter
    @Setter
    private Long id;

    @NotBlank
    @Size(max = Lengths.SHORT_NAME)
    @Getter
    @Setter
    private String name;

    @Size(max = Lengths.NOTE)
    @Getter
    @Setter
    private String description;

    @NotBlank
    @EmailAddress
    @Getter
    @Setter
    private String contactEmail;
    @Getter
    private List<ContactRow> contacts;
    @Getter
    private List<AuditEntry> history;

    public void load() throws IOException {
        var detail = Pages.found(rayons.detail(id), "no such rayon");
        if (detail == null) {
            return;
        }
        name = detail.name();
        description = detail.description();
        contacts = rayons.contacts(id);
        history = rayons.history(id);
    }

    public void save() throws IOException {
        rayons.update(id, name, description, staff());
        Feedback.flash("rayon.saved");
        Faces.redirect("staff/rayon.xhtml?id=" + id);
    }

    public void addContact() throws IOException {
        rayons.addContact(id, contactEmail, staff());
        Feedback.flash("rayon.contact.added");
        Faces.redirect("staff/rayon.xhtml?id=" + id);
    }

    public void removeContact(long personId) throws IOException {
        rayons.removeContact(id, personId, staff());
        Feedback.flash("rayon.contact.removed");
        Faces.redirect("staff/rayon.xhtml?id=" + id);
    }

    private String staff() {
        return currentUser.getEmail();
    }
}
