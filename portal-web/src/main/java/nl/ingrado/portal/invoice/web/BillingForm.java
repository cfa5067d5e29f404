package nl.ingrado.portal.invoice.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.invoice.entity.BillingAccount;
import nl.ingrado.portal.shared.entity.EmailAddress;
import nl.ingrado.portal.shared.entity.Lengths;

/**
 * What staff type as an organisation's billing data. Every field is checked by its shape here, so all
 * that is wrong shows at once; the rules that need more than one field (an OIN or a KvK number) are the
 * boundary's. OIN and KvK number may be typed with spaces or dots between the digits.
 */
@Getter
@Setter
public class BillingForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = Lengths.NAME)
    private String legalName;

    @NotBlank
    @Size(max = Lengths.STREET)
    private String street;

    @NotBlank
    @Size(max = Lengths.POSTAL_CODE)
    @Pattern(regexp = "\\s*[1-9][0-9]{3} ?[A-Za-z]{2}\\s*", message = "{billing.postalCode.invalid}")
    private String postalCode;

    @NotBlank
    @Size(max = Lengths.SHORT_NAME)
    private String city;

    @NotBlank
    @EmailAddress
    private String email;

    // room for the spaces people type between the groups of digits
    @Size(max = Lengths.PHONE)
    @Pattern(regexp = "[\\s.]*(?:[0-9][\\s.]*){20}", message = "{billing.oin.invalid}")
    private String oin;

    @Size(max = Lengths.PHONE)
    @Pattern(regexp = "[\\s.]*(?:[0-9][\\s.]*){8}", message = "{billing.kvk.invalid}")
    private String kvk;

    @Size(max = Lengths.SHORT_NAME)
    @Pattern(regexp = "\\s*[0-9]{4}:[A-Za-z0-9._-]{1,50}\\s*", message = "{billing.peppol.invalid}")
    private String peppolId;

    public static BillingForm of(BillingAccount.Details details) {
        var form = new BillingForm();
        form.legalName = details.legalName();
        form.street = details.street();
        form.postalCode = details.postalCode();
        form.city = details.city();
        form.email = details.email();
        form.oin = details.oin();
        form.kvk = details.kvk();
        form.peppolId = details.peppolId();
        return form;
    }

    public BillingAccount.Details details() {
        return new BillingAccount.Details(legalName, street, postalCode, city, email, oin, kvk, peppolId);
    }
}
