package nl.ingrado.portal.register.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.ingrado.portal.register.entity.RecordSource;
import nl.ingrado.portal.register.entity.RecordStatus;

/** A new line for the ledger; every source (attendance, submission, provider list, correction) books through one. */
public record Booking(long registrantId, LocalDate activityDate, String title, String provider,
        String accreditationClaim, String description, String category, BigDecimal hours, BigDecimal points,
        RecordSource source, RecordStatus status, Long activityId, Long eventId, Long executionId,
        Long correctsId,
        Long evidenceFileId, String actor, String reason) {
}
