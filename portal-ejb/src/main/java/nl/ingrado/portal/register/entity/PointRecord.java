package nl.ingrado.portal.register.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One line of a registrant's ledger, as the pages show it. */
public record PointRecord(long id, long registrantId, long periodId, LocalDate activityDate, String title,
        String provider, String accreditationClaim, String description, String category, BigDecimal hours,
        BigDecimal points, RecordSource source, RecordStatus status, Long activityId, Long eventId,
        Long correctsId,
        Long evidenceFileId, LocalDateTime submittedAt, String submittedBy, LocalDateTime reviewedAt,
        String reviewedBy, String reason) {

    public boolean counts() {
        return status == RecordStatus.APPROVED;
    }
}
