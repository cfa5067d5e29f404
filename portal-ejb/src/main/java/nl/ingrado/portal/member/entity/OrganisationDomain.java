package nl.ingrado.portal.member.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An email domain that belongs to one organisation (e.g. amsterdam.nl). */
@Entity
@Table(name = "organisation_domain")
public class OrganisationDomain {

    @Id
    @Column(length = 190)
    private String domain;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    protected OrganisationDomain() {
    }

    public String getDomain() {
        return domain;
    }

    public Organisation getOrganisation() {
        return organisation;
    }
}
