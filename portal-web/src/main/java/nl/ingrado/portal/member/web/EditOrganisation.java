package nl.ingrado.portal.member.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.member.boundary.OrganisationAdministration;
import nl.ingrado.portal.member.boundary.OrganisationAdministration.OrganisationDetail;
import nl.ingrado.portal.member.boundary.StaffLists.Option;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import nl.ingrado.portal.shared.web.Pages;
import org.omnifaces.util.Faces;

/**
 * /staff/organisation.xhtml?id= (Organisation): its data and email domains to correct, a merger into
 * another organisation, and the history of every change.
 */
@Named
@ViewScoped
public class EditOrganisation implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationAdministration organisations;

    @Inject
    CurrentUser currentUser;

    @Getter
    @Setter
    private Long id;
    private transient OrganisationDetail detail;
    @Getter
    private List<Option> regions;
    @Getter
    private List<Option> mergeTargets;
    private long version;
    @Getter
    private OrganisationForm form;
    @Getter
    @Setter
    private Long targetId;

    public void load() throws IOException {
        detail = Pages.found(organisations.detail(id), "organisation not found");
        if (detail == null) {
            return;
        }
        regions = organisations.regions();
        mergeTargets = detail.organisation().isActive() ? organisations.mergeTargets(id) : List.of();
        if (form == null) {
            version = detail.organisation().getVersion();
            form = OrganisationForm.of(detail);
        }
    }

    public void save() throws IOException {
        organisations.update(id, version, form.getName(), form.getRegionId(), form.getInhabitants(),
                form.getStreet(), form.getPostalCode(), form.getCity(), form.getDomains(), actor());
        Feedback.flash("organisation.saved");
        Faces.redirect("staff/organisation.xhtml?id=" + id);
    }

    public void merge() throws IOException {
        int moved = organisations.merge(id, targetId, actor());
        Feedback.flash("organisation.mergedDone", moved);
        Faces.redirect("staff/organisation.xhtml?id=" + targetId);
    }

    private String actor() {
        return currentUser.getEmail();
    }

    public OrganisationDetail getDetail() {
        if (detail == null && id != null) {
            detail = organisations.detail(id).orElse(null);
        }
        return detail;
    }
}
