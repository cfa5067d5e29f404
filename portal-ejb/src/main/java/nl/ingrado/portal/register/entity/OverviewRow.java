package nl.ingrado.portal.register.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import nl.ingrado.portal.register.entity.Norm.Standing;

/**
 * One registrant in the auditors' overview, with their current period's standing against the norm;
 * the period fields are null for someone without a period (an applicant).
 */
public record OverviewRow(long id, String number, String firstName, String lastName, String job,
        RegistrantStatus status, Long rayonId, String rayon, LocalDate startsOn, LocalDate endsOn,
        BigDecimal norm, BigDecimal counted, BigDecimal missing, Standing standing,
        Map<String, BigDecimal> earned) {

    public String name() {
        return firstName + " " + lastName;
    }
}
