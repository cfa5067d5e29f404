package nl.ingrado.portal.member.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import lombok.Getter;
import nl.ingrado.portal.shared.entity.BusinessException;

/** From {@code minInhabitants} up to the next band's minimum, the yearly fee is {@code amount}. */
@Entity
@Table(name = "fee_band")
@Getter
public class FeeBand implements Serializable {

    // a view keeps detached copies, and the view state moves with the session to another node
    @Serial
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "fee_year", nullable = false)
    private int year;

    @Column(name = "min_inhabitants", nullable = false)
    private int minInhabitants;

    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal amount;

    protected FeeBand() {
    }

    public FeeBand(int year, Integer minInhabitants, BigDecimal amount) {
        if (year < 2000 || year > 2100) {
            throw BusinessException.onField("year", "feeBand.year.invalid");
        }
        if (minInhabitants == null || minInhabitants < 0) {
            throw BusinessException.onField("minInhabitants", "feeBand.min.invalid");
        }
        if (amount == null || amount.signum() < 0 || amount.scale() > 2
                || amount.precision() - amount.scale() > 8) {
            throw BusinessException.onField("amount", "feeBand.amount.invalid");
        }
        this.year = year;
        this.minInhabitants = minInhabitants;
        this.amount = amount;
    }

    /**
     * The fee for an organisation of this many inhabitants (unknown counts as 0): the band with the
     * highest minimum not above it. The lowest band must start at 0, or small members pay nothing.
     */
    public static BigDecimal feeFor(List<FeeBand> bands, Integer inhabitants) {
        int count = inhabitants == null ? 0 : inhabitants;
        return bands.stream().filter(b -> b.minInhabitants <= count)
                .max(Comparator.comparingInt(b -> b.minInhabitants))
                .map(b -> b.amount)
                .orElseThrow(() -> new BusinessException("membership.noBand", count));
    }
}
