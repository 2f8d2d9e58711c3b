package org.mashang.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mashang.UnitTest;
import org.mashang.calendar.CalendarDay;
import org.mashang.calendar.DayKind;
import org.mashang.calendar.WorkingCalendar;
import org.mashang.platform.Zones;

/**
 * Properties of working-day arithmetic, checked on random dates and counts (each seed is one run; a failure
 * names its seed). They hold on the shipped calendar and on a calendar with random holidays, and the fast
 * index agrees with counting day by day.
 */
@UnitTest
class WorkingCalendarPropertyTests {

    static final int SAMPLES = 2_000;

    static LongStream seeds() {
        return LongStream.of(1, 2, 3, 20240210, 20251001, 20260501, System.nanoTime());
    }

    static CalendarIndex randomCalendar(Random random) {
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2020, 1, 1); d.getYear() < 2031; d = d.plusDays(1)) {
            if (random.nextInt(20) == 0) {
                days.add(new CalendarDay(d, DayKind.HOLIDAY, "假日"));
            } else if (DayRules.isWeekend(d) && random.nextInt(10) == 0) {
                days.add(new CalendarDay(d, DayKind.ADJUSTED_WORKDAY, "调休"));
            }
        }
        return new CalendarIndex(days, LocalTime.of(17, 30));
    }

    static LocalDate randomDay(Random random) {
        return LocalDate.of(2021, 1, 1).plusDays(random.nextInt(365 * 9));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void addingWorkingDays(long seed) {
        Random random = new Random(seed);
        for (CalendarIndex calendar : List.of(ShippedHolidays.calendar(), randomCalendar(random))) {
            for (int i = 0; i < SAMPLES; i++) {
                LocalDate start = randomDay(random);
                int n = random.nextInt(120);
                LocalDate end = calendar.addWorkingDays(start, n);
                String what = "seed " + seed + ": " + start + " + " + n + " = " + end;
                if (n > 0) {
                    assertThat(calendar.isWorkingDay(end)).as(what + " lands on a working day").isTrue();
                    assertThat(end).as(what).isAfter(start);
                }
                assertThat(calendar.workingDaysBetween(start, end)).as(what + ": counting back gives n").isEqualTo(n);
                assertThat(calendar.workingDaysBetween(end, start)).as(what).isEqualTo(-n);
                assertThat(calendar.addWorkingDays(start, n + 1)).as(what + ": monotonic").isAfter(end);
                assertThat(end).as(what + ": same as counting day by day").isEqualTo(slowAdd(calendar, start, n));
                if (n > 0 && calendar.isWorkingDay(start)) {
                    assertThat(calendar.addWorkingDays(end, -n)).as(what + ": and back").isEqualTo(start);
                }
                if (n > 0) {
                    LocalDate before = calendar.addWorkingDays(start, -n);
                    assertThat(calendar.isWorkingDay(before)).as(what).isTrue();
                    assertThat(before).isBefore(start);
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void deadlines(long seed) {
        Random random = new Random(seed);
        for (CalendarIndex calendar : List.of(ShippedHolidays.calendar(), randomCalendar(random))) {
            for (int i = 0; i < SAMPLES; i++) {
                Instant start = randomDay(random).atStartOfDay(Zones.CHINA).toInstant().plusSeconds(random.nextInt(86_400));
                int n = 1 + random.nextInt(30);
                Instant due = calendar.deadline(start, n);
                String what = "seed " + seed + ": " + start.atZone(Zones.CHINA) + " + " + n + " → " + due.atZone(Zones.CHINA);
                LocalDate first = calendar.firstCountedDay(start);
                LocalDate last = WorkingCalendar.lastDayOf(due);
                assertThat(due.atZone(Zones.CHINA).toLocalTime()).as(what + ": ends at midnight").isEqualTo(LocalTime.MIDNIGHT);
                assertThat(due).as(what).isAfter(start);
                assertThat(calendar.isWorkingDay(first)).as(what).isTrue();
                assertThat(calendar.isWorkingDay(last)).as(what + ": the last day is worked").isTrue();
                assertThat(calendar.workingDaysBetween(first, last) + 1).as(what + ": n working days").isEqualTo(n);
                LocalDate startDay = LocalDate.ofInstant(start, Zones.CHINA);
                boolean counts = calendar.isWorkingDay(startDay) && start.atZone(Zones.CHINA).toLocalTime().isBefore(calendar.cutOff());
                assertThat(first).as(what).isEqualTo(counts ? startDay : calendar.addWorkingDays(startDay, 1));
                assertThat(calendar.deadline(start, n + 1)).as(what + ": monotonic").isAfter(due);
                assertThat(calendar.extend(due, 1)).as(what).isEqualTo(calendar.deadline(start, n + 1));
            }
        }
    }

    private static LocalDate slowAdd(WorkingCalendar calendar, LocalDate start, int n) {
        LocalDate day = start;
        for (int left = n; left > 0; ) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }
}
