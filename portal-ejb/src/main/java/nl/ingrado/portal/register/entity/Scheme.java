package nl.ingrado.portal.register.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A register scheme: the rules of a register as data (period length, norm, categories with
 * minimums and caps, points per hour, shared periods with a pro-rata norm).
 */
public record Scheme(long id, String code, String name, String numberPrefix, int periodYears,
        BigDecimal normPoints, BigDecimal pointsPerHour, LocalDate cohortStart, boolean proRata,
        BigDecimal annualFee, String codeOfConduct, List<Category> categories) {

    /** A category of points: at least {@code minPoints} must be reached, at most {@code capPoints} count. */
    public record Category(String code, String nameNl, String nameEn, BigDecimal minPoints,
            BigDecimal capPoints) {

        public String name(String language) {
            return "en".equals(language) ? nameEn : nameNl;
        }
    }

    public Optional<Category> category(String code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
