package org.mashang.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;
import org.mashang.calendar.ClockLength;
import org.mashang.platform.Zones;

/** The working day's hours and the count of working hours in them (a clock of an urgent case). */
@UnitTest
class WorkingHoursTests {

    static final WorkingHours HOURS = WorkingHours.parse("08:30-12:00,14:00-17:30");
    /** Monday 2026-06-15 … a week with Friday 19 June a holiday (端午节) and Sunday 28 June worked (调休). */
    static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 6, 19));
    static final Set<LocalDate> ADJUSTED = Set.of(LocalDate.of(2026, 6, 28));
    static final Predicate<LocalDate> WORKING = d -> ADJUSTED.contains(d)
            || !HOLIDAYS.contains(d) && d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;

    static Instant at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(Zones.CHINA).toInstant();
    }

    static Instant due(Instant start, int hours) {
        return HOURS.deadline(start, hours, WORKING);
    }

    @Test
    void withinOnePeriod() {
        assertThat(due(at(6, 15, 9, 0), 2)).isEqualTo(at(6, 15, 11, 0));
        assertThat(due(at(6, 15, 10, 0), 2)).isEqualTo(at(6, 15, 12, 0));
    }

    @Test
    void theLunchBreakDoesNotCount() {
        assertThat(due(at(6, 15, 11, 30), 2)).isEqualTo(at(6, 15, 15, 30));
        assertThat(due(at(6, 15, 12, 40), 1)).isEqualTo(at(6, 15, 15, 0));
    }

    @Test
    void beforeTheDayStartsItCountsFromTheFirstPeriod() {
        assertThat(due(at(6, 15, 6, 0), 2)).isEqualTo(at(6, 15, 10, 30));
    }

    @Test
    void theEveningAndTheNightDoNotCount() {
        assertThat(due(at(6, 15, 16, 30), 2)).isEqualTo(at(6, 16, 9, 30));
        assertThat(due(at(6, 15, 22, 0), 2)).isEqualTo(at(6, 16, 10, 30));
    }

    @Test
    void weekendsAndHolidaysAreSkippedAndAdjustedWorkdaysCount() {
        // Thursday 16:30 → Friday is a holiday, the weekend off → Monday 22nd
        assertThat(due(at(6, 18, 16, 30), 2)).isEqualTo(at(6, 22, 9, 30));
        // a message on Saturday 27th counts from Sunday 28th, a worked day (调休)
        assertThat(due(at(6, 27, 10, 0), 2)).isEqualTo(at(6, 28, 10, 30));
    }

    @Test
    void aLongClockRunsOverSeveralWorkingDays() {
        // 7 working hours a day: 24 working hours from Monday 08:30 are 3 days and 3 hours → Thursday 11:30
        assertThat(due(at(6, 15, 8, 30), 24)).isEqualTo(at(6, 18, 11, 30));
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> WorkingHours.parse("12:00-08:30")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingHours.parse("14:00-17:30,08:30-12:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingHours.parse("all day")).isInstanceOf(IllegalArgumentException.class);
        assertThat(WorkingHours.parse("8:30-12:00").periods()).hasSize(1);
        assertThatThrownBy(() -> ClockLength.parse("2 weeks")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClockLength.parse("0h")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ClockLength.parse("2h")).isEqualTo(new ClockLength(2, true));
        assertThat(ClockLength.parse(" 15D ")).isEqualTo(new ClockLength(15, false));
        assertThat(ClockLength.parse("")).isNull();
    }
}
