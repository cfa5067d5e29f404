package nl.ingrado.portal.question.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

    @ParameterizedTest(name = "Easter {0}: {1}")
    @CsvSource({"2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28",
            "2038, 2038-04-25"})
    void easterByTheAlgorithm(int year, LocalDate easter) {
        assertEquals(easter, WorkingDays.easterSunday(year));
    }

    /** A due date: {@code days} working days after {@code from}, over the Dutch public holidays. */
    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            // Thursday 2 April 2026: Good Friday counts, Easter weekend and Easter Monday do not
            "2026-04-02, 5, 2026-04-10",
            // King's Day 27 April 2026, then Liberation Day 5 May
            "2026-04-24, 5, 2026-05-04",
            "2026-04-30, 5, 2026-05-08",
            // Ascension Thursday 14 May 2026 (Easter + 39)
            "2026-05-13, 2, 2026-05-18",
            // Whit Monday 25 May 2026, after a weekend
            "2026-05-22, 1, 2026-05-26",
            // Christmas and New Year
            "2026-12-24, 1, 2026-12-28",
            "2026-12-31, 1, 2027-01-04",
            "2026-12-24, 5, 2027-01-04"})
    void addSkipsWeekendsAndPublicHolidays(LocalDate from, int days, LocalDate due) {
        assertEquals(due, WorkingDays.add(from, days));
    }

    @Test
    void goodFridayIsAWorkingDayEasterMondayIsNot() {
        assertTrue(WorkingDays.isWorkingDay(LocalDate.of(2026, 4, 3)));
        assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2026, 4, 6)));
    }

    @Test
    void kingsDayMovesToTheSaturdayWhenTheTwentySeventhIsASunday() {
        // King's Day on the 26th when the 27th is a Sunday (2025), Liberation Day every year
        assertTrue(WorkingDays.isPublicHoliday(LocalDate.of(2025, 4, 26)));
        assertFalse(WorkingDays.isPublicHoliday(LocalDate.of(2025, 4, 27)));
        assertTrue(WorkingDays.isPublicHoliday(LocalDate.of(2027, 5, 5)));
    }
}
