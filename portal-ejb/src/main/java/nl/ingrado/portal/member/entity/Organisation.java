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
import nl.ingrado.portal.rayon.entity.Rayon;
import nl.ingrado.portal.rayon.entity.Region;

/**
 * A municipality, a region's Doorstroompunt, a partner or Ingrado. A municipality without a
 * region is allowed (after a merger across regions staff must assign one) and has no rayon yet.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrganisationKind kind;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "cbs_code", length = 6)
    private String cbsCode;

    @Column(length = 40)
    private String province;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    private Region region;

    private Integer inhabitants;

    @Column(nullable = false, length = 20)
    private String status;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    private long version;

    protected Organisation() {
    }

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }

    /** The rayon through the region; none while the region is unknown. */
    public Rayon rayon() {
        return region == null ? null : region.getRayon();
    }

    public Long getId() {
        return id;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getCbsCode() {
        return cbsCode;
    }

    public String getProvince() {
        return province;
    }

    public Region getRegion() {
        return region;
    }

    public Integer getInhabitants() {
        return inhabitants;
    }

    public String getStatus() {
        return status;
    }
}
