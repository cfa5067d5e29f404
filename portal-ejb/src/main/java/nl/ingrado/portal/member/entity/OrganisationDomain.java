package nl.ingrado.portal.member.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.Getter;
import nl.ingrado.portal.shared.entity.Lengths;

/** An email domain that belongs to one organisation (e.g. amsterdam.nl). */
@Entity
@Table(name = "organisation_domain")
@Getter
public class OrganisationDomain {

    @Id
    @Column(length = Lengths.DOMAIN)
    private String domain;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    protected OrganisationDomain() {
    }

    /** A domain such as {@code gemeente.nl}: lower case, at least one dot, no @ or spaces. */
    public OrganisationDomain(String domain, Organisation organisation) {
        var clean = domain == null ? "" : domain.strip().toLowerCase(java.util.Locale.ROOT);
        if (clean.startsWith("@")) {
            clean = clean.substring(1);
        }
        if (clean.length() > Lengths.DOMAIN
                || !clean.matches("^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$")) {
            throw nl.ingrado.portal.shared.entity.BusinessException.onField("domains",
                    "organisation.domain.invalid",
                    domain == null ? "" : domain.strip());
        }
        this.domain = clean;
        this.organisation = organisation;
    }

    /** After a merger the successor's employees keep proving their employment by this domain. */
    public void moveTo(Organisation successor) {
        organisation = successor;
    }
}
