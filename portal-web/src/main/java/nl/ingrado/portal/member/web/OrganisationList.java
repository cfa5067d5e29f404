package nl.ingrado.portal.member.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.util.List;
import java.util.function.Function;
import nl.ingrado.portal.member.boundary.StaffLists.OrganisationFilter;
import nl.ingrado.portal.member.boundary.StaffLists.OrganisationRow;
import nl.ingrado.portal.member.boundary.StaffLists.Sort;

/** /staff/organisations.xhtml (Organisations): municipalities, regions, partners and Ingrado. */
@Named
@ViewScoped
public class OrganisationList extends StaffList<OrganisationFilter, OrganisationRow> {

    @Serial
    private static final long serialVersionUID = 1L;

    public OrganisationList() {
        super("staff/organisations.xhtml", OrganisationFilter.PARAMETERS);
    }

    @Override
    protected OrganisationFilter parse(Function<String, String> parameter) {
        return OrganisationFilter.parse(parameter);
    }

    @Override
    protected long count(OrganisationFilter filter) {
        return organisations.count(filter);
    }

    @Override
    protected List<OrganisationRow> page(OrganisationFilter filter, Sort sort, int first, int size) {
        return organisations.page(filter, sort, first, size);
    }

    @Override
    protected long key(OrganisationRow row) {
        return row.id();
    }

    public List<String> getStatuses() {
        return OrganisationFilter.STATUSES;
    }
}
