package nl.ingrado.portal.member.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.member.boundary.OrganisationAdministration.OrganisationDetail;
import nl.ingrado.portal.member.entity.OrganisationKind;
import nl.ingrado.portal.shared.entity.Lengths;

/**
 * What staff type about an organisation, bound as {@code #{bean.form.x}} on the add page and the
 * organisation page alike (kind and CBS code only when adding: they are not corrected later).
 */
@Getter
@Setter
public class OrganisationForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotNull
    private OrganisationKind kind;

    @NotBlank
    @Size(max = Lengths.NAME)
    private String name;

    @Size(max = Lengths.CBS_CODE)
    private String cbsCode;
    private Long regionId;

    @PositiveOrZero
    private Integer inhabitants;

    @Size(max = Lengths.STREET)
    private String street;

    @Size(max = Lengths.POSTAL_CODE)
    private String postalCode;

    @Size(max = Lengths.SHORT_NAME)
    private String city;

    @Size(max = Lengths.DOMAIN_LIST)
    private String domains;

    /** The form filled in with the organisation as it is now. */
    public static OrganisationForm of(OrganisationDetail detail) {
        var o = detail.organisation();
        var form = new OrganisationForm();
        form.kind = o.getKind();
        form.name = o.getName();
        form.cbsCode = o.getCbsCode();
        form.regionId = o.getRegion() == null ? null : o.getRegion().getId();
        form.inhabitants = o.getInhabitants();
        form.street = o.getStreet();
        form.postalCode = o.getPostalCode();
        form.city = o.getCity();
        form.domains = detail.domainList();
        return form;
    }
}
