package nl.ingrado.portal.register.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An activity outside the catalogue that a registrant submits for points, with evidence. The
 * {@code accreditationClaim} is the accreditation or quality mark the course had elsewhere, if any.
 */
public record Submission(String title, String provider, LocalDate date, BigDecimal hours, String category,
        String accreditationClaim, String description, String evidenceName, byte[] evidence) {
}
