package nl.ingrado.portal.question.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @Test
    void easterByTheAlgorithm() {
        assertEquals(LocalDate.of(2024, 3, 31), WorkingDays.easterSunday(2024));
        assertEquals(LocalDate.of(2025, 4, 20), WorkingDays.easterSunday(2025));
        assertEquals(LocalDate.of(2026, 4, 5), WorkingDays.easterSunday(2026));
        assertEquals(LocalDate.of(2027, 3, 28), WorkingDays.easterSunday(2027));
        assertEquals(LocalDate.of(2038, 4, 25), WorkingDays.easterSunday(2038));
    }

    @Test
    void easterMondaySkippedAcrossTheWeekendGoodFridayCounted() {
        // Thursday 2 April 2026: Good Friday counts, Easter weekend and Easter Monday do not
        assertEquals(LocalDate.of(2026, 4, 10), WorkingDays.add(LocalDate.of(2026, 4, 2), 5));
        assertTrue(WorkingDays.isWorkingDay(LocalDate.of(2026, 4, 3)));
        assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2026, 4, 6)));
    }

    @Test
    void kingsDayLiberationDayAscensionAndWhitMonday() {
        assertEquals(LocalDate.of(2026, 5, 4), WorkingDays.add(LocalDate.of(2026, 4, 24), 5));
        assertEquals(LocalDate.of(2026, 5, 8), WorkingDays.add(LocalDate.of(2026, 4, 30), 5));
        // Ascension Thursday 14 May 2026 (Easter + 39)
        assertEquals(LocalDate.of(2026, 5, 18), WorkingDays.add(LocalDate.of(2026, 5, 13), 2));
        // Whit Monday 25 May 2026, after a weekend
        assertEquals(LocalDate.of(2026, 5, 26), WorkingDays.add(LocalDate.of(2026, 5, 22), 1));
        // King's Day on the 26th when the 27th is a Sunday (2025), Liberation Day every year
        assertTrue(WorkingDays.isPublicHoliday(LocalDate.of(2025, 4, 26)));
        assertFalse(WorkingDays.isPublicHoliday(LocalDate.of(2025, 4, 27)));
        assertTrue(WorkingDays.isPublicHoliday(LocalDate.of(2027, 5, 5)));
    }

    @Test
    void christmasAndNewYear() {
        assertEquals(LocalDate.of(2026, 12, 28), WorkingDays.add(LocalDate.of(2026, 12, 24), 1));
        assertEquals(LocalDate.of(2027, 1, 4), WorkingDays.add(LocalDate.of(2026, 12, 31), 1));
        assertEquals(LocalDate.of(2027, 1, 4), WorkingDays.add(LocalDate.of(2026, 12, 24), 5));
    }
}
