package nl.ingrado.portal.member.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
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

    private List<Option> regions;
    private OrganisationKind kind;
    private String name;
    private String cbsCode;
    private Long regionId;
    private Integer inhabitants;
    private String street;
    private String postalCode;
    private String city;
    private String domains;

    public void submit() throws IOException {
        long id = organisations.create(kind, name, cbsCode, regionId, inhabitants, street, postalCode, city,
                domains, currentUser.getEmail());
        Feedback.flash("organisation.added");
        Faces.redirect("staff/organisation.xhtml?id=" + id);
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public List<Option> getRegions() {
        if (regions == null) {
            regions = organisations.regions();
        }
        return regions;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCbsCode() {
        return cbsCode;
    }

    public void setCbsCode(String cbsCode) {
        this.cbsCode = cbsCode;
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
}
