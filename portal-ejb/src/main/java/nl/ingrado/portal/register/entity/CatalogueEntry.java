package nl.ingrado.portal.register.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A line of the catalogue: an accredited activity, or an Ingrado event with accreditation points from the
 * events module ({@code ingradoEvent}, no accreditation number; valid on the days it runs).
 */
public record CatalogueEntry(Long activityId, Long eventId, String number, String title, String provider,
        String category, BigDecimal points, LocalDate validFrom, LocalDate validTo, boolean ingradoEvent) {
}
