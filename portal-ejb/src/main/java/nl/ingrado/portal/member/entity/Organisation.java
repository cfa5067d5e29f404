package nl.ingrado.portal.member.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import lombok.Getter;
import nl.ingrado.portal.rayon.entity.Rayon;
import nl.ingrado.portal.rayon.entity.Region;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.Lengths;

/**
 * A municipality, a region's Doorstroompunt, a partner or Ingrado. A municipality without a
 * region is allowed (after a merger across regions staff must assign one) and has no rayon yet.
 */
@Entity
@Table(name = "organisation")
@Getter
public class Organisation {

    public static final int MAX_NAME = Lengths.NAME;
    private static final Pattern POSTAL_CODE = Pattern.compile("^([1-9][0-9]{3}) ?([A-Za-z]{2})$");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrganisationKind kind;

    @Column(nullable = false, length = Lengths.NAME)
    private String name;

    @Column(name = "cbs_code", length = Lengths.CBS_CODE)
    private String cbsCode;

    @Column(length = 40)
    private String province;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    private Region region;

    private Integer inhabitants;

    @Column(length = Lengths.STREET)
    private String street;

    @Column(name = "postal_code", length = Lengths.POSTAL_CODE)
    private String postalCode;

    @Column(length = Lengths.SHORT_NAME)
    private String city;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Organisation mergedInto;

    @Column(nullable = false, length = 20)
    private String status;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    private long version;

    protected Organisation() {
    }

    private static final Pattern CBS_CODE = Pattern.compile("^GM[0-9]{4}$");

    /**
     * A new organisation, e.g. after a municipal reclassification or a new partner. A municipality
     * carries its CBS code (GM + four digits); a Doorstroompunt organisation its region. The other
     * data follow through {@link #correct}.
     */
    public static Organisation found(OrganisationKind kind, String name, String cbsCode, Region region,
            LocalDateTime now) {
        if (kind == null) {
            throw BusinessException.onField("kind", "organisation.kind.required");
        }
        var code = cbsCode == null ? "" : cbsCode.strip().toUpperCase(java.util.Locale.ROOT);
        if (kind == OrganisationKind.MUNICIPALITY && !CBS_CODE.matcher(code).matches()) {
            throw BusinessException.onField("cbsCode", "organisation.cbsCode.invalid");
        }
        if (kind != OrganisationKind.MUNICIPALITY && !code.isEmpty()) {
            throw BusinessException.onField("cbsCode", "organisation.cbsCode.onlyMunicipality");
        }
        if (kind == OrganisationKind.REGION && region == null) {
            throw BusinessException.onField("region", "organisation.region.required");
        }
        var organisation = new Organisation();
        organisation.kind = kind;
        organisation.name = "";
        organisation.cbsCode = code.isEmpty() ? null : code;
        organisation.region = region;
        organisation.status = "ACTIVE";
        organisation.createdAt = now;
        return organisation;
    }

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }

    /**
     * Staff correct the organisation's data; returns what changed (field: old → new) for the audit
     * trail. A Doorstroompunt organisation keeps its region; a merged one cannot change any more.
     */
    public Map<String, String> correct(String newName, Region newRegion, Integer newInhabitants,
            String newStreet, String newPostalCode, String newCity) {
        if (!isActive()) {
            throw new BusinessException("organisation.merged");
        }
        var cleanName = newName == null ? "" : newName.strip();
        if (cleanName.isEmpty()) {
            throw BusinessException.onField("name", "organisation.name.required");
        }
        if (cleanName.length() > MAX_NAME) {
            throw BusinessException.onField("name", "organisation.tooLong", MAX_NAME);
        }
        if (kind == OrganisationKind.REGION && id != null && !Objects.equals(idOf(newRegion), idOf(region))) {
            throw BusinessException.onField("region", "organisation.region.fixed");
        }
        if (newInhabitants != null && newInhabitants < 0) {
            throw BusinessException.onField("inhabitants", "organisation.inhabitants.invalid");
        }
        var cleanStreet = optional(newStreet, "street", Lengths.STREET);
        var cleanCity = optional(newCity, "city", Lengths.SHORT_NAME);
        var cleanPostal = optional(newPostalCode, "postalCode", 10);
        if (cleanPostal != null) {
            var matcher = POSTAL_CODE.matcher(cleanPostal);
            if (!matcher.matches()) {
                throw BusinessException.onField("postalCode", "organisation.postalCode.invalid");
            }
            cleanPostal = matcher.group(1) + " " + matcher.group(2).toUpperCase(java.util.Locale.ROOT);
        }
        var changes = new LinkedHashMap<String, String>();
        track(changes, "name", name, cleanName);
        track(changes, "region", region == null ? null : region.getName(),
                newRegion == null ? null : newRegion.getName());
        track(changes, "inhabitants", inhabitants == null ? null : inhabitants.toString(),
                newInhabitants == null ? null : newInhabitants.toString());
        track(changes, "street", street, cleanStreet);
        track(changes, "postalCode", postalCode, cleanPostal);
        track(changes, "city", city, cleanCity);
        name = cleanName;
        region = newRegion;
        inhabitants = newInhabitants;
        street = cleanStreet;
        postalCode = cleanPostal;
        city = cleanCity;
        return changes;
    }

    /**
     * A municipal merger: this organisation stops and points at its successor, and stays as history.
     * Only organisations of the same kind merge, never into themselves or into a merged one.
     */
    public void mergeInto(Organisation successor) {
        if (successor == null) {
            throw BusinessException.onField("target", "organisation.merge.targetRequired");
        }
        if (Objects.equals(successor.id, id)) {
            throw BusinessException.onField("target", "organisation.merge.self");
        }
        if (!isActive() || !successor.isActive()) {
            throw BusinessException.onField("target", "organisation.merge.notActive");
        }
        if (successor.kind != kind) {
            throw BusinessException.onField("target", "organisation.merge.otherKind");
        }
        status = "MERGED";
        mergedInto = successor;
    }

    private static Long idOf(Region region) {
        return region == null ? null : region.getId();
    }

    private static String optional(String value, String field, int max) {
        var stripped = value == null ? "" : value.strip();
        if (stripped.length() > max) {
            throw BusinessException.onField(field, "organisation.tooLong", max);
        }
        return stripped.isEmpty() ? null : stripped;
    }

    private static void track(Map<String, String> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.put(field, (before == null ? "" : before) + " → " + (after == null ? "" : after));
        }
    }

    /** The rayon through the region; none while the region is unknown. */
    public Rayon rayon() {
        return region == null ? null : region.getRayon();
    }
}
