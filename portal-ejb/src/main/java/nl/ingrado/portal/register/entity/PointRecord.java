package nl.ingrado.portal.register.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.ingrado.portal.shared.entity.BusinessException;

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

    /**
     * The most an auditor may approve without saying why: what was claimed, and no more than the net
     * hours give at {@code pointsPerHour}. Null when the record names neither.
     */
    public BigDecimal approvableWithoutReason(BigDecimal pointsPerHour) {
        var byHours = hours == null || pointsPerHour == null ? null : hours.multiply(pointsPerHour);
        if (points == null) {
            return byHours;
        }
        return byHours == null ? points : points.min(byHours);
    }

    /** Approving more than {@link #approvableWithoutReason} is refused without a reason. */
    public void checkApproval(BigDecimal approved, BigDecimal pointsPerHour, String reason) {
        var most = approvableWithoutReason(pointsPerHour);
        if (most != null && approved.compareTo(most) > 0 && (reason == null || reason.isBlank())) {
            throw BusinessException.onField("reason", "krsd.review.reasonForMore",
                    most.stripTrailingZeros());
        }
    }
}
