package nl.ingrado.portal.member.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.util.List;
import nl.ingrado.portal.member.boundary.StaffLists.OrganisationFilter;
import nl.ingrado.portal.member.boundary.StaffLists.OrganisationRow;

/** /staff/organisations.xhtml (Organisations): municipalities, regions, partners and Ingrado. */
@Named
@ViewScoped
public class OrganisationList extends StaffList<OrganisationFilter, OrganisationRow> {

    @Serial
    private static final long serialVersionUID = 1L;

    public OrganisationList() {
        super("staff/organisations.xhtml", OrganisationFilter.PARAMETERS, OrganisationFilter::parse,
                OrganisationRow::id);
    }

    @Override
    protected Source<OrganisationFilter, OrganisationRow> source() {
        return new Source<>(organisations::count, organisations::page);
    }

    public List<String> getStatuses() {
        return OrganisationFilter.STATUSES;
    }
}
