package nl.ingrado.portal.register.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An activity in (or on its way to) the catalogue: the provider's request and, once accredited, its
 * accreditation number, category, points and validity. {@code decisionReason} is the auditor's reason
 * for a rejection or question.
 */
public record Activity(long id, long schemeId, String number, String title, String providerName,
        Long providerAccountId, Long eventId, String description, String programme, BigDecimal hours,
        String trainers, String category, BigDecimal points, LocalDate validFrom, LocalDate validTo,
        ActivityStatus status, LocalDateTime requestedAt, String requestedBy, LocalDateTime decidedAt,
        String decidedBy, String decisionReason) {

    /** Accredited and valid on {@code date}: only then does an execution on that date earn points. */
    public boolean isValidOn(LocalDate date) {
        return status == ActivityStatus.ACCREDITED && !date.isBefore(validFrom) && !date.isAfter(validTo);
    }

    public boolean isOwnedBy(long accountId) {
        return providerAccountId != null && providerAccountId == accountId;
    }
}
