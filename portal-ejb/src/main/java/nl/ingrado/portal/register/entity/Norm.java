package nl.ingrado.portal.register.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The norm of a register scheme, as pure functions: when a period starts and ends, what share of the
 * norm a late joiner owes (pro-rata), and how approved points count against it (minimums and caps).
 * Everything here is derived from the approved point sums, so it can always be recomputed.
 */
public final class Norm {

    private Norm() {
    }

    /** A period to open: its dates and the share of the full norm it carries. */
    public record PeriodPlan(LocalDate startsOn, LocalDate endsOn, BigDecimal factor, BigDecimal normPoints,
            int monthsCounted, int monthsFull) {
    }

    /**
     * The period someone gets who enters the register (or renews) on {@code from}. Without a cohort start
     * every registrant has a full period of their own. With one, everyone shares periods that start there
     * every {@code periodYears}; a late joiner's period ends with the shared one, and with pro-rata on
     * their norm counts only the months left (a month begun counts as whole).
     */
    public static PeriodPlan plan(Scheme scheme, LocalDate from) {
        int monthsFull = 12 * scheme.periodYears();
        if (scheme.cohortStart() == null) {
            return new PeriodPlan(from, from.plusYears(scheme.periodYears()).minusDays(1), BigDecimal.ONE,
                    scheme.normPoints(), monthsFull, monthsFull);
        }
        var start = scheme.cohortStart();
        while (!start.plusYears(scheme.periodYears()).isAfter(from)) {
            start = start.plusYears(scheme.periodYears());
        }
        while (start.isAfter(from)) {
            start = start.minusYears(scheme.periodYears());
        }
        var end = start.plusYears(scheme.periodYears()).minusDays(1);
        int months = (int) ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(end)) + 1;
        if (!scheme.proRata() || months >= monthsFull) {
            return new PeriodPlan(from, end, BigDecimal.ONE, scheme.normPoints(), monthsFull, monthsFull);
        }
        var factor = BigDecimal.valueOf(months).divide(BigDecimal.valueOf(monthsFull), 4,
                RoundingMode.HALF_UP);
        return new PeriodPlan(from, end, factor, scale(scheme.normPoints(), factor), months, monthsFull);
    }

    /** A norm figure for a period that carries {@code factor} of the full norm, rounded up to whole points. */
    public static BigDecimal scale(BigDecimal points, BigDecimal factor) {
        if (points == null || factor.compareTo(BigDecimal.ONE) == 0) {
            return points;
        }
        return points.multiply(factor).setScale(0, RoundingMode.CEILING).setScale(1);
    }

    /** How the period stands. */
    public enum Standing {
        /** the norm is reached */
        MET,
        /** not yet, but at least as far as the time gone by asks */
        ON_TRACK,
        /** behind: fewer points than the share of the period that has passed */
        AT_RISK,
        /** the period is over and the norm was not reached */
        NOT_MET
    }

    public record CategoryProgress(String code, String nameNl, String nameEn, BigDecimal earned,
            BigDecimal counted,
            BigDecimal minimum, BigDecimal cap, BigDecimal missing) {

        public String name(String language) {
            return "en".equals(language) ? nameEn : nameNl;
        }

        /** Points earned above the cap: they are kept but do not count. */
        public BigDecimal overCap() {
            return earned.subtract(counted);
        }
    }

    /** One sentence of the explanation: a message key and its arguments. */
    public record Reason(String key, List<Object> arguments) {
    }

    public record Progress(BigDecimal norm, BigDecimal counted, BigDecimal missing,
            List<CategoryProgress> categories,
            Standing standing, LocalDate endsOn, long daysLeft, BigDecimal expectedByNow,
            List<Reason> reasons) {

        public int percent() {
            if (norm.signum() == 0) {
                return 100;
            }
            return Math.min(100, counted.multiply(BigDecimal.valueOf(100)).divide(norm, 0, RoundingMode.DOWN)
                    .intValue());
        }
    }

    /**
     * Progress of a period from its approved point sums per category ({@code earned}). A category's
     * points count up to its cap; the norm is met when the counted total reaches the period's norm and
     * every category its minimum.
     */
    public static Progress progress(Scheme scheme, LocalDate startsOn, LocalDate endsOn, BigDecimal factor,
            BigDecimal normPoints, Map<String, BigDecimal> earned, LocalDate today) {
        var categories = new ArrayList<CategoryProgress>();
        var reasons = new ArrayList<Reason>();
        var counted = BigDecimal.ZERO.setScale(1);
        var missingMinimums = BigDecimal.ZERO.setScale(1);
        for (var c : scheme.categories()) {
            var got = earned.getOrDefault(c.code(), BigDecimal.ZERO).setScale(1, RoundingMode.HALF_UP);
            var cap = scale(c.capPoints(), factor);
            var min = scale(c.minPoints(), factor);
            var counts = got.max(BigDecimal.ZERO.setScale(1));
            if (cap != null && counts.compareTo(cap) > 0) {
                counts = cap;
                reasons.add(new Reason("krsd.reason.capped", List.of(c.code(), got, cap)));
            }
            var missing = min == null
                    ? BigDecimal.ZERO.setScale(1)
                    : min.subtract(counts).max(BigDecimal.ZERO).setScale(1);
            if (min != null && missing.signum() > 0) {
                reasons.add(new Reason("krsd.reason.minimum", List.of(c.code(), min, missing)));
            }
            missingMinimums = missingMinimums.add(missing);
            counted = counted.add(counts);
            categories.add(
                    new CategoryProgress(c.code(), c.nameNl(), c.nameEn(), got, counts, min, cap, missing));
        }
        var missing = normPoints.subtract(counted).max(missingMinimums).max(BigDecimal.ZERO).setScale(1);
        long totalDays = ChronoUnit.DAYS.between(startsOn, endsOn) + 1;
        long gone = Math.max(0, Math.min(totalDays, ChronoUnit.DAYS.between(startsOn, today) + 1));
        var expected = normPoints.multiply(BigDecimal.valueOf(gone))
                .divide(BigDecimal.valueOf(totalDays), 1, RoundingMode.HALF_UP);
        Standing standing;
        if (missing.signum() == 0) {
            standing = Standing.MET;
        } else if (today.isAfter(endsOn)) {
            standing = Standing.NOT_MET;
        } else if (counted.compareTo(expected) >= 0) {
            standing = Standing.ON_TRACK;
        } else {
            standing = Standing.AT_RISK;
        }
        if (factor.compareTo(BigDecimal.ONE) < 0) {
            reasons.add(0, new Reason("krsd.reason.proRata", List.of(normPoints, scheme.normPoints())));
        }
        reasons.add(0, new Reason("krsd.reason.norm", List.of(normPoints, endsOn)));
        long daysLeft = Math.max(0, ChronoUnit.DAYS.between(today, endsOn));
        return new Progress(normPoints, counted, missing, List.copyOf(categories), standing, endsOn, daysLeft,
                expected,
                List.copyOf(reasons));
    }
}
