package nl.ingrado.portal.register.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A registration period with the norm it carries. {@code outcome} is null while undecided. */
public record Period(long id, long registrantId, int seq, LocalDate startsOn, LocalDate endsOn,
        LocalDate originalEndsOn, BigDecimal normFactor, BigDecimal normPoints, PeriodOutcome outcome) {

    public boolean isExtended() {
        return endsOn.isAfter(originalEndsOn);
    }
}
