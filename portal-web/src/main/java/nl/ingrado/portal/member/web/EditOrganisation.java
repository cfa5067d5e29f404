package nl.ingrado.portal.member.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import nl.ingrado.portal.member.boundary.OrganisationAdministration;
import nl.ingrado.portal.member.boundary.OrganisationAdministration.OrganisationDetail;
import nl.ingrado.portal.member.boundary.StaffLists.Option;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;
import nl.ingrado.portal.shared.web.Ids;

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
    transient OrganisationAdministration organisations;

    @Inject
    transient CurrentUser currentUser;

    private String idParameter;
    private Long id;
    private transient OrganisationDetail detail;
    private List<Option> regions;
    private List<Option> mergeTargets;
    private long version;
    private boolean loaded;
    private String name;
    private Long regionId;
    private Integer inhabitants;
    private String street;
    private String postalCode;
    private String city;
    private String domains;
    private Long targetId;

    public void load() throws IOException {
        detail = id == null ? null : organisations.detail(id).orElse(null);
        if (detail == null) {
            Faces.responseSendError(404, "organisation not found");
            return;
        }
        regions = organisations.regions();
        mergeTargets = detail.organisation().isActive() ? organisations.mergeTargets(id) : List.of();
        if (!loaded) {
            loaded = true;
            var o = detail.organisation();
            version = o.getVersion();
            name = o.getName();
            regionId = o.getRegion() == null ? null : o.getRegion().getId();
            inhabitants = o.getInhabitants();
            street = o.getStreet();
            postalCode = o.getPostalCode();
            city = o.getCity();
            domains = detail.domainList();
        }
    }

    public void save() throws IOException {
        organisations.update(id, version, name, regionId, inhabitants, street, postalCode, city, domains,
                actor());
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

    public List<Option> getRegions() {
        return regions;
    }

    public List<Option> getMergeTargets() {
        return mergeTargets;
    }

    public Long getId() {
        return id;
    }

    /** The id from the URL, as typed: anything but a number is a page that does not exist. */
    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String idParameter) {
        this.idParameter = idParameter;
        this.id = Ids.parse(idParameter);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getRegionId() {
        return regionId;
    }

    public void setRegionId(Long regionId) {
        this.regionId = regionId;
    }

    public Integer getInhabitants() {
        return inhabitants;
    }

    public void setInhabitants(Integer inhabitants) {
        this.inhabitants = inhabitants;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getDomains() {
        return domains;
    }

    public void setDomains(String domains) {
        this.domains = domains;
    }

    public Long getTargetId() {
        return targetId;
    }

    public void setTargetId(Long targetId) {
        this.targetId = targetId;
    }
}
