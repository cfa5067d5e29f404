package nl.ingrado.portal.member.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import nl.ingrado.portal.member.boundary.OrganisationAdministration;
import nl.ingrado.portal.member.boundary.StaffLists.Option;
import nl.ingrado.portal.member.boundary.StaffLists.OrganisationFilter;
import nl.ingrado.portal.member.boundary.StaffLists.OrganisationRow;
import nl.ingrado.portal.member.boundary.StaffLists.Sort;
import nl.ingrado.portal.member.entity.OrganisationKind;
import nl.ingrado.portal.shared.web.LazyList;
import nl.ingrado.portal.shared.web.QueryString;
import org.omnifaces.util.Faces;

/** /staff/organisations.xhtml (Organisations): municipalities, regions, partners and Ingrado. */
@Named
@ViewScoped
public class OrganisationList implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient OrganisationAdministration organisations;

    private String q;
    private String kind;
    private String rayon;
    private String region;
    private String status;
    private OrganisationFilter filter = OrganisationFilter.none();
    private List<Option> rayons;
    private List<Option> regions;

    private final LazyList<OrganisationRow> model = new LazyList<>(() -> organisations.count(filter),
            (field, ascending, first, size) -> organisations.page(filter, Sort.of(field, ascending), first,
                    size),
            OrganisationRow::id);

    public void load() {
        filter = OrganisationFilter.parse(this::parameter);
        rayons = organisations.rayons();
        regions = organisations.regions();
    }

    public void search() throws IOException {
        Faces.redirect("staff/organisations.xhtml?" + getQueryString());
    }

    /** The current filters as a query string, for the export links and after a search. */
    public String getQueryString() {
        return QueryString.of(OrganisationFilter.PARAMETERS, this::parameter);
    }

    private String parameter(String name) {
        return switch (name) {
            case "q" -> q;
            case "kind" -> kind;
            case "rayon" -> rayon;
            case "region" -> region;
            case "status" -> status;
            default -> null;
        };
    }

    public LazyList<OrganisationRow> getModel() {
        return model;
    }

    public List<Option> getRayons() {
        return rayons;
    }

    public List<Option> getRegions() {
        return regions;
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public List<String> getStatuses() {
        return OrganisationFilter.STATUSES;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getRayon() {
        return rayon;
    }

    public void setRayon(String rayon) {
        this.rayon = rayon;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
