package nl.ingrado.portal.member.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import lombok.AccessLevel;
import lombok.Getter;

/** An organisation's membership for one year, with its fee. One active membership per year. */
@Entity
@Table(name = "membership")
@Getter
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "member_year", nullable = false)
    private int year;

    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal fee;

    @Column(nullable = false, length = 20)
    private String status;

    @Version
    @Getter(AccessLevel.NONE)
    private long version;

    @Column(name = "invoiced_at")
    @Getter(AccessLevel.NONE)
    private java.time.LocalDateTime invoicedAt;

    @Column(name = "paid_at")
    private java.time.LocalDateTime paidAt;

    protected Membership() {
    }

    /** This year's membership, invoiced at the fee of the organisation's band. */
    public static Membership invoice(Organisation organisation, int year, BigDecimal fee,
            java.time.LocalDateTime now) {
        var membership = new Membership();
        membership.organisation = organisation;
        membership.year = year;
        membership.fee = fee;
        membership.status = "INVOICED";
        membership.invoicedAt = now;
        return membership;
    }

    public void paid(java.time.LocalDateTime now) {
        if (!"INVOICED".equals(status)) {
            throw new nl.ingrado.portal.shared.entity.BusinessException("membership.notInvoiced");
        }
        status = "PAID";
        paidAt = now;
    }
}
