package nl.ingrado.portal.invoice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.regex.Pattern;
import lombok.AccessLevel;
import lombok.Getter;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.Email;

/**
 * Where and how an organisation is invoiced: its legal name and address, the billing email, and the
 * number that names it in an e-invoice: OIN (20 digits, public bodies) and/or KvK number (8 digits).
 */
@Entity
@Table(name = "billing_account")
@Getter
public class BillingAccount implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final Pattern OIN = Pattern.compile("[0-9]{20}");
    private static final Pattern KVK = Pattern.compile("[0-9]{8}");
    private static final Pattern POSTAL_CODE = Pattern.compile("([1-9][0-9]{3}) ?([A-Za-z]{2})");
    private static final Pattern PEPPOL = Pattern.compile("[0-9]{4}:[A-Za-z0-9._-]{1,50}");

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "legal_name", nullable = false, length = 200)
    private String legalName;

    @Column(nullable = false, length = 200)
    private String street;

    @Column(name = "postal_code", nullable = false, length = 10)
    private String postalCode;

    @Column(nullable = false, length = 100)
    private String city;

    @Column(nullable = false, length = 2)
    private String country = "NL";

    @Column(nullable = false, length = 254)
    private String email;

    @Column(length = 20)
    private String oin;

    @Column(length = 8)
    private String kvk;

    @Column(name = "peppol_id", length = 100)
    private String peppolId;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    @Getter(AccessLevel.NONE)
    private long version;

    /** The fields as typed; {@link #BillingAccount(Long, Details, LocalDateTime)} checks them all. */
    public record Details(String legalName, String street, String postalCode, String city, String email,
            String oin, String kvk, String peppolId) implements Serializable {
    }

    protected BillingAccount() {
    }

    public BillingAccount(Long organisationId, Details details, LocalDateTime now) {
        this.organisationId = organisationId;
        change(details, now);
    }

    /** Checks every field; the first that is wrong is refused on its field (the form checks shapes first). */
    public void change(Details d, LocalDateTime now) {
        var name = required(d.legalName(), "legalName", 200);
        var streetText = required(d.street(), "street", 200);
        var postalMatch = d.postalCode() == null ? null : POSTAL_CODE.matcher(d.postalCode().strip());
        if (postalMatch == null || !postalMatch.matches()) {
            throw BusinessException.onField("postalCode", "billing.postalCode.invalid");
        }
        var cityText = required(d.city(), "city", 100);
        var mail = Email.required(d.email(), "billing.required", "billing.email.invalid");
        var oinText = digits(d.oin());
        if (oinText != null && !OIN.matcher(oinText).matches()) {
            throw BusinessException.onField("oin", "billing.oin.invalid");
        }
        var kvkText = digits(d.kvk());
        if (kvkText != null && !KVK.matcher(kvkText).matches()) {
            throw BusinessException.onField("kvk", "billing.kvk.invalid");
        }
        if (oinText == null && kvkText == null) {
            throw BusinessException.onField("oin", "billing.identifier.missing");
        }
        var peppol = d.peppolId() == null || d.peppolId().isBlank() ? null : d.peppolId().strip();
        if (peppol != null && !PEPPOL.matcher(peppol).matches()) {
            throw BusinessException.onField("peppolId", "billing.peppol.invalid");
        }
        legalName = name;
        street = streetText;
        postalCode = postalMatch.group(1) + " " + postalMatch.group(2).toUpperCase();
        city = cityText;
        email = mail;
        oin = oinText;
        kvk = kvkText;
        peppolId = peppol;
        updatedAt = now;
    }

    public Details details() {
        return new Details(legalName, street, postalCode, city, email, oin, kvk, peppolId);
    }

    /** The Peppol address: as given, else the OIN (scheme 0190), else the KvK number (0106). */
    public String peppolAddress() {
        if (peppolId != null) {
            return peppolId;
        }
        return oin != null ? "0190:" + oin : "0106:" + kvk;
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw BusinessException.onField(field, "billing.required");
        }
        var text = value.strip();
        if (text.length() > max || text.chars().anyMatch(Character::isISOControl)) {
            throw BusinessException.onField(field, "billing.tooLong", max);
        }
        return text;
    }

    private static String digits(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.replaceAll("[\\s.]", "");
    }
}
