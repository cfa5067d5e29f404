package nl.ingrado.portal.member.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import nl.ingrado.portal.member.boundary.OrganisationAdministration;
import nl.ingrado.portal.member.boundary.PersonAdministration;
import nl.ingrado.portal.member.boundary.StaffLists.Option;
import nl.ingrado.portal.member.boundary.StaffLists.PersonFilter;
import nl.ingrado.portal.member.boundary.StaffLists.PersonRow;
import nl.ingrado.portal.member.boundary.StaffLists.Sort;
import nl.ingrado.portal.member.entity.Job;
import nl.ingrado.portal.member.entity.OrganisationKind;
import nl.ingrado.portal.shared.web.LazyList;
import nl.ingrado.portal.shared.web.QueryString;
import org.omnifaces.util.Faces;

/**
 * /staff/persons.xhtml (Professionals): search, filter, sort and page through all professionals.
 * The filters are in the URL, so a filtered list can be bookmarked and exported as it is shown.
 */
@Named
@ViewScoped
public class PersonList implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient PersonAdministration persons;

    @Inject
    transient OrganisationAdministration organisations;

    private String q;
    private String rayon;
    private String region;
    private String job;
    private String kind;
    private String premium;
    private String status;
    private String organisation;
    private PersonFilter filter = PersonFilter.none();
    private List<Option> rayons;
    private List<Option> regions;

    private final LazyList<PersonRow> model = new LazyList<>(() -> persons.count(filter),
            (field, ascending, first, size) -> persons.page(filter, Sort.of(field, ascending), first, size),
            PersonRow::id);

    public void load() {
        filter = PersonFilter.parse(this::parameter);
        rayons = organisations.rayons();
        regions = organisations.regions();
    }

    public void search() throws IOException {
        Faces.redirect("staff/persons.xhtml?" + getQueryString());
    }

    /** The current filters as a query string, for the export links and after a search. */
    public String getQueryString() {
        return QueryString.of(PersonFilter.PARAMETERS, this::parameter);
    }

    private String parameter(String name) {
        return switch (name) {
            case "q" -> q;
            case "rayon" -> rayon;
            case "region" -> region;
            case "job" -> job;
            case "kind" -> kind;
            case "premium" -> premium;
            case "status" -> status;
            case "organisation" -> organisation;
            default -> null;
        };
    }

    public LazyList<PersonRow> getModel() {
        return model;
    }

    public List<Option> getRayons() {
        return rayons;
    }

    public List<Option> getRegions() {
        return regions;
    }

    public Job[] getJobs() {
        return Job.values();
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public List<String> getStatuses() {
        return PersonFilter.STATUSES;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
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

    public String getJob() {
        return job;
    }

    public void setJob(String job) {
        this.job = job;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getPremium() {
        return premium;
    }

    public void setPremium(String premium) {
        this.premium = premium;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}
