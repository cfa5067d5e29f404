package nl.ingrado.portal.register.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NormTest {

    static Scheme scheme(LocalDate cohortStart, boolean proRata) {
        return new Scheme(1, "KRSD", "KRSD", "KRSD", 5, new BigDecimal("160.0"), BigDecimal.ONE, cohortStart,
                proRata,
                null, "code", List.of(new Scheme.Category("A1", "A1", "A1", new BigDecimal("40.0"), null),
                        new Scheme.Category("A2", "A2", "A2", null, new BigDecimal("80.0"))));
    }

    static BigDecimal p(String value) {
        return new BigDecimal(value);
    }

    /** The progress in the five years from {@code start} of a scheme without cohort (factor 1, 160 points). */
    private static Norm.Progress fiveYearsFrom(LocalDate start, String a1, String a2, LocalDate on) {
        return Norm.progress(scheme(null, true), start, start.plusYears(5).minusDays(1), BigDecimal.ONE,
                p("160.0"), Map.of("A1", p(a1), "A2", p(a2)), on);
    }

    @Test
    void aPersonalPeriodRunsFiveYearsWithTheFullNorm() {
        var plan = Norm.plan(scheme(null, true), LocalDate.of(2026, 3, 15));
        assertEquals(LocalDate.of(2031, 3, 14), plan.endsOn());
        assertEquals(0, plan.normPoints().compareTo(p("160")));
    }

    @Test
    void aLateJoinerOfASharedPeriodOwesThePartOfTheNormForTheMonthsLeft() {
        // shared periods from 2025-01-01; joining in January 2027 leaves 36 of 60 months
        var plan = Norm.plan(scheme(LocalDate.of(2025, 1, 1), true), LocalDate.of(2027, 1, 20));
        assertEquals(LocalDate.of(2029, 12, 31), plan.endsOn());
        assertEquals(36, plan.monthsCounted());
        assertEquals(0, plan.normPoints().compareTo(p("96")));
        assertEquals(0, Norm.scale(p("40.0"), plan.factor()).compareTo(p("24")));
        // without pro-rata the full norm applies, and the period still ends with the shared one
        var full = Norm.plan(scheme(LocalDate.of(2025, 1, 1), false), LocalDate.of(2027, 1, 20));
        assertEquals(0, full.normPoints().compareTo(p("160")));
        assertEquals(LocalDate.of(2029, 12, 31), full.endsOn());
    }

    @Test
    void pointsAboveTheCapDoNotCountAndTheMinimumMustBeReached() {
        var start = LocalDate.of(2022, 1, 1);
        // 30 in A1 and 130 in A2: 30 + 80 count, 50 short of the norm, 10 short of the A1 minimum
        var progress = fiveYearsFrom(start, "30", "130", LocalDate.of(2026, 6, 1));
        assertEquals(0, progress.counted().compareTo(p("110")));
        assertEquals(0, progress.missing().compareTo(p("50")));
        assertEquals(0, progress.categories().get(1).overCap().compareTo(p("50")));
        assertEquals(0, progress.categories().get(0).missing().compareTo(p("10")));
        assertEquals(Norm.Standing.AT_RISK, progress.standing());
        // A2 counts up to 80, so 110 count: 50 short, of which at least 10 must be A1
        var almost = fiveYearsFrom(start, "30", "120", LocalDate.of(2026, 6, 1));
        assertEquals(0, almost.missing().compareTo(p("50")));
        var met = fiveYearsFrom(start, "80", "80", LocalDate.of(2026, 6, 1));
        assertEquals(Norm.Standing.MET, met.standing());
        assertEquals(0, met.missing().signum());
        // a total over the norm is not enough without the A1 minimum
        var noA1 = fiveYearsFrom(start, "39", "200", LocalDate.of(2026, 6, 1));
        assertEquals(0, noA1.missing().compareTo(p("41")));
    }

    @Test
    void theStandingFollowsTheTimeGoneBy() {
        var start = LocalDate.of(2024, 1, 1);
        // halfway, 80 points are expected
        var onTrack = fiveYearsFrom(start, "60", "25", LocalDate.of(2026, 7, 2));
        assertEquals(Norm.Standing.ON_TRACK, onTrack.standing());
        var behind = fiveYearsFrom(start, "60", "10", LocalDate.of(2026, 7, 2));
        assertEquals(Norm.Standing.AT_RISK, behind.standing());
        var over = fiveYearsFrom(start, "60", "10", LocalDate.of(2029, 1, 1));
        assertEquals(Norm.Standing.NOT_MET, over.standing());
    }

    @Test
    void capsAndMinimumsScaleWithAProRataNorm() {
        var s = scheme(LocalDate.of(2025, 1, 1), true);
        var plan = Norm.plan(s, LocalDate.of(2027, 7, 1)); // 30 of 60 months
        var progress = Norm.progress(s, plan.startsOn(), plan.endsOn(), plan.factor(), plan.normPoints(),
                Map.of("A1", p("20"), "A2", p("70")), LocalDate.of(2029, 6, 1));
        assertEquals(0, progress.norm().compareTo(p("80")));
        assertEquals(0, progress.categories().get(1).cap().compareTo(p("40")));
        assertEquals(0, progress.counted().compareTo(p("60")));
        assertEquals(0, progress.missing().compareTo(p("20")));
    }
}
