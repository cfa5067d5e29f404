package nl.ingrado.portal.event.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Domain event, fired when someone is checked in at an event; observe it with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} so only committed attendance counts.
 * Points and category are null for an event without accreditation.
 */
public record Attended(long registrationId, long eventId, Long accountId, String email, LocalDate date,
        BigDecimal points, String category) {
}
