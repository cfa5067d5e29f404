package nl.ingrado.portal.member.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.ingrado.portal.member.boundary.OrganisationAdministration;
import nl.ingrado.portal.member.boundary.PersonAdministration;
import nl.ingrado.portal.member.boundary.StaffLists.Option;
import nl.ingrado.portal.member.boundary.StaffLists.PersonFilter;
import nl.ingrado.portal.member.boundary.StaffLists.PersonRow;
import nl.ingrado.portal.member.boundary.StaffLists.Sort;
import nl.ingrado.portal.member.entity.Job;
import nl.ingrado.portal.member.entity.OrganisationKind;
import org.omnifaces.util.Faces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

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

    private final LazyDataModel<PersonRow> model = new LazyDataModel<>() {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) persons.count(filter);
        }

        @Override
        public List<PersonRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return persons.page(filter, sortOf(sortBy), first, pageSize);
        }

        @Override
        public String getRowKey(PersonRow row) {
            return String.valueOf(row.id());
        }
    };

    public void load() {
        filter = ListParameters.persons(this::parameter);
        rayons = organisations.rayons();
        regions = organisations.regions();
    }

    public void search() throws IOException {
        Faces.redirect("staff/persons.xhtml?" + getQueryString());
    }

    /** The current filters as a query string, for the export links and after a search. */
    public String getQueryString() {
        return ListParameters
                .queryString(ListParameters.values(ListParameters.PERSON_PARAMETERS, this::parameter));
    }

    static Sort sortOf(Map<String, SortMeta> sortBy) {
        return sortBy == null
                ? Sort.byName()
                : sortBy.values().stream()
                        .filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst()
                        .map(s -> new Sort(s.getField(), s.getOrder() == SortOrder.ASCENDING))
                        .orElse(Sort.byName());
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

    public LazyDataModel<PersonRow> getModel() {
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
        return ListParameters.PERSON_STATUSES;
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
