package bg.libpartners.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class WorkingHoursTest {

    final WorkingHours hours = WorkingHours.bulgarian();

    static Instant sofia(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute)
                .atZone(WorkingHours.ZONE)
                .toInstant();
    }

    @Test
    void aFridayAfternoonQuestionAnsweredOnMondayMorningTookTwoWorkingHoursNotThree() {
        // Friday 16:30 → Monday 10:00 (a plain weekend in February 2026): 1 h on Friday and 1 h on Monday
        var asked = sofia(2026, 2, 6, 16, 30);
        var answered = sofia(2026, 2, 9, 10, 0);
        assertThat(hours.between(asked, answered)).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void theEasterWeekendAndItsFridayAndMondayAreNotWorkingTime() {
        // Orthodox Easter 2026 is 12 April: Good Friday 10th to Easter Monday 13th are holidays
        var asked = sofia(2026, 4, 9, 17, 0); // Thursday, 30 min before closing
        var answered = sofia(2026, 4, 14, 9, 30); // Tuesday, 30 min after opening
        assertThat(hours.between(asked, answered)).isEqualTo(Duration.ofHours(1));
        assertThat(hours.isWorkingDay(LocalDate.of(2026, 4, 10))).isFalse();
        assertThat(hours.isWorkingDay(LocalDate.of(2026, 4, 13))).isFalse();
        assertThat(hours.isWorkingDay(LocalDate.of(2026, 4, 14))).isTrue();
    }

    @Test
    void aHolidayOnASaturdayMovesToTheFollowingMonday() {
        // 6 September 2026 (Unification Day) is a Sunday, so Monday 7 September is a day off
        assertThat(hours.isWorkingDay(LocalDate.of(2026, 9, 7))).isFalse();
        var asked = sofia(2026, 9, 4, 9, 0); // Friday morning
        var due = hours.plus(asked, Duration.ofHours(17)); // two working days: Friday and Tuesday
        assertThat(due).isEqualTo(sofia(2026, 9, 8, 17, 30));
    }

    @Test
    void theTargetOfTwoWorkingDaysSkipsAWeekendAndAPublicHoliday() {
        // Thursday 30 April 2026 at 14:00: 3 h 30 min that day, 1 May (Friday) is Labour Day, then the weekend;
        // the remaining 13 h 30 min are Monday 4 May (8 h 30 min) and 5 h on Tuesday 5 May → 14:00
        var asked = sofia(2026, 4, 30, 14, 0);
        var due = hours.plus(asked, Duration.ofHours(17));
        assertThat(due).isEqualTo(sofia(2026, 5, 5, 14, 0));
        assertThat(hours.between(asked, due)).isEqualTo(Duration.ofHours(17));
    }

    @Test
    void timeOutsideOfficeHoursCountsNothingAndOrderDoesNotMatter() {
        assertThat(hours.between(sofia(2026, 2, 7, 10, 0), sofia(2026, 2, 8, 18, 0)))
                .isZero();
        assertThat(hours.between(sofia(2026, 2, 9, 18, 0), sofia(2026, 2, 9, 8, 0)))
                .isZero();
        assertThat(hours.between(sofia(2026, 2, 9, 7, 0), sofia(2026, 2, 9, 20, 0)))
                .isEqualTo(Duration.ofMinutes(WorkingHours.DAY_MINUTES));
        assertThat(hours.plus(sofia(2026, 2, 9, 20, 0), Duration.ofMinutes(30))).isEqualTo(sofia(2026, 2, 10, 9, 30));
    }

    /** The shipped file holds exactly what the Labour Code's rule gives for 2024–2032 (see the file's header). */
    @Test
    void theHolidayFileFollowsTheLabourCodeForEveryYearItCovers() {
        var expected = new TreeSet<LocalDate>();
        for (int year = 2024; year <= 2032; year++) {
            var easter = orthodoxEaster(year);
            for (int d = -2; d <= 1; d++) {
                expected.add(easter.plusDays(d));
            }
            int[][] fixed = {{1, 1}, {3, 3}, {5, 1}, {5, 6}, {5, 24}, {9, 6}, {9, 22}, {12, 24}, {12, 25}, {12, 26}};
            for (var f : fixed) {
                expected.add(LocalDate.of(year, f[0], f[1]));
            }
            for (var f : fixed) {
                var day = LocalDate.of(year, f[0], f[1]);
                if (weekend(day)) {
                    var moved = day.plusDays(1);
                    while (weekend(moved) || expected.contains(moved)) {
                        moved = moved.plusDays(1);
                    }
                    expected.add(moved);
                }
            }
        }
        assertThat(new TreeSet<>(hours.holidays())).containsExactlyElementsOf(expected);
        // known years: Easter 2025 on 20 April, 2027 on 2 May; Christmas 2027 falls on a weekend → 27, 28 December
        assertThat(orthodoxEaster(2025)).isEqualTo(LocalDate.of(2025, Month.APRIL, 20));
        assertThat(orthodoxEaster(2027)).isEqualTo(LocalDate.of(2027, Month.MAY, 2));
        assertThat(hours.holidays()).contains(LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28));
    }

    static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** Meeus's Julian algorithm, shifted 13 days into the Gregorian calendar (1900–2099). */
    static LocalDate orthodoxEaster(int year) {
        int a = year % 4, b = year % 7, c = year % 19;
        int d = (19 * c + 15) % 30;
        int e = (2 * a + 4 * b - d + 34) % 7;
        int month = (d + e + 114) / 31;
        int day = (d + e + 114) % 31 + 1;
        return LocalDate.of(year, month, day).plusDays(13);
    }
}
