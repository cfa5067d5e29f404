package nl.ingrado.portal.question.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;

/**
 * Working days for the advisers' due dates: Monday to Friday except the Dutch public holidays that the
 * Algemene termijnenwet (art. 3) counts, the law that extends legal time limits: Nieuwjaarsdag, Tweede
 * Paasdag, Koningsdag (27 April, 26 April when the 27th is a Sunday), Bevrijdingsdag, Hemelvaartsdag,
 * Tweede Pinksterdag, Eerste and Tweede Kerstdag. Following that law settles the two doubtful days:
 * Bevrijdingsdag counts every year (the law names 5 May without a lustrum condition, even though many
 * collective agreements give it off only every fifth year), and Goede Vrijdag does not count (the law
 * leaves it out and most municipalities work that day). Easter Sunday and Whit Sunday fall on a Sunday.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The day {@code days} working days after {@code from} (the day itself not counted). */
    public static LocalDate add(LocalDate from, int days) {
        var day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    public static boolean isWorkingDay(LocalDate day) {
        var weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isPublicHoliday(day);
    }

    public static boolean isPublicHoliday(LocalDate day) {
        int year = day.getYear();
        var easter = easterSunday(year);
        var kingsDay = LocalDate.of(year, Month.APRIL, 27);
        if (kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
            kingsDay = kingsDay.minusDays(1);
        }
        return day.equals(LocalDate.of(year, Month.JANUARY, 1))
                || day.equals(easter) || day.equals(easter.plusDays(1))
                || day.equals(kingsDay)
                || day.equals(LocalDate.of(year, Month.MAY, 5))
                || day.equals(easter.plusDays(39))
                || day.equals(easter.plusDays(49)) || day.equals(easter.plusDays(50))
                || day.equals(LocalDate.of(year, Month.DECEMBER, 25))
                || day.equals(LocalDate.of(year, Month.DECEMBER, 26));
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
