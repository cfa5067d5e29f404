package nl.ingrado.portal.invoice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;

/** Who pays a registrant's KRSD annual fee: the registrant ({@code organisationId} null) or an employer. */
@Entity
@Table(name = "fee_payer")
@Getter
public class FeePayer {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(nullable = false, length = 10)
    private String payer;

    @Column(name = "organisation_id")
    private Long organisationId;

    protected FeePayer() {
    }

    public FeePayer(Long personId, Long employer) {
        this.personId = personId;
        choose(employer);
    }

    public void choose(Long employer) {
        payer = employer == null ? "SELF" : "EMPLOYER";
        organisationId = employer;
    }
}
