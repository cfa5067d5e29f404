package nl.ingrado.portal.member.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import lombok.Getter;
import nl.ingrado.portal.member.boundary.OrganisationAdministration;
import nl.ingrado.portal.member.boundary.StaffLists.Option;
import nl.ingrado.portal.member.entity.OrganisationKind;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;

/** /staff/organisation-new.xhtml: staff add an organisation (a partner, a new municipality). */
@Named
@RequestScoped
public class AddOrganisation {

    @Inject
    OrganisationAdministration organisations;

    @Inject
    CurrentUser currentUser;

    /** Read once a request, however often the page asks. */
    @Getter(lazy = true)
    private final List<Option> regions = organisations.regions();
    @Getter
    private final OrganisationForm form = new OrganisationForm();

    public void submit() throws IOException {
        long id = organisations.create(form.getKind(), form.getName(), form.getCbsCode(), form.getRegionId(),
                form.getInhabitants(), form.getStreet(), form.getPostalCode(), form.getCity(),
                form.getDomains(), currentUser.getEmail());
        Feedback.flash("organisation.added");
        Faces.redirect("staff/organisation.xhtml?id=" + id);
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }
}
